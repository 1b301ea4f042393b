// SPDX-License-Identifier: MIT
/**
 * The closure matcher (rule conditions, conditional `required`) against its reference, the interpreter engine's
 * yes/no answer (`interpreterMatcher`, which fast-paths.test.ts holds equal to the interpreter's full validation):
 * every case of the JSON Schema Test Suite in both drafts, then random schemas and data (fast-check). Whatever the
 * closure matcher compiles, it must decide as the interpreter does; what it refuses must be a reference feature
 * it does not implement (identifiers, anchors, URIs, `$recursiveRef`) or a standard format a built form's bundle
 * does not carry (formats/run-time.ts), never a keyword's semantics.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../models/json-schema.js';
import { checkFormat } from '../formats/index.js';
import { compileClosureMatcher, UnsupportedSchemaError, type FormatLookup } from './closure-matcher.js';
import { interpreterMatcher } from './interpreter.js';
import { SUITE } from './suite-cases.test.helper.js';

const attempt = <T>(make: () => T): T | Error => {
  try {
    return make();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
};

/** The engines' whole format table, as the interpreter applies it (strings and numbers; other values pass). */
const FULL_TABLE: FormatLookup = (name) => (v) => !(typeof v === 'string' || typeof v === 'number') || checkFormat(name, v);

/** What the closure matcher may refuse: how references resolve and formats not carried, not what a keyword means. */
const REFUSED_FEATURE = /\$id|a \$ref cycle|is not available to rule conditions|\$recursiveRef|the \$ref .* (is not a plain JSON Pointer|does not resolve|points into|points beside|does not point)/;

describe('the closure matcher decides as the interpreter on the JSON Schema Test Suite', () => {
  // With the engines' full format table every keyword is compared; with the run-time table (the default) the only
  // new refusals are the standard formats a built form's bundle does not carry, and the verdicts stay the same.
  const EXPECTED = {
    'draft-07': { full: { compared: 1634, refusedCases: 87 }, runTime: { compared: 1236, refusedCases: 485 } },
    '2020-12': { full: { compared: 2054, refusedCases: 171 }, runTime: { compared: 1553, refusedCases: 672 } },
  };
  for (const draft of ['draft-07', '2020-12'] as const)
    for (const table of ['full', 'runTime'] as const) {
      it(`agrees on every ${draft} case it compiles (${table === 'full' ? 'full' : 'run-time'} format table), and refuses only reference features`, { timeout: 120_000 }, () => {
        let compared = 0;
        let refusedCases = 0;
        const differ: string[] = [];
        const refusals = new Set<string>();
        for (const f of SUITE.filter((x) => x.draft === draft)) {
          for (const g of f.groups) {
            const where = `${f.file} :: ${g.description}`;
            const closure = attempt(() => (table === 'full' ? compileClosureMatcher(g.schema, draft, FULL_TABLE) : compileClosureMatcher(g.schema, draft)));
            const reference = attempt(() => interpreterMatcher(g.schema as JsonSchema, draft));
            if (closure instanceof Error) {
              expect(closure, where).toBeInstanceOf(UnsupportedSchemaError);
              refusals.add(`${where}: ${closure.message}`);
              refusedCases += g.tests.length;
              continue;
            }
            // What the closure matcher compiles, the interpreter compiles too (so the definition checks need only it).
            expect(reference instanceof Error ? `${where}: ${reference.message}` : '').toBe('');
            for (const t of g.tests) {
              compared++;
              // A schema the interpreter cannot compile never matches (schema-match.ts).
              const expected = reference instanceof Error ? false : reference(t.data);
              if (closure(t.data) !== expected) differ.push(`${where} :: ${t.description} (interpreter: ${String(expected)})`);
            }
          }
        }
        expect(differ).toEqual([]);
        expect([...refusals].filter((r) => !REFUSED_FEATURE.test(r) || (table === 'full' && /is not available to rule conditions/.test(r)))).toEqual([]);
        // The counts ADR 0002 quotes (they change only with the suite or the matcher).
        expect({ compared, refusedCases }).toEqual(EXPECTED[draft][table]);
      });
    }
});

/** Small JSON values, biased towards the ones the generated schemas talk about. */
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, 1, -1, 1.5, 3, 10, '', 'a', 'ab', 'abc', '2024-02-30', '2024-02-29', 'x@y.vn', '079123456789', '😀'),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'x1'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Schemas over the keywords the closure matcher implements (both drafts), nested a little. */
const schema: fc.Arbitrary<unknown> = fc.letrec((tie) => {
  const sub = tie('schema');
  const names = fc.constantFrom('a', 'b', 'c', 'd');
  const keyword = fc.oneof(
    fc.record({ type: fc.oneof(fc.constantFrom('null', 'boolean', 'integer', 'number', 'string', 'array', 'object'), fc.constant(['string', 'integer'])) }),
    fc.record({ const: json }),
    fc.record({ enum: fc.array(json, { minLength: 1, maxLength: 4 }) }),
    fc.record({ minLength: fc.nat(3) }),
    fc.record({ maxLength: fc.nat(3) }),
    fc.record({ pattern: fc.constantFrom('^a', 'b$', '^\\p{L}+$', '.') }),
    fc.record({ format: fc.constantFrom('date', 'email', 'vn-pid', 'int32', 'unknown-format') }),
    fc.record({ minimum: fc.integer({ min: -1, max: 3 }) }),
    fc.record({ exclusiveMaximum: fc.integer({ min: -1, max: 3 }) }),
    fc.record({ multipleOf: fc.constantFrom(0.5, 1, 3) }),
    fc.record({ minItems: fc.nat(2) }),
    fc.record({ maxItems: fc.nat(2) }),
    fc.record({ uniqueItems: fc.boolean() }),
    fc.record({ items: sub }),
    fc.record({ items: fc.array(sub, { maxLength: 2 }), additionalItems: sub }),
    fc.record({ prefixItems: fc.array(sub, { minLength: 1, maxLength: 2 }), items: sub }),
    fc.record({ contains: sub }, { requiredKeys: [] }),
    fc.record({ contains: sub, minContains: fc.nat(2), maxContains: fc.nat(2) }, { requiredKeys: ['contains'] }),
    fc.record({ required: fc.uniqueArray(names, { maxLength: 2 }) }),
    fc.record({ minProperties: fc.nat(2) }),
    fc.record({ properties: fc.dictionary(names, sub, { maxKeys: 2 }) }),
    fc.record({ properties: fc.dictionary(names, sub, { maxKeys: 2 }), additionalProperties: sub }),
    fc.record({ patternProperties: fc.dictionary(fc.constantFrom('^a', '1$'), sub, { maxKeys: 2 }) }),
    fc.record({ propertyNames: sub }),
    fc.record({ dependentRequired: fc.dictionary(names, fc.uniqueArray(names, { maxLength: 2 }), { maxKeys: 2 }) }),
    fc.record({ dependentSchemas: fc.dictionary(names, sub, { maxKeys: 2 }) }),
    fc.record({ dependencies: fc.dictionary(names, fc.oneof(sub, fc.uniqueArray(names, { maxLength: 2 })), { maxKeys: 2 }) }),
    fc.record({ not: sub }),
    fc.record({ anyOf: fc.array(sub, { minLength: 1, maxLength: 3 }) }),
    fc.record({ allOf: fc.array(sub, { minLength: 1, maxLength: 3 }) }),
    fc.record({ oneOf: fc.array(sub, { minLength: 1, maxLength: 3 }) }),
    fc.record({ if: sub, then: sub, else: sub }, { requiredKeys: [] }),
    fc.record({ additionalItems: sub, unevaluatedProperties: sub, additionalProperties: sub }, { requiredKeys: [] }),
    fc.record({ unevaluatedProperties: sub, properties: fc.dictionary(names, sub, { maxKeys: 1 }), anyOf: fc.array(sub, { minLength: 1, maxLength: 2 }) }, { requiredKeys: ['unevaluatedProperties'] }),
    fc.record({ unevaluatedItems: sub, prefixItems: fc.array(sub, { minLength: 1, maxLength: 2 }), allOf: fc.array(sub, { minLength: 1, maxLength: 2 }) }, { requiredKeys: ['unevaluatedItems'] }),
    fc.record({ $ref: fc.constantFrom('#/$defs/d', '#/$defs/d', '#/$defs/d', '#/nowhere') }),
    fc.record({ 'x-unknown': json }),
  );
  return {
    schema: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.boolean(),
      fc.array(keyword, { minLength: 1, maxLength: 3 }).map((parts) => Object.assign({}, ...parts) as Record<string, unknown>),
    ),
  };
}).schema;

/** A root: the generated schema, with the `$defs` its `$ref`s point to. */
const root = fc.tuple(schema, schema).map(([s, d]) => (typeof s === 'object' ? { ...s, $defs: { d } } : s));

describe('the closure matcher decides as the interpreter on random schemas and data', () => {
  for (const draft of ['draft-07', '2020-12'] as const) {
    it(`agrees in ${draft}`, { timeout: 120_000 }, () => {
      fc.assert(
        fc.property(root, fc.array(json, { minLength: 1, maxLength: 6 }), (s, values) => {
          const reference = attempt(() => interpreterMatcher(s as JsonSchema, draft));
          const closure = attempt(() => compileClosureMatcher(s, draft, FULL_TABLE));
          if (closure instanceof Error) {
            // Only reference features may be refused; an unresolvable reference is refused by the interpreter too
            // (the schema then never matches either way).
            expect(closure.message).toMatch(REFUSED_FEATURE);
            if (/does not resolve/.test(closure.message)) expect(reference).toBeInstanceOf(Error);
            return;
          }
          expect(reference).not.toBeInstanceOf(Error);
          const ref = reference instanceof Error ? undefined : reference;
          for (const v of values) expect(closure(v), JSON.stringify({ s, v })).toBe(ref ? ref(v) : false);
        }),
        { numRuns: 5000, seed: draft === 'draft-07' ? 7 : 2020 },
      );
    });
  }

  it('treats undefined properties as absent and never matches data JSON cannot hold', () => {
    const m = compileClosureMatcher({ type: 'object', required: ['a'], additionalProperties: { type: 'string' } }, '2020-12');
    expect(m({ a: 'x', b: undefined })).toBe(true);
    expect(m({ b: 'x', a: undefined })).toBe(false);
    expect(m({ a: 'x', f: () => 1 })).toBe(false);
    expect(m({ a: 'x', n: Number.NaN })).toBe(false);
    expect(m(undefined)).toBe(false);
    expect(compileClosureMatcher(true, '2020-12')([undefined])).toBe(false);
  });

  it('refuses what it does not implement instead of guessing', () => {
    expect(() => compileClosureMatcher({ $recursiveRef: '#' }, '2020-12')).toThrow(UnsupportedSchemaError);
    expect(() => compileClosureMatcher({ properties: { a: { $id: 'https://example.invalid/a', type: 'string' } } }, '2020-12')).toThrow(/\$id/);
    expect(() => compileClosureMatcher({ $ref: '#anchor' }, '2020-12')).toThrow(/plain JSON Pointer/);
    expect(() => compileClosureMatcher({ $ref: '#/$defs/a%20b', $defs: { 'a b': true } }, '2020-12')).toThrow(/plain JSON Pointer/);
    expect(() => compileClosureMatcher({ $defs: { a: { $ref: '#/nowhere' } } }, '2020-12')).toThrow(/does not resolve/);
    expect(() => compileClosureMatcher({ minLength: '2' }, '2020-12')).toThrow(/must be a number/);
    // Where: a JSON Pointer, property names escaped (`a/b` → `a~1b`), so it names one place.
    expect(() => compileClosureMatcher({ properties: { 'a/b': { minLength: '2' } } }, '2020-12')).toThrow('(at /properties/a~1b)');
    expect(() => compileClosureMatcher({ properties: { 'c~d': { $id: 'https://example.invalid/c' } } }, '2020-12')).toThrow('(at /properties/c~0d)');
    // An unresolvable `$ref` where cfworker never looks still makes the interpreter refuse the schema (never match).
    for (const s of [{ then: { $ref: '#/x' } }, { additionalItems: { $ref: '#/x' } }, { additionalProperties: true, unevaluatedProperties: { $ref: '#/x' } }])
      expect(() => compileClosureMatcher(s, '2020-12'), JSON.stringify(s)).toThrow(/does not resolve/);
  });

  it('follows draft-07 $ref semantics: siblings are ignored', () => {
    const s = { $defs: { n: { type: 'number' } }, properties: { a: { $ref: '#/$defs/n', minimum: 5 } } };
    expect(compileClosureMatcher(s, 'draft-07')({ a: 1 })).toBe(true);
    expect(compileClosureMatcher(s, '2020-12')({ a: 1 })).toBe(false);
  });
});
