// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './checkbox-group.js';
import type { TkCheckboxGroup } from './checkbox-group.component.js';
import { byId, cleanup, errorAt, last, makeField, mount } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const classes = {
  schema: { type: 'array' as const, items: { type: 'string' as const, enum: ['A1', 'A', 'B'] }, uniqueItems: true },
  label: 'Hạng giấy phép',
  choices: [
    { value: 'A1', label: 'Hạng A1' },
    { value: 'A', label: 'Hạng A' },
    { value: 'B', label: 'Hạng B' },
  ],
};
const boxes = (root: ShadowRoot) => [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

describe('<tk-checkbox-group>', () => {
  afterEach(cleanup);

  it('emits the chosen values in the order of the choices', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField(classes));
    await userEvent.click(boxes(m.root)[2]);
    await userEvent.click(boxes(m.root)[0]);
    expect(last(m.events.input)).toEqual(['A1', 'B']);
    expect(last(m.events.commit)).toEqual(['A1', 'B']);
  });

  it('emits undefined when the last box is cleared', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField({ ...classes, value: ['A'] }));
    expect(boxes(m.root)[1].checked).toBe(true);
    await userEvent.click(boxes(m.root)[1]);
    expect(last(m.events.input)).toBeUndefined();
  });

  it('keeps values the data held that are not choices, so nothing is lost silently', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField({ ...classes, value: ['FC'] }));
    await userEvent.click(boxes(m.root)[0]);
    expect(last(m.events.input)).toEqual(['A1', 'FC']);
  });

  it('toggles with the space bar', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField(classes));
    boxes(m.root)[1].focus();
    await userEvent.keyboard(' ');
    expect(last(m.events.input)).toEqual(['A']);
  });

  it('takes its choices from the item enum when the form gives none', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField({ ...classes, choices: undefined }));
    expect(boxes(m.root).map((b) => m.root.querySelector(`label[for="${b.id}"]`)!.textContent)).toEqual(['A1', 'A', 'B']);
  });

  it('keeps the same fieldset, legend and boxes when a re-render shows an error', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField({ ...classes, value: ['A'] }));
    const group = m.root.querySelector('fieldset')!;
    const legend = group.querySelector('legend')!;
    const before = boxes(m.root);
    before[2].focus();
    await m.update({ errors: [errorAt('/x', 'Chọn ít nhất một hạng.')] });
    expect(m.root.querySelector('fieldset')).toBe(group);
    expect(group.querySelector('legend')).toBe(legend);
    expect(boxes(m.root).every((b, i) => b === before[i])).toBe(true);
    expect(boxes(m.root)).toHaveLength(3);
    expect(m.root.activeElement).toBe(before[2]);
    expect(boxes(m.root).map((b) => b.checked)).toEqual([false, true, false]);
    expect(boxes(m.root).every((b) => b.getAttribute('aria-invalid') === 'true')).toBe(true);
    expect(byId(m.root, `${m.el.field!.id}-error`).textContent).toContain('Chọn ít nhất một hạng.');
    expect([...group.children].map((c) => c.localName)).toEqual(['legend', 'p', 'div']);
  });

  it('keeps the boxes and the focus when the choice labels change language', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField(classes));
    const before = boxes(m.root);
    before[1].focus();
    await m.update({ locale: 'en', choices: classes.choices.map((c) => ({ ...c, label: c.label.replace('Hạng', 'Class') })) });
    expect(boxes(m.root).every((b, i) => b === before[i])).toBe(true);
    expect(boxes(m.root).map((b) => m.root.querySelector(`label[for="${b.id}"]`)!.textContent)).toEqual(['Class A1', 'Class A', 'Class B']);
    expect(m.root.activeElement).toBe(before[1]);
  });

  it('adds and removes boxes when the number of choices changes, and emits from the current choices', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField({ ...classes, value: ['B'] }));
    await m.update({ choices: classes.choices.slice(0, 2) });
    expect(boxes(m.root)).toHaveLength(2);
    expect(m.root.querySelectorAll('.tk-radio-group__item')).toHaveLength(2);
    // 'B' is no longer a choice: it is kept at the end, after the ticked choice.
    await userEvent.click(boxes(m.root)[0]);
    expect(last(m.events.input)).toEqual(['A1', 'B']);

    await m.update({ choices: [...classes.choices, { value: 'C', label: 'Hạng C' }] });
    const four = boxes(m.root);
    expect(four.map((b) => b.id)).toEqual(['tk-field_x', 'tk-field_x-1', 'tk-field_x-2', 'tk-field_x-3']);
    expect(four.map((b) => b.checked)).toEqual([true, false, true, false]);
    expect(m.root.querySelector('label[for="tk-field_x-3"]')!.textContent).toBe('Hạng C');
    await userEvent.click(four[3]);
    expect(last(m.events.input)).toEqual(['A1', 'B', 'C']);
  });

  it('ticks the boxes of a value set from outside and clears them when the value is removed', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField(classes));
    await m.update({ value: ['B', 'A1'] });
    expect(boxes(m.root).map((b) => b.checked)).toEqual([true, false, true]);
    await m.update({ value: undefined });
    expect(boxes(m.root).map((b) => b.checked)).toEqual([false, false, false]);
    expect(m.events.input).toEqual([]);
  });

  it('keeps the boxes of a read-only group when clicked, and marks each box read-only', async () => {
    const m = await mount<TkCheckboxGroup>('tk-checkbox-group', makeField({ ...classes, value: ['A'], readonly: true }));
    expect(boxes(m.root).every((b) => b.getAttribute('aria-readonly') === 'true')).toBe(true);
    await userEvent.click(boxes(m.root)[0]);
    await userEvent.click(m.root.querySelector<HTMLElement>(`label[for="${boxes(m.root)[1].id}"]`)!);
    expect(boxes(m.root).map((b) => b.checked)).toEqual([false, true, false]);
    expect(m.events.input).toEqual([]);
    await m.update({ readonly: false });
    expect(boxes(m.root).some((b) => b.hasAttribute('aria-readonly'))).toBe(false);
    await userEvent.click(boxes(m.root)[0]);
    expect(last(m.events.input)).toEqual(['A1', 'A']);
  });
});

runWidgetBaseTests<TkCheckboxGroup>({
  tag: 'tk-checkbox-group',
  field: classes,
  edit: async (m) => {
    await userEvent.click(boxes(m.root)[1]);
    return ['A'];
  },
  described: (m) => m.root.querySelector('fieldset')!,
  invalid: (m) => boxes(m.root),
  requiredInAria: false,
});
