import { describe, expect, it } from 'vitest';
import { walkSchema } from './schema-walk.js';

describe('walkSchema', () => {
  it('lists every subschema depth-first in document order, with escaped pointers, keywords and keys', () => {
    const schema = {
      type: 'object',
      properties: { 'a/b~c': { type: 'string' }, list: { items: [{ const: 1 }, false], additionalItems: { not: {} } } },
      allOf: [{ if: { required: ['x'] }, then: true }],
      enum: [{ properties: { ignored: {} } }],
      'x-data': { properties: { ignored: {} } },
    };
    const { positions, tooDeep } = walkSchema(schema);
    expect(positions.map((p) => [p.pointer, p.keyword, p.key, p.depth])).toEqual([
      ['', '', undefined, 0],
      ['/properties/a~1b~0c', 'properties', 'a/b~c', 1],
      ['/properties/list', 'properties', 'list', 1],
      ['/properties/list/items/0', 'items', '0', 2],
      ['/properties/list/items/1', 'items', '1', 2],
      ['/properties/list/additionalItems', 'additionalItems', undefined, 2],
      ['/properties/list/additionalItems/not', 'not', undefined, 3],
      ['/allOf/0', 'allOf', '0', 1],
      ['/allOf/0/if', 'if', undefined, 2],
      ['/allOf/0/then', 'then', undefined, 2],
    ]);
    expect(positions[3].parent).toBe(schema.properties.list);
    expect(tooDeep).toEqual([]);
    expect(positions.every((p) => !('key' in p) || p.key !== undefined)).toBe(true);
  });

  it('stops at maxDepth and reports where', () => {
    const { positions, tooDeep } = walkSchema({ properties: { a: { properties: { b: { items: {} } } } } }, 2);
    expect(positions.map((p) => p.pointer)).toEqual(['', '/properties/a', '/properties/a/properties/b']);
    expect(tooDeep).toEqual(['/properties/a/properties/b']);
  });

  it('walks nothing but a schema (an object or a boolean)', () => {
    expect(walkSchema(true).positions.map((p) => p.pointer)).toEqual(['']);
    expect(walkSchema('text').positions).toEqual([]);
    expect(walkSchema([{}]).positions).toEqual([]);
  });
});
