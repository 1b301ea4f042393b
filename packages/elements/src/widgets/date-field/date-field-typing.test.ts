// SPDX-License-Identifier: MIT
/**
 * A date typed after its error was shown (a submit, a "Next"), inside `<tk-form>`: the error the citizen saw stays
 * while they type the date, the box they type in keeps `field.id`, and the new verdict comes when the date is
 * finished or focus leaves the boxes ("reward early, punish late").
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { button, cleanup, focused, mount, root, settle } from '../../form/fixtures.test-helpers.js';
import type { TkForm } from '../../form/form.component.js';

afterEach(cleanup);

const form: FormDefinition = {
  id: 'vn.test.date-typing',
  version: '1.0.0',
  title: { vi: 'Ngày sinh', en: 'Date of birth' },
  schema: {
    type: 'object',
    required: ['dateOfBirth'],
    properties: { dateOfBirth: { type: 'string', format: 'date' }, note: { type: 'string' } },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/dateOfBirth', label: 'Ngày sinh' },
      { type: 'Control', scope: '#/properties/note', label: 'Ghi chú' },
    ],
  },
};

const ID = 'tk-field_2f_dateOfBirth';
const boxOf = (el: TkForm, part: 'day' | 'month' | 'year') => root(el).querySelector<HTMLInputElement>(`.tk-date-field__input--${part}`)!;
const inlineError = (el: TkForm) => root(el).querySelector(`#${ID}-error`)?.textContent?.replace(/\s+/g, ' ').trim();

/** Submits the empty form (the required error shows), then puts focus in the day box as a citizen would. */
async function afterFailedSubmit(): Promise<{ el: TkForm; required: string }> {
  const el = await mount({ form });
  await userEvent.click(button(el, /Gửi|Tiếp tục|Kiểm tra/));
  await settle(el);
  const required = inlineError(el)!;
  expect(required).toMatch(/Ngày sinh/);
  await userEvent.click(boxOf(el, 'day'));
  return { el, required };
}

describe('a date typed after its error was shown', () => {
  it('keeps the error the citizen saw, and field.id on the box they type in, until the date is finished', async () => {
    const { el, required } = await afterFailedSubmit();
    await userEvent.keyboard('1');
    await settle(el);
    expect(inlineError(el)).toBe(required);
    expect(boxOf(el, 'day').id).toBe(ID);
    expect(focused(el)).toBe(boxOf(el, 'day'));
    await userEvent.click(boxOf(el, 'month'));
    await userEvent.keyboard('3');
    await settle(el);
    expect(inlineError(el)).toBe(required);
    expect(boxOf(el, 'month').id).toBe(`${ID}-month`);
    await userEvent.click(boxOf(el, 'year'));
    await userEvent.keyboard('2025');
    await settle(el);
    // Finished and right: the error goes at once.
    expect(inlineError(el)).toBeUndefined();
    expect(el.data).toEqual({ dateOfBirth: '2025-03-01' });
  });

  it('shows the new verdict when focus leaves an unfinished date', async () => {
    const { el, required } = await afterFailedSubmit();
    await userEvent.keyboard('1');
    await settle(el);
    expect(inlineError(el)).toBe(required);
    await userEvent.click(root(el).querySelector<HTMLInputElement>(`#tk-field_2f_note`)!);
    await settle(el);
    const now = inlineError(el);
    expect(now).toBeDefined();
    expect(now).not.toBe(required);
    // The summary's link and focus() lead to the first box to fix: the month.
    expect(boxOf(el, 'month').id).toBe(ID);
    expect(boxOf(el, 'month').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a finished but impossible date at once', async () => {
    const { el, required } = await afterFailedSubmit();
    await userEvent.keyboard('31');
    await userEvent.click(boxOf(el, 'month'));
    await userEvent.keyboard('2');
    await userEvent.click(boxOf(el, 'year'));
    await userEvent.keyboard('2025');
    await settle(el);
    const now = inlineError(el);
    expect(now).toBeDefined();
    expect(now).not.toBe(required);
    expect(boxOf(el, 'day').getAttribute('aria-invalid')).toBe('true');
  });
});
