// SPDX-License-Identifier: MIT
/**
 * Numbers in messages (`limit`, `multipleOf`…), formatted for a locale. `Intl.NumberFormat#format` costs
 * microseconds per call, more than the rest of an error's message, and forms repeat the same few limits on every
 * validation: so each formatter remembers what it formatted.
 */

/** The most numbers one formatter remembers (a form has a few dozen limits). */
const MAX_REMEMBERED = 1_000;

/** A number formatter for `locale` that returns `String(v)` for anything but a number. */
export const numberFormatter = (locale: string): ((v: unknown) => string) => {
  // Made on the first number, not when the messages module loads: creating an Intl.NumberFormat loads the
  // locale's data (10–30 ms cold), which a page showing a form without errors never needs.
  let formatter: Intl.NumberFormat | undefined;
  const format = { format: (v: number) => (formatter ??= new Intl.NumberFormat(locale)).format(v) };
  const remembered = new Map<number, string>();
  return (v) => {
    if (typeof v !== 'number') return String(v);
    // -0 has its own text ("-0") but is the same Map key as 0.
    if (Object.is(v, -0)) return format.format(v);
    let text = remembered.get(v);
    if (text === undefined) {
      text = format.format(v);
      if (remembered.size < MAX_REMEMBERED) remembered.set(v, text);
    }
    return text;
  };
};
