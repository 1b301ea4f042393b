// SPDX-License-Identifier: MIT
/**
 * One error shape for every engine. Each engine adapter turns its native output into `Site`s (where a keyword
 * failed); `canonicalErrors` then builds the `RawError`s from the schema and the data alone, so ajv, precompiled
 * ajv and the interpreter report the same errors for the same input.
 *
 * The normalization (also in the README, "Engines"):
 * - Only keywords that fail on their own are reported. Containers that merely pass on a subschema's failure are
 *   dropped: `$ref`, `$dynamicRef`, `$recursiveRef`, `properties`, `patternProperties`, `additionalProperties` and
 *   `items`/`additionalItems`/`unevaluated*` with a schema value, `prefixItems`, `allOf`, `dependentSchemas`,
 *   `dependencies` with a schema value, `then`, `else`. Kept: every assertion keyword, plus `anyOf`, `oneOf`, `not`,
 *   `if` (with `failingKeyword`) and `propertyNames`, which are decisions of their own.
 * - `schemaPath` is the JSON Pointer of the keyword where it is written in the root schema (through `$ref`s, not
 *   along the evaluation path). A `false` subschema fails as keyword `false schema` with the pointer of the `false`,
 *   except where ajv reports the parent keyword: `additionalProperties: false` → `additionalProperties` at the object
 *   with `additionalProperty`; `unevaluatedProperties: false` likewise; `items: false` (2020-12),
 *   `additionalItems: false` → that keyword at the array with `limit`; `unevaluatedItems: false` → at the array.
 * - `instancePath` is where the keyword applies: the object for `required`, `dependentRequired`,
 *   `additionalProperties` and `propertyNames` (with `propertyName`, also on the errors inside `propertyNames`).
 * - `required`, `dependentRequired`, array-valued `dependencies`: one error per missing property, recomputed here.
 *   `minContains`/`maxContains` failures are reported as `contains` (as ajv does), without per-item errors.
 * - Parameters come from the schema (`limit`, `type`, `format`, `pattern`, `allowedValues`…) and the data, never
 *   from engine text. Errors are deduplicated and sorted by instance path, schema path, keyword.
 */
import type { RawError } from '../models/engine.js';
import { getAtPointer, lastToken, parentPointer } from '../util/json-pointer.js';
import { isObject, own, stableStringify } from '../util/json.js';

/** Where one keyword failed, as an engine adapter reports it. */
export interface Site {
  instancePath: string;
  /** JSON Pointer of the keyword in the root schema (or of the `false` for `false schema`). */
  schemaPath: string;
  keyword: string;
  /** Data-derived parameters the adapter knows (`additionalProperty`, `propertyName`, `failingKeyword`…). */
  params?: Record<string, unknown>;
}

/** Keywords an adapter drops because they only carry a subschema's failure. */
export const CONTAINER_KEYWORDS: ReadonlySet<string> = new Set([
  '$ref', '$dynamicRef', '$recursiveRef', 'properties', 'patternProperties', 'prefixItems', 'allOf',
  'dependentSchemas', 'then', 'else',
]);

/** Keyword → the schema parameter its messages need. */
const LIMIT_KEYWORDS: ReadonlySet<string> = new Set([
  'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems',
  'minProperties', 'maxProperties',
]);

const SCHEMA_PARAMS: Record<string, (parent: unknown) => Record<string, unknown>> = {
  type: (p) => ({ type: own(p, 'type') }),
  enum: (p) => ({ allowedValues: own(p, 'enum') }),
  const: (p) => ({ allowedValue: own(p, 'const') }),
  multipleOf: (p) => ({ multipleOf: own(p, 'multipleOf') }),
  pattern: (p) => ({ pattern: own(p, 'pattern') }),
  format: (p) => ({ format: own(p, 'format') }),
  items: (p) => ({ limit: Array.isArray(own(p, 'prefixItems')) ? (own(p, 'prefixItems') as unknown[]).length : 0 }),
  additionalItems: (p) => ({ limit: Array.isArray(own(p, 'items')) ? (own(p, 'items') as unknown[]).length : 0 }),
  contains: (p) => {
    const out: Record<string, unknown> = { minContains: own(p, 'minContains') ?? 1 };
    if (own(p, 'maxContains') !== undefined) out.maxContains = own(p, 'maxContains');
    return out;
  },
};

/** Data-derived parameters that adapters may pass through. */
const DATA_PARAMS = ['additionalProperty', 'unevaluatedProperty', 'propertyName', 'failingKeyword'] as const;

/** A property is present when it is own and not `undefined` (JSON has no undefined; ajv reads it as absent). */
const present = (data: Record<string, unknown>, k: string): boolean => Object.hasOwn(data, k) && data[k] !== undefined;

const missingOf = (data: unknown, names: unknown): string[] =>
  Array.isArray(names) && isObject(data) ? names.filter((k): k is string => typeof k === 'string' && !present(data, k)) : [];

/** The first duplicate pair of an array: `j < i`, scanning `i` upwards (deep equality). */
export const firstDuplicate = (arr: unknown): { i: number; j: number } | undefined => {
  if (!Array.isArray(arr)) return undefined;
  const seen = new Map<string, number>();
  for (let i = 0; i < arr.length; i++) {
    const key = stableStringify(arr[i]);
    const j = seen.get(key);
    if (j !== undefined) return { i, j };
    seen.set(key, i);
  }
  return undefined;
};

/** Memoized schema lookups by pointer, one per compiled validator (errors repeat the same schema paths). */
export type SchemaLookup = (pointer: string) => unknown;

/** Creates a memoized lookup into a schema document. */
export const schemaLookup = (root: unknown): SchemaLookup => {
  const cache = new Map<string, unknown>();
  return (pointer) => {
    if (cache.has(pointer)) return cache.get(pointer);
    const v = getAtPointer(root, pointer);
    if (cache.size < 10_000) cache.set(pointer, v);
    return v;
  };
};

/** Expands a site into its canonical errors (several for `required`-like keywords, none when nothing fails). */
const expand = (site: Site, schemaAt: SchemaLookup, data: unknown): RawError[] => {
  const { instancePath, schemaPath, keyword } = site;
  const parent = keyword === 'false schema' ? undefined : schemaAt(parentPointer(schemaPath));
  let extra: Record<string, unknown> | undefined;
  if (site.params) for (const k of DATA_PARAMS) if (Object.hasOwn(site.params, k)) (extra ??= {})[k] = site.params[k];
  const one = (params: Record<string, unknown>): RawError => ({ instancePath, schemaPath, keyword, params: extra ? { ...params, ...extra } : params });
  switch (keyword) {
    case 'required':
      return missingOf(getAtPointer(data, instancePath), own(parent, 'required')).map((missingProperty) => one({ missingProperty }));
    case 'dependentRequired':
    case 'dependencies': {
      const value = getAtPointer(data, instancePath);
      const map = own(parent, keyword);
      if (!isObject(map) || !isObject(value)) return [];
      const out: RawError[] = [];
      for (const property of Object.keys(map)) {
        const deps = map[property];
        if (!Array.isArray(deps) || !present(value, property)) continue;
        for (const missingProperty of missingOf(value, deps))
          out.push(one({ property, missingProperty, deps: deps.join(', '), depsCount: deps.length }));
      }
      return out;
    }
    case 'uniqueItems': {
      const dup = firstDuplicate(getAtPointer(data, instancePath));
      return dup ? [one(dup)] : [];
    }
    default: {
      if (LIMIT_KEYWORDS.has(keyword)) return [one({ limit: own(parent, keyword) })];
      const make = Object.hasOwn(SCHEMA_PARAMS, keyword) ? SCHEMA_PARAMS[keyword] : undefined;
      return [one(make ? make(parent) : {})];
    }
  }
};

const compare = (a: RawError, b: RawError): number =>
  a.instancePath < b.instancePath ? -1 : a.instancePath > b.instancePath ? 1
    : a.schemaPath < b.schemaPath ? -1 : a.schemaPath > b.schemaPath ? 1
      : a.keyword < b.keyword ? -1 : a.keyword > b.keyword ? 1 : 0;

/**
 * What tells two errors of one keyword at one place apart: the data-derived parameters (the schema-derived ones are
 * equal by construction). Cheaper than serializing every parameter.
 */
const DATA_KEY_PARAMS = ['missingProperty', 'additionalProperty', 'unevaluatedProperty', 'propertyName', 'property', 'failingKeyword'] as const;
const dataKey = (p: Record<string, unknown> | undefined): string => {
  if (p === undefined) return '';
  let key = '';
  // These parameters are strings (property names, keywords) by construction.
  for (const k of DATA_KEY_PARAMS) key += (typeof p[k] === 'string' ? (p[k]) : '') + '\u0001';
  return key;
};

/**
 * Builds the canonical, deduplicated, sorted errors from sites. `schemaAt` reads the schema as the author wrote it
 * (a `SchemaLookup`, or the root document itself).
 */
export const canonicalErrors = (sites: readonly Site[], schemaAt: unknown, data: unknown): RawError[] => {
  const lookup: SchemaLookup = typeof schemaAt === 'function' ? (schemaAt as SchemaLookup) : (p) => getAtPointer(schemaAt, p);
  const seenSites = new Set<string>();
  const seen = new Set<string>();
  const out: RawError[] = [];
  // Parameters are built by this module and the adapters in a fixed key order, so JSON.stringify is a stable key.
  for (const site of sites) {
    const siteKey = `${site.instancePath}\u0000${site.schemaPath}\u0000${site.keyword}\u0000${dataKey(site.params)}`;
    if (seenSites.has(siteKey)) continue;
    seenSites.add(siteKey);
    for (const e of expand(site, lookup, data)) {
      const key = `${e.instancePath}\u0000${e.schemaPath}\u0000${e.keyword}\u0000${dataKey(e.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  }
  // A failed `contains` is one decision about the array; the per-item failures inside it are not the citizen's.
  const contains = out.filter((e) => e.keyword === 'contains');
  const kept = contains.length
    ? out.filter((e) => !contains.some((c) => e !== c && (e.schemaPath === c.schemaPath || e.schemaPath.startsWith(c.schemaPath + '/')) && e.instancePath.startsWith(c.instancePath + '/')))
    : out;
  return kept.length > 1 ? kept.sort(compare) : kept;
};

/** The error an engine returns when it cannot process the data at all (non-JSON values, absurd nesting). */
export const unprocessable = (): RawError[] => [{ instancePath: '', schemaPath: '', keyword: 'unprocessable', params: {} }];

/** An ajv `ErrorObject`, structurally (core does not import ajv in its main entry). */
export interface AjvErrorLike {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  propertyName?: string;
}

/** Decodes a URI fragment (`/properties/a%20b/type`) into a JSON Pointer; `undefined` when malformed. */
const fragmentPointer = (fragment: string): string | undefined => {
  if (fragment === '') return '';
  if (!fragment.startsWith('/')) return undefined; // an anchor (`#foo`): not a pointer
  try {
    return fragment.split('/').slice(1).map((t) => '/' + decodeURIComponent(t)).join('');
  } catch {
    return undefined;
  }
};

/**
 * Finds where an ajv error's keyword is written in the root schema. ajv's `errSchemaPath` is relative to the schema
 * it compiled as one function: the root, or a `$ref` target that ajv did not inline (recursive references). So the
 * candidates are the root and every reference target; among those where the relative path leads to the keyword,
 * the one whose subschema equals the error's `parentSchema` (ajv `verbose`) wins, the root first.
 */
export const ajvLocator = (root: unknown, refTargets: readonly string[], resolveUri: (uri: string) => string | undefined) => {
  const cache = new Map<string, string[]>();
  const candidatesFor = (relative: string, keyword: string): string[] => {
    const key = relative + '\u0000' + keyword;
    let found = cache.get(key);
    if (!found) {
      found = [];
      for (const base of ['', ...refTargets]) {
        const at = keyword === 'false schema' ? getAtPointer(root, base + relative) : own(getAtPointer(root, base + relative), keyword);
        if (at !== undefined && (keyword !== 'false schema' || at === false)) found.push(base);
      }
      cache.set(key, found);
    }
    return found;
  };
  const resolved = new Map<string, string>();
  return (errSchemaPath: string, keyword: string, parentSchema: unknown): string => {
    const memo = resolved.get(errSchemaPath + '\u0000' + keyword);
    if (memo !== undefined) return memo;
    const hash = errSchemaPath.indexOf('#');
    const uri = hash < 0 ? errSchemaPath : errSchemaPath.slice(0, hash);
    const fragment = fragmentPointer(hash < 0 ? '' : errSchemaPath.slice(hash + 1));
    if (fragment === undefined) return errSchemaPath;
    const suffix = keyword === 'false schema' ? '' : '/' + keyword.replace(/~/g, '~0').replace(/\//g, '~1');
    const relative = keyword === 'false schema' ? fragment : parentPointer(fragment);
    if (uri !== '') {
      const base = resolveUri(uri);
      return base === undefined ? errSchemaPath : base + relative + suffix;
    }
    const candidates = candidatesFor(relative, keyword);
    if (candidates.length <= 1) {
      const result = (candidates[0] ?? '') + relative + suffix;
      if (resolved.size < 10_000) resolved.set(errSchemaPath + '\u0000' + keyword, result);
      return result;
    }
    if (parentSchema === undefined) return candidates[0] + relative + suffix;
    const want = stableStringify(parentSchema);
    const match = candidates.find((b) => stableStringify(getAtPointer(root, b + relative)) === want);
    return (match ?? candidates[0]) + relative + suffix;
  };
};

/** An ajv `ErrorObject`, structurally (core does not import ajv in its main entry). */
export interface AjvErrorLike {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  propertyName?: string;
  parentSchema?: unknown;
}

/**
 * Adapts ajv errors (compiled or standalone) to sites. ajv already reports leaves only; this locates each keyword in
 * the root schema, maps the `false schema` spelling and keeps the data-derived parameters.
 */
export const sitesFromAjv = (
  errors: readonly AjvErrorLike[] | null | undefined,
  locate: (errSchemaPath: string, keyword: string, parentSchema: unknown) => string,
): Site[] =>
  (errors ?? []).map((e) => {
    const falseSchema = e.keyword === 'false schema';
    const raw = falseSchema ? e.schemaPath.replace(/\/false schema$/, '') : e.schemaPath;
    let params: Record<string, unknown> | undefined;
    if (e.params) for (const k of DATA_PARAMS) if (Object.hasOwn(e.params, k)) (params ??= {})[k] = e.params[k];
    if (e.propertyName !== undefined) (params ??= {}).propertyName = e.propertyName;
    const site: Site = { instancePath: e.instancePath, schemaPath: locate(raw, e.keyword, e.parentSchema), keyword: e.keyword };
    if (params) site.params = params;
    return site;
  });

/** `instancePath` of the property a site names (for messages): `/a` + `missing` → `/a/missing`. */
export const childPointer = (instancePath: string, name: string): string =>
  `${instancePath}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;

export { lastToken, parentPointer };
