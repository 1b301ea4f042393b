// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveUriRef, withoutFragment } from './id-index.js';

describe('withoutFragment', () => {
  it('cuts what /#.*$/ cut, line terminators included (random texts)', () => {
    const text = fc.string({ unit: fc.constantFrom('#', 'a', '/', '\n', '\r', '\u2028', '\u2029', ':'), maxLength: 20 });
    fc.assert(
      fc.property(text, (s) => {
        expect(withoutFragment(s)).toBe(s.replace(/#.*$/, ''));
      }),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('is not a regular expression: a definition $id of 50,000 "#" and a line break is read once', () => {
    // The expression it replaces backtracks over every "#" from every "#": 50,000 of them took 2.4 s.
    expect(String(withoutFragment)).not.toMatch(/replace\(|\.exec\(|\.test\(/);
    expect(withoutFragment('#'.repeat(50_000) + '\n#')).toBe('#'.repeat(50_000) + '\n');
  });
});

describe('resolveUriRef', () => {
  it('resolves fragment, absolute-path and relative references as before', () => {
    expect(resolveUriRef('#/a', 'https://x.vn/s/p.json#/old')).toBe('https://x.vn/s/p.json#/a');
    expect(resolveUriRef('/q.json', 'https://x.vn/s/p.json')).toBe('https://x.vn/q.json');
    expect(resolveUriRef('q.json#x', 'https://x.vn/s/p.json#frag')).toBe('https://x.vn/s/q.json#x');
    expect(resolveUriRef('q.json', 'p.json')).toBe('q.json');
    expect(resolveUriRef('urn:x', 'https://x.vn/')).toBe('urn:x');
  });
});
