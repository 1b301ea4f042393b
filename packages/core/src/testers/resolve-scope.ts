// SPDX-License-Identifier: MIT
/**
 * The small amount of schema navigation a tester needs: follow a Control's `scope` (`#/properties/a/properties/b`)
 * through a schema, resolving local `$ref`s against the root. Pure and total: anything unresolvable is `undefined`,
 * so a tester on a broken scope answers "not applicable" instead of throwing (the compiler reports broken scopes).
 *
 * Memoized: a renderer asks every row of its table about every control (about twenty `schemaMatches` per control,
 * each resolving the same scope), so `resolveScope` remembers its answer per (schema, root, scope) in `WeakMap`s,
 * and pointer parsing per string. Only frozen schemas are remembered (a `CompiledForm`'s are deeply frozen), so a
 * caller that builds and then changes a schema object never reads a stale answer.
 */
import type { JsonSchema, JsonSchemaObject, JsonType } from '../models/json-schema.js';
import { asSchemaObject, declaredPropertyOf } from '../util/schema-nav.js';

/** How many `$ref` hops to follow before giving up (guards against `$ref` cycles). */
const MAX_REF_HOPS = 32;

/** Decodes one JSON Pointer segment (RFC 6901), after URI-fragment percent-decoding. */
function decodeSegment(segment: string): string {
  // Nearly every segment is a plain name (`properties`, `fullName`): nothing to decode.
  if (!segment.includes('%') && !segment.includes('~')) return segment;
  let s = segment;
  try {
    s = decodeURIComponent(segment);
  } catch {
    // A malformed percent escape is kept as written: it simply will not match a property name.
  }
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** How many parsed pointers to keep before starting over (scopes and `$ref`s of the forms on a page: a few thousand). */
const MAX_PARSED_POINTERS = 8192;

const parsedPointers = new Map<string, readonly string[]>();

/** Splits `#/a/b` (or `/a/b`) into decoded segments; `#` and `''` give `[]`. The array is shared: do not change it. */
export function pointerSegments(pointer: string): readonly string[] {
  let segments = parsedPointers.get(pointer);
  if (segments === undefined) {
    const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
    segments = body === '' ? [] : body.replace(/^\//, '').split('/').map(decodeSegment);
    if (parsedPointers.size >= MAX_PARSED_POINTERS) parsedPointers.clear();
    parsedPointers.set(pointer, segments);
  }
  return segments;
}

/** Steps one segment into a JSON value (object key or array index). */
function step(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return /^\d+$/.test(key) ? (value as unknown[])[Number(key)] : undefined;
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, key)) {
    return (value as Record<string, unknown>)[key];
  }
  return undefined;
}

/**
 * Follows local `$ref`s (`#/$defs/x`, `#/definitions/x`) until a schema without one. Not util/schema-nav.ts's
 * `derefLocal`: testers run many times per control on every render, so this one reuses the memoized pointer
 * segments, and it reads a malformed pointer leniently (a bad percent escape is kept as written, a missing leading
 * `/` is tolerated) where the compiler's navigator answers `undefined`; the compiler has reported those already.
 */
export function derefSchema(schema: JsonSchema | undefined, root: JsonSchema | undefined): JsonSchemaObject | undefined {
  let current = asSchemaObject(schema);
  for (let hops = 0; current?.$ref !== undefined && hops < MAX_REF_HOPS; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith('#')) return undefined; // remote refs are resolved by the compiler, never here
    current = asSchemaObject(pointerSegments(ref).reduce<unknown>(step, root));
  }
  return current?.$ref === undefined ? current : undefined;
}

/** Remembered answers: schema → root → scope → resolved schema (`null` for "does not resolve"). Frozen schemas only. */
const resolved = new WeakMap<object, WeakMap<object, Map<string, JsonSchemaObject | null>>>();

const isFrozenObject = (value: unknown): value is object => typeof value === 'object' && value !== null && Object.isFrozen(value);

/** The answers remembered for (schema, root), when both are frozen objects (and so cannot change under the memo). */
function memoFor(schema: JsonSchema, root: JsonSchema): Map<string, JsonSchemaObject | null> | undefined {
  if (!isFrozenObject(schema) || !isFrozenObject(root)) return undefined;
  let byRoot = resolved.get(schema);
  if (!byRoot) resolved.set(schema, (byRoot = new WeakMap()));
  let byScope = byRoot.get(root);
  if (!byScope) byRoot.set(root, (byScope = new Map<string, JsonSchemaObject | null>()));
  return byScope;
}

/**
 * The schema a scope points at, relative to `schema` (the root, or the item schema inside an array detail).
 * Returns `undefined` when any step is missing. Remembered per (schema, root, scope) for frozen schemas.
 */
export function resolveScope(schema: JsonSchema, scope: string, root: JsonSchema = schema): JsonSchemaObject | undefined {
  // A renderer table asks about one control many times in a row: answer those from the last call.
  if (last && last.schema === schema && last.root === root && last.scope === scope) return last.result;
  const memo = memoFor(schema, root);
  if (!memo) return resolveScopeNow(schema, scope, root);
  let known = memo.get(scope);
  if (known === undefined) memo.set(scope, (known = resolveScopeNow(schema, scope, root) ?? null));
  last = { schema, root, scope, result: known ?? undefined };
  return last.result;
}

/** The last memoized call (frozen schemas only, like the memo). */
let last: { schema: JsonSchema; root: JsonSchema; scope: string; result: JsonSchemaObject | undefined } | undefined;

/** `resolveScope` without the memo. */
function resolveScopeNow(schema: JsonSchema, scope: string, root: JsonSchema): JsonSchemaObject | undefined {
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
 * The JSON types a schema admits. Not util/schema-nav.ts's `typesOf`, on purpose: a tester must rank widgets as
 * JSON Forms does, so this one follows its `deriveTypes` (`integer` for whole-number enum values, `object` for an
 * `additionalProperties`-only schema), while `typesOf` serves the compiler's generated layouts. An explicit `type` wins; otherwise the type is derived from the keywords that
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
  // An explicit `type` (nearly every control) is answered without building the list `schemaTypes` returns.
  if (schema !== undefined && typeof schema.type === 'string') return schema.type === type;
  return schemaTypes(schema).includes(type);
}
