// SPDX-License-Identifier: MIT
/**
 * A long form (many sections, most of them below the fold): its sections from the 21st on are skipped by the
 * browser's rendering while off screen (`content-visibility: auto`, form.styles.ts), yet everything a citizen or
 * an assistive technology relies on still works on them: the error summary's links scroll to and focus a field
 * far down, a focused control's focus ring is not clipped by its section, and axe finds nothing serious.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { button, cleanup, focused, mount, root, seriousViolations, settle } from './fixtures.test-helpers.js';

const SECTIONS = 24;

/** `SECTIONS` groups of a name, a date and a choice; only the last section's name is required and empty. */
function longForm(): { form: FormDefinition; data: Record<string, unknown> } {
  const properties: Record<string, unknown> = {};
  const elements: unknown[] = [];
  const vi: Record<string, string> = {};
  const data: Record<string, unknown> = {};
  for (let i = 0; i < SECTIONS; i++) {
    properties[`s${i}`] = {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1 },
        born: { type: 'string', format: 'date' },
        kind: { type: 'string', enum: ['a', 'b', 'c', 'd', 'e', 'f'] },
      },
    };
    elements.push({
      type: 'Group',
      label: `section${i}`,
      elements: ['name', 'born', 'kind'].map((p) => ({ type: 'Control', scope: `#/properties/s${i}/properties/${p}` })),
    });
    vi[`section${i}`] = `Phần ${i + 1}`;
    vi[`s${i}.name.label`] = `Họ và tên ${i + 1}`;
    vi[`s${i}.born.label`] = `Ngày sinh ${i + 1}`;
    vi[`s${i}.kind.label`] = `Loại ${i + 1}`;
    data[`s${i}`] = i < SECTIONS - 1 ? { name: `Người ${i + 1}`, born: '2001-02-03', kind: 'a' } : { born: '2001-02-03', kind: 'a' };
  }
  const form = {
    id: 'vn.test.long',
    version: '1.0.0',
    title: { vi: 'Tờ khai dài' },
    schema: { type: 'object', properties },
    ui: { type: 'VerticalLayout', elements },
    i18n: { vi },
  } as unknown as FormDefinition;
  return { form, data };
}

const sections = (el: HTMLElement): HTMLElement[] => [...root(el as never).querySelectorAll<HTMLElement>('.tk-vertical > .tk-group')];

afterEach(cleanup);

describe('a long form whose sections below the fold are not rendered until needed', () => {
  it('skips the rendering of off-screen sections far down the form only', async () => {
    const { form, data } = longForm();
    const el = await mount({ form, data });
    const all = sections(el);
    expect(all).toHaveLength(SECTIONS);
    expect(getComputedStyle(all[SECTIONS - 1]).contentVisibility).toBe('auto');
    expect(getComputedStyle(all[0]).contentVisibility).toBe('visible');
    // The first section is on screen and rendered; the last one is far below and skipped.
    expect(all[0].checkVisibility({ contentVisibilityAuto: true })).toBe(true);
    expect(all[SECTIONS - 1].querySelector('input')!.checkVisibility({ contentVisibilityAuto: true })).toBe(false);
  });

  it("links the error summary to a field in the last section: the link scrolls to it and focuses it", async () => {
    const { form, data } = longForm();
    const el = await mount({ form, data });
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    const link = root(el).querySelector<HTMLAnchorElement>('[part="error-summary"] a')!;
    expect(link).not.toBeNull();
    link.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    const input = focused(el) as HTMLInputElement;
    expect(input.id).toBe(`tk-field_2f_s${SECTIONS - 1}_2f_name`);
    const box = input.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    expect(input.checkVisibility({ contentVisibilityAuto: true })).toBe(true);
    expect(await seriousViolations(el)).toEqual([]);
  });

  it("keeps a focused control's focus ring inside its section's paint area", async () => {
    const { form, data } = longForm();
    const el = await mount({ form, data });
    const input = root(el).querySelector<HTMLInputElement>(`#tk-field_2f_s${SECTIONS - 1}_2f_name`)!;
    input.scrollIntoView();
    await userEvent.click(input);
    expect(focused(el)).toBe(input);
    const ring = parseFloat(getComputedStyle(input).outlineWidth) + parseFloat(getComputedStyle(input).outlineOffset);
    expect(ring).toBeGreaterThan(0);
    // Paint containment clips at the section's padding box: the ring must fit in it on every side.
    const section = input.closest<HTMLElement>('.tk-group')!;
    const inner = section.getBoundingClientRect();
    const style = getComputedStyle(section);
    const clip = {
      left: inner.left + parseFloat(style.borderLeftWidth),
      right: inner.right - parseFloat(style.borderRightWidth),
    };
    const box = input.getBoundingClientRect();
    expect(box.left - ring).toBeGreaterThanOrEqual(clip.left);
    expect(box.right + ring).toBeLessThanOrEqual(clip.right);
    // …and the room for it does not make a narrow screen scroll sideways.
    el.style.width = '320px';
    await settle(el);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
  });
});
