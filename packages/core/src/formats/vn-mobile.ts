// SPDX-License-Identifier: MIT
import { MOBILE_PREFIXES } from './mobile-prefixes.js';
import { isDigits, type FormatCheck, type FormatDocs } from './types.js';

const PREFIXES = new Set(MOBILE_PREFIXES);

/** True for a 10-digit domestic mobile number with a known prefix (`0912345678`). */
export const isVnMobile = (v: string): boolean => isDigits(v, 10) && PREFIXES.has(v.slice(0, 3));

/**
 * `vn-mobile`: a mobile number in the domestic form tokhai stores (`0` + 9 digits, no spaces, no `+84`), with a
 * prefix from the list in `mobile-prefixes.ts`.
 */
export const vnMobile: FormatCheck = {
  name: 'vn-mobile',
  validate: isVnMobile,
  messageKey: 'format.vn-mobile',
};

/**
 * `vn-mobile` for the docs and tests (the README's formats table; formats.test.ts runs the examples). Browser
 * bundles leave it out: only the check above runs there.
 */
export const vnMobileDocs: FormatDocs = {
  rule: '10 digits, domestic form, prefix in the list (03[2-9], 05[25689], 07[06-9], 08[1-9], 09x)',
  source: 'Numbering plan after 2018 (identifiers.md §5); prefix list kept as data',
  status: 'reported',
  examples: { valid: ['0912345678', '0321234567', '0869999999', '0591234567'], invalid: ['091234567', '09123456789', '0312345678', '0512345678', '+84912345678', '0912 345 678', '1912345678'] },
};
