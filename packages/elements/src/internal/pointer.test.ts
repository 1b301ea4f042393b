import { describe, expect, it } from 'vitest';
import { getAt, isUnder, leafPointers, parsePointer, pointerToId, scopeToPointer, setAt, toPointer } from './pointer.js';

describe('JSON Pointers', () => {
  it('round-trips escaped segments', () => {
    expect(parsePointer('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(toPointer(['a/b', 'c~d', 0])).toBe('/a~1b/c~0d/0');
  });

  it('reads values and answers undefined for missing ones', () => {
    const data = { a: { b: [1, { c: 'x' }] } };
    expect(getAt(data, '/a/b/1/c')).toBe('x');
    expect(getAt(data, '/a/x/y')).toBeUndefined();
    expect(getAt(data, '')).toBe(data);
  });

  it('writes immutably, sharing untouched branches', () => {
    const data = { a: { b: 1 }, keep: { z: 1 } };
    const next = setAt(data, '/a/b', 2) as typeof data;
    expect(next).toEqual({ a: { b: 2 }, keep: { z: 1 } });
    expect(data.a.b).toBe(1);
    expect(next.keep).toBe(data.keep);
  });

  it('creates containers, and arrays before index segments', () => {
    expect(setAt(undefined, '/children/0/name', 'An')).toEqual({ children: [{ name: 'An' }] });
  });

  it('removes a key when writing undefined', () => {
    expect(setAt({ a: 1, b: 2 }, '/a', undefined)).toEqual({ b: 2 });
  });

  it('refuses prototype-polluting keys', () => {
    setAt({}, '/__proto__/polluted', true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('maps scopes and ids', () => {
    expect(scopeToPointer('#/properties/child/properties/fullName')).toBe('/child/fullName');
    expect(pointerToId('/a-b')).not.toBe(pointerToId('/a/b'));
    expect(pointerToId('/a/b')).toMatch(/^[A-Za-z][\w-]*$/);
  });

  it('reads a scope as a URI fragment: percent-decoded first, then split and unescaped, as core resolves it', () => {
    expect(scopeToPointer('#/properties/50%25')).toBe('/50%');
    expect(scopeToPointer('#/properties/h%E1%BB%8D%20t%C3%AAn')).toBe('/họ tên');
    expect(scopeToPointer('#/properties/a~1b/properties/c~0d')).toBe('/a~1b/c~0d');
    expect(scopeToPointer('#/properties/a%23b')).toBe('/a#b');
    // A malformed escape (core refuses such a scope at compile time) is kept as written rather than thrown.
    expect(scopeToPointer('#/properties/50%')).toBe('/50%');
  });

  it('gives the same ids for plain pointers as for pointers with escapes and indices', () => {
    expect(pointerToId('/a/b-c/0')).toBe('tk-field_2f_a_2f_b-c_2f_0');
    expect(pointerToId('/tên/a~1b', 'x')).toBe('x_2f_t_ea_n_2f_a_7e_1b');
    expect(pointerToId('')).toBe('tk-field');
  });

  it('tells whether a pointer lies at or under another', () => {
    expect(isUnder('/a/b', '/a')).toBe(true);
    expect(isUnder('/a', '/a')).toBe(true);
    expect(isUnder('/ab', '/a')).toBe(false);
    expect(isUnder('/a', '/a/b')).toBe(false);
    expect(isUnder('/a', '')).toBe(true);
  });

  it('lists leaf pointers that hold values', () => {
    expect(leafPointers({ a: '', b: { c: 'x', d: [1] }, e: null })).toEqual(['/b/c', '/b/d/0']);
  });
});
