// SPDX-License-Identifier: MIT
/**
 * Vietnamese cardinal numbers in words, 0–9999, as civil-status documents write dates "bằng chữ".
 *
 * Conventions chosen (northern standard; see docs/logic.md, and note identifiers.md §8 marks the exact wording of
 * dates in words as unverified):
 * - a units digit after "mươi" (21, 31 … 91) is "mốt" for 1, "tư" for 4 and "lăm" for 5;
 * - after "mười" (11–19) 1 stays "một", 4 stays "bốn", 5 becomes "lăm";
 * - a zero tens digit before a units digit is "linh" (105 "một trăm linh năm"), never "lẻ"; after "linh" the
 *   units keep their plain form ("linh một", "linh bốn", "linh năm");
 * - thousands are "nghìn" (not "ngàn"), and an empty hundreds place inside a larger number is read "không trăm"
 *   (2025 "hai nghìn không trăm hai mươi lăm"); round numbers drop the empty places (2000 "hai nghìn").
 */

/** The digits as words (plain form). */
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** The units word after "mươi" (tens 2–9): the exceptions are 1, 4 and 5. */
const UNITS_AFTER_MUOI: Readonly<Record<number, string>> = { 1: 'mốt', 4: 'tư', 5: 'lăm' };

/** The units word after "mười" (10–19): only 5 changes. */
const UNITS_AFTER_MUOI_TEN: Readonly<Record<number, string>> = { 5: 'lăm' };

/** The largest number `vnNumberInWords` reads. */
export const MAX_VN_NUMBER = 9999;

/** Reads 0–99, or the last two digits of a larger number (`inside`: a hundreds or thousands part precedes it). */
function tensAndUnits(n: number, inside: boolean): string[] {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) {
    if (units === 0) return inside ? [] : [DIGITS[0]];
    return inside ? ['linh', DIGITS[units]] : [DIGITS[units]];
  }
  const head = tens === 1 ? ['mười'] : [DIGITS[tens], 'mươi'];
  if (units === 0) return head;
  const table = tens === 1 ? UNITS_AFTER_MUOI_TEN : UNITS_AFTER_MUOI;
  return [...head, table[units] ?? DIGITS[units]];
}

/**
 * A whole number 0–9999 in Vietnamese words: `2025` → `"hai nghìn không trăm hai mươi lăm"`. Returns `null` for
 * anything else (negative, fractional, too large, not a number).
 */
export function vnNumberInWords(n: unknown): string | null {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_VN_NUMBER) return null;
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (thousands > 0) words.push(DIGITS[thousands], 'nghìn');
  if (hundreds > 0) words.push(DIGITS[hundreds], 'trăm');
  else if (thousands > 0 && rest > 0) words.push('không', 'trăm');
  words.push(...tensAndUnits(rest, thousands > 0 || hundreds > 0));
  return words.join(' ');
}
