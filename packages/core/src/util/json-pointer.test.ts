// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atOrUnderAny, fragmentTokens, isAtOrUnder, parseFragmentPointer, parsePointer, toPointer } from './json-pointer.js';

describe('fragmentTokens', () => {
  it('answers as parseFragmentPointer, with frozen tokens shared between calls', () => {
    for (const scope of ['#', '#/properties/a', '#/properties/a%20b/properties/c~1d', '/properties/x', '#/properties/~0']) {
      const tokens = fragmentTokens(scope);
      expect(tokens).toEqual(parseFragmentPointer(scope));
      expect(Object.isFrozen(tokens)).toBe(true);
      expect(fragmentTokens(scope)).toBe(tokens);
    }
  });

  it('is undefined for what is not a pointer, every time', () => {
    for (const bad of ['properties/a', '#properties', '#/properties/%E0%A4%A']) {
      expect(fragmentTokens(bad)).toBeUndefined();
      expect(fragmentTokens(bad)).toBeUndefined();
    }
  });
});

describe('toPointer and parsePointer', () => {
  it('escape and unescape `~` and `/` (RFC 6901), numbers written as text', () => {
    expect(toPointer(['a/b', 'c~d', 0, '', '~1'])).toBe('/a~1b/c~0d/0//~01');
    expect(parsePointer('/a~1b/c~0d/0//~01')).toEqual(['a/b', 'c~d', '0', '', '~1']);
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('a/b')).toBeUndefined();
  });

  it('round-trip any tokens', () => {
    const token = fc.string({ unit: fc.constantFrom('a', '~', '/', '0', '1', 'ệ'), maxLength: 6 });
    fc.assert(fc.property(fc.array(token, { maxLength: 5 }), (tokens) => JSON.stringify(parsePointer(toPointer(tokens))) === JSON.stringify(tokens)), { seed: 4, numRuns: 500 });
  });
});

describe('atOrUnderAny', () => {
  it('answers as isAtOrUnder against each ancestor, escaped and empty property names included', () => {
    const ancestors = ['/a', '/b/0', '/', '/c~1d', '/e/'];
    const pointers = ['', '/a', '/a/x', '/ab', '/b', '/b/0', '/b/0/name', '/b/01', '//x', '/', '/c~1d/e', '/c', '/e//f', '/e/', '/e'];
    const isUnder = atOrUnderAny(ancestors);
    for (const p of pointers) expect(isUnder(p), p).toBe(ancestors.some((a) => isAtOrUnder(p, a)));
    expect(atOrUnderAny([])('/a')).toBe(false);
    expect(atOrUnderAny([''])('/anything')).toBe(true);
  });
});
