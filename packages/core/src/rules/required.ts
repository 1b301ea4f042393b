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
  // Most schemas have no dependent keywords: they are not merged (two objects, four entry lists) for nothing.
  if (schema.dependentRequired === undefined && schema.dependentSchemas === undefined && schema.dependencies === undefined) return keys;
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

/** The keywords that make a schema's required keys depend on which properties are present. */
const DEPENDENT_KEYWORDS = ['dependentRequired', 'dependentSchemas', 'dependencies'] as const;

/** An array index token. */
const INDEX = /^(0|[1-9]\d*)$/;

/** Schemas whose required keys cannot depend on the value: no `if`, no dependent keywords (here or in `allOf`). */
function isValueIndependent(schema: JsonSchemaObject, root: JsonSchema, depth = 0): boolean {
  if (depth > MAX_NESTING) return true;
  if (schema.if !== undefined) return false;
  for (const k of DEPENDENT_KEYWORDS) {
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

/**
 * What `isSchemaRequired` needs of one data path, prepared once (cached per pointer): one link per location, to
 * the path of its parent. A form prepares one per field and per object on its first evaluation, before its first
 * render, so a location costs one small object instead of copies of its parent's lists.
 */
export interface RequiredPath {
  /** The parent location's path (`undefined` at the root). */
  up: RequiredPath | undefined;
  /** The schema of the value here (`schemasAlong`'s last), `undefined` where the schema says nothing. */
  schema: JsonSchemaObject | undefined;
  /**
   * Whether the parent requires this location: `false` for an array index, `true`/`false` when the parent's
   * required keys are fixed, else `undefined` (decided per data). `undefined` at the root.
   */
  fixed: boolean | undefined;
  /** This location's pointer (the per-data cache key of its required keys, when it is a parent). */
  pointer: string;
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
  /** The path of the location `token` under `parent` (pointer `pointer`): schemasAlong's step, and `fixed`. */
  const extend = (parent: RequiredPath, token: string, pointer: string): RequiredPath => {
    const last = parent.schema;
    if (last === undefined) return { up: parent, schema: undefined, fixed: undefined, pointer };
    const intoItem = INDEX.test(token) && isArraySchema(last);
    return {
      up: parent,
      schema: intoItem ? itemSchema(last, Number(token), root) : propertySchema(last, token, root),
      fixed: intoItem ? false : keysIfFixed(last)?.has(token),
      pointer,
    };
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
    if (p === undefined) {
      const at = missing.pop()!;
      p = remember(at, { up: undefined, schema: schemasAlong(root, [])[0], fixed: undefined, pointer: at });
    }
    while (missing.length > 0) {
      const at = missing.pop()!;
      p = remember(at, extend(p, tokens[n++], at));
    }
    return p;
  };
  /**
   * `values[k]` is the value at `tokens[0..k)` (the caller reads them, sharing parents between fields). A location
   * is required when its parent requires it and the parent is present or itself required, and so on up: decided
   * from the field upwards, stopping at the first step that settles it (the schemas along a path are a prefix of
   * it, so a field whose parent has a schema has one at every level above).
   */
  const check = (path: RequiredPath, tokens: readonly string[], values: readonly unknown[], cache: Map<string, Set<string>>): boolean => {
    if (tokens.length === 0 || path.up?.schema === undefined) return false;
    let node = path;
    for (let k = tokens.length - 1; ; k--) {
      const parent = node.up!;
      let stepRequired = node.fixed;
      if (stepRequired === undefined) {
        let keys = cache.get(parent.pointer);
        if (keys === undefined) cache.set(parent.pointer, (keys = requiredKeys(parent.schema!, values[k], root, matches)));
        stepRequired = keys.has(tokens[k]);
      }
      if (!stepRequired) return false;
      // The root is always there; any other parent counts when present, else only when it is required itself.
      if (k === 0 || values[k] !== undefined) return true;
      node = parent;
    }
  };
  return { pathOf, check };
}
