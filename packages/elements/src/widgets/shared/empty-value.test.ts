// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '@tokhai/core';
import { emptyValueOf } from './empty-value.js';

describe('emptyValueOf (the value of a new, unanswered array item)', () => {
  it.each([
    ['a string', { type: 'string' }, ''],
    ['a nullable string', { type: ['string', 'null'] }, ''],
    ['a string implied by format', { format: 'date' }, ''],
    ['an enum of strings', { enum: ['male', 'female'] }, ''],
    ['a boolean', { type: 'boolean' }, false],
    ['an integer', { type: 'integer' }, null],
    ['a number', { type: 'number', minimum: 1 }, null],
    ['an array', { type: 'array', items: { type: 'string' } }, []],
    ['an object', { type: 'object', properties: { a: { type: 'string' } } }, {}],
    ['an object with property defaults', { properties: { relation: { type: 'string', default: 'con' }, n: { type: 'integer' } } }, { relation: 'con' }],
    ['a schema with its own default', { type: 'string', default: 'VN' }, 'VN'],
    ['an unresolved $ref', { $ref: '#/definitions/member' }, {}],
    ['an empty schema', {}, null],
    ['no schema', undefined, null],
  ] as const)('%s → %j', (_name, schema, expected) => {
    expect(emptyValueOf(schema as JsonSchema | undefined)).toEqual(expected);
  });

  it('keeps a property default named __proto__ as data, never as the item\'s prototype', () => {
    const schema = JSON.parse('{"type":"object","properties":{"__proto__":{"default":{"isAdmin":true}},"a":{"default":1}}}') as JsonSchema;
    const item = emptyValueOf(schema) as Record<string, unknown>;
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect(Object.keys(item)).toEqual(['__proto__', 'a']);
    expect(item.isAdmin).toBeUndefined();
  });

  it('is never undefined (an array cannot hold an absent item) and never shares a default object', () => {
    const schema = { type: 'object' as const, default: { a: [1] } };
    const first = emptyValueOf(schema) as { a: number[] };
    first.a.push(2);
    expect(emptyValueOf(schema)).toEqual({ a: [1] });
    for (const s of [{ type: 'integer' as const }, {}, undefined]) expect(emptyValueOf(s)).not.toBeUndefined();
  });
});
