// SPDX-License-Identifier: MIT
/**
 * Calendar dates as data stores them: ISO `YYYY-MM-DD`, or the partial `YYYY-MM` / `YYYY` the population database
 * holds for some older citizens (identifiers.md §8). Pure arithmetic on the numbers, never `Date`: a `Date` parses
 * in the machine's time zone, and two machines must agree.
 */

/** A full or partial calendar date. */
export interface CalendarDate {
  year: number;
  /** 1–12, absent for a year-only date. */
  month?: number;
  /** 1–31, absent for a year or year-month date. */
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** An ISO date-time with an explicit offset (or `Z`); the date part is re-read in Vietnam's time zone. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i;

/** Vietnam's offset from UTC in minutes (Indochina Time, no daylight saving). */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** True in a Gregorian leap year. */
export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The number of days in a month of a year. */
export const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a real calendar date; `null` for anything else. */
export function parseCalendarDate(value: unknown): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const m = PARTIAL_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1) return null;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Parses a full `YYYY-MM-DD` date only. */
export function parseFullDate(value: unknown): Required<CalendarDate> | null {
  const d = parseCalendarDate(value);
  return d?.day !== undefined ? (d as Required<CalendarDate>) : null;
}

/** Formats a full date as `YYYY-MM-DD`. */
export const formatDate = (d: Required<CalendarDate>): string =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** Adds whole days to a full date (no `Date`, so no time zone). */
function addDays(d: Required<CalendarDate>, days: number): Required<CalendarDate> {
  let { year, month, day } = d;
  day += days;
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    month += 1;
    if (month > 12) [month, year] = [1, year + 1];
  }
  while (day < 1) {
    month -= 1;
    if (month < 1) [month, year] = [12, year - 1];
    day += daysInMonth(year, month);
  }
  return { year, month, day };
}

/**
 * The evaluation date for `$now`: a `YYYY-MM-DD` date as given, or the calendar date in Vietnam (UTC+7) of an ISO
 * date-time (`2025-03-15T20:00:00Z` → `2025-03-16`). A date-time without an offset is taken as Vietnam's local
 * time. `null` when the value is neither.
 */
export function toVietnamDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const full = parseFullDate(value);
  if (full) return formatDate(full);
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  const date = parseFullDate(`${m[1]}-${m[2]}-${m[3]}`);
  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  if (!date || hours > 23 || minutes > 59) return null;
  const zone = m[7]?.toUpperCase();
  const offset = zone === undefined ? VIETNAM_OFFSET_MINUTES : zone === 'Z' ? 0 : parseOffset(zone);
  if (offset === null) return null;
  const minuteOfDayInVietnam = hours * 60 + minutes - offset + VIETNAM_OFFSET_MINUTES;
  return formatDate(addDays(date, Math.floor(minuteOfDayInVietnam / (24 * 60))));
}

/** `+07:00` → 420; `null` when out of range. */
function parseOffset(zone: string): number | null {
  const sign = zone.startsWith('-') ? -1 : 1;
  const [h, m] = zone.slice(1).split(':').map(Number) as [number, number];
  if (h > 23 || m > 59) return null;
  return sign * (h * 60 + m);
}
