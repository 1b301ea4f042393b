// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '@tokhai/core';
import { checkShape, deref, schemaAtPointer } from './schema.js';
import { RESIDENCE_FORM } from './test/fixtures.js';

const root = RESIDENCE_FORM.schema as JsonSchemaObject;

describe('schema navigation and shape checks', () => {
  it('finds the schema of a data pointer through $ref, allOf and items', () => {
    expect(schemaAtPointer(root, '/requester/residence/communeCode')).toEqual({ type: 'string' });
    const composite = { type: 'object', allOf: [{ properties: { a: { type: 'array', items: { type: 'integer' } } } }] } as JsonSchemaObject;
    expect(schemaAtPointer(composite, '/a/3')).toEqual({ type: 'integer' });
    expect(schemaAtPointer(root, '/nowhere')).toBeUndefined();
  });

  it('resolves a $ref to own members of the definition only, and a malformed one to nothing, without throwing', () => {
    const root = { $defs: { name: { type: 'string' } } } as JsonSchemaObject;
    expect(deref({ $ref: '#/$defs/name' }, root)).toEqual({ type: 'string' });
    for (const ref of ['#/__proto__', '#/$defs/constructor', '#/$defs/toString', '#/%E0%A4%A', '#/%'])
      expect(() => deref({ $ref: ref }, root), ref).not.toThrow();
    expect(deref({ $ref: '#/__proto__' }, root)).toBeUndefined();
    expect(deref({ $ref: '#/$defs/constructor' }, root)).toBeUndefined();
    expect(deref({ $ref: '#/%' }, root)).toBeUndefined();
  });

  it('accepts values of the right shape', () => {
    const address = schemaAtPointer(root, '/requester/residence')!;
    expect(checkShape({ communeCode: '00004', provinceCode: '01' }, address, root)).toEqual([]);
    expect(checkShape(3, { type: 'number' }, root)).toEqual([]);
  });

  it('locates wrong types, enum misses and missing required members', () => {
    const address = schemaAtPointer(root, '/requester/residence')!;
    expect(checkShape({ communeCode: 4, provinceCode: '01' }, address, root)).toEqual([{ at: '/communeCode', message: 'expected string, got integer' }]);
    expect(checkShape({ communeCode: '00004' }, address, root)[0].at).toBe('/provinceCode');
    // `at` is a JSON Pointer: property names with `/` or `~` are escaped.
    const odd: JsonSchemaObject = { type: 'object', required: ['a/b'], properties: { 'a/b': { type: 'string' }, 'c~d': { type: 'object', properties: { 'e/f': { type: 'string' } } } } };
    expect(checkShape({ 'c~d': { 'e/f': 1 } }, odd, root).map((p) => p.at)).toEqual(['/a~1b', '/c~0d/e~1f']);
    expect(checkShape('other', schemaAtPointer(root, '/requester/sex')!, root)).toHaveLength(1);
    expect(checkShape(1.5, { type: 'integer' }, root)).toHaveLength(1);
  });
});
