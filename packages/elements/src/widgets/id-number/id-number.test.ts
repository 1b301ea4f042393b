// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './id-number.js';
import type { TkIdNumber } from './id-number.component.js';
import { cleanup, last, makeField, mount } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const input = (root: ShadowRoot) => root.querySelector('input')!;
const pid = { schema: { type: 'string' as const, format: 'vn-pid' }, label: 'Số định danh cá nhân' };

describe('<tk-id-number>', () => {
  afterEach(cleanup);

  it('groups a typed ĐDCN for reading and stores digits only', async () => {
    const m = await mount<TkIdNumber>('tk-id-number', makeField(pid));
    await userEvent.type(input(m.root), '001203012345');
    expect(input(m.root).value).toBe('001 203 012345');
    expect(last(m.events.input)).toBe('001203012345');
    expect(input(m.root).inputMode).toBe('numeric');
    expect(input(m.root).getAttribute('autocomplete')).toBe('off');
  });

  it('keeps the caret where the citizen types in the middle of the number', async () => {
    const m = await mount<TkIdNumber>('tk-id-number', makeField({ ...pid, value: '001203012345' }));
    const el = input(m.root);
    await userEvent.click(el);
    await userEvent.keyboard('{Home}{ArrowRight}{ArrowRight}{ArrowRight}9');
    expect(el.value).toBe('001 920 3012345');
    expect(el.value.slice(0, el.selectionStart!)).toBe('001 9');
    await userEvent.keyboard('8');
    expect(el.value.slice(0, el.selectionStart!)).toBe('001 98');
    expect(last(m.events.input)).toBe('00198203012345');
  });

  it('accepts a pasted number with spaces and dashes', async () => {
    const m = await mount<TkIdNumber>('tk-id-number', makeField(pid));
    const source = document.createElement('textarea');
    source.value = '001-203 012.345';
    document.body.append(source);
    source.select();
    await userEvent.copy();
    source.remove();
    await userEvent.click(input(m.root));
    await userEvent.paste();
    expect(last(m.events.input)).toBe('001203012345');
    expect(input(m.root).value).toBe('001 203 012345');
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('treats options.mask "%s" (an Object member) as no mask: typing works', async (mask) => {
    const m = await mount<TkIdNumber>('tk-id-number', makeField({ ...pid, schema: { type: 'string' }, options: { mask } }));
    await userEvent.type(input(m.root), '0012');
    expect(last(m.events.input)).toBe('0012');
    expect(input(m.root).value).toBe('0012');
  });

  it('ignores letters typed into a numeric identifier', async () => {
    const m = await mount<TkIdNumber>('tk-id-number', makeField(pid));
    await userEvent.type(input(m.root), '00a1');
    expect(last(m.events.input)).toBe('001');
  });

  it('uses the MST mask for vn-tax-code and keeps the branch dash', async () => {
    const m = await mount<TkIdNumber>('tk-id-number', makeField({ schema: { type: 'string', format: 'vn-tax-code' }, label: 'Mã số thuế' }));
    await userEvent.type(input(m.root), '0100047516-001');
    expect(last(m.events.input)).toBe('0100047516-001');
  });

  it('uses the mask named in options.mask (BHXH)', async () => {
    const m = await mount<TkIdNumber>('tk-id-number', makeField({ options: { mask: 'bhxh' }, label: 'Mã số BHXH' }));
    await userEvent.type(input(m.root), '0123456789');
    expect(input(m.root).value).toBe('012 345 6789');
    expect(last(m.events.input)).toBe('0123456789');
  });

  it('shows a prefilled identifier grouped', async () => {
    const m = await mount<TkIdNumber>('tk-id-number', makeField({ ...pid, value: '079090001234' }));
    expect(input(m.root).value).toBe('079 090 001234');
  });
});

runWidgetBaseTests<TkIdNumber>({
  tag: 'tk-id-number',
  field: pid,
  edit: async (m) => {
    await userEvent.type(input(m.root), '036 1950 12345');
    return '036195012345';
  },
});
