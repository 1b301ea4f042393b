// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { UISchemaElement } from '../models/uischema.js';
import { toPointer } from '../util/json-pointer.js';
import { scopeDataPath } from './condition.js';
import { createEvaluator } from './evaluator.js';
import { compileProgram, type Program } from './program.js';
import { createReferenceEvaluator } from './reference-evaluate.test.helper.js';
import { resolveScope } from './schema-nav.js';

/**
 * A schema whose properties are reached every way a scope can reach one: through `$ref`s, `allOf`/`anyOf` members,
 * `then`, `patternProperties` and `additionalProperties`, names that need `~` or `%` escapes, empty names and a
 * property called `properties`.
 */
const schema: JsonSchemaObject = {
  type: 'object',
  $defs: {
    person: {
      type: 'object',
      properties: {
        name: { type: 'string', readOnly: true },
        'a/b': { type: 'string', readOnly: true },
        'x~y': { type: 'array', items: { type: 'string' } },
        'p%q': { type: 'string', readOnly: true },
        tags: { type: 'array', items: { type: 'string' } },
      },
    },
  },
  properties: {
    owner: { $ref: '#/$defs/person' },
    plain: { type: 'object', properties: { flag: { type: 'boolean', readOnly: true }, first: { type: 'string' }, 'sp ace': { type: 'string', readOnly: true }, inner: { type: 'object', properties: { deep: { type: 'boolean' } } } } },
    combo: { allOf: [{ properties: { viaAllOf: { type: 'string', readOnly: true } } }], anyOf: [{ properties: { viaAnyOf: { type: 'array' } } }, { $ref: '#/$defs/person' }] },
    open: { type: 'object', patternProperties: { '^n[0-9]+$': { type: 'integer', readOnly: true } }, additionalProperties: { type: 'array' } },
    closed: { type: 'object', properties: {}, additionalProperties: false },
    list: { type: 'array', items: { $ref: '#/$defs/person' } },
    cond: { type: 'object', if: { required: ['k'] }, then: { properties: { t: { type: 'string', readOnly: true } } }, else: { properties: { e: { type: 'string' } } } },
    properties: { type: 'object', properties: { properties: { type: 'string', readOnly: true } } },
    '': { type: 'object', properties: { '': { type: 'string', readOnly: true } } },
    flag: { type: 'boolean' },
  },
};

/** Scopes in every shape: resolvable or not, with escapes, combinator steps, odd names and malformed fragments. */
const scopes: unknown[] = [
  '#/properties/owner/properties/name',
  '#/properties/owner/properties/a~1b',
  '#/properties/owner/properties/x~0y',
  '#/properties/owner/properties/a/b',
  '#/properties/owner/properties/p%25q',
  '#/properties/owner/properties/tags',
  '#/properties/plain/properties/sp%20ace',
  '#/properties/plain/properties/first',
  '#/properties/plain/properties/inner/properties/deep',
  '#/properties/plain/properties/missing',
  '#/properties/plain/properties/first/properties/deeper',
  '#/properties/combo/properties/viaAllOf',
  '#/properties/combo/properties/viaAnyOf',
  '#/properties/combo/properties/name',
  '#/properties/combo/allOf/0/properties/viaAllOf',
  '#/properties/combo/anyOf/1/properties/name',
  '#/properties/combo/anyOf//properties/viaAnyOf',
  '#/properties/combo/anyOf/x/properties/viaAnyOf',
  '#/properties/combo/allOf/properties/viaAllOf',
  '#/properties/open/properties/n12',
  '#/properties/open/properties/other',
  '#/properties/closed/properties/nothing',
  '#/properties/cond/then/properties/t',
  '#/properties/cond/properties/t',
  '#/properties/properties/properties/properties',
  '#/properties/properties',
  '#/properties//properties/',
  '#/properties/',
  '#/properties',
  '#/properties/missing/properties/x',
  '#/items/properties/x',
  '#properties/plain',
  '#properties/properties/flag',
  '/properties/flag',
  '#/properties/flag',
  '#/properties/fl%61g',
  '#/properties/owner/properties/name',
  '#',
  '',
  42,
];

/** Each scope as a top-level control; then the same scopes in an object detail of `plain` and an array detail. */
const controls = (list: unknown[]): UISchemaElement[] => list.map((scope) => ({ type: 'Control', scope }) as UISchemaElement);
const ui = {
  type: 'VerticalLayout',
  elements: [
    ...controls(scopes),
    { type: 'Group', label: 'x', rule: { effect: 'HIDE', condition: { scope: '#/properties/flag', schema: { const: true } } }, elements: controls(scopes.slice(0, 12)) },
    { type: 'Control', scope: '#/properties/plain', options: { detail: { type: 'VerticalLayout', elements: controls(['#/properties/flag', '#/properties/first', '#/properties/inner/properties/deep', '#/properties/sp%20ace', '#/properties/nope', '#']) } } },
    { type: 'Control', scope: '#/properties/list', options: { detail: { type: 'VerticalLayout', elements: controls(['#/properties/name', '#/properties/a~1b', '#/properties/tags', '#/properties/nope']) } } },
    { type: 'Control', scope: '#/properties/owner/properties/tags' },
  ],
} as UISchemaElement;

/** What the program must hold for a control, from `resolveScope` (else the scope's data path alone). */
const expected = (scope: unknown, base: JsonSchemaObject, prefix: string[]) => {
  if (typeof scope !== 'string') return undefined;
  const resolved = resolveScope(scope, base, schema);
  const path = resolved ? resolved.dataPath : scopeDataPath(scope);
  if (path === null) return undefined;
  const tokens = [...prefix, ...path];
  return { tokens, pointer: toPointer(tokens), readOnly: resolved?.schema.readOnly === true, array: resolved !== undefined && resolved.schema.type === 'array' };
};

const actual = (program: Program, path: string) => {
  const node = program.template.nodes.find((n) => n.path === path);
  expect(node, path).toBeDefined();
  const data = node!.data;
  return data && { tokens: data.tokens, pointer: data.pointer, readOnly: data.readOnly, array: data.array !== undefined };
};

describe('compileProgram', () => {
  const program = compileProgram(schema, ui, '2020-12', new Set());

  it('resolves every control scope as resolveScope does, siblings sharing their parent or not', () => {
    scopes.forEach((scope, i) => expect(actual(program, `/elements/${i}`), String(scope)).toEqual(expected(scope, schema, [])));
    scopes.slice(0, 12).forEach((scope, i) => expect(actual(program, `/elements/${scopes.length}/elements/${i}`), String(scope)).toEqual(expected(scope, schema, [])));
    expect(actual(program, '/elements/0')).toEqual({ tokens: ['owner', 'name'], pointer: '/owner/name', readOnly: true, array: false });
    expect(actual(program, '/elements/1')).toEqual({ tokens: ['owner', 'a/b'], pointer: '/owner/a~1b', readOnly: true, array: false });
    expect(actual(program, '/elements/4')).toEqual({ tokens: ['owner', 'p%q'], pointer: '/owner/p%q', readOnly: true, array: false });
  });

  it('resolves an object detail relative to the object, and gives every control its own token list', () => {
    const plain = schema.properties!.plain as JsonSchemaObject;
    ['#/properties/flag', '#/properties/first', '#/properties/inner/properties/deep', '#/properties/sp%20ace', '#/properties/nope', '#'].forEach((scope, i) =>
      expect(actual(program, `/elements/${scopes.length + 1}/detail/elements/${i}`), scope).toEqual(expected(scope, plain, ['plain'])),
    );
    const lists = program.template.nodes.flatMap((n) => (n.data ? [n.data.tokens] : []));
    expect(new Set(lists).size).toBe(lists.length);
  });

  it('resolves a scope of any length (untrusted text) without deep recursion', () => {
    const long = '#' + '/properties/x'.repeat(100_000);
    const deep = compileProgram(schema, { type: 'VerticalLayout', elements: [{ type: 'Control', scope: long }, { type: 'Control', scope: long }] }, '2020-12', new Set());
    expect(actual(deep, '/elements/1')).toEqual(expected(long, schema, []));
  });

  it('walks as the reference evaluator does, items and hidden groups included', () => {
    const definition: FormDefinition = { id: 'scopes', version: '1.0.0', title: { vi: 'Thử' }, schema, ui };
    const evaluate = createEvaluator({ definition, schema, ui });
    const reference = createReferenceEvaluator({ definition, schema, ui });
    const data = fc.record(
      {
        flag: fc.boolean(),
        owner: fc.record({ name: fc.string(), 'a/b': fc.string() }, { requiredKeys: [] }),
        plain: fc.record({ first: fc.string(), inner: fc.record({ deep: fc.boolean() }) }, { requiredKeys: [] }),
        list: fc.array(fc.record({ name: fc.string(), tags: fc.array(fc.string(), { maxLength: 2 }) }, { requiredKeys: [] }), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.oneof(data, fc.jsonValue()), (value) => {
      expect(evaluate(value)).toEqual(reference(value));
    }), { seed: 11, numRuns: 200 });
  });
});
