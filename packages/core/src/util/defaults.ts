// SPDX-License-Identifier: MIT
/**
 * Schema `default`s for a new declaration: what a form starts with before the citizen answers anything (the
 * nationality select opens on Việt Nam). JSON Forms does the same through ajv's `useDefaults`; tokhai does it with
 * one pure function, so the browser needs no ajv and the data it is given is never changed in place.
 *
 * Only the object structure is followed: `properties` of the schema, through local `$ref`s (a `default` written on
 * the `$ref`'s target counts, as does one beside the `$ref`) and `allOf` members (they always describe the same
 * value). `if`/`then`/`else`, `anyOf` and `oneOf` are NOT followed: which branch applies depends on the data, and
 * on the defaults being filled in, so a default taken from a branch would be ambiguous (two branches may give the
 * same property different defaults, and filling one may change which branch holds). Arrays are not entered: a new
 * item gets its item schema's default when it is added (`<tk-repeat-group>`), and existing items are answers.
 */
import type { CompiledForm } from '../models/compiled-form.js';
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import { MAX_DEPTH, cloneJson, isObject, type JsonObject } from './json.js';
import { refChain } from './schema-nav.js';

/** As util/schema-nav.ts: a longer chain of `$ref`s is taken for a cycle. */

/** The schemas that describe one value ("facets"): each must hold, so each may contribute a default or properties. */
type Facets = readonly JsonSchemaObject[];

/**
 * A schema and every schema its local `$ref` chain leads to (a remote, dangling or cyclic `$ref` ends the chain),
 * then, recursively, the same for its `allOf` members. Each schema once.
 */
const facetsOf = (schema: unknown, root: unknown, into: JsonSchemaObject[] = []): JsonSchemaObject[] => {
  for (const cur of refChain(schema, root)) {
    if (into.includes(cur)) break;
    into.push(cur);
    if (Array.isArray(cur.allOf)) for (const member of cur.allOf) facetsOf(member, root, into);
  }
  return into;
};

const defaultOf = (facets: Facets): unknown => facets.find((f) => f.default !== undefined)?.default;

/** Property names of the facets, in declaration order, each once. */
const propertyNames = (facets: Facets): string[] => {
  const names = new Set<string>();
  for (const f of facets) if (isObject(f.properties)) for (const name of Object.keys(f.properties)) names.add(name);
  return [...names];
};

/** The facets of property `name`: every declaration of it, each with its own facets. */
const propertyFacets = (facets: Facets, name: string, root: unknown): JsonSchemaObject[] => {
  const out: JsonSchemaObject[] = [];
  for (const f of facets) if (isObject(f.properties) && Object.hasOwn(f.properties, name)) facetsOf(f.properties[name], root, out);
  return out;
};

/** False when a facet's explicit `type` rules an object out: no object is created there to hold defaults. */
const admitsObject = (facets: Facets): boolean =>
  facets.every((f) => f.type === undefined || f.type === 'object' || (Array.isArray(f.type) && f.type.includes('object')));

/** Sets an own data property (`__proto__` included, which assignment would turn into a prototype change). */
const defineOwn = (target: JsonObject, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

/** What one call keeps: the root for `$ref`s, and the facets of the objects entered on the current path. */
interface Walk {
  root: unknown;
  /** Schemas of the enclosing objects: a recursive schema (a tree through `$ref`) never creates another level. */
  path: Set<JsonSchemaObject>;
}

/**
 * `obj` with its absent properties' defaults filled in, recursively; `obj` itself when nothing changes
 * (copy-on-write: the first change copies `obj`, later ones write into that copy).
 */
const fillObject = (obj: JsonObject, facets: Facets, walk: Walk, depth: number): JsonObject => {
  if (depth > MAX_DEPTH) return obj;
  const entered = facets.filter((f) => !walk.path.has(f));
  for (const f of entered) walk.path.add(f);
  try {
    return fillProperties(obj, facets, walk, depth);
  } finally {
    for (const f of entered) walk.path.delete(f);
  }
};

const fillProperties = (obj: JsonObject, facets: Facets, walk: Walk, depth: number): JsonObject => {
  let out = obj;
  for (const name of propertyNames(facets)) {
    const present = Object.hasOwn(obj, name) && obj[name] !== undefined;
    const before = present ? obj[name] : undefined;
    // A present value is never replaced (`null` and `""` are answers too); only an object is entered.
    if (present && !isObject(before)) continue;
    const after = fillValue(before, propertyFacets(facets, name, walk.root), walk, depth + 1);
    if (after === before) continue;
    if (out === obj) out = { ...obj };
    defineOwn(out, name, after);
  }
  return out;
};

/**
 * The value with defaults: an absent value becomes its default (a deep copy, then filled in like any object), or
 * an object created only because a property below it has a default; a present object is filled in.
 */
const fillValue = (value: unknown, facets: Facets, walk: Walk, depth: number): unknown => {
  if (value !== undefined) return isObject(value) ? fillObject(value, facets, walk, depth) : value;
  const fallback = defaultOf(facets);
  if (fallback !== undefined) {
    const copy = cloneJson(fallback);
    return isObject(copy) ? fillObject(copy, facets, walk, depth) : copy;
  }
  // A recursive schema would create objects without end: none is created for a schema an enclosing object has.
  if (!admitsObject(facets) || facets.some((f) => walk.path.has(f))) return undefined;
  const created = fillObject({}, facets, walk, depth);
  // No empty `{}` is invented: an object is created only to hold a default.
  return Object.keys(created).length > 0 ? created : undefined;
};

/** A compiled form (its `schema` is read) or a JSON Schema, which is also the root its `$ref`s resolve against. */
export type DefaultsSource = CompiledForm | JsonSchema;

/** A compiled form has functions; a JSON Schema is plain JSON. */
const isCompiledForm = (source: DefaultsSource): source is CompiledForm =>
  isObject(source) && typeof (source as Partial<CompiledForm>).evaluate === 'function';

/**
 * `data` with the schema's `default`s filled in where a value is absent, as a new declaration starts.
 *
 * Absent means a missing property or `undefined`; `null`, `""`, `false` and `0` are present and kept. An absent
 * property with a `default` gets a deep copy of it; an object is created on the way only when something below it
 * has a default (never an empty `{}`); present objects are entered, arrays never. Defaults are read through local
 * `$ref`s and `allOf`, never from `if`/`then`/`else`, `anyOf` or `oneOf` (which branch applies is not known before
 * the answers are). Pure: `data` is never changed, and it is returned as is when nothing was filled in, so
 * `withDefaults(form, undefined)` is `undefined` for a schema without defaults.
 *
 * ```ts
 * withDefaults(form, undefined);                 // { child: { nationality: 'VN' }, mother: { nationality: 'VN' } }
 * withDefaults(form, { child: { nationality: null } }); // unchanged (same object): null is an answer
 * ```
 */
export const withDefaults = (source: DefaultsSource, data: unknown): unknown => {
  const root: unknown = isCompiledForm(source) ? source.schema : source;
  return fillValue(data, facetsOf(root, root), { root, path: new Set() }, 0);
};
