// SPDX-License-Identifier: MIT
/**
 * Dates as citizens type them (day, month, year; dd/mm/yyyy order) and as forms store them (ISO 8601
 * `yyyy-mm-dd`, or `yyyy` / `yyyy-mm` for `vn-partial-date`). Pure functions, no DOM.
 *
 * What was typed is never lost: a date that is not real or not complete is stored as the typed text
 * `dd/mm/yyyy` (with empty parts left empty). That string fails both `date` and `vn-partial-date` in core, so the
 * citizen sees core's error next to the text they typed, and the text comes back intact when the value is
 * rendered again (a restored draft, a step revisited).
 */

import { textOf } from './same-value.js';

/** The three boxes of a date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** One of the three boxes. */
export type DatePart = keyof DateParts;

/** What typed parts mean. */
export interface DateReading {
  /** The value to store: ISO (full or partial), the typed text when invalid, or `undefined` when all empty. */
  value: string | undefined;
  /** The boxes that are wrong (for `aria-invalid` on the right box); empty when the date is valid or empty. */
  invalid: DatePart[];
}

/** All boxes empty. */
export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The number of days in a month (1–12) of a year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];

const pad = (s: string) => s.padStart(2, '0');

/** The boxes for a stored value: ISO (full or partial) or the typed `dd/mm/yyyy` text; anything else goes to the year box. */
export function partsFromValue(value: unknown): DateParts {
  if (value === undefined || value === null || value === '') return { ...EMPTY_DATE };
  const text = textOf(value);
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (iso) return { day: iso[3] ?? '', month: iso[2] ?? '', year: iso[1] };
  const typed = text.split('/');
  if (typed.length === 3) return { day: typed[0], month: typed[1], year: typed[2] };
  // Not a date shape we wrote: show it all, so nothing the data holds is hidden from the citizen.
  return { day: '', month: '', year: text };
}

/** Reads typed parts. `partial` allows a year alone, or a month and a year (`vn-partial-date`). */
export function readDate(parts: DateParts, partial: boolean): DateReading {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return { value: undefined, invalid: [] };

  const invalid: DatePart[] = [];
  const d = /^\d{1,2}$/.test(day) ? Number(day) : NaN;
  const m = /^\d{1,2}$/.test(month) ? Number(month) : NaN;
  const y = /^\d{4}$/.test(year) ? Number(year) : NaN;
  const dayNeeded = !partial || day !== '';
  const monthNeeded = !partial || month !== '' || day !== '';
  if (monthNeeded && !(m >= 1 && m <= 12)) invalid.push('month');
  if (!(y >= 1)) invalid.push('year');
  if (dayNeeded && !(d >= 1 && d <= (m >= 1 && m <= 12 && y >= 1 ? daysInMonth(y, m) : 31))) invalid.push('day');

  if (invalid.length > 0) return { value: `${day}/${month}/${year}`, invalid: sortParts(invalid) };
  if (!monthNeeded) return { value: year, invalid: [] };
  if (!dayNeeded) return { value: `${year}-${pad(month)}`, invalid: [] };
  return { value: `${year}-${pad(month)}-${pad(day)}`, invalid: [] };
}

const ORDER: DatePart[] = ['day', 'month', 'year'];
const sortParts = (parts: DatePart[]) => ORDER.filter((p) => parts.includes(p));

/**
 * A whole date typed or pasted into one box: `15/03/2025`, `15-3-2025`, `15.03.2025`, `15 3 2025` (day first, as
 * written in Vietnam) or ISO `2025-03-15`. Returns the parts, or `undefined` when the text is not a whole date.
 */
export function splitWholeDate(text: string): DateParts | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return { day: iso[3], month: iso[2], year: iso[1] };
  const dmy = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/.exec(t);
  if (dmy) return { day: dmy[1], month: dmy[2], year: dmy[3] };
  return undefined;
}
