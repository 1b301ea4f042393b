// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './radio-group.js';
import type { TkRadioGroup } from './radio-group.component.js';
import { byId, cleanup, last, makeField, mount } from '../shared/test-utils.js';
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
