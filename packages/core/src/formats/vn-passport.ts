// SPDX-License-Identifier: MIT
import { isDigits, type FormatCheck, type FormatDocs } from './types.js';

/**
 * `vn-passport`: a Vietnamese passport number, one capital Latin letter and 7 digits (`C1234567`). Soft: the letter
 * series are not confirmed. Foreign passports should use a plain `pattern` instead.
 */
export const vnPassport: FormatCheck = {
  name: 'vn-passport',
  validate: (v) => v.length === 8 && v[0] >= 'A' && v[0] <= 'Z' && isDigits(v.slice(1)),
  messageKey: 'format.vn-passport',
};

/**
 * `vn-passport` for the docs and tests (the README's formats table; formats.test.ts runs the examples). Browser
 * bundles leave it out: only the check above runs there.
 */
export const vnPassportDocs: FormatDocs = {
  rule: '1 capital letter + 7 digits',
  source: 'identifiers.md §7',
  status: 'unverified',
  examples: { valid: ['C1234567', 'B0000001', 'N7654321'], invalid: ['c1234567', 'C123456', 'C12345678', '12345678', 'CC123456'] },
};
