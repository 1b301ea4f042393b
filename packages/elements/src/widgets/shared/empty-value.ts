// SPDX-License-Identifier: MIT
/**
 * The value of a new, not yet answered item of an array (what `<tk-repeat-group>`'s Add button appends, and what
 * `<tk-form>` keeps when the citizen clears an item's field). It is never `undefined`: an array cannot hold an
 * absent item (JSON writes it as `null`, and core refuses data that is not JSON as a whole), so an empty item
 * must be a JSON value, and its problem ("must have at least 1 character", "must be a number") is then reported
 * at the item, where the citizen fixes it.
 */
import type { JsonSchema, JsonSchemaObject } from '@tokhai/core';

/** The natural empty value of each JSON type, in the order a schema that admits several prefers them. */
const EMPTY_BY_TYPE: ReadonlyArray<readonly [type: string, empty: (schema: JsonSchemaObject) => unknown]> = [
  ['object', (schema) => propertyDefaults(schema)],
  ['array', () => []],
  ['string', () => ''],
  ['boolean', () => false],
  ['null', () => null],
];

/** An object holding the defaults its schema's properties declare (`{}` when none do). */
function propertyDefaults(schema: JsonSchemaObject): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const property = asObject(prop);
    // Defined, not assigned: a `__proto__` key (which core refuses in the schemas it compiles) stays data and never
    // becomes the item's prototype.
    if (property?.default !== undefined) Object.defineProperty(item, key, { value: structuredClone(property.default), enumerable: true, writable: true, configurable: true });
  }
  return item;
}

/** The JSON types a schema admits: its `type`, else what its keywords imply. */
function typesOf(schema: JsonSchemaObject): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.map(String);
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return ['object'];
  if (schema.items !== undefined || schema.prefixItems !== undefined) return ['array'];
  const values = schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined);
  if (values) return values.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v));
  if (schema.format !== undefined || schema.pattern !== undefined || schema.minLength !== undefined || schema.maxLength !== undefined) return ['string'];
  return [];
}

const asObject = (schema: JsonSchema | undefined): JsonSchemaObject | undefined =>
  schema !== null && typeof schema === 'object' && !Array.isArray(schema) ? schema : undefined;

/**
 * The empty value of an item of `schema` (the item schema): its `default`; else `{}` for an object, holding its
 * properties' defaults; `[]` for an array; `""` for a string (an enum of strings too); `false` for a boolean;
 * `null` for a number, an integer, or a schema that says nothing (a number has no empty value: `null` is
 * reported as "must be a number" at the item). An unresolved `$ref` gives `{}`.
 */
export function emptyValueOf(schema: JsonSchema | undefined): unknown {
  const s = asObject(schema);
  if (!s) return null;
  if (s.default !== undefined) return structuredClone(s.default);
  const types = typesOf(s);
  const fill = EMPTY_BY_TYPE.find(([type]) => types.includes(type))?.[1];
  if (fill) return fill(s);
  // A definition this schema cannot see (`$ref` without the root): repeatable items are objects by far most often.
  return s.$ref !== undefined ? {} : null;
}
