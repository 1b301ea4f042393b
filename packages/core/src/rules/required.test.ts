// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../models/json-schema.js';
import { createRequiredCheck, type RequiredPath } from './required.js';
import { createSchemaMatcher } from './schema-match.js';
import { schemasAlong } from './schema-nav.js';
import { toPointer } from '../util/json-pointer.js';

const schema: JsonSchemaObject = {
  type: 'object',
  required: ['a', 'list'],
  properties: {
    a: { type: 'object', required: ['b'], properties: { b: { type: 'object', properties: { c: { type: 'string' } } }, 'x/y': { type: 'string' } } },
    list: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
    cond: { type: 'object', properties: { k: { type: 'string' } }, if: { properties: { k: { const: 'yes' } } }, then: { required: ['k'] } },
  },
};
const paths = [['a', 'b', 'c'], ['a', 'b'], ['a', 'x/y'], ['list', '0', 'name'], ['list', '12', 'name'], ['cond', 'k'], ['nowhere', 'deeper'], ['a']];

describe('createRequiredCheck', () => {
  it('prepares a data path from its parent exactly as from the root, whichever is asked first', () => {
    const matches = createSchemaMatcher('2020-12');
    const childrenFirst = createRequiredCheck(schema, matches);
    const parentsFirst = createRequiredCheck(schema, matches);
    const byLength = [...paths].sort((x, y) => x.length - y.length);
    for (const t of byLength) parentsFirst.pathOf(toPointer(t), t);
    for (const t of paths) {
      const p = childrenFirst.pathOf(toPointer(t), t);
      expect(p).toEqual(parentsFirst.pathOf(toPointer(t), t));
      // From the root down: the schemas along the path (as schemasAlong) and every location's pointer.
      const links: RequiredPath[] = [];
      for (let at: RequiredPath | undefined = p; at; at = at.up) links.unshift(at);
      expect(links.map((l) => l.schema).filter((s) => s !== undefined)).toEqual(schemasAlong(schema, t));
      expect(links.map((l) => l.pointer)).toEqual(t.map((_, k) => toPointer(t.slice(0, k))).concat(toPointer(t)));
    }
  });

  it('decides requiredness along the path: fixed keys, array items, and if/then per data', () => {
    const check = createRequiredCheck(schema, createSchemaMatcher('2020-12'));
    const run = (t: string[], data: unknown) => {
      const values: unknown[] = [data];
      for (let k = 1; k < t.length; k++) values[k] = (values[k - 1] as Record<string, unknown> | undefined)?.[t[k - 1]];
      return check.check(check.pathOf(toPointer(t), t), t, values, new Map());
    };
    expect(run(['a', 'b'], {})).toBe(true);
    expect(run(['a', 'b', 'c'], {})).toBe(false);
    expect(run(['a', 'x/y'], {})).toBe(false);
    expect(check.pathOf('/a/x~1y', ['a', 'x/y']).up?.pointer).toBe('/a');
    expect(run(['list', '0', 'name'], { list: [{}] })).toBe(true);
    expect(run(['list', '0', 'name'], {})).toBe(false);
    expect(run(['cond', 'k'], { cond: { k: 'yes' } })).toBe(true);
    expect(run(['cond', 'k'], { cond: { k: 'no' } })).toBe(false);
    expect(run(['nowhere', 'deeper'], {})).toBe(false);
  });
});
