// SPDX-License-Identifier: MIT
import { isVnMobile } from './vn-mobile.js';
import { isDigits, type FormatCheck, type FormatDocs } from './types.js';

/** True for an 11-digit landline number `02x…` (area code 02xx + subscriber number). */
export const isVnLandline = (v: string): boolean => isDigits(v, 11) && v.startsWith('02');

/** `vn-phone`: a mobile number (see `vn-mobile`) or an 11-digit landline number such as `02438221234` (Hà Nội). */
export const vnPhone: FormatCheck = {
  name: 'vn-phone',
  validate: (v) => isVnMobile(v) || isVnLandline(v),
  messageKey: 'format.vn-phone',
};

/**
 * `vn-phone` for the docs and tests (the README's formats table; formats.test.ts runs the examples). Browser
 * bundles leave it out: only the check above runs there.
 */
export const vnPhoneDocs: FormatDocs = {
  rule: 'a `vn-mobile` number, or a landline: 11 digits starting with `02`',
  source: 'Numbering plan (identifiers.md §5)',
  status: 'reported',
  examples: { valid: ['0912345678', '02438221234', '02838221234'], invalid: ['0243822123', '03438221234', '024382212345', '+842438221234', ''] },
};
