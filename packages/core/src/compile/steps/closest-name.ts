// SPDX-License-Identifier: MIT
/** "Did you mean …?" for names an author types: element types, effects, provider ids, claim names, option values. */

/** Longer names get no suggestion (the distance is quadratic, and a long typo is rarely one slip). */
const MAX_LENGTH = 64;

/**
 * Optimal string alignment distance (Levenshtein plus the transposition of two neighbours, so `nmae` is one edit
 * from `name`).
 */
export const editDistance = (a: string, b: string): number => {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
};

/**
 * The candidate `name` was probably meant to be: the one equal to it but for letter case, else the nearest within
 * one edit (names of up to four characters) or two, ignoring case, else the only one that contains it or that it
 * contains (`phone` → `phone_number`, `pid` → `vn_pid`; three letters at least). `undefined` when none is that
 * close, or when `name` is one of the candidates.
 */
export const closestName = (name: string, candidates: Iterable<string>): string | undefined => {
  if (name.length > MAX_LENGTH) return undefined;
  const lower = name.toLowerCase();
  const limit = name.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  const containing: string[] = [];
  for (const c of candidates) {
    if (c === name) return undefined;
    const other = c.toLowerCase();
    if (lower.length >= 3 && other.length >= 3 && (other.includes(lower) || lower.includes(other))) containing.push(c);
    if (c.length > MAX_LENGTH || Math.abs(c.length - name.length) > limit) continue;
    const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : containing.length === 1 ? containing[0] : undefined;
};
