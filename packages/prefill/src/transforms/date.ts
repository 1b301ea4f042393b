// SPDX-License-Identifier: MIT
/**
 * Dates: data holds ISO `YYYY-MM-DD`; the population database may hold only a year or a month and year
 * (identifiers.md §8), and some sources write `dd/mm/yyyy`. Partial dates are kept partial, never invented.
 */
import type { TransformFunction } from '../types.js';
import { describe, ok, wrongType } from './result.js';
import { schemaTypes } from '../schema.js';

/** A parsed date, possibly partial. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The patterns accepted, each with how to read its groups. Data over if-chains. */
const DATE_PATTERNS: Array<{ re: RegExp; read: (m: RegExpMatchArray) => PartialDate }> = [
  // ISO date, or the date part of an ISO date-time.
  { re: /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/, read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
  { re: /^(\d{4})-(\d{2})$/, read: (m) => ({ year: +m[1], month: +m[2] }) },
  { re: /^(\d{4})$/, read: (m) => ({ year: +m[1] }) },
  // Vietnamese writing: d/m/yyyy, dd/mm/yyyy (also with - or .), mm/yyyy.
  { re: /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/, read: (m) => ({ year: +m[3], month: +m[2], day: +m[1] }) },
  { re: /^(\d{1,2})[/.-](\d{4})$/, read: (m) => ({ year: +m[2], month: +m[1] }) },
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a date in any accepted writing; `undefined` when it is not a real (possibly partial) calendar date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const trimmed = text.trim();
  for (const { re, read } of DATE_PATTERNS) {
    const m = trimmed.match(re);
    if (!m) continue;
    const d = read(m);
    if (d.year < 1800 || d.year > 2999) return undefined;
    if (d.month !== undefined && (d.month < 1 || d.month > 12)) return undefined;
    if (d.day !== undefined && (d.day < 1 || d.day > daysInMonth(d.year, d.month!))) return undefined;
    return d;
  }
  return undefined;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function formatIsoDate(d: PartialDate): string {
  return [pad(d.year, 4), d.month === undefined ? undefined : pad(d.month), d.day === undefined ? undefined : pad(d.day)]
    .filter((p) => p !== undefined)
    .join('-');
}

/** `date.iso`: "05/03/1990" → "1990-03-05"; "1990" stays "1990"; "03/1990" → "1990-03". */
export const dateIso: TransformFunction = (value) => {
  if (typeof value !== 'string') return wrongType(`expected a date string, got ${describe(value)}`);
  const d = parsePartialDate(value);
  return d ? ok(formatIsoDate(d)) : wrongType(`not a calendar date: ${describe(value)}`);
};

/**
 * `date.year`: the year of a (possibly partial) date. A number for `integer`/`number` fields, else a 4-digit string.
 * A bare number (a year of birth) is accepted as is.
 */
export const dateYear: TransformFunction = (value, context) => {
  let year: number | undefined;
  if (typeof value === 'number' && Number.isInteger(value)) year = value;
  else if (typeof value === 'string') year = parsePartialDate(value)?.year;
  if (year === undefined || year < 1800 || year > 2999) return wrongType(`no year in ${describe(value)}`);
  const types = context.targetSchema ? schemaTypes(context.targetSchema) : [];
  const numeric = types.length > 0 && types.every((t) => t === 'integer' || t === 'number');
  return ok(numeric ? year : pad(year, 4));
};
