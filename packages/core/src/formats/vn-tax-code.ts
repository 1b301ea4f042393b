// SPDX-License-Identifier: MIT
import { vnPid } from './vn-pid.js';
import { isDigits, type FormatCheck, type FormatDocs } from './types.js';

/** The weights of the MST check digit over N1…N9. */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * The check digit N10 of a 10-digit tax code from its first 9 digits, or `undefined` when no digit is possible
 * (S mod 11 = 0 would need "10"). Worked example (Circular 105/2020): `010004751` → S = 158 → 158 mod 11 = 4 → 6.
 */
export const taxCodeCheckDigit = (first9: string): number | undefined => {
  let s = 0;
  for (let i = 0; i < 9; i++) s += WEIGHTS[i] * Number(first9[i]);
  const r = s % 11;
  return r === 0 ? undefined : 10 - r;
};

const reason = (v: string): string | undefined => {
  // 12 digits: an individual's ĐDCN used as the tax code (Circular 86/2024/TT-BTC, from 01/07/2025).
  if (v.length === 12 && isDigits(v)) return vnPid.validate(v) ? undefined : 'format.vn-tax-code';
  const main = v.length === 14 && v[10] === '-' ? v.slice(0, 10) : v;
  if (main !== v) {
    const branch = v.slice(11);
    if (!isDigits(branch, 3) || branch === '000') return 'format.vn-tax-code';
  }
  if (!isDigits(main, 10)) return 'format.vn-tax-code';
  if (main.startsWith('00') || main.slice(2, 9) === '0000000') return 'format.vn-tax-code';
  return taxCodeCheckDigit(main) === Number(main[9]) ? undefined : 'format.vn-tax-code.check-digit';
};

/**
 * `vn-tax-code`: a tax code (mã số thuế, MST): 10 digits whose last is a check digit, the 14-character branch form
 * `0100047516-001`, or a 12-digit ĐDCN (individuals from 01/07/2025). The only Vietnamese identifier with a check digit.
 */
export const vnTaxCode: FormatCheck = {
  name: 'vn-tax-code',
  validate: (v) => reason(v) === undefined,
  explain: (v) => reason(v) ?? 'format.vn-tax-code',
  messageKey: 'format.vn-tax-code',
  reasonKeys: ['format.vn-tax-code.check-digit'],
};

/**
 * `vn-tax-code` for the docs and tests (the README's formats table; formats.test.ts runs the examples). Browser
 * bundles leave it out: only the check above runs there.
 */
export const vnTaxCodeDocs: FormatDocs = {
  rule: '10 digits with check digit N10 = 10 − (Σ wᵢNᵢ mod 11), w = 31,29,23,19,17,13,7,5,3 (not province 00, serial 0000000); or that + `-` + 001–999; or a 12-digit ĐDCN',
  source: 'Circular 105/2020/TT-BTC Art. 5; Circular 86/2024/TT-BTC; weights as in stdnum-js vn/mst',
  status: 'checked',
  examples: {
    valid: ['0100047516', '0100047516-001', '0100047516-999', '001099012345', '0101243150'],
    invalid: ['0100047517', '0100047516-000', '0100047516-01', '0100047516001', '0000047516', '01000475160', '010004751', 'O100047516'],
  },
};
