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
import { dataAt, getAtPointer, parentPointer } from '../util/json-pointer.js';
import { sortStably } from '../util/sort.js';
import { isObject, own, stableStringify } from '../util/json.js';
import { walkSchema } from '../util/schema-walk.js';

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

/**
 * Memoized schema lookups by pointer, one per compiled validator (errors repeat the same schema paths), and of the
 * subschema holding a keyword by the keyword's path: engines hand the same path strings back on every validation,
 * so that lookup needs no new string.
 */
export interface SchemaLookup {
  (pointer: string): unknown;
  /** The subschema that holds the keyword at `keywordPath` (`/properties/a/minLength` → `/properties/a`). */
  parentOf(keywordPath: string): unknown;
}

/** Creates a memoized lookup into a schema document. */
export const schemaLookup = (root: unknown): SchemaLookup => {
  const cache = new Map<string, unknown>();
  const lookup = (pointer: string): unknown => {
    if (cache.has(pointer)) return cache.get(pointer);
    const v = getAtPointer(root, pointer);
    if (cache.size < 10_000) cache.set(pointer, v);
    return v;
  };
  const parents = new Map<string, unknown>();
  const parentOf = (keywordPath: string): unknown => {
    if (parents.has(keywordPath)) return parents.get(keywordPath);
    const v = lookup(parentPointer(keywordPath));
    if (parents.size < 10_000) parents.set(keywordPath, v);
    return v;
  };
  return Object.assign(lookup, { parentOf });
};



/** The error of a site with `params`, plus the data-derived parameters the adapter passed (`extra`). */
const errorOf = (site: Site, params: Record<string, unknown>, extra: Record<string, unknown> | undefined): RawError =>
  ({ instancePath: site.instancePath, schemaPath: site.schemaPath, keyword: site.keyword, params: extra ? { ...params, ...extra } : params });

/** Expands a site into its canonical errors, appended to `out` (several for `required`-like keywords, none when nothing fails). */
const expand = (site: Site, schemaAt: SchemaLookup, data: unknown, out: RawError[]): void => {
  const { instancePath, schemaPath, keyword } = site;
  const parent = keyword === 'false schema' ? undefined : schemaAt.parentOf(schemaPath);
  let extra: Record<string, unknown> | undefined;
  if (site.params) for (const k of DATA_PARAMS) if (Object.hasOwn(site.params, k)) (extra ??= {})[k] = site.params[k];
  switch (keyword) {
    case 'required':
      for (const missingProperty of missingOf(dataAt(data, instancePath), own(parent, 'required'))) out.push(errorOf(site, { missingProperty }, extra));
      return;
    case 'dependentRequired':
    case 'dependencies': {
      const value = dataAt(data, instancePath);
      const map = own(parent, keyword);
      if (!isObject(map) || !isObject(value)) return;
      for (const property of Object.keys(map)) {
        const deps = map[property];
        if (!Array.isArray(deps) || !present(value, property)) continue;
        for (const missingProperty of missingOf(value, deps))
          out.push(errorOf(site, { property, missingProperty, deps: deps.join(', '), depsCount: deps.length }, extra));
      }
      return;
    }
    case 'uniqueItems': {
      const dup = firstDuplicate(dataAt(data, instancePath));
      if (dup) out.push(errorOf(site, dup, extra));
      return;
    }
    default: {
      if (LIMIT_KEYWORDS.has(keyword)) out.push(errorOf(site, { limit: own(parent, keyword) }, extra));
      else {
        const make = Object.hasOwn(SCHEMA_PARAMS, keyword) ? SCHEMA_PARAMS[keyword] : undefined;
        out.push(errorOf(site, make ? make(parent) : {}, extra));
      }
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
 * Drops the repeats from errors sorted by `compare` (stably, so repeats keep their order): an error repeats one
 * before it when both are at the same place with the same keyword and data parameters. Only errors equal by
 * `compare` sit side by side, so only those are keyed.
 */
const withoutRepeats = (sorted: RawError[]): RawError[] => {
  if (sorted.length < 2) return sorted;
  const out: RawError[] = [sorted[0]];
  let group = 0; // index in `out` of the first error of the current place and keyword
  for (let i = 1; i < sorted.length; i++) {
    const e = sorted[i];
    if (compare(out[group], e) !== 0) {
      group = out.length;
      out.push(e);
      continue;
    }
    const key = dataKey(e.params);
    let repeat = false;
    for (let j = group; j < out.length && !repeat; j++) repeat = dataKey(out[j].params) === key;
    if (!repeat) out.push(e);
  }
  return out;
};


/** True when two sites name the same keyword at the same place with the same data parameters. */
const sameSite = (a: Site, b: Site): boolean =>
  a.instancePath === b.instancePath && a.schemaPath === b.schemaPath && a.keyword === b.keyword && (a.params === b.params || dataKey(a.params) === dataKey(b.params));

/**
 * Builds the canonical, deduplicated, sorted errors from sites. `schemaAt` reads the schema as the author wrote it
 * (a `SchemaLookup`, or the root document itself).
 */
export const canonicalErrors = (sites: readonly Site[], schemaAt: unknown, data: unknown): RawError[] => {
  const lookup: SchemaLookup = typeof schemaAt !== 'function'
    ? schemaLookup(schemaAt)
    : 'parentOf' in schemaAt
      ? (schemaAt as SchemaLookup)
      : Object.assign((p: string) => (schemaAt as (p: string) => unknown)(p), { parentOf: (k: string) => (schemaAt as (p: string) => unknown)(parentPointer(k)) });
  const out: RawError[] = [];
  let anyContains = false;
  let previous: Site | undefined;
  for (const site of sites) {
    // ajv reports a `required` keyword once per missing property, one after the other; each would expand to the
    // same errors (the repeats are dropped below either way).
    if (previous !== undefined && sameSite(previous, site)) continue;
    previous = site;
    expand(site, lookup, data, out);
    anyContains ||= site.keyword === 'contains';
  }
  // A failed `contains` is one decision about the array; the per-item failures inside it are not the citizen's.
  const contains = anyContains ? out.filter((e) => e.keyword === 'contains') : [];
  const kept = contains.length
    ? out.filter((e) => !contains.some((c) => e !== c && (e.schemaPath === c.schemaPath || e.schemaPath.startsWith(c.schemaPath + '/')) && e.instancePath.startsWith(c.instancePath + '/')))
    : out;
  // Sorted first, then repeats dropped: the same errors, in the same order, as dropping them first.
  return kept.length > 1 ? withoutRepeats(sortStably(kept, compare)) : kept;
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

/** Places an ajv error's keyword in the root schema: `undefined` when it cannot tell (see `ajvLocator`). */
export type AjvLocate = (errSchemaPath: string, keyword: string, parentSchema: unknown) => string | undefined;

/** How `ajvLocator` places errors that carry no `parentSchema`. */
export interface AjvLocatorOptions {
  /** Place them root first when several candidates hold the keyword (instead of returning `undefined`). */
  guess?: boolean;
  /**
   * The reference targets ajv compiled as functions of their own (`separateTargets`), when ajv ran with its default
   * `inlineRefs`: only errors from those (and the root) have paths relative to their base, which often leaves one
   * base that can hold the keyword.
   */
  separate?: readonly string[];
  /**
   * The schema document ajv compiled, when it differs from `root` (a draft-07 copy loses the keywords beside
   * `$ref`): verbose `parentSchema`s come from it, so placements without one compare with it too.
   */
  compiled?: unknown;
}

/**
 * Finds where an ajv error's keyword is written in the root schema. ajv's `errSchemaPath` is relative to the schema
 * it compiled as one function: the root, or a `$ref` target that ajv did not inline (recursive references). So the
 * candidates are the root and every reference target; among those where the relative path leads to the keyword,
 * the one whose subschema equals the error's `parentSchema` (ajv `verbose`) wins, the root first.
 *
 * Without `parentSchema` (ajv without `verbose`, which is faster), the error's own subschema is known when only one
 * base ajv compiled a function for (`options.separate`: the root or a separate target) holds the keyword: the answer
 * is then the one `parentSchema` would give (the first candidate whose subschema equals that one). Otherwise the
 * error cannot be placed: the locator returns `undefined`, so the caller can run ajv again with `verbose`; with
 * `guess`, it returns the root-first candidate instead. `mayNeedParentSchema` tells from the schema alone whether
 * that can ever happen.
 */
export function ajvLocator(root: unknown, refTargets: readonly string[], resolveUri: (uri: string) => string | undefined, options: AjvLocatorOptions & { guess: true }): (errSchemaPath: string, keyword: string, parentSchema: unknown) => string;
export function ajvLocator(root: unknown, refTargets: readonly string[], resolveUri: (uri: string) => string | undefined, options?: AjvLocatorOptions): AjvLocate;
export function ajvLocator(root: unknown, refTargets: readonly string[], resolveUri: (uri: string) => string | undefined, options: AjvLocatorOptions = {}): AjvLocate {
  const cache = new Map<string, string[]>();
  const bases = options.separate === undefined ? undefined : new Set(['', ...options.separate]);
  const candidatesFor = (relative: string, keyword: string): string[] => {
    const key = relative + '\u0000' + keyword;
    let found = cache.get(key);
    if (!found) {
      found = [];
      for (const base of ['', ...refTargets]) if (holdsKeyword(root, base + relative, keyword)) found.push(base);
      cache.set(key, found);
    }
    return found;
  };
  /** The first candidate whose subschema at `relative` equals `parentSchema` (the root first), else the first. */
  const placeBy = (candidates: readonly string[], relative: string, parentSchema: unknown): string => {
    const want = stableStringify(parentSchema);
    return candidates.find((b) => stableStringify(getAtPointer(root, b + relative)) === want) ?? candidates[0];
  };
  // keyword → errSchemaPath → place. Two levels, so a lookup builds no key string (ajv's paths are constants of its
  // generated code, whose hashes V8 keeps).
  const resolved = new Map<string, Map<string, string>>();
  return (errSchemaPath, keyword, parentSchema) => {
    const memo = resolved.get(keyword)?.get(errSchemaPath);
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
      let byPath = resolved.get(keyword);
      if (byPath === undefined) resolved.set(keyword, (byPath = new Map<string, string>()));
      if (byPath.size < 10_000) byPath.set(errSchemaPath, result);
      return result;
    }
    if (parentSchema === undefined) {
      const own = bases === undefined ? [] : candidates.filter((c) => bases.has(c));
      if (own.length !== 1) return options.guess ? candidates[0] + relative + suffix : undefined;
      // The error came from that base's function: its subschema is the `parentSchema` verbose would report.
      const result = placeBy(candidates, relative, getAtPointer(options.compiled ?? root, own[0] + relative)) + relative + suffix;
      let byPath = resolved.get(keyword);
      if (byPath === undefined) resolved.set(keyword, (byPath = new Map<string, string>()));
      if (byPath.size < 10_000) byPath.set(errSchemaPath, result);
      return result;
    }
    return placeBy(candidates, relative, parentSchema) + relative + suffix;
  };
}

/** True when the schema at `pointer` holds `keyword` (for `false schema`: when it is the `false` schema). */
const holdsKeyword = (root: unknown, pointer: string, keyword: string): boolean => {
  const at = getAtPointer(root, pointer);
  return keyword === 'false schema' ? at === false : own(at, keyword) !== undefined;
};

/** True for a keyword ajv can report an error for (not an annotation, not a container: see CONTAINER_KEYWORDS). */
const mayFail = (keyword: string): boolean => !ANNOTATIONS.has(keyword) && !CONTAINER_KEYWORDS.has(keyword);

/** Keywords that never fail, so no error can be ambiguous about them. */
const ANNOTATIONS: ReadonlySet<string> = new Set([
  '$schema', '$id', '$anchor', '$dynamicAnchor', '$comment', '$defs', 'definitions', '$vocabulary', 'title',
  'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated', 'contentMediaType', 'contentEncoding',
]);

/** The keywords by which ajv finds a reference inside a schema (its `hasRef`). */
const REF_KEYWORDS: ReadonlySet<string> = new Set(['$ref', '$recursiveRef', '$recursiveAnchor', '$dynamicRef', '$dynamicAnchor']);

/** True when a reference keyword appears anywhere in the value, as ajv's `hasRef` decides it (any key, any depth). */
const holdsReference = (value: unknown): boolean => {
  const stack: unknown[] = [value];
  let visits = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    // Too large to look through: count it as holding one (the separate function is the safe assumption).
    if (++visits > 100_000) return true;
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (REF_KEYWORDS.has(key)) return true;
      stack.push((v as Record<string, unknown>)[key]);
    }
  }
  return false;
};

/**
 * The reference targets ajv compiles as functions of their own with its default `inlineRefs`: those holding a
 * reference keyword somewhere inside (ajv's `inlineRef`; a target it cannot find counts too). ajv inlines every
 * other target where it is used and reports its keywords by the `$ref` path, from the root.
 */
export const separateTargets = (root: unknown, refTargets: readonly string[]): string[] =>
  refTargets.filter((t) => {
    const target = getAtPointer(root, t);
    return typeof target !== 'boolean' && (target === undefined || holdsReference(target));
  });

/**
 * True when some ajv error of this schema could be impossible to place without `parentSchema` (see `ajvLocator`):
 * a schema reached by a relative path from one base ajv compiles a function for (the root, or a separate reference
 * target) whose failing keyword the same relative path from another such base also holds. Decided from the schema
 * alone, over-approximating (every keyword of every subschema that ajv can report counts), so a precompiled module
 * can leave `verbose` out when this is false.
 */
export const mayNeedParentSchema = (root: unknown, refTargets: readonly string[]): boolean => {
  const separate = separateTargets(root, refTargets);
  if (separate.length === 0) return false;
  const bases = ['', ...separate];
  const positions = walkSchema(root, Number.POSITIVE_INFINITY).positions;
  const walked = new Set(positions.map((p) => p.pointer));
  // A target the walk cannot reach (inside data, say) cannot be checked: assume the worst.
  if (separate.some((t) => !walked.has(t))) return true;
  for (const { pointer, schema } of positions) {
    const keywords = schema === false ? ['false schema'] : isObject(schema) ? Object.keys(schema).filter(mayFail) : [];
    for (const base of bases) {
      if (base !== '' && pointer !== base && !pointer.startsWith(base + '/')) continue;
      const relative = pointer.slice(base.length);
      for (const other of bases) if (other !== base && keywords.some((k) => holdsKeyword(root, other + relative, k))) return true;
    }
  }
  return false;
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
 * the root schema, maps the `false schema` spelling and keeps the data-derived parameters. `undefined` when the
 * locator cannot place some error (an ajv run without `verbose`, see `ajvLocator`).
 */
export function sitesFromAjv(errors: readonly AjvErrorLike[] | null | undefined, locate: (errSchemaPath: string, keyword: string, parentSchema: unknown) => string): Site[];
export function sitesFromAjv(errors: readonly AjvErrorLike[] | null | undefined, locate: AjvLocate): Site[] | undefined;
export function sitesFromAjv(errors: readonly AjvErrorLike[] | null | undefined, locate: AjvLocate): Site[] | undefined {
  const sites: Site[] = [];
  for (const e of errors ?? []) {
    const falseSchema = e.keyword === 'false schema';
    const raw = falseSchema ? e.schemaPath.replace(/\/false schema$/, '') : e.schemaPath;
    const schemaPath = locate(raw, e.keyword, e.parentSchema);
    if (schemaPath === undefined) return undefined;
    let params: Record<string, unknown> | undefined;
    if (e.params) for (const k of DATA_PARAMS) if (Object.hasOwn(e.params, k)) (params ??= {})[k] = e.params[k];
    if (e.propertyName !== undefined) (params ??= {}).propertyName = e.propertyName;
    const site: Site = { instancePath: e.instancePath, schemaPath, keyword: e.keyword };
    if (params) site.params = params;
    sites.push(site);
  }
  return sites;
}

// Moved to util/json-pointer.ts and util/sort.ts (validate needs them without this module); re-exported for
// the modules and tests that import them from here.
export { childPointer, dataAt, lastToken, parentPointer } from '../util/json-pointer.js';
export { sortStably } from '../util/sort.js';

