// SPDX-License-Identifier: MIT
/**
 * The error normalization's shortcuts against the plain answers they replace: `canonicalErrors` (sorting, then
 * dropping repeats among neighbours) against the straightforward version that drops repeats by key first,
 * `dataAt` against `getAtPointer`, `sortStably` against `Array.prototype.sort`, and the placement of ajv errors
 * without `verbose` (`mayNeedParentSchema`, `ajvLocator`) over every JSON Schema Test Suite case.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawError } from '../models/engine.js';
import type { JsonSchema } from '../models/json-schema.js';
import { getAtPointer, parentPointer } from '../util/json-pointer.js';
import { cloneJson } from '../util/json.js';
import { createAjv, standaloneModule } from './ajv-engine.js';
import { buildIdIndex, refTargets } from './id-index.js';
import { ajvLocator, canonicalErrors, dataAt, mayNeedParentSchema, schemaLookup, separateTargets, sitesFromAjv, sortStably, type AjvErrorLike, type Site } from './normalize.js';
import { pruneDraft07RefSiblings } from './draft07.js';
import { schemaHash } from '../util/hash.js';
import { SUITE } from './suite-cases.test.helper.js';

/** The canonicalization as it was written before (keys for sites and errors, then sort): the reference. */
const DATA_KEY_PARAMS = ['missingProperty', 'additionalProperty', 'unevaluatedProperty', 'propertyName', 'property', 'failingKeyword'] as const;
const dataKey = (p: Record<string, unknown> | undefined): string =>
  p === undefined ? '' : DATA_KEY_PARAMS.map((k) => (typeof p[k] === 'string' ? p[k] : '') + '\u0001').join('');
const compare = (a: RawError, b: RawError): number =>
  a.instancePath < b.instancePath ? -1 : a.instancePath > b.instancePath ? 1
    : a.schemaPath < b.schemaPath ? -1 : a.schemaPath > b.schemaPath ? 1
      : a.keyword < b.keyword ? -1 : a.keyword > b.keyword ? 1 : 0;
const referenceCanonical = (sites: readonly Site[], root: unknown, data: unknown): RawError[] => {
  const seen = new Set<string>();
  const out: RawError[] = [];
  for (const site of sites) {
    // One site at a time through the optimized function: its expansion is not what this test is about.
    for (const e of canonicalErrors([site], root, data)) {
      const key = `${e.instancePath}\u0000${e.schemaPath}\u0000${e.keyword}\u0000${dataKey(e.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  }
  const contains = out.filter((e) => e.keyword === 'contains');
  const kept = contains.length
    ? out.filter((e) => !contains.some((c) => e !== c && (e.schemaPath === c.schemaPath || e.schemaPath.startsWith(c.schemaPath + '/')) && e.instancePath.startsWith(c.instancePath + '/')))
    : out;
  return kept.length > 1 ? kept.sort(compare) : kept;
};

/** A schema whose keywords produce several errors per site, repeats and `contains` groups. */
const ROOT = {
  properties: {
    a: { required: ['x', 'y', 'z'], dependentRequired: { x: ['y', 'z'], w: ['z'] }, minLength: 2 },
    b: { contains: { type: 'string' }, uniqueItems: true, items: { type: 'string' } },
    c: { format: 'date', maxItems: 1, enum: [1, 2] },
  },
};
const SITE_SHAPES: Site[] = [
  { instancePath: '/a', schemaPath: '/properties/a/required', keyword: 'required' },
  { instancePath: '/a', schemaPath: '/properties/a/dependentRequired', keyword: 'dependentRequired' },
  { instancePath: '/a', schemaPath: '/properties/a/minLength', keyword: 'minLength' },
  { instancePath: '/b', schemaPath: '/properties/b/contains', keyword: 'contains' },
  { instancePath: '/b/0', schemaPath: '/properties/b/contains/type', keyword: 'type' },
  { instancePath: '/b/1', schemaPath: '/properties/b/items/type', keyword: 'type' },
  { instancePath: '/b', schemaPath: '/properties/b/uniqueItems', keyword: 'uniqueItems' },
  { instancePath: '/c', schemaPath: '/properties/c/format', keyword: 'format' },
  { instancePath: '/c', schemaPath: '/properties/c/enum', keyword: 'enum' },
  { instancePath: '/c', schemaPath: '/properties/c/maxItems', keyword: 'maxItems' },
  { instancePath: '', schemaPath: '/properties/a/false', keyword: 'false schema' },
  { instancePath: '/d', schemaPath: '/properties/d/additionalProperties', keyword: 'additionalProperties', params: { additionalProperty: 'p' } },
  { instancePath: '/d', schemaPath: '/properties/d/additionalProperties', keyword: 'additionalProperties', params: { additionalProperty: 'q' } },
  { instancePath: '/e', schemaPath: '/properties/e/if', keyword: 'if', params: { failingKeyword: 'then' } },
];
const DATA = fc.record({
  a: fc.dictionary(fc.constantFrom('x', 'y', 'z', 'w'), fc.constantFrom(1, undefined), { maxKeys: 4 }),
  b: fc.array(fc.constantFrom('s', 1, 2), { maxLength: 4 }),
  c: fc.constantFrom('2020-02-30', 3),
});

describe('canonicalErrors', () => {
  it('gives the errors, order and repeats of the key-first version for any mix of sites', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SITE_SHAPES), { maxLength: 12 }), DATA, (sites, data) => {
        const expected = referenceCanonical(sites, ROOT, data);
        expect(canonicalErrors(sites, ROOT, data)).toEqual(expected);
        expect(canonicalErrors(sites, schemaLookup(ROOT), data)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the schema through a plain lookup function as through the document', () => {
    const sites = SITE_SHAPES.slice(0, 4);
    const data = { a: { x: 1 }, b: [1, 1] };
    expect(canonicalErrors(sites, (p: string) => getAtPointer(ROOT, p), data)).toEqual(canonicalErrors(sites, ROOT, data));
  });
});

describe('dataAt and sortStably', () => {
  it('dataAt reads what getAtPointer reads, escapes and hostile keys included', () => {
    const token = fc.constantFrom('a', 'b', '0', '1', '01', '-1', '~', 'a/b', 'a~1b', '__proto__', 'constructor', '');
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 0 }), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(token, tie('value'), { maxKeys: 4 })),
    })).value;
    const pointer = fc.oneof(fc.constant(''), fc.constant('x'), fc.array(fc.constantFrom('a', 'b', '0', '1', '01', '~0', '~1', 'a~1b', '~01', '__proto__', 'constructor', '', 'length'), { minLength: 1, maxLength: 4 }).map((ts) => '/' + ts.join('/')));
    fc.assert(
      fc.property(json, pointer, (value, p) => {
        expect(dataAt(value, p)).toBe(getAtPointer(value, p));
      }),
      { numRuns: 2000 },
    );
  });

  it('sortStably orders as Array.prototype.sort, ties kept in order, at every length', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.nat()), { maxLength: 40 }), (items) => {
        const byFirst = (a: [number, number], b: [number, number]) => a[0] - b[0];
        expect(sortStably([...items], byFirst)).toEqual([...items].sort(byFirst));
      }),
    );
  });
});

describe('placing ajv errors without verbose', () => {
  const attempt = <T>(make: () => T): T | undefined => {
    try {
      return make();
    } catch {
      return undefined;
    }
  };

  it('mayNeedParentSchema is false only where every error of every suite case can be placed without parentSchema', { timeout: 120_000 }, () => {
    let unambiguous = 0;
    let ambiguous = 0;
    const misplaced: string[] = [];
    for (const f of SUITE) {
      const [plain, verbose] = [createAjv(f.draft, { verbose: false }), createAjv(f.draft)];
      for (const g of f.groups) {
        const schema = g.schema as JsonSchema;
        const authored = cloneJson(schema) as unknown;
        const targets = refTargets(authored);
        const [a, b] = [attempt(() => plain.compile(cloneJson(schema) as object)), attempt(() => verbose.compile(cloneJson(schema) as object))];
        if (!a || !b) continue;
        const compiled = cloneJson(schema) as unknown;
        if (f.draft === 'draft-07') pruneDraft07RefSiblings(compiled);
        const options = { separate: separateTargets(authored, targets), compiled };
        // As the ajv engine places errors, and as the precompiled engine does (a module without verbose).
        const strict = ajvLocator(authored, targets, buildIdIndex(authored), options);
        const guessing = ajvLocator(authored, targets, buildIdIndex(authored), { ...options, guess: true });
        const needs = mayNeedParentSchema(authored, targets);
        if (needs) ambiguous++;
        else unambiguous++;
        for (const t of g.tests) {
          if (attempt(() => a(t.data)) !== false || attempt(() => b(t.data)) !== false) continue;
          const placed = sitesFromAjv(a.errors as AjvErrorLike[], strict);
          const exact = sitesFromAjv(b.errors as AjvErrorLike[], strict);
          // Without verbose, an error is either placed where verbose places it or (only where the schema may need
          // it) left unplaced, so that the engine runs verbose.
          if (placed === undefined ? !needs : JSON.stringify(placed) !== JSON.stringify(exact)) misplaced.push(`${f.file} :: ${g.description} :: ${t.description}`);
          if (!needs && JSON.stringify(sitesFromAjv(a.errors as AjvErrorLike[], guessing)) !== JSON.stringify(exact)) misplaced.push(`precompiled: ${f.file} :: ${g.description} :: ${t.description}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
    expect(unambiguous).toBeGreaterThan(600);
    expect(ambiguous).toBeGreaterThan(5);
  });

  it('says which schemas need it: none without reference targets, one whose target shares a keyword path with the root', () => {
    const flat = { type: 'object', properties: { a: { type: 'string' } } };
    expect(mayNeedParentSchema(flat, refTargets(flat))).toBe(false);
    const recursive = { $defs: { node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } } } }, type: 'object', properties: { n: { $ref: '#/$defs/node' } } };
    expect(mayNeedParentSchema(recursive, refTargets(recursive))).toBe(true);
    const apart = { $defs: { node: { properties: { next: { $ref: '#/$defs/node' } } } }, required: ['n'], properties: { n: { $ref: '#/$defs/node' } } };
    expect(mayNeedParentSchema(apart, refTargets(apart))).toBe(false);
  });

  it('precompiled modules leave verbose out when no error needs it', () => {
    const flat: JsonSchema = { type: 'object', properties: { a: { type: 'string', minLength: 2 } }, required: ['a'] };
    const recursive: JsonSchema = { $defs: { node: { type: 'object', required: ['v'], properties: { next: { $ref: '#/$defs/node' } } } }, type: 'object', required: ['z'], properties: { n: { $ref: '#/$defs/node' } } };
    expect(standaloneModule(flat, '2020-12', schemaHash(flat))).not.toContain('parentSchema');
    expect(standaloneModule(recursive, '2020-12', schemaHash(recursive))).toContain('parentSchema');
  });

  it('places a keyword of the subschema that holds it (parentOf) as the lookup by pointer does', () => {
    const lookup = schemaLookup(ROOT);
    for (const { schemaPath } of SITE_SHAPES) expect(lookup.parentOf(schemaPath)).toBe(getAtPointer(ROOT, parentPointer(schemaPath)));
  });
});
