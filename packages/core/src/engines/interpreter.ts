// SPDX-License-Identifier: MIT
/**
 * The eval-free engine: @cfworker/json-schema interprets the schema (no code generation, so it runs under a strict
 * Content Security Policy). Two things are adapted without touching the library's global state:
 *
 * 1. Formats. cfworker checks formats from its own module-level table, which tokhai must not mutate. Instead, every
 *    `format` is removed from the copy of the schema cfworker sees and replaced by an appended
 *    `allOf: [{ not: { enum: FAILS } }]`, where `FAILS` is an array owned by this validator. Before each run, the
 *    data's strings (and numbers, for numeric formats) are checked against tokhai's format table and the failing
 *    ones are put in `FAILS`. So "value ∉ FAILS" holds exactly when the format holds, inside `anyOf`, `not`, `if`
 *    and everything else, and the format implementations are the same as ajv's.
 * 2. Error shape. A `false` subschema becomes a marked `{ not: {} }` (cfworker reports `false` without its schema
 *    location); cfworker's evaluation paths (through `$ref`) are walked back to where each keyword is written; then
 *    `canonicalErrors` builds the same errors as the ajv engine (see normalize.ts).
 */
import { dereference, validate as cfValidate, type Schema } from '@cfworker/json-schema';
import type { JsonSchema } from '../models/json-schema.js';
import type { RawError, SchemaEngine, SchemaValidator } from '../models/engine.js';
import { checkFormat } from '../formats/index.js';
import { escapeToken, parentPointer } from '../util/json-pointer.js';
import { isObject, type JsonObject } from '../util/json.js';
import { walkSchema } from '../util/schema-walk.js';
import { canonicalErrors, CONTAINER_KEYWORDS, schemaLookup, unprocessable, type Site } from './normalize.js';
import { pruneDraft07RefSiblings } from './draft07.js';
import { choicesAsEnum } from './choices-as-enum.js';
import { dropUndefined, inspectData } from '../util/json-data.js';

/** A format check injected into the working schema. */
interface InjectedFormat {
  format: string;
  /** Pointer of the original `format` keyword. */
  schemaPath: string;
  fails: unknown[];
}

/** What `prepareWorkingSchema` produced. */
interface Working {
  schema: JsonObject;
  /** Object in the working schema → its pointer in the author's schema. */
  pointers: Map<object, string>;
  /**
   * `{ not: {} }` objects that stand for `false` → the keyword that held the `false` (`''` inside a map or array)
   * and the schema object holding that keyword.
   */
  falseMarkers: Map<object, { keyword: string; holder: JsonObject | undefined }>;
  /** Injected `{ not: { enum } }` objects → the format they check. */
  injected: Map<object, InjectedFormat>;
  /** Every format name used, with its fail lists. */
  formats: Map<string, unknown[]>;
  /** Some subschema has a `$ref` or `$recursiveRef` (otherwise cfworker never reads its reference lookup). */
  hasRefs: boolean;
}

const FALSE_MARKER = () => ({ not: {} });

/** Copies the schema and rewrites `false` and `format` as described above. */
const prepareWorkingSchema = (schema: JsonSchema, draft: '2020-12' | 'draft-07'): Working => {
  // Choice lists as `enum`s (choices-as-enum.ts): one membership test instead of a branch per value.
  const copy: unknown = choicesAsEnum(schema);
  if (draft === 'draft-07') pruneDraft07RefSiblings(copy);
  const root: JsonObject = copy === false ? FALSE_MARKER() : copy === true ? {} : (copy as JsonObject);
  const pointers = new Map<object, string>();
  const falseMarkers = new Map<object, { keyword: string; holder: JsonObject | undefined }>();
  const injected = new Map<object, InjectedFormat>();
  const formats = new Map<string, unknown[]>();
  let hasRefs = false;
  if (copy === false) falseMarkers.set(root, { keyword: '', holder: undefined });
  const { positions } = walkSchema(root, Number.POSITIVE_INFINITY);
  for (const pos of positions) {
    const s = pos.schema;
    if (s === false && pos.parent) {
      const marker = FALSE_MARKER();
      falseMarkers.set(marker, { keyword: pos.key === undefined ? pos.keyword : '', holder: pos.parent });
      pointers.set(marker, pos.pointer);
      const holder = pos.keyword === '' ? undefined : pos.parent[pos.keyword];
      if (Array.isArray(holder)) holder[Number(pos.key)] = marker;
      else if (pos.key !== undefined && isObject(holder)) holder[pos.key] = marker;
      else pos.parent[pos.keyword] = marker;
      continue;
    }
    if (!isObject(s)) continue;
    if (!pointers.has(s)) pointers.set(s, pos.pointer);
    if (Object.hasOwn(s, '$ref') || Object.hasOwn(s, '$recursiveRef')) hasRefs = true;
    const format = Object.hasOwn(s, 'format') ? s.format : undefined;
    if (typeof format === 'string') {
      delete s.format;
      let fails = formats.get(format);
      if (!fails) formats.set(format, (fails = []));
      const check = { not: { enum: fails } };
      injected.set(check, { format, schemaPath: `${pos.pointer}/format`, fails });
      s.allOf = Array.isArray(s.allOf) ? [...(s.allOf as unknown[]), check] : [check];
    }
  }
  return { schema: root, pointers, falseMarkers, injected, formats, hasRefs };
};

/** Decodes cfworker's URI-fragment location (`#/properties/a%20b`) into tokens. */
const locationTokens = (location: string): string[] => {
  const body = location.startsWith('#') ? location.slice(1) : location;
  if (body === '') return [];
  return body
    .slice(1)
    .split('/')
    .map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'));
};

const MAP_KEYWORDS = new Set(['$defs', 'definitions', 'properties', 'patternProperties', 'dependentSchemas', 'dependencies']);
const ARRAY_KEYWORDS = new Set(['prefixItems', 'allOf', 'anyOf', 'oneOf']);

/** Where an evaluation path leads in the author's schema. */
interface Resolved {
  /** The schema object holding the final keyword. */
  node: unknown;
  /** Its pointer in the author's schema. */
  pointer: string;
  /** The evaluation passed through `propertyNames` (instance is a property name). */
  viaPropertyNames: boolean;
  /** The evaluation passed through `contains` (ajv reports no per-item errors there). */
  viaContains: boolean;
}

/**
 * Walks a cfworker keyword location (without its final keyword) from the root, following `$ref`s through the
 * lookup, and returns the schema object reached and its pointer where it is written.
 */
const resolveLocation = (w: Working, lookup: Record<string, unknown>, tokens: readonly string[]): Resolved | undefined => {
  let node: unknown = w.schema;
  let pointer = '';
  let viaPropertyNames = false;
  let viaContains = false;
  for (let i = 0; i < tokens.length; i++) {
    const kw = tokens[i];
    if (!isObject(node)) return undefined;
    if (kw === '$ref' || kw === '$recursiveRef') {
      const target = lookup[(node as Schema).__absolute_ref__ ?? (node as Schema).__absolute_recursive_ref__ ?? String(node[kw])];
      if (kw === '$recursiveRef') return undefined;
      node = target;
      pointer = isObject(target) ? (w.pointers.get(target) ?? pointer) : pointer;
      continue;
    }
    if (kw === 'propertyNames') viaPropertyNames = true;
    if (kw === 'contains') viaContains = true;
    let child: unknown = node[kw];
    pointer += '/' + escapeToken(kw);
    if ((MAP_KEYWORDS.has(kw) || ARRAY_KEYWORDS.has(kw) || (kw === 'items' && Array.isArray(child))) && i + 1 < tokens.length) {
      const key = tokens[++i];
      child = Array.isArray(child) ? child[Number(key)] : isObject(child) ? child[key] : undefined;
      pointer += '/' + escapeToken(key);
    }
    node = child;
    if (isObject(node) && w.pointers.has(node)) pointer = w.pointers.get(node)!;
  }
  return { node, pointer, viaPropertyNames, viaContains };
};

/** cfworker's instance location → JSON Pointer. */
const instancePointer = (location: string): string =>
  locationTokens(location)
    .map((t) => '/' + escapeToken(t))
    .join('');

const hasPrefixItems = (s: unknown): boolean => isObject(s) && Array.isArray(s.prefixItems);

/** Turns cfworker's output units into sites. */
const sitesFromCfworker = (
  w: Working,
  lookup: Record<string, unknown>,
  units: ReadonlyArray<{ keyword: string; keywordLocation: string; instanceLocation: string }>,
): Site[] => {
  const sites: Site[] = [];
  const cache = new Map<string, Resolved | undefined>();
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    let keyword = unit.keyword;
    if (keyword === 'false') keyword = 'not'; // only the root can still be a literal false: it is a marker too
    const tokens = locationTokens(unit.keywordLocation);
    const parentKey = tokens.slice(0, -1).join('\u0000');
    let r = cache.get(parentKey);
    if (!cache.has(parentKey)) cache.set(parentKey, (r = resolveLocation(w, lookup, tokens.slice(0, -1))));
    if (!r) continue;
    let instancePath = instancePointer(unit.instanceLocation);
    const params: Record<string, unknown> = {};
    if (r.viaContains) continue;
    if (r.viaPropertyNames) {
      params.propertyName = instancePath.slice(instancePath.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
      instancePath = parentPointer(instancePath);
    }
    const node = r.node;
    if (keyword === 'not' && isObject(node) && w.injected.has(node)) {
      sites.push({ instancePath, schemaPath: w.injected.get(node)!.schemaPath, keyword: 'format', params });
      continue;
    }
    if (keyword === 'not' && isObject(node) && w.falseMarkers.has(node)) {
      const { keyword: parentKw, holder } = w.falseMarkers.get(node)!;
      const name = instancePath.slice(instancePath.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
      if (parentKw === 'additionalProperties' || parentKw === 'unevaluatedProperties') {
        const key = parentKw === 'additionalProperties' ? 'additionalProperty' : 'unevaluatedProperty';
        sites.push({ instancePath: parentPointer(instancePath), schemaPath: r.pointer, keyword: parentKw, params: { ...params, [key]: name } });
      } else if (
        !r.viaPropertyNames &&
        (parentKw === 'additionalItems' || parentKw === 'unevaluatedItems' || (parentKw === 'items' && hasPrefixItems(holder)))
      ) {
        // As ajv: `items: false` after `prefixItems` (and draft-07 `additionalItems: false`) fails once at the array
        // with the item limit; a bare `items: false` fails each item as a false schema.
        sites.push({ instancePath: parentPointer(instancePath), schemaPath: r.pointer, keyword: parentKw, params });
      } else {
        sites.push({ instancePath, schemaPath: r.pointer, keyword: 'false schema', params });
      }
      continue;
    }
    if (CONTAINER_KEYWORDS.has(keyword)) continue;
    if (keyword === 'additionalProperties' || keyword === 'unevaluatedProperties' || keyword === 'items' || keyword === 'additionalItems' || keyword === 'unevaluatedItems') continue;
    if (keyword === 'propertyNames') {
      // The property name is the instance of the next unit (the first failure inside propertyNames).
      const next = units[u + 1];
      const name = next ? locationTokens(next.instanceLocation).pop() : undefined;
      sites.push({ instancePath, schemaPath: `${r.pointer}/propertyNames`, keyword, params: name === undefined ? params : { ...params, propertyName: name } });
      continue;
    }
    if (keyword === 'if') {
      const then = units.slice(u + 1).some((x) => x.keywordLocation.startsWith(unit.keywordLocation.replace(/\/if$/, '/then')));
      sites.push({ instancePath, schemaPath: `${r.pointer}/if`, keyword, params: { ...params, failingKeyword: then ? 'then' : 'else' } });
      continue;
    }
    if (keyword === 'minContains' || keyword === 'maxContains') keyword = 'contains';
    if (keyword === 'dependentRequired' || keyword === 'dependencies') {
      sites.push({ instancePath, schemaPath: `${r.pointer}/${keyword}`, keyword, params });
      continue;
    }
    sites.push({ instancePath, schemaPath: `${r.pointer}/${keyword}`, keyword, params });
  }
  return sites;
};

/** The strings (values and property names) and numbers in `data`: what a format may be asked about. Iterative. */
const collectValues = (data: unknown): { strings: Set<string>; numbers: Set<number> } => {
  const strings = new Set<string>();
  const numbers = new Set<number>();
  const stack: unknown[] = [data];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') strings.add(v);
    else if (typeof v === 'number') numbers.add(v);
    else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (isObject(v))
      for (const k of Object.keys(v)) {
        strings.add(k);
        stack.push(v[k]);
      }
  }
  return { strings, numbers };
};

/** A schema prepared for cfworker: the working copy, its reference lookup and its draft name. */
interface Prepared {
  w: Working;
  lookup: Record<string, unknown>;
  draft: '7' | '2020-12';
}

/** Prepares a schema for cfworker (throws for an unresolvable `$ref`, at compile time rather than per run). */
const prepare = (schema: JsonSchema, draft: '2020-12' | 'draft-07'): Prepared => {
  const w = prepareWorkingSchema(schema, draft);
  // cfworker reads the lookup only to follow references (validate.js: `$ref`, `$recursiveRef`); building it costs
  // a URI per subschema, about 2 ms at 1,000 fields, so a schema without references skips it.
  const lookup = (w.hasRefs ? dereference(w.schema) : Object.create(null)) as Record<string, unknown>;
  for (const obj of w.pointers.keys()) {
    const ref = (obj as Schema).__absolute_ref__;
    if (typeof ref === 'string' && lookup[ref] === undefined) throw new Error(`Unresolved $ref "${String((obj as Schema).$ref)}" at ${w.pointers.get(obj) || '/'}`);
  }
  return { w, lookup, draft: draft === 'draft-07' ? '7' : '2020-12' };
};

/**
 * Runs cfworker on JSON data (`undefined` properties dropped; values JSON cannot carry: `undefined` result), with
 * the format fail lists filled for this data first.
 */
const run = (p: Prepared, input: unknown, shortCircuit: boolean): { data: unknown; result: ReturnType<typeof cfValidate> } | undefined => {
  // cfworker throws on values JSON cannot carry; `undefined` properties are absent, as in ajv and JSON.
  const shape = inspectData(input);
  if (shape === 'not-json') return undefined;
  const data = shape === 'has-undefined' ? dropUndefined(input) : input;
  if (p.w.formats.size > 0) {
    const scan = collectValues(data);
    for (const [format, fails] of p.w.formats) {
      fails.length = 0;
      for (const s of scan.strings) if (!checkFormat(format, s)) fails.push(s);
      for (const n of scan.numbers) if (!checkFormat(format, n)) fails.push(n);
    }
  }
  return { data, result: cfValidate(data, p.w.schema, p.draft, p.lookup as Record<string, Schema>, shortCircuit) };
};

/** Creates the interpreter engine (@cfworker/json-schema; no `eval`, no `new Function`). */
export const interpreterEngine = (): SchemaEngine => ({
  name: 'interpreter',
  compile(schema: JsonSchema, options: { draft: '2020-12' | 'draft-07' }): SchemaValidator {
    // Errors are located in the schema cfworker runs (with choice lists as `enum`s; other pointers unchanged).
    const authored: unknown = choicesAsEnum(schema);
    const schemaAt = schemaLookup(authored);
    const p = prepare(schema, options.draft);
    return (input: unknown): RawError[] => {
      try {
        const ran = run(p, input, false);
        if (ran === undefined) return unprocessable();
        if (ran.result.valid) return [];
        return canonicalErrors(sitesFromCfworker(p.w, p.lookup, ran.result.errors), schemaAt, ran.data);
      } catch {
        return unprocessable();
      }
    };
  },
});

/**
 * Compiles a schema into a yes/no check with the interpreter: what `interpreterEngine().compile(schema)(value)`
 * returning no errors means, without building the errors (cfworker stops at the first failure). For rule
 * conditions and conditional `required`, which only ask whether a value matches. Data JSON cannot carry never
 * matches. Throws, as `compile` does, for a schema it cannot use.
 */
export const interpreterMatcher = (schema: JsonSchema, draft: '2020-12' | 'draft-07'): ((value: unknown) => boolean) => {
  const p = prepare(schema, draft);
  return (value) => {
    try {
      return run(p, value, true)?.result.valid === true;
    } catch {
      return false;
    }
  };
};
