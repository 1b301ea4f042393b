// SPDX-License-Identifier: MIT
/**
 * The formats rule conditions can test at run time, without ajv-formats' whole table (formats/index.ts, which the
 * engines and the definition checks use): tokhai's Vietnamese formats and the standard `date`, `time`, `date-time`
 * and `email`. The four standard checks are ajv-formats' `fullFormats` code (v3.0.1, `dist/formats.js`, MIT licence,
 * Copyright (c) 2020 Evgeny Poberezkin), copied unchanged so that a condition decides exactly as the interpreter
 * (formats.test.ts compares them with ajv-formats on the JSON Schema Test Suite's format cases and random text).
 * The other standard formats are not carried: a condition schema using one is refused by the definition checks
 * (the closure matcher does not compile it), and unknown format names pass, as in every engine.
 */
import { TOKHAI_FORMAT_CHECKS } from './tokhai.js';

function isLeapYear(year: number): boolean {
  // https://tools.ietf.org/html/rfc3339#appendix-C
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str: string): boolean {
  // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
  const matches = DATE.exec(str);
  if (!matches) return false;
  const year = +matches[1];
  const month = +matches[2];
  const day = +matches[3];
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
/** ajv-formats' `getTime(true)`: the time zone is required. */
function time(str: string): boolean {
  const matches = TIME.exec(str);
  if (!matches) return false;
  const hr = +matches[1];
  const min = +matches[2];
  const sec = +matches[3];
  const tz = matches[4];
  const tzSign = matches[5] === '-' ? -1 : 1;
  const tzH = +(matches[6] || 0);
  const tzM = +(matches[7] || 0);
  if (tzH > 23 || tzM > 59 || !tz) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  // leap second
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
/** ajv-formats' `getDateTime(true)`. */
function dateTime(str: string): boolean {
  // http://tools.ietf.org/html/rfc3339#section-5.6
  const parts = str.split(DATE_TIME_SEPARATOR);
  return parts.length === 2 && date(parts[0]) && time(parts[1]);
}
const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** Format name → string check, for the formats carried at run time. */
const CHECKS = new Map<string, (value: string) => boolean>([
  ['date', date],
  ['time', time],
  ['date-time', dateTime],
  ['email', (s) => EMAIL.test(s)],
  ...TOKHAI_FORMAT_CHECKS.map((f) => [f.name, f.validate] as const),
]);

/**
 * ajv-formats' other checked formats (`fullFormats` without `password` and `binary`, which check nothing): known to
 * the engines, not carried here. formats.test.ts keeps this list equal to the engine table's.
 */
export const COMPILE_TIME_FORMAT_NAMES: ReadonlySet<string> = new Set([
  'iso-time', 'iso-date-time', 'duration', 'uri', 'uri-reference', 'uri-template', 'url', 'hostname', 'ipv4', 'ipv6', 'regex', 'uuid',
  'json-pointer', 'json-pointer-uri-fragment', 'relative-json-pointer', 'byte', 'int32', 'int64', 'float', 'double',
]);

/**
 * The run-time check of a format, as `checkFormat` decides it: strings are checked, other values pass; an unknown
 * name passes everything. `undefined` for a format the engines check but run-time code does not carry.
 */
export const runTimeFormat = (name: string): ((value: unknown) => boolean) | undefined => {
  const check = CHECKS.get(name);
  if (check) return (v) => typeof v !== 'string' || check(v);
  return COMPILE_TIME_FORMAT_NAMES.has(name) ? undefined : () => true;
};
