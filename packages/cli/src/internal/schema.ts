// SPDX-License-Identifier: MIT
/** Reading JSON Schemas as plain JSON: local `$ref`s, where a data pointer leads, annotation-free comparison. */
import type { JsonSchema, JsonSchemaObject } from '@tokhai/core';
import { getPointer, parsePointer } from './json-pointer.js';

/** Keywords that describe but never constrain: changing them cannot make valid data invalid. */
export const ANNOTATION_KEYWORDS = new Set([
  'title',
  'description',
  '$comment',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'default',
]);

/** True for a JSON object (not an array, not null). */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A schema as an object: `true` is `{}`, `false` is `{ not: {} }`. */
export const asObject = (s: JsonSchema | undefined): JsonSchemaObject =>
  s === false ? { not: {} } : isObject(s) ? s : {};

/** The schema a local `$ref` (`#/$defs/x`, `#/definitions/x`, `#`) points to in `root`, or `undefined`. */
export function resolveLocalRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#')) return undefined;
  try {
    const target = getPointer(root, ref.slice(1) === '' ? '' : decodeURIComponent(ref.slice(1)));
    return typeof target === 'boolean' || isObject(target) ? (target) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The schema with its local `$ref` chain followed. The `$ref`'s sibling keywords are kept and win over the
 * target's (2020-12 applies both; for the CLI's comparisons the union is what matters). Cycles stop at the
 * first repeat.
 */
export function deref(root: JsonSchema, schema: JsonSchema | undefined): JsonSchema | undefined {
  const seen = new Set<string>();
  let s = schema;
  while (isObject(s) && typeof s.$ref === 'string' && !seen.has(s.$ref)) {
    seen.add(s.$ref);
    const target = resolveLocalRef(root, s.$ref);
    if (target === undefined) return s;
    const { $ref: _ref, ...siblings } = s;
    s = isObject(target) ? { ...target, ...siblings } : Object.keys(siblings).length ? { allOf: [target], ...siblings } : target;
  }
  return s;
}

/** Sub-schemas that apply to the same instance: `allOf`, `anyOf`, `oneOf`, `then`, `else`. */
function sameInstanceBranches(s: JsonSchemaObject): JsonSchema[] {
  return [...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.then !== undefined ? [s.then] : []), ...(s.else !== undefined ? [s.else] : [])];
}

/** The schemas that apply to the child `token` of an instance described by `schema` (not following branches). */
function childSchemas(s: JsonSchemaObject, token: string): JsonSchema[] {
  const out: JsonSchema[] = [];
  if (s.properties && Object.hasOwn(s.properties, token)) out.push(s.properties[token]);
  for (const [pattern, sub] of Object.entries(s.patternProperties ?? {})) {
    try {
      if (new RegExp(pattern, 'u').test(token)) out.push(sub);
    } catch {
      // An invalid pattern is reported by compileForm, not here.
    }
  }
  if (/^(\d+|-)$/.test(token)) {
    const index = token === '-' ? Infinity : Number(token);
    const prefix = s.prefixItems ?? (Array.isArray(s.items) ? s.items : undefined);
    if (prefix && index < prefix.length) out.push(prefix[index]);
    else if (s.items !== undefined && !Array.isArray(s.items)) out.push(s.items);
  }
  if (out.length === 0 && isObject(s.additionalProperties)) out.push(s.additionalProperties);
  return out;
}

/**
 * Every schema that may describe the data at `pointer` (array indexes may be `0` or `-`), following local
 * `$ref`s and the `allOf`/`anyOf`/`oneOf`/`then`/`else` branches a form uses for conditional fields.
 * Empty when the pointer leads nowhere in the schema.
 */
export function schemasAtDataPointer(root: JsonSchema, pointer: string): JsonSchemaObject[] {
  let current: JsonSchemaObject[] = [asObject(deref(root, root))];
  for (const token of parsePointer(pointer)) {
    const next: JsonSchemaObject[] = [];
    const visit = (s: JsonSchemaObject, depth: number) => {
      for (const child of childSchemas(s, token)) next.push(asObject(deref(root, child)));
      if (depth < 8) for (const b of sameInstanceBranches(s)) visit(asObject(deref(root, b)), depth + 1);
    };
    for (const s of current) visit(s, 0);
    current = next;
    if (current.length === 0) return [];
  }
  return current;
}

/** The JSON types a schema allows, from `type`, `const` or `enum`; `undefined` when it does not say. */
export function declaredTypes(s: JsonSchemaObject): Set<string> | undefined {
  if (s.type !== undefined) return new Set(Array.isArray(s.type) ? s.type : [s.type]);
  const values = s.const !== undefined ? [s.const] : s.enum;
  if (values) return new Set(values.map(jsonType));
  return undefined;
}

/** The JSON type of a value (`integer` for whole numbers). */
export const jsonType = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' && Number.isInteger(v) ? 'integer' : typeof v;

/** The schema with annotation keywords removed at every level: what validation actually depends on. */
export function stripAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripAnnotations);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    // Property names and $defs keys are data, not keywords: keep them all, strip inside.
    if (key === 'properties' || key === '$defs' || key === 'definitions' || key === 'patternProperties') {
      const map = value[key];
      out[key] = isObject(map) ? Object.fromEntries(Object.entries(map).map(([k, v]) => [k, stripAnnotations(v)])) : map;
    } else if (!ANNOTATION_KEYWORDS.has(key)) out[key] = stripAnnotations(value[key]);
  }
  return out;
}

/** Deep equality of JSON values (object key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}
