// SPDX-License-Identifier: MIT
import { isDigits, type FormatCheck, type FormatDocs } from './types.js';

/**
 * `vn-commune-code`: a 5-digit GSO commune-level code (xã, phường, đặc khu). Engines check the shape; when
 * `compileForm` is given administrative-unit data (`options.adminUnits`) it also checks that the code exists.
 */
export const vnCommuneCode: FormatCheck = {
  name: 'vn-commune-code',
  validate: (v) => isDigits(v, 5) && v !== '00000',
  messageKey: 'format.vn-commune-code',
  reasonKeys: ['format.vn-commune-code.unknown', 'format.vn-commune-code.province'],
};

/**
 * `vn-commune-code` for the docs and tests (the README's formats table; formats.test.ts runs the examples). Browser
 * bundles leave it out: only the check above runs there.
 */
export const vnCommuneCodeDocs: FormatDocs = {
  rule: '5 digits; with admin-unit data supplied, a code in the list',
  source: 'Công văn 1027/CTK-CSCL (2025), Appendix I',
  status: 'confirmed',
  examples: { valid: ['00004', '26734', '31117'], invalid: ['0004', '000004', 'A0004', '00000'] },
};
