// SPDX-License-Identifier: MIT
/** `ageAt(dateOfBirth, atDate)`: age in completed years on a given date. */
import { daysInMonth, parseCalendarDate, parseFullDate, type CalendarDate } from './dates.js';

/** Age in completed years between a full birth date and a full date, by comparing (month, day). */
function completedYears(birth: Required<CalendarDate>, at: Required<CalendarDate>): number {
  const birthdayReached = at.month > birth.month || (at.month === birth.month && at.day >= birth.day);
  return at.year - birth.year - (birthdayReached ? 0 : 1);
}

/** The earliest and the latest full date a (possibly partial) date can stand for. */
function dateRange(d: CalendarDate): [Required<CalendarDate>, Required<CalendarDate>] {
  const firstMonth = d.month ?? 1;
  const lastMonth = d.month ?? 12;
  return [
    { year: d.year, month: firstMonth, day: d.day ?? 1 },
    { year: d.year, month: lastMonth, day: d.day ?? daysInMonth(d.year, lastMonth) },
  ];
}

/**
 * The age in completed years of someone born on `dateOfBirth`, on `atDate` (both ISO; `atDate` must be a full
 * date, usually `{"var": "$now"}`). A birthday counts from its own day: born 2019-03-15, on 2025-03-14 the age is
 * 5 and on 2025-03-15 it is 6; someone born on 29 February reaches the next year on 1 March in common years.
 *
 * A partial date of birth (`YYYY` or `YYYY-MM`) gives an age only when every day it could stand for gives the
 * same age; otherwise the age is unknown and the result is `null`. Also `null` for malformed dates and for an
 * `atDate` before the birth.
 */
export function ageAt(dateOfBirth: unknown, atDate: unknown): number | null {
  const birth = parseCalendarDate(dateOfBirth);
  const at = parseFullDate(atDate);
  if (!birth || !at) return null;
  const [earliest, latest] = dateRange(birth);
  const oldest = completedYears(earliest, at);
  const youngest = completedYears(latest, at);
  if (oldest !== youngest || youngest < 0) return null;
  return youngest;
}
