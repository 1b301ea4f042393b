// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { Condition, Rule } from '../models/rule.js';
import { evalEnablement, evalVisibility, evaluateCondition, scopeDataPath, type ConditionContext } from './condition.js';
import { createSchemaMatcher } from './schema-match.js';

const matches = createSchemaMatcher('2020-12');
const ctx = (data: unknown): ConditionContext => ({ data, matches });
const leaf = (scope: string, expectedValue: unknown): Condition => ({ type: 'LEAF', scope, expectedValue });
const schemaCond = (scope: string, schema: JsonSchemaObject, failWhenUndefined?: boolean): Condition =>
  failWhenUndefined === undefined ? { scope, schema } : { scope, schema, failWhenUndefined };
const rule = (effect: Rule['effect'], condition: Condition): Rule => ({ effect, condition });

describe('scopeDataPath', () => {
  it('keeps property names and drops schema-only steps, as JSON Forms does', () => {
    expect(scopeDataPath('#/properties/a/properties/b')).toEqual(['a', 'b']);
    expect(scopeDataPath('#/allOf/1/properties/a/then/properties/b')).toEqual(['a', 'b']);
    expect(scopeDataPath('#')).toEqual([]);
    expect(scopeDataPath('#/properties/a~1b')).toEqual(['a/b']);
  });

  it('returns null for scopes that cannot name data', () => {
    expect(scopeDataPath('#/properties/a/items/properties/b')).toBeNull();
    expect(scopeDataPath('properties/a')).toBeNull();
    expect(scopeDataPath(5)).toBeNull();
  });
});

describe('evaluateCondition', () => {
  it('LEAF holds on strict equality only', () => {
    expect(evaluateCondition(ctx({ a: 'x' }), leaf('#/properties/a', 'x'), [])).toBe(true);
    expect(evaluateCondition(ctx({ a: 1 }), leaf('#/properties/a', '1'), [])).toBe(false);
    expect(evaluateCondition(ctx({ a: { b: 1 } }), leaf('#/properties/a', { b: 1 }), [])).toBe(false);
    expect(evaluateCondition(ctx({}), leaf('#/properties/a', undefined), [])).toBe(true);
  });

  it('a schema condition validates the value at the scope', () => {
    const c = schemaCond('#/properties/age', { type: 'integer', minimum: 18 });
    expect(evaluateCondition(ctx({ age: 18 }), c, [])).toBe(true);
    expect(evaluateCondition(ctx({ age: 17 }), c, [])).toBe(false);
    expect(evaluateCondition(ctx({ age: '18' }), c, [])).toBe(false);
  });

  it('an absent value passes keywords that do not apply to it, as with ajv in JSON Forms', () => {
    expect(evaluateCondition(ctx({}), schemaCond('#/properties/a', { minLength: 1 }), [])).toBe(true);
    expect(evaluateCondition(ctx({}), schemaCond('#/properties/a', { not: { const: 'x' } }), [])).toBe(true);
    expect(evaluateCondition(ctx({}), schemaCond('#/properties/a', { const: 'x' }), [])).toBe(false);
    expect(evaluateCondition(ctx({}), schemaCond('#/properties/a', { type: ['string', 'null'] }), [])).toBe(false);
    expect(evaluateCondition(ctx({}), schemaCond('#/properties/a', { enum: ['x'] }), [])).toBe(false);
    expect(evaluateCondition(ctx({}), schemaCond('#/properties/a', { anyOf: [{ const: 1 }, {}] }), [])).toBe(true);
  });

  it('failWhenUndefined makes an absent value fail', () => {
    const c = schemaCond('#/properties/a', { not: { const: 'x' } }, true);
    expect(evaluateCondition(ctx({}), c, [])).toBe(false);
    expect(evaluateCondition(ctx({ a: 'y' }), c, [])).toBe(true);
    expect(evaluateCondition(ctx({ a: null }), c, [])).toBe(true);
  });

  it('validates with tokhai formats, the same as form validation', () => {
    const c = schemaCond('#/properties/pid', { format: 'vn-pid' });
    expect(evaluateCondition(ctx({ pid: '001203012345' }), c, [])).toBe(true);
    expect(evaluateCondition(ctx({ pid: '12345' }), c, [])).toBe(false);
  });

  it('AND needs every condition, OR any, and both nest', () => {
    const data = { a: 1, b: 2 };
    const and: Condition = { type: 'AND', conditions: [leaf('#/properties/a', 1), leaf('#/properties/b', 2)] };
    const or: Condition = { type: 'OR', conditions: [leaf('#/properties/a', 9), leaf('#/properties/b', 2)] };
    expect(evaluateCondition(ctx(data), and, [])).toBe(true);
    expect(evaluateCondition(ctx({ a: 1, b: 3 }), and, [])).toBe(false);
    expect(evaluateCondition(ctx(data), or, [])).toBe(true);
    expect(evaluateCondition(ctx({ a: 0, b: 0 }), or, [])).toBe(false);
    const nested: Condition = { type: 'AND', conditions: [or, { type: 'OR', conditions: [and] }] };
    expect(evaluateCondition(ctx(data), nested, [])).toBe(true);
  });

  it('keeps JSON Forms results for empty AND (holds) and OR (fails)', () => {
    expect(evaluateCondition(ctx({}), { type: 'AND', conditions: [] }, [])).toBe(true);
    expect(evaluateCondition(ctx({}), { type: 'OR', conditions: [] }, [])).toBe(false);
  });

  it('reads scopes relative to the base (an array item), and # as the base itself', () => {
    const data = { children: [{ kind: 'a' }, { kind: 'b' }] };
    expect(evaluateCondition(ctx(data), leaf('#/properties/kind', 'b'), ['children', '1'])).toBe(true);
    expect(evaluateCondition(ctx(data), leaf('#/properties/kind', 'b'), ['children', '0'])).toBe(false);
    expect(evaluateCondition(ctx(['x']), schemaCond('#', { const: 'x' }), ['0'])).toBe(true);
  });

  it('never holds for an unknown condition kind (JSON Forms would say true)', () => {
    expect(evaluateCondition(ctx({}), { type: 'NOPE' } as unknown as Condition, [])).toBe(false);
    expect(evaluateCondition(ctx({}), { scope: '#' } as unknown as Condition, [])).toBe(false);
  });

  it('does not match values the interpreter cannot take', () => {
    const c = schemaCond('#/properties/a', { type: 'object' });
    expect(evaluateCondition(ctx({ a: { b: undefined, f: () => 1 } }), c, [])).toBe(false);
  });
});

describe('evalVisibility and evalEnablement', () => {
  const holds = leaf('#/properties/a', true);
  const data = ctx({ a: true });
  const notData = ctx({ a: false });

  it('SHOW shows only when the condition holds; HIDE hides when it holds', () => {
    expect(evalVisibility(data, rule('SHOW', holds), [])).toBe(true);
    expect(evalVisibility(notData, rule('SHOW', holds), [])).toBe(false);
    expect(evalVisibility(data, rule('HIDE', holds), [])).toBe(false);
    expect(evalVisibility(notData, rule('HIDE', holds), [])).toBe(true);
  });

  it('ENABLE enables only when the condition holds; DISABLE disables when it holds', () => {
    expect(evalEnablement(data, rule('ENABLE', holds), [])).toBe(true);
    expect(evalEnablement(notData, rule('ENABLE', holds), [])).toBe(false);
    expect(evalEnablement(data, rule('DISABLE', holds), [])).toBe(false);
    expect(evalEnablement(notData, rule('DISABLE', holds), [])).toBe(true);
  });

  it('visibility rules leave enablement alone and the other way round', () => {
    expect(evalEnablement(data, rule('HIDE', holds), [])).toBe(true);
    expect(evalVisibility(data, rule('DISABLE', holds), [])).toBe(true);
  });
});
