import { describe, expect, it } from 'vitest';
import { dottedPath, getAt, leafPointers, parsePointer, pointerToId, scopeToPointer, setAt, toPointer } from './pointer.js';

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

  it('maps scopes, dotted paths and ids', () => {
    expect(scopeToPointer('#/properties/child/properties/fullName')).toBe('/child/fullName');
    expect(dottedPath('/children/0/name')).toBe('children.name');
    expect(pointerToId('/a-b')).not.toBe(pointerToId('/a/b'));
    expect(pointerToId('/a/b')).toMatch(/^[A-Za-z][\w-]*$/);
  });

  it('lists leaf pointers that hold values', () => {
    expect(leafPointers({ a: '', b: { c: 'x', d: [1] }, e: null })).toEqual(['/b/c', '/b/d/0']);
  });
});
