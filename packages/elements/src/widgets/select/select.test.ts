// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './select.js';
import type { TkSelect } from './select.component.js';
import { cleanup, errorAt, last, makeField, mount } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const ethnic = {
  schema: { type: 'string' as const, enum: ['01', '02', '03', '04', '05', '06'] },
  label: 'Dân tộc',
  choices: [
    { value: '01', label: 'Kinh' },
    { value: '02', label: 'Tày' },
    { value: '03', label: 'Thái' },
    { value: '04', label: 'Hoa' },
    { value: '05', label: 'Khơ-me' },
    { value: '06', label: 'Mường' },
  ],
};
const select = (root: ShadowRoot) => root.querySelector('select')!;

describe('<tk-select>', () => {
  afterEach(cleanup);

  it('lists the choice labels after an empty first option', async () => {
    const m = await mount<TkSelect>('tk-select', makeField(ethnic));
    const options = [...select(m.root).options].map((o) => o.textContent);
    expect(options).toEqual(['— Chọn —', 'Kinh', 'Tày', 'Thái', 'Hoa', 'Khơ-me', 'Mường']);
    expect(select(m.root).value).toBe('');
  });

  it('emits the chosen code, and commits the pick at once', async () => {
    const m = await mount<TkSelect>('tk-select', makeField(ethnic));
    await userEvent.selectOptions(select(m.root), 'Khơ-me');
    expect(last(m.events.input)).toBe('05');
    expect(last(m.events.commit)).toBe('05');
  });

  it('is operable with the keyboard alone', async () => {
    const m = await mount<TkSelect>('tk-select', makeField(ethnic));
    select(m.root).focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(last(m.events.input)).toBe('02');
  });

  it('keeps number values as numbers', async () => {
    const m = await mount<TkSelect>('tk-select', makeField({ schema: { type: 'integer', enum: [1, 2, 3, 4, 5, 6] }, label: 'Hạng' }));
    await userEvent.selectOptions(select(m.root), '3');
    expect(last(m.events.input)).toBe(3);
  });

  it('shows the stored value as selected and clears to undefined', async () => {
    const m = await mount<TkSelect>('tk-select', makeField({ ...ethnic, value: '03' }));
    expect(select(m.root).selectedOptions[0].textContent).toBe('Thái');
    await userEvent.selectOptions(select(m.root), '— Chọn —');
    expect(last(m.events.input)).toBeUndefined();
  });

  it('shows oneOf titles when the form gives no choices', async () => {
    const m = await mount<TkSelect>(
      'tk-select',
      makeField({ schema: { oneOf: [{ const: 'A', title: 'Hạng A' }, { const: 'B', title: 'Hạng B' }] }, label: 'Hạng' }),
    );
    expect([...select(m.root).options].map((o) => o.textContent)).toEqual(['— Chọn —', 'Hạng A', 'Hạng B']);
  });

  it('does not open or change a read-only list with the mouse', async () => {
    const m = await mount<TkSelect>('tk-select', makeField({ ...ethnic, value: '01', readonly: true }));
    expect(select(m.root).getAttribute('aria-readonly')).toBe('true');
    await userEvent.click(select(m.root));
    await userEvent.keyboard('{ArrowDown}');
    expect(select(m.root).selectedOptions[0].textContent).toBe('Kinh');
    expect(m.events.input).toEqual([]);
  });
  it('keeps the same select and options, focused, when errors appear and go on a re-render', async () => {
    const m = await mount<TkSelect>('tk-select', makeField({ ...ethnic, value: '02' }));
    const before = select(m.root);
    const options = [...before.options];
    before.focus();
    await m.update({ errors: [errorAt('/x', 'Chọn dân tộc.')], hint: 'Theo giấy khai sinh.' });
    expect(select(m.root)).toBe(before);
    expect([...select(m.root).options].every((o, i) => o === options[i])).toBe(true);
    expect(m.root.activeElement).toBe(before);
    expect(m.root.querySelector('#tk-field_x-error')!.nextElementSibling).toBe(before);
    await m.update({ errors: [] });
    expect(select(m.root)).toBe(before);
    expect(m.root.querySelector('#tk-field_x-error')).toBeNull();
    expect(before.selectedOptions[0].textContent).toBe('Tày');
  });

  it('redraws its options when the choices change, and a pick then emits the new choice', async () => {
    const m = await mount<TkSelect>('tk-select', makeField(ethnic));
    const before = select(m.root);
    await m.update({ choices: [{ value: 'A1', label: 'Hạng A1' }, { value: 'B2', label: 'Hạng B2' }] });
    expect(select(m.root)).toBe(before);
    expect([...before.options].map((o) => o.textContent)).toEqual(['— Chọn —', 'Hạng A1', 'Hạng B2']);
    await userEvent.selectOptions(before, 'Hạng B2');
    expect(last(m.events.input)).toBe('B2');
  });

  it('emits the value of the current choices when only their values changed (same labels)', async () => {
    const m = await mount<TkSelect>('tk-select', makeField(ethnic));
    await m.update({ choices: ethnic.choices.map((c) => ({ ...c, value: `new-${c.value}` })) });
    await userEvent.selectOptions(select(m.root), 'Thái');
    expect(last(m.events.input)).toBe('new-03');
  });

  it('follows a value set from outside and the locale of its placeholder', async () => {
    const m = await mount<TkSelect>('tk-select', makeField(ethnic));
    await m.update({ value: '04' });
    expect(select(m.root).selectedOptions[0].textContent).toBe('Hoa');
    await m.update({ value: undefined, locale: 'en' });
    expect(select(m.root).selectedIndex).toBe(0);
    expect(select(m.root).options[0].textContent).toBe('— Select —');
  });
});

runWidgetBaseTests<TkSelect>({
  tag: 'tk-select',
  field: ethnic,
  edit: async (m) => {
    await userEvent.selectOptions(select(m.root), 'Hoa');
    return '04';
  },
});
