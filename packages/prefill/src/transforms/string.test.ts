// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { toStringValue } from './string.js';

describe('string transform', () => {
  it('writes scalars as NFC text', () => {
    expect(toStringValue(' Việt\u0301 ', {})).toEqual({ ok: true, value: 'Việt\u0301'.normalize('NFC') });
    expect(toStringValue(123456789, {})).toEqual({ ok: true, value: '123456789' });
    expect(toStringValue(true, {})).toEqual({ ok: true, value: 'true' });
  });

  it('refuses objects, arrays and non-finite numbers', () => {
    expect(toStringValue({ a: 1 }, {})).toMatchObject({ ok: false, kind: 'type' });
    expect(toStringValue([1], {})).toMatchObject({ ok: false, kind: 'type' });
    expect(toStringValue(Number.NaN, {})).toMatchObject({ ok: false, kind: 'type' });
  });
});
