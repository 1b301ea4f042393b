// SPDX-License-Identifier: MIT
/** `vnDateInWords(isoDate)`: a date written in Vietnamese words, as the birth declaration's "ghi bằng chữ" asks. */
import { parseCalendarDate } from './dates.js';
import { vnNumberInWords } from './vn-number-in-words.js';

/**
 * Month names: the number in words, except April, which is always "tháng tư" (never "tháng bốn"). January is
 * "tháng một" (the Gregorian month; "tháng giêng" names the first lunar month).
 */
const MONTHS = [
  'một', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai',
] as const;

/**
 * `"2025-03-15"` → `"ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm"`. Partial dates give what is
 * known: `"2025-03"` → `"tháng ba năm …"`, `"2025"` → `"năm …"`. Lower case, no "mồng" before days 1–10 (the
 * wording conventions are listed in docs/logic.md). `null` for anything that is not a real date, or a year past
 * 9999.
 */
export function vnDateInWords(isoDate: unknown): string | null {
  const d = parseCalendarDate(isoDate);
  if (!d) return null;
  const year = vnNumberInWords(d.year);
  if (year === null) return null;
  const parts: string[] = [];
  if (d.day !== undefined) parts.push('ngày', vnNumberInWords(d.day)!);
  if (d.month !== undefined) parts.push('tháng', MONTHS[d.month - 1]);
  parts.push('năm', year);
  return parts.join(' ');
}
