// SPDX-License-Identifier: MIT
import { isKnownProvinceCode } from './province-codes.js';
import { type FormatDefinition } from './types.js';

/** `vn-province-code`: a 2-digit GSO province code, from the 2025 list (34) or the pre-2025 list (63). */
export const vnProvinceCode: FormatDefinition = {
  name: 'vn-province-code',
  validate: (v) => v.length === 2 && isKnownProvinceCode(v),
  messageKey: 'format.vn-province-code',
  rule: '2 digits in the 2025 list (34 codes) or the pre-2025 list (63 codes)',
  source: 'Công văn 915/CTK-CSCL (2025); GSO list before 2025 (via github.com/dvhcvn/20250701, MIT)',
  status: 'confirmed',
  examples: { valid: ['01', '79', '96', '02', '89'], invalid: ['1', '001', '03', '99', '00', 'HN'] },
};
