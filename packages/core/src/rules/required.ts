// SPDX-License-Identifier: MIT
/**
 * Which data locations the schema requires, given the data: `required` of the object schema and of its `allOf`
 * members, the branch of `if`/`then`/`else` the object takes, and `dependentRequired`/`dependentSchemas` (and
 * draft-07 `dependencies`) triggered by present properties. `anyOf`/`oneOf` requirements are left to validation:
 * which branch "counts" is not knowable before the data is complete.
 */
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import { isObject } from '../util/json.js';
import type { SchemaMatcher } from './schema-match.js';
import { deref, isArraySchema, itemSchema, propertySchema, schemasAlong } from './schema-nav.js';

const MAX_NESTING = 32;

/** The property names `schema` requires of `value` (an object, or absent). */
export function requiredKeys(schema: JsonSchemaObject, value: unknown, root: JsonSchema, matches: SchemaMatcher, depth = 0): Set<string> {
  const keys = new Set<string>();
  if (depth > MAX_NESTING) return keys;
  const addFrom = (sub: unknown) => {
    const s = deref(sub, root);
    if (s !== undefined) for (const k of requiredKeys(s, value, root, matches, depth + 1)) keys.add(k);
  };
  if (Array.isArray(schema.required)) for (const k of schema.required) if (typeof k === 'string') keys.add(k);
  if (Array.isArray(schema.allOf)) schema.allOf.forEach(addFrom);
  if (schema.if !== undefined) {
    const branch = matches(schema.if, value) ? schema.then : schema.else;
    if (branch !== undefined) addFrom(branch);
  }
  const present = (k: string) => isObject(value) && Object.hasOwn(value, k);
  const dependentRequired = { ...asRecord(schema.dependentRequired), ...arraysOf(asRecord(schema.dependencies)) };
  for (const [trigger, list] of Object.entries(dependentRequired)) {
    if (present(trigger) && Array.isArray(list)) for (const k of list) if (typeof k === 'string') keys.add(k);
  }
  const dependentSchemas = { ...asRecord(schema.dependentSchemas), ...schemasOf(asRecord(schema.dependencies)) };
  for (const [trigger, sub] of Object.entries(dependentSchemas)) if (present(trigger)) addFrom(sub);
  return keys;
}

const asRecord = (v: unknown): Record<string, unknown> => (isObject(v) ? v : {});
const arraysOf = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([, v]) => Array.isArray(v)));
const schemasOf = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([, v]) => !Array.isArray(v)));

/** Schemas whose required keys cannot depend on the value: no `if`, no dependent keywords (here or in `allOf`). */
function isValueIndependent(schema: JsonSchemaObject, root: JsonSchema, depth = 0): boolean {
  if (depth > MAX_NESTING) return true;
  if (schema.if !== undefined) return false;
  for (const k of ['dependentRequired', 'dependentSchemas', 'dependencies'] as const) {
    if (isObject(schema[k]) && Object.keys(schema[k]).length > 0) return false;
  }
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) {
      const s = deref(member, root);
      if (s !== undefined && !isValueIndependent(s, root, depth + 1)) return false;
    }
  }
  return true;
}

/** What `isSchemaRequired` needs of one data path, prepared once (cached per pointer). */
export interface RequiredPath {
  /** `schemasAlong(root, tokens)`. */
  chain: JsonSchemaObject[];
  /** Per step: `false` for an array index, `true`/`false` when the parent's required keys are fixed, else `undefined`. */
  fixed: (boolean | undefined)[];
  /** Per step: the parent's pointer (the per-data cache key of its required keys). */
  parents: string[];
}

/**
 * `isSchemaRequired` with everything that depends only on the schema prepared once: the schemas along each data
 * path (cached per pointer) and the required keys of every object schema whose requirements cannot depend on the
 * data (most of them). Only `if`/`then`/`else` and dependent keywords are decided per piece of data. `pathOf`
 * prepares (and caches) a data path; `check` decides it for one piece of data, with a cache that lives for that
 * data (the required keys per parent pointer).
 */
export function createRequiredCheck(root: JsonSchemaObject, matches: SchemaMatcher) {
  const fixedKeys = new WeakMap<JsonSchemaObject, Set<string> | null>();
  const keysIfFixed = (schema: JsonSchemaObject): Set<string> | null => {
    let keys = fixedKeys.get(schema);
    if (keys === undefined) {
      keys = isValueIndependent(schema, root) ? requiredKeys(schema, undefined, root, matches) : null;
      fixedKeys.set(schema, keys);
    }
    return keys;
  };
  const paths = new Map<string, RequiredPath>();
  const remember = (pointer: string, p: RequiredPath): RequiredPath => {
    // Item pointers are many but few per form: a bound keeps hostile data from growing the cache forever.
    if (paths.size >= 100_000) paths.clear();
    paths.set(pointer, p);
    return p;
  };
  /** The path of `tokens[0..n)` (pointer `pointer`) from its parent's: schemasAlong's step, one more `fixed`. */
  const extend = (parent: RequiredPath, tokens: readonly string[], n: number, pointer: string): RequiredPath => {
    const token = tokens[n - 1];
    const last = parent.chain[n - 1];
    let chain = parent.chain;
    if (chain.length === n && last !== undefined) {
      const next = /^(0|[1-9]\d*)$/.test(token) && isArraySchema(last) ? itemSchema(last, Number(token), root) : propertySchema(last, token, root);
      if (next !== undefined) chain = [...chain, next];
    }
    let step: boolean | undefined;
    if (last === undefined) step = undefined;
    else if (isArraySchema(last) && /^(0|[1-9]\d*)$/.test(token)) step = false;
    else step = keysIfFixed(last)?.has(token);
    return { chain, fixed: [...parent.fixed, step], parents: [...parent.parents, pointer.slice(0, pointer.lastIndexOf('/'))] };
  };
  /**
   * Prepares (and caches) the data path `tokens`, whose pointer is `pointer`, from its nearest prepared ancestor:
   * the fields of one object share their parent's preparation instead of each walking the schema from the root.
   */
  const pathOf = (pointer: string, tokens: readonly string[]): RequiredPath => {
    let p = paths.get(pointer);
    if (p !== undefined) return p;
    const missing = [pointer];
    let n = tokens.length;
    for (let at = pointer; n > 0; ) {
      at = at.slice(0, at.lastIndexOf('/'));
      n--;
      p = paths.get(at);
      if (p !== undefined) break;
      missing.push(at);
    }
    if (p === undefined) p = remember(missing.pop()!, { chain: schemasAlong(root, []), fixed: [], parents: [] });
    while (missing.length > 0) {
      const at = missing.pop()!;
      p = remember(at, extend(p, tokens, ++n, at));
    }
    return p;
  };
  /** `values[k]` is the value at `tokens[0..k)` (the caller reads them, sharing parents between fields). */
  const check = (path: RequiredPath, tokens: readonly string[], values: readonly unknown[], cache: Map<string, Set<string>>): boolean => {
    if (tokens.length === 0) return false;
    const { chain, fixed, parents } = path;
    let required = true; // the root is always "there"
    for (let k = 0; k < tokens.length; k++) {
      const parentSchema = chain[k];
      if (parentSchema === undefined) return false;
      const value = values[k];
      const parentPresent = k === 0 || value !== undefined;
      let stepRequired = fixed[k];
      if (stepRequired === undefined) {
        let keys = cache.get(parents[k]);
        if (keys === undefined) cache.set(parents[k], (keys = requiredKeys(parentSchema, value, root, matches)));
        stepRequired = keys.has(tokens[k]);
      }
      required = stepRequired && (parentPresent || required);
    }
    return required;
  };
  return { pathOf, check };
}
