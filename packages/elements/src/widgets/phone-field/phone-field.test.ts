// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import './phone-field.js';
import type { TkPhoneField } from './phone-field.component.js';
import { cleanup, last, makeField, mount } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const input = (root: ShadowRoot) => root.querySelector('input')!;
const phone = { schema: { type: 'string' as const, format: 'vn-phone' }, label: 'Số điện thoại' };

describe('<tk-phone-field>', () => {
  afterEach(cleanup);

  it('uses the telephone input and keyboard', async () => {
    const m = await mount<TkPhoneField>('tk-phone-field', makeField(phone));
    expect(input(m.root).type).toBe('tel');
    expect(input(m.root).inputMode).toBe('tel');
    expect(input(m.root).getAttribute('autocomplete')).toBe('tel-national');
  });

  it('normalises a typed +84 number to the domestic form', async () => {
    const m = await mount<TkPhoneField>('tk-phone-field', makeField(phone));
    await userEvent.type(input(m.root), '+84 912 345 678');
    expect(last(m.events.input)).toBe('0912345678');
    expect(input(m.root).value).toBe('0912 345 678');
  });

  it('groups an 11-digit landline number by area code', async () => {
    const m = await mount<TkPhoneField>('tk-phone-field', makeField(phone));
    await userEvent.type(input(m.root), '02438251234');
    expect(input(m.root).value).toBe('024 3825 1234');
    expect(last(m.events.input)).toBe('02438251234');
  });

  it('keeps a foreign number as typed so core can report it', async () => {
    const m = await mount<TkPhoneField>('tk-phone-field', makeField(phone));
    await userEvent.type(input(m.root), '+1 555 0100');
    expect(last(m.events.input)).toBe('+15550100');
  });
});

runWidgetBaseTests<TkPhoneField>({
  tag: 'tk-phone-field',
  field: phone,
  edit: async (m) => {
    await userEvent.type(input(m.root), '0912.345.678');
    return '0912345678';
  },
});

describe('<tk-phone-field> with an input method (IME)', () => {
  afterEach(cleanup);

  it('stores a digit typed through a composition once, grouped after the composition ends', async () => {
    const m = await mount<TkPhoneField>('tk-phone-field', makeField(phone));
    await userEvent.type(input(m.root), '091234567');
    // What a phone keyboard with composition does for the last digit: compose it, then commit it (Chromium IME).
    await cdp().send('Input.imeSetComposition', { text: '8', selectionStart: 1, selectionEnd: 1 });
    await cdp().send('Input.insertText', { text: '8' });
    await m.el.updateComplete;
    expect(last(m.events.input)).toBe('0912345678');
    expect(input(m.root).value).toBe('0912 345 678');
  });

  it('stores a digit composed in the middle of the number once, the caret after it', async () => {
    const m = await mount<TkPhoneField>('tk-phone-field', makeField(phone));
    await userEvent.type(input(m.root), '091245678');
    const box = input(m.root);
    const at = box.value.indexOf('4');
    box.setSelectionRange(at, at);
    await cdp().send('Input.imeSetComposition', { text: '3', selectionStart: 1, selectionEnd: 1 });
    await cdp().send('Input.insertText', { text: '3' });
    await m.el.updateComplete;
    expect(last(m.events.input)).toBe('0912345678');
    expect(box.value).toBe('0912 345 678');
    expect(box.selectionStart).toBe(box.value.indexOf('4'));
  });
});
