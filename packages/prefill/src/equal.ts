// SPDX-License-Identifier: MIT
/** Structural equality of JSON values, used to decide whether a citizen changed a prefilled value. */

/**
 * True when two JSON values are equal: same primitives, arrays equal item by item, objects with the same keys
 * (order ignored; a key holding `undefined` counts as absent) and equal values. Strings compare after Unicode NFC
 * normalization, so a name typed with combining marks equals the precomposed one a provider sent.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') return a.normalize('NFC') === b.normalize('NFC');
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && jsonEqual(ra[k], rb[k]));
}

/** True for the values a field treats as empty: `undefined`, `null`, `''` and whitespace-only strings. */
export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
