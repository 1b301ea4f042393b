// SPDX-License-Identifier: MIT
import { isDigits, type FormatCheck, type FormatDocs } from './types.js';

/**
 * `vn-driving-licence`: the number of a PET-card driving licence (giấy phép lái xe, from 2013): 12 digits. Its inner
 * structure is not published, so it is not parsed.
 */
export const vnDrivingLicence: FormatCheck = {
  name: 'vn-driving-licence',
  validate: (v) => isDigits(v, 12),
  messageKey: 'format.vn-driving-licence',
};

/**
 * `vn-driving-licence` for the docs and tests (the README's formats table; formats.test.ts runs the examples). Browser
 * bundles leave it out: only the check above runs there.
 */
export const vnDrivingLicenceDocs: FormatDocs = {
  rule: '12 digits (PET-card licences); no check digit',
  source: 'Circular 12/2025/TT-BCA; identifiers.md §6',
  status: 'unverified',
  examples: { valid: ['790123456789', '010987654321'], invalid: ['79012345678', 'AB0123456789', '7901234567890'] },
};
