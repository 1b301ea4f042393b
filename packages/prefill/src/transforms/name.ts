// SPDX-License-Identifier: MIT
/**
 * Vietnamese names: "Họ, chữ đệm và tên" is one string in CSDLQG. Splitting is the heuristic identifiers.md §9
 * gives: the first word is the family name (họ), the last is the given name (tên), the words between are the middle
 * name (chữ đệm, possibly empty or several words). Names are NFC and keep their diacritics.
 */
import type { TransformFunction } from '../types.js';
import { describe, ok, wrongType } from './result.js';

/** NFC, trimmed, single spaces. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/** Splits a full name into its parts. A one-word name is a given name only. */
export function splitVietnameseName(fullName: string): { family: string; middle: string; given: string } {
  const words = normalizeName(fullName).split(' ').filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] };
  return { family: words[0], middle: words.slice(1, -1).join(' '), given: words[words.length - 1] };
}

function namePart(part: 'family' | 'middle' | 'given'): TransformFunction {
  return (value) => {
    if (typeof value !== 'string' || normalizeName(value) === '') return wrongType(`expected a full name, got ${describe(value)}`);
    return ok(splitVietnameseName(value)[part]);
  };
}

/** `name.family`: "Nguyễn Văn Thử" → "Nguyễn". */
export const nameFamily: TransformFunction = namePart('family');
/** `name.middle`: "Nguyễn Thị Minh Khai" → "Thị Minh"; "Lê Na" → "". */
export const nameMiddle: TransformFunction = namePart('middle');
/** `name.given`: "Nguyễn Văn Thử" → "Thử". */
export const nameGiven: TransformFunction = namePart('given');

/** `name.upper`: "Nguyễn Văn Thử" → "NGUYỄN VĂN THỬ" (official documents write names in capitals, with diacritics). */
export const nameUpper: TransformFunction = (value) => {
  if (typeof value !== 'string') return wrongType(`expected a name, got ${describe(value)}`);
  return ok(normalizeName(value).toLocaleUpperCase('vi').normalize('NFC'));
};
