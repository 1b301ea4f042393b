// SPDX-License-Identifier: MIT
import { isKnownProvinceCode } from './province-codes.js';
import { type FormatCheck, type FormatDocs } from './types.js';

/** `vn-province-code`: a 2-digit GSO province code, from the 2025 list (34) or the pre-2025 list (63). */
export const vnProvinceCode: FormatCheck = {
  name: 'vn-province-code',
  validate: (v) => v.length === 2 && isKnownProvinceCode(v),
  messageKey: 'format.vn-province-code',
};

/**
 * `vn-province-code` for the docs and tests (the README's formats table; formats.test.ts runs the examples). Browser
 * bundles leave it out: only the check above runs there.
 */
export const vnProvinceCodeDocs: FormatDocs = {
  rule: '2 digits in the 2025 list (34 codes) or the pre-2025 list (63 codes)',
  source: 'Công văn 915/CTK-CSCL (2025); GSO list before 2025 (via github.com/dvhcvn/20250701, MIT)',
  status: 'confirmed',
  examples: { valid: ['01', '79', '96', '02', '89'], invalid: ['1', '001', '03', '99', '00', 'HN'] },
};
