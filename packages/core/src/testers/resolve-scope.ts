// SPDX-License-Identifier: MIT
/**
 * The small amount of schema navigation a tester needs: follow a Control's `scope` (`#/properties/a/properties/b`)
 * through a schema, resolving local `$ref`s against the root. Pure and total: anything unresolvable is `undefined`,
 * so a tester on a broken scope answers "not applicable" instead of throwing (the compiler reports broken scopes).
 */
import type { JsonSchema, JsonSchemaObject, JsonType } from '../models/json-schema.js';
import { declaredPropertyOf } from '../util/schema-nav.js';

/** How many `$ref` hops to follow before giving up (guards against `$ref` cycles). */
const MAX_REF_HOPS = 32;

/** Decodes one JSON Pointer segment (RFC 6901), after URI-fragment percent-decoding. */
function decodeSegment(segment: string): string {
  let s = segment;
  try {
    s = decodeURIComponent(segment);
  } catch {
    // A malformed percent escape is kept as written: it simply will not match a property name.
  }
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Splits `#/a/b` (or `/a/b`) into decoded segments; `#` and `''` give `[]`. */
export function pointerSegments(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  return body.replace(/^\//, '').split('/').map(decodeSegment);
}

/** Steps one segment into a JSON value (object key or array index). */
function step(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return /^\d+$/.test(key) ? (value as unknown[])[Number(key)] : undefined;
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, key)) {
    return (value as Record<string, unknown>)[key];
  }
  return undefined;
}

/** Narrows a schema to its object form; `true` becomes `{}` (anything), `false` and non-schemas `undefined`. */
function asObject(schema: unknown): JsonSchemaObject | undefined {
  if (schema === true) return {};
  if (schema !== null && typeof schema === 'object' && !Array.isArray(schema)) return schema as JsonSchemaObject;
  return undefined;
}

/** Follows local `$ref`s (`#/$defs/x`, `#/definitions/x`) until a schema without one. */
export function derefSchema(schema: JsonSchema | undefined, root: JsonSchema | undefined): JsonSchemaObject | undefined {
  let current = asObject(schema);
  for (let hops = 0; current?.$ref !== undefined && hops < MAX_REF_HOPS; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith('#')) return undefined; // remote refs are resolved by the compiler, never here
    current = asObject(pointerSegments(ref).reduce<unknown>(step, root));
  }
  return current?.$ref === undefined ? current : undefined;
}

/**
 * The schema a scope points at, relative to `schema` (the root, or the item schema inside an array detail).
 * Returns `undefined` when any step is missing.
 */
export function resolveScope(schema: JsonSchema, scope: string, root: JsonSchema = schema): JsonSchemaObject | undefined {
  let current = derefSchema(schema, root);
  const segments = pointerSegments(scope);
  for (let i = 0; i < segments.length; i++) {
    if (current === undefined) return undefined;
    if (segments[i] === 'properties' && i + 1 < segments.length) {
      current = declaredPropertyOf(current, segments[++i], root);
      continue;
    }
    current = derefSchema(step(current, segments[i]) as JsonSchema | undefined, root);
  }
  return current;
}


/**
 * The JSON types a schema admits. An explicit `type` wins; otherwise the type is derived from the keywords that
 * imply one (`properties` → object, `items` → array, `enum`/`const` → the types of their values, `format` or
 * `pattern` → string), as JSON Forms' `deriveTypes` does.
 */
export function schemaTypes(schema: JsonSchemaObject | undefined): JsonType[] {
  if (schema === undefined) return [];
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items !== undefined || schema.prefixItems !== undefined) return ['array'];
  const values = schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined);
  if (values !== undefined) return [...new Set(values.map(jsonTypeOf))];
  if (schema.format !== undefined || schema.pattern !== undefined) return ['string'];
  return [];
}

/** The JSON type of a value (`integer` for whole numbers). */
function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

/** True when `schema` admits `type` (a nullable `["string", "null"]` admits `string`). */
export function hasType(schema: JsonSchemaObject | undefined, type: JsonType): boolean {
  return schemaTypes(schema).includes(type);
}
