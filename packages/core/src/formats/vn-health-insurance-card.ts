// SPDX-License-Identifier: MIT
import { isKnownProvinceCode } from './province-codes.js';
import { isDigits, type FormatCheck, type FormatDocs } from './types.js';

const isUpper = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z';

/** True for the 15-character card number of 2017–2021: group (2 letters) + level (1–5) + province (2) + BHXH (10). */
const isOldCardNumber = (v: string): boolean =>
  v.length === 15 &&
  isUpper(v[0]) &&
  isUpper(v[1]) &&
  v[2] >= '1' &&
  v[2] <= '5' &&
  isDigits(v.slice(3)) &&
  isKnownProvinceCode(v.slice(3, 5));

/**
 * `vn-health-insurance-card`: a health insurance (BHYT) card number. Either the 15-character form of cards issued
 * 2017–2021 (`TE1` + province `01` + 10-digit BHXH code) or, on cards from 01/04/2021, the 10-digit BHXH code alone.
 */
export const vnHealthInsuranceCard: FormatCheck = {
  name: 'vn-health-insurance-card',
  validate: (v) => isDigits(v, 10) || isOldCardNumber(v),
  messageKey: 'format.vn-health-insurance-card',
};

/**
 * `vn-health-insurance-card` for the docs and tests (the README's formats table; formats.test.ts runs the examples). Browser
 * bundles leave it out: only the check above runs there.
 */
export const vnHealthInsuranceCardDocs: FormatDocs = {
  rule: '10 digits (cards from 01/04/2021), or 2 capital letters + benefit level 1–5 + a known province code + 10 digits',
  source: 'CV 3340/BHXH-ST; QĐ 1666/QĐ-BHXH (2021)',
  status: 'reported',
  examples: {
    valid: ['0123456789', 'TE1010123456789', 'HS4790123456789', 'GD5960123456789'],
    invalid: ['TE6010123456789', 'te1010123456789', 'TE1990123456789', 'TE101012345678', '012345678', 'TE10101234567890'],
  },
};
