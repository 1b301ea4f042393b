// SPDX-License-Identifier: MIT
// Dropping data the schema does not describe. A client can send anything; the server keeps only what the form
// asks for. The rule, applied from the root down:
//   - an object is *closed* when any schema that applies to it (following $ref, allOf, anyOf, oneOf, if/then/else
//     and dependentSchemas) lists `properties` or `patternProperties`, or sets `additionalProperties` or
//     `unevaluatedProperties`. In a closed object a member is kept when some applying schema names it in
//     `properties`, matches it with a `patternProperties` pattern, or allows extra members with an
//     `additionalProperties`/`unevaluatedProperties` that is a schema or `true`. Every other member is dropped.
//     An object no schema says anything about (`{"type": "object"}`, `{}`, `true`) is free-form and kept whole.
//   - array items are walked with their item schema (`prefixItems`/`items`); they are never dropped, because
//     removing one would shift the others (validation decides whether an extra item is allowed).
//   - anything else is kept.
// Which schemas apply is a superset (all anyOf/oneOf branches, both then and else): a key some branch names is
// described, and validation decides whether the branch's conditions hold.
import type { JsonSchema, JsonSchemaObject } from '@tokhai/core';
import { escapeToken, isJsonObject, lookup } from './json-pointer.js';

/** The data without undescribed members, and the pointers of what was dropped. */
export interface StripResult {
  data: unknown;
  dropped: string[];
}

type Schemas = readonly JsonSchema[];

const APPLICATORS = ['allOf', 'anyOf', 'oneOf'] as const;
const CONDITIONALS = ['if', 'then', 'else'] as const;
const OBJECT_KEYWORDS = ['properties', 'patternProperties', 'additionalProperties', 'unevaluatedProperties'] as const;
const ARRAY_KEYWORDS = ['items', 'prefixItems', 'additionalItems', 'unevaluatedItems'] as const;

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Walks schemas with the root of their document, so local `$ref`s resolve. */
class SchemaWalker {
  private readonly patterns = new Map<string, RegExp | null>();
  /** Expansions of single schemas: a form's schema is walked once per request, with the same subschemas. */
  private readonly expanded = new WeakMap<object, JsonSchemaObject[]>();
  constructor(private readonly root: JsonSchema) {}

  /** Resolves a local `$ref` (`#`, `#/$defs/x`, `#/definitions/x`); other references are not followed. */
  private resolve(ref: string): JsonSchema | undefined {
    if (!ref.startsWith('#')) return undefined;
    let pointer: string;
    try {
      pointer = decodeURIComponent(ref.slice(1));
    } catch {
      return undefined;
    }
    const found = lookup(this.root, pointer);
    return found.found ? (found.value as JsonSchema) : undefined;
  }

  /** Every object schema that applies at one location, flattened through references and combinators. */
  expand(schemas: Schemas): JsonSchemaObject[] {
    const single = schemas.length === 1 && isJsonObject(schemas[0]) ? schemas[0] : undefined;
    const cached = single && this.expanded.get(single);
    if (cached) return cached;
    const out: JsonSchemaObject[] = [];
    const seen = new Set<JsonSchema>();
    const queue = [...schemas];
    for (let i = 0; i < queue.length; i++) {
      const s = queue[i];
      if (!isJsonObject(s) || seen.has(s)) continue;
      seen.add(s);
      out.push(s);
      if (typeof s.$ref === 'string') {
        const target = this.resolve(s.$ref);
        if (target !== undefined) queue.push(target);
      }
      for (const k of APPLICATORS) if (Array.isArray(s[k])) queue.push(...(s[k]));
      for (const k of CONDITIONALS) if (s[k] !== undefined) queue.push(s[k]);
      for (const k of ['dependentSchemas', 'dependencies']) {
        const deps = s[k];
        if (isJsonObject(deps)) for (const d of Object.values(deps)) if (isJsonObject(d) || typeof d === 'boolean') queue.push(d);
      }
    }
    if (single) this.expanded.set(single, out);
    return out;
  }

  private matches(pattern: string, key: string): boolean {
    let re = this.patterns.get(pattern);
    if (re === undefined) {
      try {
        re = new RegExp(pattern, 'u');
      } catch {
        re = null;
      }
      this.patterns.set(pattern, re);
    }
    return re !== null && re.test(key);
  }

  /** The schemas of member `key`; `undefined` when no applying schema describes it. */
  memberSchemas(objects: readonly JsonSchemaObject[], key: string): JsonSchema[] | undefined {
    const schemas: JsonSchema[] = [];
    let described = false;
    for (const o of objects) {
      if (isJsonObject(o.properties) && has(o.properties, key)) {
        schemas.push(o.properties[key]);
        described = true;
        continue;
      }
      let matched = false;
      if (isJsonObject(o.patternProperties)) {
        for (const [pattern, s] of Object.entries(o.patternProperties)) {
          if (this.matches(pattern, key)) {
            schemas.push(s);
            matched = described = true;
          }
        }
      }
      if (matched) continue;
      for (const k of ['additionalProperties', 'unevaluatedProperties'] as const) {
        const extra = o[k];
        if (extra !== undefined && extra !== false) {
          schemas.push(extra as JsonSchema);
          described = true;
        }
      }
    }
    return described ? schemas : undefined;
  }

  /** The schemas of item `index`. */
  itemSchemas(objects: readonly JsonSchemaObject[], index: number): JsonSchema[] {
    const schemas: JsonSchema[] = [];
    for (const o of objects) {
      const prefix = Array.isArray(o.prefixItems) ? o.prefixItems : Array.isArray(o.items) ? o.items : [];
      if (index < prefix.length) schemas.push(prefix[index]);
      else if (Array.isArray(o.items)) {
        if (o.additionalItems !== undefined) schemas.push(o.additionalItems as JsonSchema);
      } else if (o.items !== undefined) schemas.push(o.items);
    }
    return schemas;
  }
}

const declaresAny = (objects: readonly JsonSchemaObject[], keywords: readonly string[]) =>
  objects.some((o) => keywords.some((k) => o[k] !== undefined));

const walkers = new WeakMap<object, SchemaWalker>();
/** One walker (and its caches) per schema document; compiled forms are immutable, so this is safe to share. */
function walkerOf(schema: JsonSchema): SchemaWalker {
  if (typeof schema !== 'object') return new SchemaWalker(schema);
  let walker = walkers.get(schema);
  if (!walker) walkers.set(schema, (walker = new SchemaWalker(schema)));
  return walker;
}

/** Sets a member without ever invoking the `__proto__` setter. */
const define = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

function strip(walker: SchemaWalker, schemas: Schemas, value: unknown, pointer: string, dropped: string[]): unknown {
  if (Array.isArray(value)) {
    const objects = walker.expand(schemas);
    if (!declaresAny(objects, ARRAY_KEYWORDS)) return value;
    return (value as unknown[]).map((item, i) => {
      const itemSchemas = walker.itemSchemas(objects, i);
      return itemSchemas.length ? strip(walker, itemSchemas, item, `${pointer}/${i}`, dropped) : item;
    });
  }
  if (!isJsonObject(value)) return value;
  const objects = walker.expand(schemas);
  if (!declaresAny(objects, OBJECT_KEYWORDS)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const child = `${pointer}/${escapeToken(key)}`;
    const memberSchemas = walker.memberSchemas(objects, key);
    if (memberSchemas === undefined) dropped.push(child);
    else define(out, key, strip(walker, memberSchemas, value[key], child, dropped));
  }
  return out;
}

/**
 * Returns `data` without the object members `schema` does not describe (see the rule at the top of this file),
 * and the JSON Pointers of the dropped members. Does not change `data`. Recursion follows the data, whose depth
 * the caller has bounded (`checkJsonValue`).
 */
export function stripUnknownFields(schema: JsonSchema, data: unknown): StripResult {
  const dropped: string[] = [];
  const result = strip(walkerOf(schema), [schema], data, '', dropped);
  return { data: result, dropped };
}
