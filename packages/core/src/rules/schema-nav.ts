// SPDX-License-Identifier: MIT
/**
 * Schema navigation for the logic engine: from a UI scope to a schema and a data path, and from a data path back
 * to the schemas along it. Total: anything unresolvable is `undefined` (checkLogic turns that into a problem).
 */
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import { getAtTokens, parseFragmentPointer } from '../util/json-pointer.js';
import { isObject } from '../util/json.js';

/** `$ref` hops followed before giving up (a `$ref` cycle). */
const MAX_REF_HOPS = 32;
/** Combinators searched for a property the object schema itself does not declare. */
const COMBINATORS = ['allOf', 'anyOf', 'oneOf'] as const;

/** A schema as an object: `true` is `{}`; `false` and non-schemas are `undefined`. */
export function asSchemaObject(schema: unknown): JsonSchemaObject | undefined {
  if (schema === true) return {};
  return isObject(schema) ? (schema) : undefined;
}

/** Follows local `$ref`s (`#/$defs/x`) against `root` until a schema without one. */
export function deref(schema: unknown, root: JsonSchema): JsonSchemaObject | undefined {
  let current = asSchemaObject(schema);
  for (let hops = 0; current !== undefined && typeof current.$ref === 'string'; hops++) {
    if (hops >= MAX_REF_HOPS) return undefined;
    const tokens = current.$ref.startsWith('#') ? parseFragmentPointer(current.$ref) : undefined;
    if (tokens === undefined) return undefined;
    current = asSchemaObject(getAtTokens(root, tokens));
  }
  return current;
}

/** The members of `allOf`/`anyOf`/`oneOf`, dereferenced. */
function combinatorMembers(schema: JsonSchemaObject, root: JsonSchema): JsonSchemaObject[] {
  return COMBINATORS.flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as unknown[]) : []))
    .map((s) => deref(s, root))
    .filter((s): s is JsonSchemaObject => s !== undefined);
}

/**
 * The schema of property `name` of an object schema: its `properties`, else the first combinator member that
 * declares it (as JSON Forms resolves scopes into `allOf`), else `patternProperties`/`additionalProperties`.
 */
export function propertySchema(schema: JsonSchemaObject, name: string, root: JsonSchema, depth = 0): JsonSchemaObject | undefined {
  if (isObject(schema.properties) && Object.hasOwn(schema.properties, name)) return deref(schema.properties[name], root);
  if (depth < MAX_REF_HOPS) {
    for (const member of combinatorMembers(schema, root)) {
      const found = propertySchema(member, name, root, depth + 1);
      if (found !== undefined) return found;
    }
  }
  if (isObject(schema.patternProperties)) {
    for (const [pattern, sub] of Object.entries(schema.patternProperties)) {
      if (safeTest(pattern, name)) return deref(sub, root);
    }
  }
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
    return deref(schema.additionalProperties, root);
  }
  return undefined;
}

/** `RegExp(pattern, 'u').test(text)`, false for an invalid pattern. */
function safeTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(text);
  } catch {
    return false;
  }
}

/** The schema of item `index` of an array schema (`prefixItems`, then `items`; draft-07 tuple `items` too). */
export function itemSchema(schema: JsonSchemaObject, index: number, root: JsonSchema): JsonSchemaObject | undefined {
  if (Array.isArray(schema.prefixItems) && index < schema.prefixItems.length) return deref(schema.prefixItems[index], root);
  if (Array.isArray(schema.items)) return index < schema.items.length ? deref(schema.items[index], root) : deref(schema.additionalItems ?? true, root);
  if (schema.items !== undefined) return deref(schema.items, root);
  for (const member of combinatorMembers(schema, root)) {
    const found = itemSchema(member, index, root);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The item schema that applies to every item (for generating a detail layout): `items` of an array schema. */
export function anyItemSchema(schema: JsonSchemaObject, root: JsonSchema): JsonSchemaObject | undefined {
  if (schema.items !== undefined && !Array.isArray(schema.items)) return deref(schema.items, root);
  return itemSchema(schema, 0, root);
}

/** A resolved UI scope: the schema it names and the data path (property names) it stands for. */
export interface ResolvedScope {
  schema: JsonSchemaObject;
  /** Data tokens relative to the scope's base (the root, or the array item inside a detail). */
  dataPath: string[];
}

/** Scope tokens that select a schema without moving in the data. */
const SCHEMA_ONLY_STEPS: Readonly<Record<string, 'indexed' | 'single'>> = {
  allOf: 'indexed',
  anyOf: 'indexed',
  oneOf: 'indexed',
  then: 'single',
  else: 'single',
};

/**
 * Resolves a JSON Forms scope (`#/properties/a/properties/b`) from `base`. `properties/<name>` steps into the
 * data; `allOf|anyOf|oneOf/<n>`, `then` and `else` only select a subschema, as JSON Forms' `toDataPathSegments`
 * skips them. Anything else (`items`, `$defs`, a malformed pointer) cannot name one data location: `undefined`.
 */
export function resolveScope(scope: unknown, base: JsonSchemaObject, root: JsonSchema): ResolvedScope | undefined {
  if (typeof scope !== 'string' || !scope.startsWith('#')) return undefined;
  const tokens = parseFragmentPointer(scope);
  if (tokens === undefined) return undefined;
  let schema: JsonSchemaObject | undefined = deref(base, root);
  const dataPath: string[] = [];
  for (let i = 0; i < tokens.length && schema !== undefined; ) {
    const token = tokens[i];
    const step = SCHEMA_ONLY_STEPS[token];
    if (token === 'properties' && i + 1 < tokens.length) {
      const name = tokens[i + 1];
      schema = propertySchema(schema, name, root);
      dataPath.push(name);
      i += 2;
    } else if (step === 'indexed' && i + 1 < tokens.length) {
      const list: unknown = schema[token];
      schema = Array.isArray(list) ? deref(list[Number(tokens[i + 1])], root) : undefined;
      i += 2;
    } else if (step === 'single') {
      schema = deref(schema[token], root);
      i += 1;
    } else {
      return undefined;
    }
  }
  return schema === undefined ? undefined : { schema, dataPath };
}

/**
 * The schemas along a data path from the root: `[root, schema of tokens[0], …]`, stopping (shorter) where the
 * schema says nothing. Array indices step into item schemas.
 */
export function schemasAlong(root: JsonSchemaObject, tokens: readonly string[]): JsonSchemaObject[] {
  const chain: JsonSchemaObject[] = [];
  let current: JsonSchemaObject | undefined = deref(root, root);
  for (let i = 0; current !== undefined; i++) {
    chain.push(current);
    if (i === tokens.length) break;
    const token = tokens[i];
    current = /^(0|[1-9]\d*)$/.test(token) && isArraySchema(current)
      ? itemSchema(current, Number(token), root)
      : propertySchema(current, token, root);
  }
  return chain;
}

/** The schema at a data path, or `undefined` when the schema does not reach it. */
export function schemaAtDataPath(root: JsonSchemaObject, tokens: readonly string[]): JsonSchemaObject | undefined {
  const chain = schemasAlong(root, tokens);
  return chain.length === tokens.length + 1 ? chain[tokens.length] : undefined;
}

/** True when a schema describes arrays (explicit `type`, or `items`/`prefixItems`). */
export function isArraySchema(schema: JsonSchemaObject | undefined): boolean {
  if (schema === undefined) return false;
  const t = schema.type;
  if (t === 'array' || (Array.isArray(t) && t.includes('array'))) return true;
  return t === undefined && (schema.items !== undefined || schema.prefixItems !== undefined);
}

/** True when a schema describes objects (explicit `type`, or `properties`). */
export function isObjectSchema(schema: JsonSchemaObject | undefined): boolean {
  if (schema === undefined) return false;
  const t = schema.type;
  if (t === 'object' || (Array.isArray(t) && t.includes('object'))) return true;
  return t === undefined && (schema.properties !== undefined || schema.allOf !== undefined);
}
