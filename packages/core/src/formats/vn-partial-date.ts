// SPDX-License-Identifier: MIT
import { isDigits, type FormatCheck, type FormatDocs } from './types.js';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** True for `YYYY`, `YYYY-MM` or a real calendar date `YYYY-MM-DD` (Gregorian, leap years included). */
export const isPartialDate = (v: string): boolean => {
  const [y, m, d, ...rest] = v.split('-');
  if (rest.length || !isDigits(y ?? '', 4)) return false;
  if (m === undefined) return true;
  if (!isDigits(m, 2) || Number(m) < 1 || Number(m) > 12) return false;
  if (d === undefined) return true;
  const max = Number(m) === 2 && isLeap(Number(y)) ? 29 : DAYS_IN_MONTH[Number(m) - 1];
  return isDigits(d, 2) && Number(d) >= 1 && Number(d) <= max;
};

/**
 * `vn-partial-date`: a date that may be known only to the year or month, as civil-status records and the population
 * database hold for older citizens (the birth declaration asks only the parents' year of birth).
 */
export const vnPartialDate: FormatCheck = {
  name: 'vn-partial-date',
  validate: isPartialDate,
  messageKey: 'format.vn-partial-date',
};

/**
 * `vn-partial-date` for the docs and tests (the README's formats table; formats.test.ts runs the examples). Browser
 * bundles leave it out: only the check above runs there.
 */
export const vnPartialDateDocs: FormatDocs = {
  rule: '`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date)',
  source: 'Civil-status practice (identifiers.md §8); ISO 8601 reduced precision',
  status: 'checked',
  examples: {
    valid: ['1960', '1960-05', '1960-05-31', '2000-02-29', '2024-12'],
    invalid: ['60', '1960-5', '1960-13', '1960-00', '1900-02-29', '1960-04-31', '1960-05-31-01', '1960/05', '19600'],
  },
};
