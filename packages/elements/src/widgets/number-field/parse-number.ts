// SPDX-License-Identifier: MIT
/**
 * Reads a number as a citizen types it. Vietnamese writes `1.000.000,5` (dot groups, comma decimal), English
 * `1,000,000.5`; people on phones type either. The rules, in order:
 *
 * 1. spaces (also no-break spaces) are ignored;
 * 2. plain digits with an optional sign are a number;
 * 3. digits grouped by threes with the locale's group separator, optionally followed by the locale's decimal
 *    separator and digits, are a number (`1.000` is one thousand in `vi`);
 * 4. otherwise one single `.` or `,` is a decimal separator (`2.5` and `2,5` are both two and a half);
 * 5. anything else is not a number, and the text is kept as typed so core reports it.
 */
import type { Locale } from '@tokhai/core';

/** The result of reading typed text. */
export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const escape = (c: string) => (c === '.' ? '\\.' : c);

/** Reads `text` as a number in `locale`'s conventions. */
export function parseNumber(text: string, locale: Locale): ParsedNumber {
  const s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { kind: 'empty' };
  const { group, decimal } = SEPARATORS[locale] ?? SEPARATORS.vi;
  const grouped = new RegExp(`^([+-]?)(\\d{1,3}(?:${escape(group)}\\d{3})+)(?:${escape(decimal)}(\\d+))?$`);
  let canonical: string | undefined;
  if (/^[+-]?\d+$/.test(s)) canonical = s;
  else {
    const g = grouped.exec(s);
    if (g) canonical = `${g[1]}${g[2].split(group).join('')}${g[3] !== undefined ? `.${g[3]}` : ''}`;
    else if (/^[+-]?\d*[.,]\d+$/.test(s) || /^[+-]?\d+[.,]$/.test(s)) canonical = s.replace(',', '.');
  }
  if (canonical === undefined) return { kind: 'invalid', text };
  const value = Number(canonical);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', text };
}

/** Shows a stored number the way the locale writes it (no grouping, so editing stays simple). */
export function formatNumber(value: number, locale: Locale): string {
  const text = String(value);
  return (SEPARATORS[locale] ?? SEPARATORS.vi).decimal === ',' ? text.replace('.', ',') : text;
}
