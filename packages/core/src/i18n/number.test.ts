// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberFormatter } from './number.js';

describe('numberFormatter', () => {
  it('formats as Intl.NumberFormat does, the first time and when it remembers (-0, NaN and infinities included)', () => {
    for (const locale of ['vi-VN', 'en-GB']) {
      const format = numberFormatter(locale);
      const intl = new Intl.NumberFormat(locale);
      const numbers = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1000, 1234.5, -1, Number.NaN, Infinity, -Infinity));
      fc.assert(
        fc.property(fc.array(numbers, { maxLength: 20 }), (list) => {
          // Twice, so the second pass reads what the first remembered.
          for (const v of [...list, ...list]) expect(format(v)).toBe(intl.format(v));
        }),
      );
    }
  });

  it('writes Vietnamese thousands with dots and decimals with a comma, and anything else as String does', () => {
    const format = numberFormatter('vi-VN');
    expect(format(1234.5)).toBe('1.234,5');
    expect(format(0)).toBe('0');
    expect(format(-0)).toBe('-0');
    expect(format('12')).toBe('12');
    expect(format(undefined)).toBe('undefined');
  });
});
