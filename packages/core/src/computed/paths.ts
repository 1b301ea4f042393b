// SPDX-License-Identifier: MIT
/**
 * Data path patterns as token lists, shared by the computed-field order (order.ts) and the evaluator's overlap
 * questions (rules/patterns.ts, rules/evaluate.ts). Apart from order.ts so that the evaluator, which every page
 * needs, does not carry the ordering, which only forms with computed values and the definition checks need.
 */

/** The token standing for "any array index" in a path pattern. */
export const ANY_INDEX = '*';

/**
 * True when one token list is a prefix of the other (reading `/a` reads `/a/b`, and reading `/a/b` reads part of
 * `/a`); `*` matches any token.
 */
export function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i] && a[i] !== ANY_INDEX && b[i] !== ANY_INDEX) return false;
  return true;
}
