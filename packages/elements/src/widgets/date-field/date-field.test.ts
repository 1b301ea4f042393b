// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './date-field.js';
import type { TkDateField } from './date-field.component.js';
import { partsFromValue, readDate, splitWholeDate } from '../shared/date-parts.js';
import { byId, cleanup, errorAt, last, makeField, mount, seriousViolations } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const dob = { schema: { type: 'string' as const, format: 'date' }, label: 'Ngày sinh' };
const partialDob = { schema: { type: 'string' as const, format: 'vn-partial-date' }, label: 'Năm sinh của mẹ' };
/** A box by its part (not by id: which box carries `field.id` depends on the errors). */
const box = (root: ShadowRoot, _id: string, part: 'day' | 'month' | 'year') =>
  root.querySelector<HTMLInputElement>(`.tk-date-field__input--${part}`)!;

describe('date parts', () => {
  it.each([
    [{ day: '5', month: '3', year: '2025' }, false, '2025-03-05'],
    [{ day: '29', month: '02', year: '2024' }, false, '2024-02-29'],
    [{ day: '', month: '', year: '1960' }, true, '1960'],
    [{ day: '', month: '5', year: '1960' }, true, '1960-05'],
    [{ day: '', month: '', year: '' }, false, undefined],
  ] as const)('reads %j (partial %s) as %s', (parts, partial, value) => {
    expect(readDate(parts, partial)).toEqual({ value, invalid: [] });
  });

  it.each([
    [{ day: '31', month: '02', year: '2025' }, false, '31/02/2025', ['day']],
    [{ day: '29', month: '02', year: '2023' }, false, '29/02/2023', ['day']],
    [{ day: '1', month: '13', year: '2025' }, false, '1/13/2025', ['month']],
    [{ day: '1', month: '1', year: '25' }, false, '1/1/25', ['year']],
    [{ day: '', month: '', year: '1960' }, false, '//1960', ['day', 'month']],
    [{ day: '3', month: '', year: '1960' }, true, '3//1960', ['month']],
    [{ day: 'a', month: '1', year: '2000' }, false, 'a/1/2000', ['day']],
  ] as const)('keeps %j (partial %s) as the typed text %s and flags %j', (parts, partial, value, invalid) => {
    expect(readDate(parts, partial)).toEqual({ value, invalid });
  });

  it('gives back the typed boxes for every value it stores', () => {
    for (const parts of [{ day: '31', month: '02', year: '2025' }, { day: '', month: '7', year: '' }, { day: '05', month: '03', year: '2025' }]) {
      const { value } = readDate(parts, false);
      const again = partsFromValue(value);
      expect(readDate(again, false).value).toBe(value);
    }
    expect(partsFromValue('1960-05')).toEqual({ day: '', month: '05', year: '1960' });
    expect(partsFromValue('hôm qua')).toEqual({ day: '', month: '', year: 'hôm qua' });
  });

  it('splits a whole date written day first, or ISO', () => {
    expect(splitWholeDate('15/03/2025')).toEqual({ day: '15', month: '03', year: '2025' });
    expect(splitWholeDate('15-3-2025')).toEqual({ day: '15', month: '3', year: '2025' });
    expect(splitWholeDate('15 3 2025')).toEqual({ day: '15', month: '3', year: '2025' });
    expect(splitWholeDate('2025-03-15')).toEqual({ day: '15', month: '03', year: '2025' });
    expect(splitWholeDate('15/03')).toBeUndefined();
  });
});

describe('<tk-date-field>', () => {
  afterEach(cleanup);

  it('stores an ISO date from three typed boxes', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField(dob));
    const id = m.el.field!.id;
    await userEvent.type(box(m.root, id, 'day'), '5');
    await userEvent.type(box(m.root, id, 'month'), '3');
    await userEvent.type(box(m.root, id, 'year'), '2025');
    expect(last(m.events.input)).toBe('2025-03-05');
  });

  it('labels each box and groups them under the field label', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField(dob));
    const id = m.el.field!.id;
    expect(m.root.querySelector(`label[for="${id}"]`)!.textContent).toBe('Ngày');
    expect(m.root.querySelector(`label[for="${id}-month"]`)!.textContent).toBe('Tháng');
    expect(m.root.querySelector(`label[for="${id}-year"]`)!.textContent).toBe('Năm');
    const group = m.root.querySelector('fieldset')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(group.querySelector('legend')!.textContent).toContain('Ngày sinh');
    for (const part of ['day', 'month', 'year'] as const) expect(box(m.root, id, part).inputMode).toBe('numeric');
  });

  it('tells how to type a date in the hint linked to the group', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField(dob));
    const hint = byId(m.root, `${m.el.field!.id}-hint`);
    expect(hint.textContent).toContain('Ví dụ: 15 3 2025');
    expect(m.root.querySelector('fieldset')!.getAttribute('aria-describedby')).toContain(hint.id);
  });

  it('keeps an impossible date as typed, reports it and flags the day box only', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField(dob));
    const id = m.el.field!.id;
    await userEvent.type(box(m.root, id, 'day'), '31');
    await userEvent.type(box(m.root, id, 'month'), '02');
    await userEvent.type(box(m.root, id, 'year'), '2025');
    expect(last(m.events.input)).toBe('31/02/2025');
    await m.update({ errors: [errorAt('/x', 'Ngày sinh không phải là ngày có thật.')] });
    expect(box(m.root, id, 'day').value).toBe('31');
    expect(box(m.root, id, 'day').getAttribute('aria-invalid')).toBe('true');
    expect(box(m.root, id, 'month').hasAttribute('aria-invalid')).toBe(false);
    expect(box(m.root, id, 'year').hasAttribute('aria-invalid')).toBe(false);
    expect(await seriousViolations(m.host)).toEqual([]);
  });

  it('puts field.id, which the error summary links to, on the first box with a problem, and focus() goes there', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField(dob));
    const id = m.el.field!.id;
    await userEvent.type(box(m.root, id, 'day'), '15');
    await userEvent.type(box(m.root, id, 'month'), '3');
    await userEvent.type(box(m.root, id, 'year'), '25');
    await m.update({ errors: [errorAt('/x', 'Năm phải có 4 chữ số.')] });
    const year = box(m.root, id, 'year');
    expect(year.id).toBe(id);
    expect(m.root.querySelector(`label[for="${id}"]`)!.textContent).toBe('Năm');
    expect(box(m.root, id, 'day').id).toBe(`${id}-day`);
    expect(m.root.querySelector(`label[for="${id}-day"]`)!.textContent).toBe('Ngày');
    m.after.focus();
    m.el.focus();
    expect(m.root.activeElement).toBe(year);
    // Fixed: the day box carries field.id again.
    await userEvent.type(year, '{Backspace}{Backspace}2025');
    await m.update({ errors: [] });
    expect(box(m.root, id, 'day').id).toBe(id);
    expect(year.id).toBe(`${id}-year`);
    expect(await seriousViolations(m.host)).toEqual([]);
  });

  it('brings the typed text back when the stored invalid value is rendered again', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField({ ...dob, value: '31/02/2025' }));
    const id = m.el.field!.id;
    expect([box(m.root, id, 'day').value, box(m.root, id, 'month').value, box(m.root, id, 'year').value]).toEqual(['31', '02', '2025']);
  });

  it('spreads a whole date pasted into the day box over the three boxes', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField(dob));
    const id = m.el.field!.id;
    const source = document.createElement('textarea');
    source.value = '15/03/2025';
    document.body.append(source);
    source.select();
    await userEvent.copy();
    source.remove();
    await userEvent.click(box(m.root, id, 'day'));
    await userEvent.paste();
    expect(last(m.events.input)).toBe('2025-03-15');
    expect([box(m.root, id, 'day').value, box(m.root, id, 'month').value, box(m.root, id, 'year').value]).toEqual(['15', '03', '2025']);
  });

  it('accepts a year alone, or a month and year, for vn-partial-date and says so', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField({ ...partialDob, required: true }));
    const id = m.el.field!.id;
    expect(byId(m.root, `${id}-hint`).textContent).toContain('chỉ nhập năm');
    await userEvent.type(box(m.root, id, 'year'), '1960');
    expect(last(m.events.input)).toBe('1960');
    await userEvent.type(box(m.root, id, 'month'), '5');
    expect(last(m.events.input)).toBe('1960-05');
    expect(box(m.root, id, 'day').hasAttribute('aria-required')).toBe(false);
    expect(box(m.root, id, 'year').getAttribute('aria-required')).toBe('true');
  });

  it('does not commit while focus moves between its own boxes', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField(dob));
    const id = m.el.field!.id;
    await userEvent.type(box(m.root, id, 'day'), '1');
    await userEvent.tab();
    expect(m.root.activeElement).toBe(box(m.root, id, 'month'));
    expect(m.events.commit).toEqual([]);
    await userEvent.click(m.after);
    expect(m.events.commit).toHaveLength(1);
  });

  it('shows a stored ISO date in the boxes', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField({ ...dob, value: '2019-11-20' }));
    const id = m.el.field!.id;
    expect([box(m.root, id, 'day').value, box(m.root, id, 'month').value, box(m.root, id, 'year').value]).toEqual(['20', '11', '2019']);
  });

  it('turns options.autocomplete bday into bday-day, bday-month and bday-year', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField({ ...dob, options: { autocomplete: 'bday' } }));
    const id = m.el.field!.id;
    expect(box(m.root, id, 'day').getAttribute('autocomplete')).toBe('bday-day');
    expect(box(m.root, id, 'year').getAttribute('autocomplete')).toBe('bday-year');
  });

  it('keeps the same boxes, focus and caret when errors appear and field.id moves to another box', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField(dob));
    const id = m.el.field!.id;
    const boxes = (['day', 'month', 'year'] as const).map((part) => box(m.root, id, part));
    const labels = [...m.root.querySelectorAll('label')];
    await userEvent.type(boxes[0], '15');
    await userEvent.type(boxes[1], '3');
    await userEvent.type(boxes[2], '205{ArrowLeft}');
    await m.update({ errors: [errorAt('/x', 'Năm phải có 4 chữ số.')] });
    // Identity, not likeness (toEqual compares DOM nodes with isEqualNode).
    (['day', 'month', 'year'] as const).forEach((part, i) => expect(box(m.root, id, part)).toBe(boxes[i]));
    [...m.root.querySelectorAll('label')].forEach((label, i) => expect(label).toBe(labels[i]));
    expect(boxes[2].id).toBe(id);
    expect(m.root.activeElement).toBe(boxes[2]);
    await userEvent.keyboard('2');
    expect(last(m.events.input)).toBe('2025-03-15');
  });

  it('renders the hint again when the definition hint or the locale changes, and keeps the example date', async () => {
    const m = await mount<TkDateField>('tk-date-field', makeField(dob));
    const id = m.el.field!.id;
    const hint = byId(m.root, `${id}-hint`);
    const group = m.root.querySelector('fieldset')!;
    await m.update({ hint: 'Theo **giấy khai sinh**' });
    expect(byId(m.root, `${id}-hint`)).toBe(hint);
    expect(hint.querySelector('strong')!.textContent).toBe('giấy khai sinh');
    expect(hint.textContent).toBe('Theo giấy khai sinh Ví dụ: 15 3 2025');
    expect(group.getAttribute('aria-describedby')).toBe(`${id}-hint`);
    await m.update({ hint: undefined, locale: 'en' });
    expect(hint.textContent).toBe('For example, 15 3 2025');
    expect(hint.querySelector('strong')).toBeNull();
    expect(group.getAttribute('aria-describedby')).toBe(`${id}-hint`);
    expect([...m.root.querySelectorAll('.tk-date-field__label')].map((l) => l.textContent)).toEqual(['Day', 'Month', 'Year']);
  });

  it('places the prefill badge and the error between the hint and the boxes', async () => {
    const prefill = { source: 'vneid', sourceLabel: 'VNeID', mode: 'editable' as const, modified: false };
    const m = await mount<TkDateField>('tk-date-field', makeField({ ...dob, prefill, value: '2019-11-20' }));
    const id = m.el.field!.id;
    const order = () => [...m.root.querySelector('fieldset')!.children].map((e) => e.getAttribute('part') ?? e.className);
    expect(order()).toEqual(['label', 'hint', 'badge', 'tk-date-field__parts']);
    await m.update({ errors: [errorAt('/x', 'Ngày sinh phải trước ngày khai.')] });
    expect(order()).toEqual(['label', 'hint', 'badge', 'error', 'tk-date-field__parts']);
    await m.update({ errors: [], prefill: undefined });
    expect(order()).toEqual(['label', 'hint', 'tk-date-field__parts']);
    expect(m.root.querySelector('fieldset')!.getAttribute('aria-describedby')).toBe(`${id}-hint`);
  });
});

runWidgetBaseTests<TkDateField>({
  tag: 'tk-date-field',
  field: dob,
  edit: async (m) => {
    const id = m.el.field!.id;
    await userEvent.type(box(m.root, id, 'day'), '20');
    await userEvent.type(box(m.root, id, 'month'), '11');
    await userEvent.type(box(m.root, id, 'year'), '2019');
    return '2019-11-20';
  },
  described: (m) => m.root.querySelector('fieldset')!,
  invalid: (m) => [...m.root.querySelectorAll('input')],
  required: (m) => box(m.root, m.el.field!.id, 'year'),
});
