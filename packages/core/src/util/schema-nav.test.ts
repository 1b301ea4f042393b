// SPDX-License-Identifier: MIT
/**
 * The logic engine's schema navigation (rules/schema-nav.ts) now follows `$ref`s and resolves scopes with the
 * compiler's code (util/schema-nav.ts). These tests hold the logic engine's previous, separate implementation as a
 * reference and check that every answer is unchanged, over the catalog forms, the generated benchmark forms and
 * random scopes, plus the testers' `derefSchema` after its own copy of `asSchemaObject` was dropped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import { deref, itemSchema, propertySchema, resolveScope } from '../rules/schema-nav.js';
import { derefSchema } from '../testers/resolve-scope.js';
import { getAtTokens, parseFragmentPointer } from './json-pointer.js';
import { isObject } from './json.js';
import { walkSchema } from './schema-walk.js';

// ---- The reference: rules/schema-nav.ts before the merge, verbatim apart from names. ----
const refAsSchemaObject = (schema: unknown): JsonSchemaObject | undefined => (schema === true ? {} : isObject(schema) ? schema : undefined);
function refDeref(schema: unknown, root: JsonSchema): JsonSchemaObject | undefined {
  let current = refAsSchemaObject(schema);
  for (let hops = 0; current !== undefined && typeof current.$ref === 'string'; hops++) {
    if (hops >= 32) return undefined;
    const tokens = current.$ref.startsWith('#') ? parseFragmentPointer(current.$ref) : undefined;
    if (tokens === undefined) return undefined;
    current = refAsSchemaObject(getAtTokens(root, tokens));
  }
  return current;
}
const STEPS: Readonly<Record<string, 'indexed' | 'single'>> = { allOf: 'indexed', anyOf: 'indexed', oneOf: 'indexed', then: 'single', else: 'single' };
function refResolveScope(scope: unknown, base: JsonSchemaObject, root: JsonSchema): { schema: JsonSchemaObject; dataPath: string[] } | undefined {
  if (typeof scope !== 'string' || !scope.startsWith('#')) return undefined;
  const tokens = parseFragmentPointer(scope);
  if (tokens === undefined) return undefined;
  let schema: JsonSchemaObject | undefined = refDeref(base, root);
  const dataPath: string[] = [];
  for (let i = 0; i < tokens.length && schema !== undefined; ) {
    const token = tokens[i];
    const step = STEPS[token];
    if (token === 'properties' && i + 1 < tokens.length) {
      const name = tokens[i + 1];
      schema = propertySchema(schema, name, root);
      dataPath.push(name);
      i += 2;
    } else if (step === 'indexed' && i + 1 < tokens.length) {
      const list: unknown = schema[token];
      schema = Array.isArray(list) ? refDeref(list[Number(tokens[i + 1])], root) : undefined;
      i += 2;
    } else if (step === 'single') {
      schema = refDeref(schema[token], root);
      i += 1;
    } else {
      return undefined;
    }
  }
  return schema === undefined ? undefined : { schema, dataPath };
}
const refMembers = (schema: JsonSchemaObject, root: JsonSchema): JsonSchemaObject[] =>
  (['allOf', 'anyOf', 'oneOf'] as const)
    .flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as unknown[]) : []))
    .map((s) => refDeref(s, root))
    .filter((s): s is JsonSchemaObject => s !== undefined);
const refSafeTest = (pattern: string, text: string): boolean => {
  try {
    return new RegExp(pattern, 'u').test(text);
  } catch {
    return false;
  }
};
function refPropertySchema(schema: JsonSchemaObject, name: string, root: JsonSchema, depth = 0): JsonSchemaObject | undefined {
  if (isObject(schema.properties) && Object.hasOwn(schema.properties, name)) return refDeref(schema.properties[name], root);
  if (depth < 32) {
    for (const member of refMembers(schema, root)) {
      const found = refPropertySchema(member, name, root, depth + 1);
      if (found !== undefined) return found;
    }
  }
  if (isObject(schema.patternProperties)) {
    for (const [pattern, sub] of Object.entries(schema.patternProperties)) if (refSafeTest(pattern, name)) return refDeref(sub, root);
  }
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return refDeref(schema.additionalProperties, root);
  return undefined;
}
function refItemSchema(schema: JsonSchemaObject, index: number, root: JsonSchema): JsonSchemaObject | undefined {
  if (Array.isArray(schema.prefixItems) && index < schema.prefixItems.length) return refDeref(schema.prefixItems[index], root);
  if (Array.isArray(schema.items)) return index < schema.items.length ? refDeref(schema.items[index], root) : refDeref(schema.additionalItems ?? true, root);
  if (schema.items !== undefined) return refDeref(schema.items, root);
  for (const member of refMembers(schema, root)) {
    const found = refItemSchema(member, index, root);
    if (found !== undefined) return found;
  }
  return undefined;
}
/** The testers' `asObject` before it was dropped for `asSchemaObject`. */
const refAsObject = (schema: unknown): JsonSchemaObject | undefined =>
  schema === true ? {} : schema !== null && typeof schema === 'object' && !Array.isArray(schema) ? (schema as JsonSchemaObject) : undefined;

// ---- The schemas: every catalog form and bundle, and generated forms of several sizes. ----
// Core's tsconfig has no Node types: the file system is reached as in rules/hidden-at.test.ts.
const fsName = 'node:fs';
const urlName = 'node:url';
const fs = (await import(fsName)) as { readFileSync(file: string, encoding: 'utf8'): string; readdirSync(dir: string): string[] };
const url = (await import(urlName)) as { fileURLToPath(u: string): string; pathToFileURL(p: string): { href: string } };
const repo = url.fileURLToPath((import.meta as unknown as { url: string }).url).replace(/[\\/][^\\/]*$/, '/') + '../../../../';
const catalogSchemas = (): Array<[string, JsonSchema, unknown]> => {
  const out: Array<[string, JsonSchema, unknown]> = [];
  for (const dir of fs.readdirSync(repo + 'forms')) {
    if (dir.includes('.') || dir === 'bundles' || dir === 'dist') continue;
    for (const f of fs.readdirSync(`${repo}forms/${dir}`))
      if (f.endsWith('.form.json')) {
        const d = JSON.parse(fs.readFileSync(`${repo}forms/${dir}/${f}`, 'utf8')) as { schema: JsonSchema; ui?: unknown };
        out.push([f, d.schema, d.ui]);
      }
  }
  return out;
};
type Generated = { definition: { schema: JsonSchema; ui?: unknown } };
const generated = async (): Promise<Array<[string, JsonSchema, unknown]>> => {
  const href = url.pathToFileURL(repo + 'bench/renderers/generate-form.mjs').href;
  const { generateForm } = (await import(/* @vite-ignore */ href)) as { generateForm: (n: number) => Generated };
  return [10, 50, 200].map((n) => [`generated ${n}`, generateForm(n).definition.schema, generateForm(n).definition.ui]);
};

/** Every `scope` string in a UI schema (controls, rule conditions, details). */
const scopesIn = (ui: unknown, out = new Set<string>()): Set<string> => {
  if (Array.isArray(ui)) {
    for (const x of ui) scopesIn(x, out);
  } else if (isObject(ui)) {
    for (const [k, v] of Object.entries(ui)) {
      if (typeof v === 'string' && k === 'scope') out.add(v);
      else scopesIn(v, out);
    }
  }
  return out;
};

/** Scopes built from the schema's own positions: every pointer, so both resolvable and unresolvable ones. */
const positionScopes = (schema: JsonSchema): string[] => walkSchema(schema).positions.map((p) => `#${p.pointer}`);

const compareAll = (name: string, schema: JsonSchema, ui: unknown): number => {
  const root = schema as JsonSchemaObject;
  const positions = walkSchema(schema).positions;
  const scopes = [...scopesIn(ui), ...positionScopes(schema), '#', '#/properties', '#/anyOf/x', '#/allOf/', '/properties/a'];
  const bases = [root, ...positions.map((p) => p.schema).filter((s): s is JsonSchemaObject => isObject(s)).slice(0, 40)];
  let n = 0;
  for (const base of bases)
    for (const scope of scopes) {
      expect(resolveScope(scope, base, schema), `${name} ${scope}`).toEqual(refResolveScope(scope, base, schema));
      n++;
    }
  const names = [...new Set(positions.filter((p) => p.keyword === 'properties' || p.keyword === 'patternProperties').map((p) => p.key!)), 'zz', 'x1'];
  for (const p of positions) {
    if (isObject(p.schema)) {
      const s = p.schema as JsonSchemaObject;
      for (const k of names) expect(propertySchema(s, k, schema), `${name} #${p.pointer} ${k}`).toStrictEqual(refPropertySchema(s, k, schema));
      for (const i of [0, 1, 5]) expect(itemSchema(s, i, schema), `${name} #${p.pointer} [${i}]`).toStrictEqual(refItemSchema(s, i, schema));
      n += names.length + 3;
    }
    expect(deref(p.schema, schema), `${name} #${p.pointer}`).toBe(refDeref(p.schema, schema));
    expect(deref({ $ref: `#${p.pointer}` }, schema)).toBe(refDeref({ $ref: `#${p.pointer}` }, schema));
    n += 2;
  }
  return n;
};

describe('schema navigation merged into util/schema-nav.ts', () => {
  it('resolves every scope, $ref, property and item of the catalog forms as the logic engine did before the merge', () => {
    const forms = catalogSchemas();
    expect(forms.length).toBeGreaterThanOrEqual(6);
    let n = 0;
    for (const [name, schema, ui] of forms) n += compareAll(name, schema, ui);
    expect(n).toBeGreaterThan(1000);
  });

  it('resolves every scope, $ref, property and item of the generated benchmark forms as before', async () => {
    for (const [name, schema, ui] of await generated()) expect(compareAll(name, schema, ui)).toBeGreaterThan(100);
  });

  it('agrees with the previous resolver on random scopes, including malformed combinator indices', () => {
    const schema: JsonSchemaObject = {
      $defs: { a: { type: 'object', properties: { x: { type: 'string' } } }, loop: { $ref: '#/$defs/loop' } },
      type: 'object',
      properties: { a: { $ref: '#/$defs/a' }, l: { $ref: '#/$defs/loop' }, r: { $ref: 'https://example.invalid/x' }, 'a/b': true },
      patternProperties: { '^p': { type: 'number' } },
      anyOf: [{ properties: { y: { type: 'integer' }, x: { type: 'null' } }, items: { type: 'null' } }, true, false],
      oneOf: [{ properties: { x: { type: 'boolean' } }, prefixItems: [{ type: 'boolean' }] }],
      allOf: [{ $ref: '#/$defs/a' }, { items: [{ type: 'string' }] }],
      if: true,
      then: { properties: { t: {} } },
      else: false,
    };
    const token = fc.constantFrom('properties', 'a', 'x', 'y', 't', 'p1', 'l', 'r', 'a~1b', 'anyOf', 'allOf', 'oneOf', 'then', 'else', '0', '1', '2', '', '1.0', '-0', ' 1', '0x1', '%61', '%zz', 'items', '$defs', '__proto__', 'constructor');
    const scope = fc.tuple(fc.constantFrom('#', '#/', '', '/'), fc.array(token, { maxLength: 6 })).map(([p, ts]) => `${p}${ts.join('/')}`);
    fc.assert(fc.property(scope, (s) => { expect(resolveScope(s, schema, schema)).toEqual(refResolveScope(s, schema, schema)); }), { numRuns: 3000 });
    fc.assert(fc.property(scope, (s) => { expect(deref({ $ref: s }, schema)).toStrictEqual(refDeref({ $ref: s }, schema)); }), { numRuns: 1000 });
    fc.assert(
      fc.property(token, fc.nat(4), (name, i) => {
        expect(propertySchema(schema, name, schema)).toStrictEqual(refPropertySchema(schema, name, schema));
        expect(itemSchema(schema, i, schema)).toStrictEqual(refItemSchema(schema, i, schema));
      }),
      { numRuns: 500 },
    );
  });

  it('the testers read true as {} and refuse false, arrays and null, as their own asObject did', () => {
    for (const v of [true, false, null, [], [{}], 1, 'x', { type: 'string' }]) expect(derefSchema(v as JsonSchema, {})).toEqual(refAsObject(v));
  });
});
