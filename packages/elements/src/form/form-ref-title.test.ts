// SPDX-License-Identifier: MIT
/**
 * `<tk-form>` with fields declared by a `$ref` to one shared schema: a `title` and `description` written beside
 * the `$ref` are that field's label and hint (on the page and in the review), and the other fields using the
 * shared schema keep its own texts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { button, cleanup, control, mount, root, seriousViolations, settle } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

afterEach(cleanup);

const form: FormDefinition = {
  id: 'vn.test.ref-title',
  version: '1.0.0',
  title: { vi: 'Quốc tịch của cha mẹ', en: "Parents' nationality" },
  schema: {
    type: 'object',
    $defs: { nationality: { type: 'string', title: 'nationality.shared', description: 'Mã quốc gia ISO gồm 2 chữ cái', minLength: 2 } },
    properties: {
      mother: { type: 'object', properties: { nationality: { $ref: '#/$defs/nationality', title: 'Quốc tịch của người mẹ', description: 'Ghi theo giấy tờ của mẹ' } } },
      father: { type: 'object', properties: { nationality: { $ref: '#/$defs/nationality' } } },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/mother/properties/nationality' },
      { type: 'Control', scope: '#/properties/father/properties/nationality' },
    ],
  },
  i18n: { vi: { 'nationality.shared': 'Quốc tịch' }, en: { 'nationality.shared': 'Nationality' } },
};

/** The visible label texts, in order (without the required marker or other decorations around them). */
const labels = (el: TkForm) => [...root(el).querySelectorAll('label')].map((l) => l.textContent?.replace(/\s+/g, ' ').trim());

/** The text of everything a control's `aria-describedby` names. */
const description = (el: TkForm, input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean).map((id) => root(el).getElementById(id)?.textContent?.trim() ?? '').join(' | ');

describe('<tk-form> with a title and description written beside a $ref', () => {
  it('labels and describes that field with them, and the other field with the shared schema\'s texts', async () => {
    const el = await mount({ form });
    expect(labels(el)).toEqual(['Quốc tịch của người mẹ', 'Quốc tịch']);
    const mother = control(el, 'Quốc tịch của người mẹ');
    const father = control(el, /^\s*Quốc tịch\s*$/);
    expect(mother).not.toBe(father);
    expect(description(el, mother)).toContain('Ghi theo giấy tờ của mẹ');
    expect(description(el, mother)).not.toContain('Mã quốc gia ISO');
    expect(description(el, father)).toContain('Mã quốc gia ISO gồm 2 chữ cái');
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('names the field by them in its error message and in the review', async () => {
    const el = await mount({ form }, { review: '' });
    await userEvent.type(control(el, 'Quốc tịch của người mẹ'), 'V');
    await userEvent.type(control(el, /^\s*Quốc tịch\s*$/), 'VN');
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    const mother = control(el, 'Quốc tịch của người mẹ');
    expect(description(el, mother)).toMatch(/Quốc tịch của người mẹ/);
    await userEvent.clear(mother);
    await userEvent.type(mother, 'VN');
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    expect([...root(el).querySelectorAll('[part="review-key"]')].map((k) => k.textContent?.trim())).toEqual(['Quốc tịch của người mẹ', 'Quốc tịch']);
  });

  it('reads a shared title that is an i18n key in the form\'s locale, beside the author\'s literal one', async () => {
    const el = await mount({ form }, { locale: 'en' });
    expect(labels(el)).toEqual(['Quốc tịch của người mẹ', 'Nationality']);
  });
});
