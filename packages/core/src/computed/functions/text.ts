// SPDX-License-Identifier: MIT
/** Text functions for computed values: `upperVi`, `concat`, `join`. */

/**
 * Upper case with every diacritic kept, as official documents write names ("viết chữ in hoa, đủ dấu",
 * identifiers.md §9): `"nguyễn thị ánh"` → `"NGUYỄN THỊ ÁNH"`, `"đ"` → `"Đ"`. The input is normalised to NFC first
 * and the result is NFC, so decomposed input (e + combining marks) gives the same precomposed letters.
 * Locale-independent on purpose (`toUpperCase`, not `toLocaleUpperCase`): Vietnamese has no special casing
 * rules, and the machine's locale must not change the result. `null` for non-strings.
 */
export function upperVi(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  return text.normalize('NFC').toUpperCase().normalize('NFC');
}

/** One part as text: strings trimmed, finite numbers and booleans written out, anything else dropped. */
function partText(part: unknown): string {
  if (typeof part === 'string') return part.normalize('NFC').trim();
  if (typeof part === 'number') return Number.isFinite(part) ? String(part) : '';
  if (typeof part === 'boolean') return String(part);
  return '';
}

/** Flattens one level of arrays (so `{"map": …}` results can be joined) and keeps the non-empty texts. */
function nonEmptyParts(parts: readonly unknown[]): string[] {
  return parts.flatMap((p): unknown[] => (Array.isArray(p) ? p : [p])).map(partText).filter((t) => t !== '');
}

/**
 * Joins the non-empty parts with `separator`: `join(", ", "12 Lý Thái Tổ", "", "Hà Nội")` →
 * `"12 Lý Thái Tổ, Hà Nội"`. Parts are trimmed; `null`, missing and empty parts are skipped; arrays are flattened
 * one level. Returns `null` when nothing is left, so an empty result does not count as an answer.
 */
export function join(separator: unknown, ...parts: unknown[]): string | null {
  if (typeof separator !== 'string') return null;
  const texts = nonEmptyParts(parts);
  return texts.length === 0 ? null : texts.join(separator);
}

/**
 * Joins the non-empty parts with one space, the way a full name is built from its parts:
 * `concat("Nguyễn", "", "An")` → `"Nguyễn An"`. Same rules as `join`. (JSON Logic's own `cat` joins with no
 * separator and keeps empty parts.)
 */
export function concat(...parts: unknown[]): string | null {
  return join(' ', ...parts);
}
