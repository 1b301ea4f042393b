// SPDX-License-Identifier: MIT
import { isKnownProvinceCode } from './province-codes.js';
import { isDigits, type FormatCheck, type FormatDocs } from './types.js';

/** The century of a ĐDCN gender/century digit G: 0/1 → 1900s, 2/3 → 2000s, … 8/9 → 2300s. */
const centuryOf = (g: number): number => 1900 + Math.floor(g / 2) * 100;

/** The year of birth encoded in a ĐDCN (`PPP G YY …`), or undefined when malformed. */
export const pidBirthYear = (pid: string): number | undefined =>
  isDigits(pid, 12) ? centuryOf(Number(pid[3])) + Number(pid.slice(4, 6)) : undefined;

/** The sex encoded in a ĐDCN: even G → male, odd G → female. */
export const pidSex = (pid: string): 'male' | 'female' | undefined =>
  isDigits(pid, 12) ? (Number(pid[3]) % 2 === 0 ? 'male' : 'female') : undefined;

/** The current year, re-read at most once a minute (validation is hot; `new Date()` is not free). */
let year = 0;
let yearReadAt = -Infinity;
const currentYear = (): number => {
  const now = Date.now();
  if (now - yearReadAt > 60_000) {
    year = new Date(now).getFullYear();
    yearReadAt = now;
  }
  return year;
};

const reason = (v: string): string | undefined => {
  if (!isDigits(v, 12)) return 'format.vn-pid';
  // PPP = "0" + the GSO province code where the birth was registered.
  if (v[0] !== '0' || !isKnownProvinceCode(v.slice(1, 3))) return 'format.vn-pid.province';
  // Only the 2000s and later (G ≥ 2) can lie in the future; skip the clock otherwise.
  if (v.charCodeAt(3) >= 50 && pidBirthYear(v)! > currentYear()) return 'format.vn-pid.year';
  return undefined;
};

/**
 * `vn-pid`: the 12-digit personal identification number (số định danh cá nhân, ĐDCN = the CCCD / thẻ căn cước
 * number). Structure `PPP G YY RRRRRR`: province of birth registration, century+sex digit, year of birth, serial.
 * There is no check digit, so a wrong serial cannot be detected.
 */
export const vnPid: FormatCheck = {
  name: 'vn-pid',
  validate: (v) => reason(v) === undefined,
  explain: (v) => reason(v) ?? 'format.vn-pid',
  messageKey: 'format.vn-pid',
  reasonKeys: ['format.vn-pid.province', 'format.vn-pid.year'],
};

/**
 * `vn-pid` for the docs and tests (the README's formats table; formats.test.ts runs the examples). Browser
 * bundles leave it out: only the check above runs there.
 */
export const vnPidDocs: FormatDocs = {
  rule: '12 digits `PPP G YY RRRRRR`; `PPP` = `0` + a known province code (63 pre-2025 codes); birth year (G, YY) not in the future',
  source: 'Luật Căn cước 26/2023/QH15 Art. 12; Decree 137/2015/NĐ-CP Art. 13; TT 07/2016/TT-BCA Art. 7, Appendix I',
  status: 'reported',
  examples: {
    valid: ['001099012345', '079203000123', '096185999999', '031300000001'],
    invalid: ['00109901234', '0010990123456', '00109901234a', '099099012345', '003099012345', '100099012345', '001499012345', ' 001099012345'],
  },
};
