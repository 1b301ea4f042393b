// SPDX-License-Identifier: MIT
/**
 * A set of data patterns (token lists, `*` for any array item) asked, many times per evaluation, whether any of
 * them overlaps a path: one is a prefix of the other, `*` matching any token (`overlaps` of computed/order.ts).
 * Patterns are grouped by their first token, so a question looks at the few patterns of its own branch of the
 * data instead of all of them. Patterns may be added at any time (item templates are compiled on first use).
 */
import { ANY_INDEX, overlaps } from '../computed/paths.js';

export class PatternSet {
  private readonly byFirst = new Map<string, (readonly string[])[]>();
  /** Patterns that are empty (the whole data) or start with `*`: any path may overlap them. */
  private readonly everywhere: (readonly string[])[] = [];
  private count = 0;

  constructor(patterns: Iterable<readonly string[]> = []) {
    for (const p of patterns) this.add(p);
  }

  /** How many patterns were added. */
  get size(): number {
    return this.count;
  }

  add(pattern: readonly string[]): void {
    this.count++;
    if (pattern.length === 0 || pattern[0] === ANY_INDEX) {
      this.everywhere.push(pattern);
      return;
    }
    let list = this.byFirst.get(pattern[0]);
    if (list === undefined) this.byFirst.set(pattern[0], (list = []));
    list.push(pattern);
  }

  /** True when some pattern overlaps `tokens` (the empty path overlaps every pattern). */
  overlapsAny(tokens: readonly string[]): boolean {
    if (this.everywhere.some((p) => overlaps(tokens, p))) return true;
    if (tokens.length === 0) return this.count > 0;
    const candidates = tokens[0] === ANY_INDEX ? [...this.byFirst.values()].flat() : (this.byFirst.get(tokens[0]) ?? []);
    return candidates.some((p) => overlaps(tokens, p));
  }
}
