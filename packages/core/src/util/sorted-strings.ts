// SPDX-License-Identifier: MIT
/** Prefix questions over a sorted list of strings, answered by binary search (pointer lists, error paths). */

/** True when some string of `sorted` (ascending, by `<`) starts with `prefix`: those sort right at or after it. */
export const anyStartsWith = (sorted: readonly string[], prefix: string): boolean => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].startsWith(prefix);
};
