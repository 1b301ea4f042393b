// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { formatPointer, getPointer, parsePointer, pointerContains, pointersOverlap, setPointer } from './pointer.js';

describe('JSON Pointer helpers', () => {
  it('parses and formats escaped segments (RFC 6901)', () => {
    expect(parsePointer('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(formatPointer(['a/b', 'c~d'])).toBe('/a~1b/c~0d');
    expect(parsePointer('')).toEqual([]);
    expect(() => parsePointer('a/b')).toThrow(SyntaxError);
  });

  it('reads values, arrays included, and never reads inherited properties', () => {
    const data = { a: { list: [{ x: 1 }] } };
    expect(getPointer(data, '/a/list/0/x')).toBe(1);
    expect(getPointer(data, '/a/list/01/x')).toBeUndefined();
    expect(getPointer(data, '/a/toString')).toBeUndefined();
    expect(getPointer(data, '')).toBe(data);
  });

  it('writes without mutating and creates missing containers', () => {
    const data = { a: { b: 1 }, keep: { z: 1 } };
    const next = setPointer(data, '/a/c/0/d', 'x');
    expect(next).toEqual({ a: { b: 1, c: [{ d: 'x' }] }, keep: { z: 1 } });
    expect(data).toEqual({ a: { b: 1 }, keep: { z: 1 } });
    expect(next.keep).toBe(data.keep);
  });

  it('knows containment by whole segments only', () => {
    expect(pointerContains('/a', '/a/b')).toBe(true);
    expect(pointerContains('/a', '/ab')).toBe(false);
    expect(pointersOverlap('/a/b', '/a')).toBe(true);
    expect(pointersOverlap('/a/b', '/a/c')).toBe(false);
  });
});
