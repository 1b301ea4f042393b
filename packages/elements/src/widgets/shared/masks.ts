// SPDX-License-Identifier: MIT
/**
 * Input masks for Vietnamese identifiers and phone numbers, as data. A mask says which typed characters count
 * (digits; a `+` or `-` where it means something), how to turn them into the stored value (digits only, `+84` →
 * `0`), and how to show the value in readable groups (`001 203 012345`). Separators are display only: the stored
 * value never contains them, and pasting a spaced or dashed number works because separators are simply dropped.
 *
 * The caret is kept by counting significant characters *after* it: that count is the same before and after
 * reformatting, even when a prefix is normalised (`+84` becomes `0`), so typing in the middle of a number does not
 * throw the caret to the end.
 *
 * Extra digits are never cut off: a 13th digit in a ĐDCN stays visible and stored, and core reports the format
 * error; silently dropping what the citizen pasted would hide the mistake.
 */

/** One input mask. */
export interface MaskDefinition {
  /** The mask's name, as used in `options.mask`. */
  name: string;
  /** Whether one typed character is significant (kept) rather than formatting. */
  significant: (char: string) => boolean;
  /** The stored value from the significant characters, in order. */
  toValue: (chars: string) => string;
  /** The text shown for a stored value. */
  format: (value: string) => string;
  /** The virtual keyboard. */
  inputMode: 'numeric' | 'tel';
  /** The `autocomplete` token when the form gives none (WCAG 1.3.5). */
  autocomplete: string;
}

const isDigit = (c: string) => c >= '0' && c <= '9';
const digitsOf = (s: string) => [...s].filter(isDigit).join('');

/** Splits `value` into groups of the given sizes, separated by spaces; characters beyond the last size join the last group. */
export function group(value: string, sizes: readonly number[]): string {
  const parts: string[] = [];
  let at = 0;
  sizes.forEach((size, i) => {
    if (at >= value.length) return;
    const end = i === sizes.length - 1 ? value.length : at + size;
    parts.push(value.slice(at, end));
    at = end;
  });
  return parts.join(' ');
}

/**
 * Normalises a Vietnamese phone number: `+84…` or a bare `84…` of international length becomes `0…`. Another
 * `+` prefix is kept as typed (a foreign number, or `+8` on the way to `+84`), so core can report it.
 */
export function normalisePhone(chars: string): string {
  const digits = digitsOf(chars);
  if (chars.startsWith('+')) return digits.startsWith('84') ? '0' + digits.slice(2).replace(/^0/, '') : '+' + digits;
  // A bare 84 prefix: 84 + 9 digits (mobile) or 84 + 10 digits (landline) is an international number.
  if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12)) return '0' + digits.slice(2);
  return digits;
}

/** The masks by name. */
export const MASKS: Readonly<Record<string, MaskDefinition>> = {
  /** Any number made of digits only (an identifier the form names without a known mask). */
  digits: {
    name: 'digits',
    significant: isDigit,
    toValue: (chars) => chars,
    format: (v) => v,
    inputMode: 'numeric',
    autocomplete: 'off',
  },
  /** Personal identification number (ĐDCN / CCCD): 12 digits, shown `PPP GYY RRRRRR` (province, century+sex and year, serial). */
  ddcn: {
    name: 'ddcn',
    significant: isDigit,
    toValue: (chars) => chars,
    format: (v) => group(v, [3, 3, 6]),
    inputMode: 'numeric',
    autocomplete: 'off',
  },
  /** Old identity card (CMND): 9 digits (`123 456 789`), or 12 on cards issued 2012–2016. */
  cmnd: {
    name: 'cmnd',
    significant: isDigit,
    toValue: (chars) => chars,
    format: (v) => group(v, v.length > 9 ? [3, 3, 6] : [3, 3, 3]),
    inputMode: 'numeric',
    autocomplete: 'off',
  },
  /** Social insurance code (mã số BHXH): 10 digits, shown `012 345 6789`. */
  bhxh: {
    name: 'bhxh',
    significant: isDigit,
    toValue: (chars) => chars,
    format: (v) => group(v, [3, 3, 4]),
    inputMode: 'numeric',
    autocomplete: 'off',
  },
  /**
   * Tax code (MST): 10 digits, or 10 + `-` + 3 for a branch (`0100047516-001`), or a 12-digit ĐDCN. The dash is
   * stored (it is part of the code's written form, as `vn-tax-code` expects); it is added by itself only when the
   * 13th digit arrives, so a 12-digit ĐDCN is never split.
   */
  mst: {
    name: 'mst',
    significant: (c) => isDigit(c) || c === '-',
    toValue: (chars) => {
      const digits = digitsOf(chars);
      const dash = chars.indexOf('-');
      const dashAfterTen = dash !== -1 && digitsOf(chars.slice(0, dash)).length === 10;
      return dashAfterTen || digits.length === 13 ? `${digits.slice(0, 10)}-${digits.slice(10)}` : digits;
    },
    format: (v) => v,
    inputMode: 'numeric',
    autocomplete: 'off',
  },
  /** Phone: stored `0xxxxxxxxx` (10 digits, mobile) or `02xxxxxxxxx` (11, landline); shown `0912 345 678`, `024 3825 1234`. */
  phone: {
    name: 'phone',
    significant: (c) => isDigit(c) || c === '+',
    toValue: normalisePhone,
    format: (v) => (v.startsWith('+') ? v : group(v, v.startsWith('02') ? [3, 4, 4] : [4, 3, 3])),
    inputMode: 'tel',
    autocomplete: 'tel-national',
  },
};

/** The mask for a schema format, when the control names none. */
export const MASK_BY_FORMAT: Readonly<Record<string, string>> = {
  'vn-pid': 'ddcn',
  'vn-cmnd': 'cmnd',
  'vn-social-insurance': 'bhxh',
  'vn-tax-code': 'mst',
  'vn-phone': 'phone',
  'vn-mobile': 'phone',
};

/**
 * The mask named `name`, or `undefined`. Names come from definitions (`options.mask`, `format`): an own entry of
 * the tables only, so that `"constructor"` or `"toString"` is no mask rather than an `Object` method the widget
 * would call as one (and throw on every keystroke).
 */
export function maskByName(name: unknown): MaskDefinition | undefined {
  return typeof name === 'string' && Object.hasOwn(MASKS, name) ? MASKS[name] : undefined;
}

/** The name of the mask for a schema `format`, or `undefined` (own entries only, as `maskByName`). */
export function maskNameForFormat(format: unknown): string | undefined {
  return typeof format === 'string' && Object.hasOwn(MASK_BY_FORMAT, format) ? MASK_BY_FORMAT[format] : undefined;
}

/** What one edit produced. */
export interface MaskResult {
  /** The stored value (`''` when empty). */
  value: string;
  /** The text to show. */
  display: string;
  /** Where to put the caret in `display`. */
  caret: number;
}

/** The number of significant characters of `text` at or after `from`. */
const significantAfter = (mask: MaskDefinition, text: string, from: number) =>
  [...text.slice(from)].filter(mask.significant).length;

/** The position in `display` before which exactly `after` significant characters remain. */
function caretFor(mask: MaskDefinition, display: string, after: number): number {
  let remaining = after;
  for (let i = display.length; i > 0; i--) {
    if (remaining === 0) return i;
    if (mask.significant(display[i - 1])) remaining--;
  }
  return 0;
}

/**
 * Applies a mask to what the input holds after an edit. `inputType` is the `InputEvent.inputType`; a deletion
 * that only removed a separator deletes the significant character beside it, as the citizen meant.
 */
/** The stored value of a text in a mask: its significant characters, in order, through the mask's `toValue`. */
export const maskedValue = (mask: MaskDefinition, text: string): string => mask.toValue([...text].filter(mask.significant).join(''));

export function applyMask(mask: MaskDefinition, raw: string, caret: number, inputType: string, previous: string): MaskResult {
  let text = raw;
  let at = caret;
  let value = maskedValue(mask, text);
  if (value === previous && (inputType === 'deleteContentBackward' || inputType === 'deleteContentForward')) {
    const backward = inputType === 'deleteContentBackward';
    let i = backward ? at - 1 : at;
    while (i >= 0 && i < text.length && !mask.significant(text[i])) i += backward ? -1 : 1;
    if (i >= 0 && i < text.length) {
      text = text.slice(0, i) + text.slice(i + 1);
      at = backward ? i : at;
      value = maskedValue(mask, text);
    }
  }
  const after = significantAfter(mask, text, at);
  const display = mask.format(value);
  return { value, display, caret: caretFor(mask, display, Math.min(after, [...display].filter(mask.significant).length)) };
}
