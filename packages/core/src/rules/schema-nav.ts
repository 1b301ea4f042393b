// SPDX-License-Identifier: MIT
/**
 * Schema navigation for the logic engine: from a UI scope to a schema and a data path, and from a data path back
 * to the schemas along it. Total: anything unresolvable is `undefined` (checkLogic turns that into a problem).
 *
 * `$ref`s and scopes go through the compiler's navigator (util/schema-nav.ts), so both read a scope alike. The
 * property and item lookups stay separate on purpose, because the questions differ: the compiler asks "which schema
 * declares this location" (for labels, messages, prefill targets), searching `then`/`else` too and breadth first,
 * and answers `undefined` past a closed tuple; the logic engine asks "what can the data at this location be", so
 * it searches only `allOf`/`anyOf`/`oneOf` (a `then` holds only sometimes), member by member with each member's
 * `patternProperties`/`additionalProperties`, and reads an item past a tuple without `additionalItems` as anything
 * (`{}`), as validation does. Merging them would change which rule conditions checkLogic accepts.
 */
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import { combinatorMembers, derefLocal as deref, resolveScopeTarget, safeTest, type ScopeTarget } from '../util/schema-nav.js';
import { isObject } from '../util/json.js';

/** Nesting followed through combinators before giving up (a `$ref` cycle). */
const MAX_REF_HOPS = 32;

// One `$ref` follower for the whole of core (util/schema-nav.ts): the logic engine and the compiler must agree on
// what a `$ref` names. Re-exported under the names the rules modules use.
export { asSchemaObject, derefLocal as deref } from '../util/schema-nav.js';

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
export type ResolvedScope = ScopeTarget;

/**
 * Resolves a JSON Forms scope (`#/properties/a/properties/b`) from `base`. `properties/<name>` steps into the
 * data; `allOf|anyOf|oneOf/<n>`, `then` and `else` only select a subschema, as JSON Forms' `toDataPathSegments`
 * skips them. Anything else (`items`, `$defs`, a malformed pointer) cannot name one data location: `undefined`.
 * The compiler's resolver (util/schema-nav.ts), with one difference kept on purpose: a property is looked up with
 * `propertySchema`, which also searches `anyOf`/`oneOf` members and `patternProperties`/`additionalProperties`,
 * because a rule may read any value the data can hold, while a Control's scope (checked by the compiler) must name a
 * property every valid value has. The scope must be a `#` fragment.
 */
export function resolveScope(scope: unknown, base: JsonSchemaObject, root: JsonSchema): ResolvedScope | undefined {
  return typeof scope === 'string' && scope.startsWith('#') ? resolveScopeTarget(scope, base, root, propertySchema, true) : undefined;
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
