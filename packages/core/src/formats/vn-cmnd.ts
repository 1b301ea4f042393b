// SPDX-License-Identifier: MIT
import { isDigits, type FormatCheck, type FormatDocs } from './types.js';

/**
 * `vn-cmnd`: an old identity card number (chứng minh nhân dân): 9 digits, or the 12-digit CMND some provinces
 * issued 2012–2016. CMND lost validity on 01/01/2025; use it only for "previous ID number" fields.
 */
export const vnCmnd: FormatCheck = {
  name: 'vn-cmnd',
  validate: (v) => isDigits(v, 9) || isDigits(v, 12),
  messageKey: 'format.vn-cmnd',
};

/**
 * `vn-cmnd` for the docs and tests (the README's formats table; formats.test.ts runs the examples). Browser
 * bundles leave it out: only the check above runs there.
 */
export const vnCmndDocs: FormatDocs = {
  rule: '9 digits, or 12 digits (12-digit CMND issued 2012–2016); no check digit',
  source: 'Luật Căn cước 26/2023/QH15 (CMND invalid from 01/01/2025); CSDLQG keeps "số CMND 9 số"',
  status: 'reported',
  examples: { valid: ['012345678', '123456789012'], invalid: ['01234567', '0123456789', '01234567a', ''] },
};
