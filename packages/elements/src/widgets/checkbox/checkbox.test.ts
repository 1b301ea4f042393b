// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './checkbox.js';
import type { TkCheckbox } from './checkbox.component.js';
import { cleanup, errorAt, last, makeField, mount } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const pledge = { schema: { type: 'boolean' as const }, label: 'Tôi cam đoan những nội dung khai trên là đúng sự thật' };
const box = (root: ShadowRoot) => root.querySelector<HTMLInputElement>('input[type=checkbox]')!;

describe('<tk-checkbox>', () => {
  afterEach(cleanup);

  it('emits true when ticked and false when cleared', async () => {
    const m = await mount<TkCheckbox>('tk-checkbox', makeField(pledge));
    await userEvent.click(box(m.root));
    expect(last(m.events.input)).toBe(true);
    await userEvent.click(box(m.root));
    expect(last(m.events.input)).toBe(false);
    expect(last(m.events.commit)).toBe(false);
  });

  it('is ticked by clicking its label', async () => {
    const m = await mount<TkCheckbox>('tk-checkbox', makeField(pledge));
    await userEvent.click(m.root.querySelector('label')!);
    expect(last(m.events.input)).toBe(true);
  });

  it('shows a stored true as ticked', async () => {
    const m = await mount<TkCheckbox>('tk-checkbox', makeField({ ...pledge, value: true }));
    expect(box(m.root).checked).toBe(true);
  });

  it('does not change when read-only', async () => {
    const m = await mount<TkCheckbox>('tk-checkbox', makeField({ ...pledge, value: true, readonly: true }));
    await userEvent.click(box(m.root));
    expect(box(m.root).checked).toBe(true);
    expect(m.events.input).toEqual([]);
  });
  it('keeps the same box, focused and ticked, when errors appear and go on a re-render', async () => {
    const m = await mount<TkCheckbox>('tk-checkbox', makeField(pledge));
    const before = box(m.root);
    await userEvent.click(before);
    expect(m.root.activeElement).toBe(before);
    await m.update({ errors: [errorAt('/x', 'Bạn cần cam đoan.')] });
    expect(box(m.root)).toBe(before);
    expect(m.root.activeElement).toBe(before);
    expect(before.checked).toBe(true);
    await m.update({ errors: [] });
    expect(box(m.root)).toBe(before);
    expect(m.root.querySelector('#tk-field_x-error')).toBeNull();
  });

  it('shows the error before the box and the hint and badge after it', async () => {
    const prefill = { source: 'vneid', sourceLabel: 'VNeID', mode: 'editable' as const, modified: false };
    const m = await mount<TkCheckbox>('tk-checkbox', makeField(pledge));
    await m.update({ hint: 'Đọc kỹ trước khi đánh dấu.', prefill, errors: [errorAt('/x', 'Bạn cần cam đoan.')] });
    const parts = [...m.root.querySelector('[part=base]')!.children].map((c) => c.getAttribute('part') ?? c.className);
    expect(parts).toEqual(['error', 'tk-radio-group__item', 'hint', 'badge']);
    await m.update({ hint: undefined, prefill: undefined });
    expect([...m.root.querySelector('[part=base]')!.children].map((c) => c.getAttribute('part') ?? c.className)).toEqual([
      'error',
      'tk-radio-group__item',
    ]);
  });

  it('follows a value set from outside', async () => {
    const m = await mount<TkCheckbox>('tk-checkbox', makeField({ ...pledge, value: true }));
    await m.update({ value: false });
    expect(box(m.root).checked).toBe(false);
    await m.update({ value: true });
    expect(box(m.root).checked).toBe(true);
  });

  it('does not tick a read-only box with the space bar', async () => {
    const m = await mount<TkCheckbox>('tk-checkbox', makeField({ ...pledge, readonly: true }));
    box(m.root).focus();
    await userEvent.keyboard('{ }');
    expect(box(m.root).checked).toBe(false);
    expect(m.events.input).toEqual([]);
  });
});

runWidgetBaseTests<TkCheckbox>({
  tag: 'tk-checkbox',
  field: pledge,
  edit: async (m) => {
    await userEvent.click(box(m.root));
    return true;
  },
});
