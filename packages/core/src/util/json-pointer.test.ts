// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { fragmentTokens, parseFragmentPointer } from './json-pointer.js';

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
