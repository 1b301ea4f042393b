// SPDX-License-Identifier: MIT
/**
 * The little schema knowledge prefill needs: find the schema of a data pointer, and check that a provider value
 * has the right shape for it. The full validation (formats, patterns, rules) is core's: when the form is compiled,
 * the runner also asks `CompiledForm.validate`. This check works on raw definitions too and never throws.
 */
import type { JsonSchema, JsonSchemaObject, JsonType } from '@tokhai/core';
import { jsonEqual } from './equal.js';
import { formatPointer, parsePointer } from './pointer.js';

const MAX_REF_HOPS = 32;

function asObject(schema: unknown): JsonSchemaObject | undefined {
  if (schema === true) return {};
  if (schema !== null && typeof schema === 'object' && !Array.isArray(schema)) return schema as JsonSchemaObject;
  return undefined;
}

function decode(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Follows local `$ref`s (`#/$defs/x`); remote refs are not followed (the compiler resolves them). */
export function deref(schema: unknown, root: JsonSchema): JsonSchemaObject | undefined {
  let current = asObject(schema);
  for (let hops = 0; current?.$ref !== undefined && hops < MAX_REF_HOPS; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith('#')) return undefined;
    let target: unknown = root;
    let body: string;
    try {
      body = decodeURIComponent(ref.slice(1));
    } catch {
      return undefined; // a malformed escape names no schema (core refuses it when it compiles the form)
    }
    // Own members only: `#/__proto__` or `#/constructor` name nothing in the definition.
    for (const seg of body === '' ? [] : body.slice(1).split('/').map(decode)) {
      target = target !== null && typeof target === 'object' && Object.hasOwn(target, seg) ? (target as Record<string, unknown>)[seg] : undefined;
    }
    const resolved = asObject(target);
    if (resolved === undefined) return undefined;
    // Sibling keywords next to $ref (2020-12) still apply: keep them over the target's.
    const { $ref: _ref, ...siblings } = current;
    current = { ...resolved, ...siblings };
    if (resolved.$ref === undefined) delete current.$ref;
    else current.$ref = resolved.$ref;
  }
  return current;
}

/** The subschemas a property may be declared in: the schema itself and its `allOf` members. */
function declarers(schema: JsonSchemaObject, root: JsonSchema): JsonSchemaObject[] {
  const all = (schema.allOf ?? []).map((s) => deref(s, root)).filter((s): s is JsonSchemaObject => s !== undefined);
  return [schema, ...all];
}

/** One step of `schemaAtPointer`: the schema of property or item `key` of `schema`. */
export function childSchema(schema: JsonSchemaObject, key: string, root: JsonSchema): JsonSchemaObject | undefined {
  for (const s of declarers(schema, root)) {
    if (s.properties && Object.hasOwn(s.properties, key)) return deref(s.properties[key], root);
  }
  if (/^(0|[1-9]\d*)$/.test(key)) {
    const index = Number(key);
    if (schema.prefixItems && index < schema.prefixItems.length) return deref(schema.prefixItems[index], root);
    if (Array.isArray(schema.items)) return deref(schema.items[index], root);
    if (schema.items !== undefined) return deref(schema.items, root);
  }
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
    return deref(schema.additionalProperties, root);
  }
  return undefined;
}

/** The schema that describes the data at `pointer`, or `undefined` when the schema does not declare it. */
export function schemaAtPointer(root: JsonSchema, pointer: string): JsonSchemaObject | undefined {
  let current = deref(root, root);
  for (const key of parsePointer(pointer)) {
    if (current === undefined) return undefined;
    current = childSchema(current, key, root);
  }
  return current;
}

/** The JSON type of a value, as JSON Schema names it. */
export function jsonTypeOf(value: unknown): JsonType | 'undefined' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'object') return typeof value as JsonType;
  return 'undefined';
}

/** The types a schema admits (explicit `type`, else derived from its keywords); `[]` means any. */
export function schemaTypes(schema: JsonSchemaObject): JsonType[] {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.properties !== undefined || schema.required !== undefined) return ['object'];
  if (schema.items !== undefined || schema.prefixItems !== undefined) return ['array'];
  if (schema.format !== undefined || schema.pattern !== undefined || schema.minLength !== undefined) return ['string'];
  return [];
}

function typeMatches(value: unknown, types: JsonType[]): boolean {
  if (types.length === 0) return true;
  const actual = jsonTypeOf(value);
  return types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}

/** One shape problem, located relative to the checked value. */
export interface ShapeProblem {
  /** Pointer relative to the checked value (`''` = the value itself). */
  at: string;
  message: string;
}

/**
 * Checks a value's shape against a schema: JSON type, `enum`/`const`, string length, required and declared
 * properties of objects, items of arrays, and each `allOf` member. Formats, patterns and rules are left to core.
 * Returns every problem found, `[]` when the value fits.
 */
export function checkShape(value: unknown, schema: JsonSchemaObject, root: JsonSchema, at = ''): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const types = schemaTypes(schema);
  if (!typeMatches(value, types)) {
    problems.push({ at, message: `expected ${types.join(' or ')}, got ${jsonTypeOf(value)}` });
    return problems;
  }
  if (schema.const !== undefined && !jsonEqual(schema.const, value)) {
    problems.push({ at, message: `expected the constant ${JSON.stringify(schema.const)}` });
  }
  if (schema.enum && !schema.enum.some((e) => jsonEqual(e, value))) {
    problems.push({ at, message: `${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}` });
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) problems.push({ at, message: `shorter than ${schema.minLength}` });
    if (schema.maxLength !== undefined && length > schema.maxLength) problems.push({ at, message: `longer than ${schema.maxLength}` });
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) {
      if (record[name] === undefined) problems.push({ at: at + formatPointer([name]), message: `missing required property "${name}"` });
    }
    for (const [name, sub] of Object.entries(schema.properties ?? {})) {
      const child = deref(sub, root);
      if (record[name] !== undefined && child) problems.push(...checkShape(record[name], child, root, at + formatPointer([name])));
    }
  }
  if (Array.isArray(value) && schema.items !== undefined && !Array.isArray(schema.items)) {
    const item = deref(schema.items, root);
    if (item) value.forEach((v, i) => problems.push(...checkShape(v, item, root, `${at}/${i}`)));
  }
  for (const member of schema.allOf ?? []) {
    const m = deref(member, root);
    if (m) problems.push(...checkShape(value, m, root, at));
  }
  return problems;
}
