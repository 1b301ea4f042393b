// SPDX-License-Identifier: MIT
import { isDigits, type FormatCheck, type FormatDocs } from './types.js';

/**
 * `vn-social-insurance`: the social insurance code (mã số BHXH), 10 digits, the same number on the BHXH book and the
 * BHYT card. Opaque: no check digit is published. Under the Social Insurance Law 2024 a citizen's BHXH code may be
 * their ĐDCN [unverified]; a schema that must accept both uses `anyOf` with `vn-pid`.
 */
export const vnSocialInsurance: FormatCheck = {
  name: 'vn-social-insurance',
  validate: (v) => isDigits(v, 10),
  messageKey: 'format.vn-social-insurance',
};

/**
 * `vn-social-insurance` for the docs and tests (the README's formats table; formats.test.ts runs the examples). Browser
 * bundles leave it out: only the check above runs there.
 */
export const vnSocialInsuranceDocs: FormatDocs = {
  rule: '10 digits; no check digit',
  source: 'QĐ 595/QĐ-BHXH 2017 cl. 2.13',
  status: 'reported',
  examples: { valid: ['0123456789', '7912345678'], invalid: ['012345678', '01234567890', '012345678x', ''] },
};
