// SPDX-License-Identifier: MIT
/**
 * Navigation from UI scopes and data pointers to schemas, used by the compiler (scope, prefill and message checks),
 * by labels and by messages. Total: anything unresolvable is `undefined`. Local `$ref`s only.
 */
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import { fragmentTokens, getAtTokens, parsePointer } from './json-pointer.js';
import { isObject } from './json.js';

const MAX_HOPS = 32;

/** A schema as an object: `true` → `{}`; `false` and non-schemas → `undefined`. */
export const asSchemaObject = (s: unknown): JsonSchemaObject | undefined =>
  s === true ? {} : isObject(s) ? (s) : undefined;

/** Follows local `$ref`s against `root`. `undefined` for remote refs, dangling refs and cycles. */
export const derefLocal = (schema: unknown, root: unknown): JsonSchemaObject | undefined => {
  // Its own loop, not `refChain`: this runs for every scope and pointer step, and keeps no list of the way.
  let cur = asSchemaObject(schema);
  for (let hops = 0; cur && typeof cur.$ref === 'string'; hops++) {
    if (hops >= MAX_HOPS || !cur.$ref.startsWith('#')) return undefined;
    const tokens = fragmentTokens(cur.$ref);
    if (!tokens) return undefined;
    cur = asSchemaObject(getAtTokens(root, tokens));
  }
  return cur;
};

/**
 * The schemas a schema goes through along its local `$ref`s, itself first and the target last: each one is read by
 * callers that take what is written beside a `$ref` (a title, a default, `allOf` members) before the target's.
 * Stops at a schema without `$ref`, at a reference it cannot follow (remote, unresolvable), at a schema already in the
 * chain, and after `MAX_HOPS` hops; the last schema then still holds its `$ref`.
 */
export const refChain = (schema: unknown, root: unknown): JsonSchemaObject[] => {
  const chain: JsonSchemaObject[] = [];
  let cur = asSchemaObject(schema);
  while (cur && !chain.includes(cur)) {
    chain.push(cur);
    if (typeof cur.$ref !== 'string' || chain.length > MAX_HOPS || !cur.$ref.startsWith('#')) break;
    const tokens = fragmentTokens(cur.$ref);
    cur = tokens ? asSchemaObject(getAtTokens(root, tokens)) : undefined;
  }
  return chain;
};

/** The members of `allOf`, `anyOf` and `oneOf` (in that order), dereferenced; unresolvable ones are left out. */
export const combinatorMembers = (s: JsonSchemaObject, root: unknown): JsonSchemaObject[] => {
  const out: JsonSchemaObject[] = [];
  for (const k of ['allOf', 'anyOf', 'oneOf'] as const) {
    const v = s[k];
    if (Array.isArray(v)) for (const sub of v) { const d = derefLocal(sub, root); if (d) out.push(d); }
  }
  return out;
};

/** Subschemas that also describe the same value (searched when a property or item is not found directly). */
const alternatives = (s: JsonSchemaObject, root: unknown): JsonSchemaObject[] => {
  const out = combinatorMembers(s, root);
  for (const k of ['then', 'else'] as const) { const d = derefLocal(s[k], root); if (d) out.push(d); }
  return out;
};

/** `RegExp(pattern, 'u').test(text)`, false for an invalid pattern. */
export const safeTest = (pattern: string, text: string): boolean => {
  try {
    return new RegExp(pattern, 'u').test(text);
  } catch {
    return false;
  }
};

/**
 * Searches `schema` and the subschemas `expand` yields (breadth first, each once) for the first one that declares
 * property `name`. Returns the property's schema and every schema visited, for fallbacks.
 */
const findDeclared = (
  schema: JsonSchemaObject,
  name: string,
  root: unknown,
  expand: (s: JsonSchemaObject) => JsonSchemaObject[],
): { found: JsonSchemaObject | undefined; declared: boolean; seen: Set<JsonSchemaObject> } => {
  const queue = [schema];
  const seen = new Set<JsonSchemaObject>();
  while (queue.length) {
    const s = queue.shift()!;
    if (seen.has(s) || seen.size > 256) continue;
    seen.add(s);
    if (isObject(s.properties) && Object.hasOwn(s.properties, name)) return { found: derefLocal(s.properties[name], root), declared: true, seen };
    queue.push(...expand(s));
  }
  return { found: undefined, declared: false, seen };
};

/** The schema of property `name` of an object schema (through combinators, patternProperties, additionalProperties). */
export const propertySchemaOf = (schema: JsonSchemaObject, name: string, root: unknown): JsonSchemaObject | undefined => {
  // The usual case, answered as findDeclared's first step would, without its bookkeeping.
  if (isObject(schema.properties) && Object.hasOwn(schema.properties, name)) return derefLocal(schema.properties[name], root);
  const { found, declared, seen } = findDeclared(schema, name, root, (s) => alternatives(s, root));
  if (declared) return found;
  for (const s of seen) {
    if (isObject(s.patternProperties))
      for (const [p, sub] of Object.entries(s.patternProperties)) if (safeTest(p, name)) return derefLocal(sub, root);
    if (s.additionalProperties !== undefined && s.additionalProperties !== false) return derefLocal(s.additionalProperties, root);
  }
  return undefined;
};

/** The schema of array items (`items`, `prefixItems[i]`, draft-07 tuple `items`). */
export const itemSchemaOf = (schema: JsonSchemaObject, index: number | undefined, root: unknown): JsonSchemaObject | undefined => {
  const queue = [schema];
  const seen = new Set<unknown>();
  while (queue.length) {
    const s = queue.shift()!;
    if (seen.has(s) || seen.size > 256) continue;
    seen.add(s);
    if (Array.isArray(s.prefixItems) && index !== undefined && index < s.prefixItems.length) return derefLocal(s.prefixItems[index], root);
    if (Array.isArray(s.items)) {
      if (index !== undefined && index < s.items.length) return derefLocal(s.items[index], root);
      if (s.additionalItems !== undefined) return derefLocal(s.additionalItems, root);
    } else if (s.items !== undefined) return derefLocal(s.items, root);
    queue.push(...alternatives(s, root));
  }
  return undefined;
};

/** The schema that describes the value at a data pointer (`/children/0/name`), or `undefined`. */
export const schemaAtDataPointer = (root: JsonSchema, pointer: string): JsonSchemaObject | undefined => {
  const tokens = parsePointer(pointer);
  if (!tokens) return undefined;
  let cur = derefLocal(root, root);
  for (const t of tokens) {
    if (!cur) return undefined;
    const isIndex = /^(0|[1-9]\d*)$/.test(t) || t === '*' || t === '-';
    const asItem = isIndex ? itemSchemaOf(cur, /^\d+$/.test(t) ? Number(t) : undefined, root) : undefined;
    cur = asItem ?? propertySchemaOf(cur, t, root);
  }
  return cur;
};

/**
 * Which tokens of a data pointer are array indices. A token that looks like one (`0`, `12`, or `*` in a pattern)
 * is an index only where the schema there has items: under an object schema, `{"12": …}` names a property, and
 * labels, i18n keys and patterns must keep it. Where the schema says neither (no items, no such property, or no
 * schema at all), an index-looking token is taken for an index, as before.
 */
export const indexTokenFlags = (root: JsonSchema, tokens: readonly string[]): boolean[] => {
  const flags: boolean[] = [];
  let cur = derefLocal(root, root);
  for (const t of tokens) {
    const looksLikeIndex = /^(0|[1-9]\d*)$/.test(t) || t === '*';
    const asItem = looksLikeIndex && cur ? itemSchemaOf(cur, t === '*' ? undefined : Number(t), root) : undefined;
    const asProperty = asItem === undefined && cur ? propertySchemaOf(cur, t, root) : undefined;
    flags.push(asItem !== undefined || (looksLikeIndex && asProperty === undefined));
    cur = asItem ?? asProperty;
  }
  return flags;
};

/**
 * The schema of a property declared on `schema` itself or on one of its `allOf` members (followed through `$ref`s).
 * Only `allOf` is searched: its members always describe the same value, so a scope such as the one
 * `generateDetailUi` writes for a property declared in an `allOf` member is sound. `anyOf`/`oneOf` members are not,
 * and must be named explicitly in the scope.
 */
export const declaredPropertyOf = (schema: JsonSchemaObject, name: string, root: unknown): JsonSchemaObject | undefined =>
  // The usual case, answered as findDeclared's first step would, without its bookkeeping.
  isObject(schema.properties) && Object.hasOwn(schema.properties, name)
    ? derefLocal(schema.properties[name], root)
    : findDeclared(schema, name, root, (s) =>
    Array.isArray(s.allOf) ? s.allOf.map((sub) => derefLocal(sub, root)).filter((d): d is JsonSchemaObject => d !== undefined) : [],
  ).found;

/** Scope tokens that select a subschema without moving in the data (as JSON Forms' `toDataPathSegments`). */
const SCHEMA_ONLY: Readonly<Record<string, 'indexed' | 'single'>> = { allOf: 'indexed', anyOf: 'indexed', oneOf: 'indexed', then: 'single', else: 'single' };

/** A resolved UI scope. */
export interface ScopeTarget {
  /** The schema the scope names. */
  schema: JsonSchemaObject;
  /** The data path (property names) relative to the scope's base. */
  dataPath: string[];
}

/** How a scope's `properties/<name>` step finds the property's schema in the schema reached so far. */
export type PropertyLookup = (schema: JsonSchemaObject, name: string, root: JsonSchema) => JsonSchemaObject | undefined;

/**
 * Resolves a JSON Forms scope (`#/properties/a/properties/b`, `#` for the base itself) against `base` (the root,
 * or the item schema inside an array detail). `properties/<name>` moves in the data, its schema found by `property`
 * (by default `declaredPropertyOf`; the logic engine passes its wider lookup, rules/schema-nav.ts); combinators
 * and `then`/`else` only select a subschema; `$ref`s are followed. Anything else is `undefined`. `laxIndex` reads a
 * combinator index with `Number()` (`''` is 0), as the logic engine always has, instead of requiring digits.
 */
export const resolveScopeTarget = (
  scope: unknown,
  base: JsonSchema,
  root: JsonSchema,
  property: PropertyLookup = declaredPropertyOf,
  laxIndex = false,
): ScopeTarget | undefined => {
  if (typeof scope !== 'string') return undefined;
  const tokens = fragmentTokens(scope);
  if (!tokens) return undefined;
  let cur = derefLocal(base, root);
  const dataPath: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!cur) return undefined;
    const t = tokens[i];
    if (t === 'properties') {
      const name = tokens[++i];
      if (name === undefined) return undefined;
      dataPath.push(name);
      cur = property(cur, name, root);
    } else if (Object.hasOwn(SCHEMA_ONLY, t)) {
      if (SCHEMA_ONLY[t] === 'indexed') {
        const list = cur[t];
        const n = tokens[++i];
        if (!Array.isArray(list) || n === undefined || !(laxIndex || /^\d+$/.test(n))) return undefined;
        cur = derefLocal(list[Number(n)], root);
      } else cur = derefLocal(cur[t], root);
    } else return undefined;
  }
  return cur ? { schema: cur, dataPath } : undefined;
};

/** The JSON types a schema admits, explicit or implied by its keywords. */
export const typesOf = (s: JsonSchemaObject | undefined): string[] => {
  if (!s) return [];
  if (typeof s.type === 'string') return [s.type];
  if (Array.isArray(s.type)) return s.type.map(String);
  if (s.properties !== undefined) return ['object'];
  if (s.items !== undefined || s.prefixItems !== undefined) return ['array'];
  if (s.enum !== undefined || s.const !== undefined) return [...new Set([...(s.enum ?? []), ...(s.const !== undefined ? [s.const] : [])].map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)))];
  if (s.format !== undefined || s.pattern !== undefined || s.minLength !== undefined || s.maxLength !== undefined) return ['string'];
  return [];
};
