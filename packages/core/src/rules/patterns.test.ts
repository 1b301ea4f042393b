// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps } from '../computed/order.js';
import { PatternSet } from './patterns.js';

describe('PatternSet', () => {
  it('answers exactly as checking every pattern with overlaps', () => {
    const token = fc.constantFrom('a', 'b', 'c', '0', '1', '*');
    const path = fc.array(token, { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(path, { maxLength: 8 }), path, (patterns, tokens) => {
        const set = new PatternSet(patterns);
        expect(set.overlapsAny(tokens)).toBe(patterns.some((p) => overlaps(tokens, p)));
        expect(set.size).toBe(patterns.length);
      }),
      { numRuns: 500 },
    );
  });

  it('finds patterns added after it was built', () => {
    const set = new PatternSet([['a', 'b']]);
    expect(set.overlapsAny(['c'])).toBe(false);
    set.add(['c', '*', 'd']);
    expect(set.overlapsAny(['c', '3'])).toBe(true);
    expect(set.overlapsAny(['c', '3', 'e'])).toBe(false);
  });
});
