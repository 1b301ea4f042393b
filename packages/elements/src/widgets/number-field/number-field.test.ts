// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './number-field.js';
import type { TkNumberField } from './number-field.component.js';
import { parseNumber } from './parse-number.js';
import { cleanup, errorAt, last, makeField, mount } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const input = (root: ShadowRoot) => root.querySelector('input')!;
const integerField = { schema: { type: 'integer' as const }, label: 'Số con' };
const numberField = { schema: { type: 'number' as const }, label: 'Diện tích (m²)' };

describe('parseNumber', () => {
  it.each([
    ['42', 'vi', 42],
    ['-7', 'vi', -7],
    ['2,5', 'vi', 2.5],
    ['2.5', 'vi', 2.5],
    ['1.000', 'vi', 1000],
    ['1.000.000,25', 'vi', 1000000.25],
    ['1 000', 'vi', 1000],
    ['1,000', 'en', 1000],
    ['1,000.5', 'en', 1000.5],
    ['1,5', 'en', 1.5],
  ] as const)('reads %s in %s as %d', (text, locale, value) => {
    expect(parseNumber(text, locale)).toEqual({ kind: 'number', value });
  });

  it.each(['12a', '1.2.3', '1,2,3', '--1', '1e5x', '.'])('keeps %s as invalid text', (text) => {
    expect(parseNumber(text, 'vi')).toEqual({ kind: 'invalid', text });
  });
});

describe('<tk-number-field>', () => {
  afterEach(cleanup);

  it('asks for a numeric keyboard for integers and a decimal one for numbers', async () => {
    const a = await mount<TkNumberField>('tk-number-field', makeField(integerField));
    expect(input(a.root).inputMode).toBe('numeric');
    expect(input(a.root).type).toBe('text');
    const b = await mount<TkNumberField>('tk-number-field', makeField({ ...numberField, pointer: '/area' }));
    expect(input(b.root).inputMode).toBe('decimal');
  });

  it('stores a number, not text', async () => {
    const m = await mount<TkNumberField>('tk-number-field', makeField(numberField));
    await userEvent.type(input(m.root), '72,5');
    expect(last(m.events.input)).toBe(72.5);
  });

  it('keeps text that is not a number visible and stores it as typed so the error is reported', async () => {
    const m = await mount<TkNumberField>('tk-number-field', makeField(integerField));
    await userEvent.type(input(m.root), '3 con');
    expect(last(m.events.input)).toBe('3 con');
    await m.update({ errors: [errorAt('/x', 'Số con phải là số nguyên.', 'type')] });
    expect(input(m.root).value).toBe('3 con');
    expect(input(m.root).getAttribute('aria-invalid')).toBe('true');
  });

  it('stores a decimal typed into an integer field as text, so core reports it', async () => {
    const m = await mount<TkNumberField>('tk-number-field', makeField(integerField));
    await userEvent.type(input(m.root), '2,5');
    expect(last(m.events.input)).toBe('2,5');
  });

  it('shows a stored number with the locale decimal separator', async () => {
    const m = await mount<TkNumberField>('tk-number-field', makeField({ ...numberField, value: 2.75 }));
    expect(input(m.root).value).toBe('2,75');
    const en = await mount<TkNumberField>('tk-number-field', makeField({ ...numberField, pointer: '/b', locale: 'en', value: 2.75 }));
    expect(input(en.root).value).toBe('2.75');
  });
});

runWidgetBaseTests<TkNumberField>({
  tag: 'tk-number-field',
  field: integerField,
  edit: async (m) => {
    await userEvent.type(input(m.root), '1.200');
    return 1200;
  },
});
