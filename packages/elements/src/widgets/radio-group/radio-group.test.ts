// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './radio-group.js';
import type { TkRadioGroup } from './radio-group.component.js';
import { byId, cleanup, errorAt, last, makeField, mount } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const sex = {
  schema: { type: 'string' as const, enum: ['male', 'female'] },
  label: 'Giới tính',
  choices: [
    { value: 'male', label: 'Nam' },
    { value: 'female', label: 'Nữ' },
  ],
};
const radios = (root: ShadowRoot) => [...root.querySelectorAll<HTMLInputElement>('input[type=radio]')];

describe('<tk-radio-group>', () => {
  afterEach(cleanup);

  it('labels each radio with its choice and names the group by its legend', async () => {
    const m = await mount<TkRadioGroup>('tk-radio-group', makeField(sex));
    const group = m.root.querySelector('fieldset')!;
    expect(group.getAttribute('role')).toBe('radiogroup');
    expect(byId(m.root, group.getAttribute('aria-labelledby')!).textContent).toContain('Giới tính');
    expect(radios(m.root).map((r) => m.root.querySelector(`label[for="${r.id}"]`)!.textContent)).toEqual(['Nam', 'Nữ']);
    expect(radios(m.root)[0].id).toBe(m.el.field!.id);
  });

  it('emits the value of the clicked choice and commits the pick', async () => {
    const m = await mount<TkRadioGroup>('tk-radio-group', makeField(sex));
    await userEvent.click(m.root.querySelector(`label[for="${radios(m.root)[1].id}"]`)!);
    expect(last(m.events.input)).toBe('female');
    expect(last(m.events.commit)).toBe('female');
  });

  it('moves the choice with arrow keys', async () => {
    const m = await mount<TkRadioGroup>('tk-radio-group', makeField({ ...sex, value: 'male' }));
    radios(m.root)[0].focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(last(m.events.input)).toBe('female');
    expect(m.root.activeElement).toBe(radios(m.root)[1]);
  });

  it('offers Có / Không for a boolean and emits booleans', async () => {
    const m = await mount<TkRadioGroup>('tk-radio-group', makeField({ schema: { type: 'boolean' }, label: 'Đã kết hôn?', options: { format: 'radio' } }));
    expect(radios(m.root).map((r) => m.root.querySelector(`label[for="${r.id}"]`)!.textContent)).toEqual(['Có', 'Không']);
    await userEvent.click(radios(m.root)[1]);
    expect(last(m.events.input)).toBe(false);
  });

  it('lays two short choices on one line and longer lists in a column', async () => {
    const m = await mount<TkRadioGroup>('tk-radio-group', makeField(sex));
    expect(m.root.querySelector('.tk-radio-group__items--inline')).not.toBeNull();
    const long = await mount<TkRadioGroup>(
      'tk-radio-group',
      makeField({ pointer: '/r', schema: { enum: ['a', 'b', 'c'] }, label: 'Quan hệ' }),
    );
    expect(long.root.querySelector('.tk-radio-group__items--inline')).toBeNull();
  });

  it('keeps the stored choice of a read-only group when clicked', async () => {
    const m = await mount<TkRadioGroup>('tk-radio-group', makeField({ ...sex, value: 'male', readonly: true }));
    await userEvent.click(radios(m.root)[1]);
    expect(radios(m.root)[0].checked).toBe(true);
    expect(radios(m.root)[1].checked).toBe(false);
    expect(m.events.input).toEqual([]);
  });

  it('keeps the same fieldset, legend and radios when a re-render shows an error', async () => {
    const m = await mount<TkRadioGroup>('tk-radio-group', makeField({ ...sex, value: 'female' }));
    const group = m.root.querySelector('fieldset')!;
    const legend = group.querySelector('legend')!;
    const before = radios(m.root);
    before[1].focus();
    await m.update({ errors: [errorAt('/x', 'Chọn giới tính.')] });
    expect(m.root.querySelector('fieldset')).toBe(group);
    expect(group.querySelector('legend')).toBe(legend);
    expect(radios(m.root).every((r, i) => r === before[i])).toBe(true);
    expect(m.root.activeElement).toBe(before[1]);
    expect(before[1].checked).toBe(true);
    expect(byId(m.root, `${m.el.field!.id}-error`).textContent).toContain('Chọn giới tính.');
    // The error sits between the legend and the radios, as in the template this replaced.
    expect([...group.children].map((c) => c.localName)).toEqual(['legend', 'p', 'div']);
  });

  it('keeps the radios and the focus when the choice labels change language', async () => {
    const m = await mount<TkRadioGroup>('tk-radio-group', makeField(sex));
    const before = radios(m.root);
    before[0].focus();
    await m.update({ locale: 'en', choices: [{ value: 'male', label: 'Male' }, { value: 'female', label: 'Female' }] });
    expect(radios(m.root).every((r, i) => r === before[i])).toBe(true);
    expect(radios(m.root).map((r) => m.root.querySelector(`label[for="${r.id}"]`)!.textContent)).toEqual(['Male', 'Female']);
    expect(m.root.activeElement).toBe(before[0]);
  });

  it('adds and removes radios when the number of choices changes, with ids, names and labels to match', async () => {
    const m = await mount<TkRadioGroup>('tk-radio-group', makeField(sex));
    const [first] = radios(m.root);
    await m.update({ choices: [...sex.choices, { value: 'other', label: 'Khác (ghi rõ trong phần ghi chú)' }] });
    const three = radios(m.root);
    expect(three).toHaveLength(3);
    expect(three[0]).toBe(first);
    expect(three.map((r) => r.id)).toEqual(['tk-field_x', 'tk-field_x-1', 'tk-field_x-2']);
    expect(three.every((r) => r.name === 'tk-field_x')).toBe(true);
    expect(m.root.querySelector(`label[for="tk-field_x-2"]`)!.textContent).toBe('Khác (ghi rõ trong phần ghi chú)');
    expect(m.root.querySelector('.tk-radio-group__items--inline')).toBeNull();
    await userEvent.click(three[2]);
    expect(last(m.events.input)).toBe('other');

    await m.update({ choices: sex.choices, value: undefined });
    expect(radios(m.root)).toHaveLength(2);
    expect(m.root.querySelectorAll('.tk-radio-group__item')).toHaveLength(2);
    expect(m.root.querySelector('.tk-radio-group__items--inline')).not.toBeNull();
    expect(radios(m.root).some((r) => r.checked)).toBe(false);
  });

  it('emits the value of the current choices after their values change under the same labels', async () => {
    const m = await mount<TkRadioGroup>('tk-radio-group', makeField(sex));
    await m.update({ choices: [{ value: 1, label: 'Nam' }, { value: 2, label: 'Nữ' }] });
    await userEvent.click(radios(m.root)[1]);
    expect(last(m.events.input)).toBe(2);
  });

  it('checks the radio of a value set from outside and clears it when the value is removed', async () => {
    const m = await mount<TkRadioGroup>('tk-radio-group', makeField(sex));
    await m.update({ value: 'female' });
    expect(radios(m.root).map((r) => r.checked)).toEqual([false, true]);
    await m.update({ value: 'male' });
    expect(radios(m.root).map((r) => r.checked)).toEqual([true, false]);
    await m.update({ value: undefined });
    expect(radios(m.root).map((r) => r.checked)).toEqual([false, false]);
    expect(m.events.input).toEqual([]);
  });

  it('picks again after being made read-only and then editable', async () => {
    const m = await mount<TkRadioGroup>('tk-radio-group', makeField({ ...sex, value: 'male' }));
    await m.update({ readonly: true });
    expect(m.root.querySelector('fieldset')!.getAttribute('aria-readonly')).toBe('true');
    await userEvent.click(radios(m.root)[1]);
    expect(radios(m.root)[0].checked).toBe(true);
    await m.update({ readonly: false });
    expect(m.root.querySelector('fieldset')!.hasAttribute('aria-readonly')).toBe(false);
    await userEvent.click(radios(m.root)[1]);
    expect(last(m.events.input)).toBe('female');
    expect(radios(m.root)[1].checked).toBe(true);
  });
});

runWidgetBaseTests<TkRadioGroup>({
  tag: 'tk-radio-group',
  field: sex,
  edit: async (m) => {
    await userEvent.click(radios(m.root)[0]);
    return 'male';
  },
  described: (m) => m.root.querySelector('fieldset')!,
});
