// SPDX-License-Identifier: MIT
/**
 * Which data locations the schema requires, given the data: `required` of the object schema and of its `allOf`
 * members, the branch of `if`/`then`/`else` the object takes, and `dependentRequired`/`dependentSchemas` (and
 * draft-07 `dependencies`) triggered by present properties. `anyOf`/`oneOf` requirements are left to validation:
 * which branch "counts" is not knowable before the data is complete.
 */
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import { getAtTokens } from '../util/json-pointer.js';
import { isObject } from '../util/json.js';
import type { SchemaMatcher } from './schema-match.js';
import { deref, isArraySchema, schemasAlong } from './schema-nav.js';

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

/**
 * True when the schema requires a value at `tokens` for this data: the last step is required by its parent, and
 * the parent is present in the data or itself required (recursively). So a required property of an optional
 * object is required only once that object exists, and an existing array item's required properties are
 * required; the item itself never is.
 */
export function isSchemaRequired(
  root: JsonSchemaObject,
  data: unknown,
  tokens: readonly string[],
  matches: SchemaMatcher,
  cache: Map<string, Set<string>> = new Map(),
): boolean {
  if (tokens.length === 0) return false;
  const chain = schemasAlong(root, tokens);
  // For one piece of data, a parent pointer fixes both its schema and its value: cache its required keys.
  const keysOf = (parentTokens: readonly string[], schema: JsonSchemaObject, value: unknown): Set<string> => {
    const key = parentTokens.map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
    let keys = cache.get(key);
    if (keys === undefined) cache.set(key, (keys = requiredKeys(schema, value, root, matches)));
    return keys;
  };
  let required = true; // the root is always "there"
  for (let k = 0; k < tokens.length; k++) {
    const parentSchema = chain[k];
    if (parentSchema === undefined) return false;
    const parentTokens = tokens.slice(0, k);
    const parentValue = getAtTokens(data, parentTokens);
    const parentPresent = k === 0 || parentValue !== undefined;
    // An array item is never required by itself (only `minItems` counts items); its properties are, once it exists.
    const stepRequired = isArraySchema(parentSchema) && /^(0|[1-9]\d*)$/.test(tokens[k])
      ? false
      : keysOf(parentTokens, parentSchema, parentValue).has(tokens[k]);
    required = stepRequired && (parentPresent || required);
  }
  return required;
}
