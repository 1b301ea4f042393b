// SPDX-License-Identifier: MIT
/**
 * Walks every subschema of a JSON Schema document (draft-07 and 2020-12 applicators), iteratively, so deep or
 * hostile schemas cannot overflow the stack. The keyword tables say where subschemas live; everything else
 * (`enum`, `const`, `default`, `examples`, unknown keywords) is data and is never entered.
 */
import { escapeToken } from './json-pointer.js';
import { isObject, type JsonObject } from './json.js';

/**
 * Keywords whose value is one subschema. This table and the next are also the closure matcher's (cfworker's
 * `dereference` tables, engines/closure-matcher.ts): a change here changes which `$ref`s it resolves.
 */
export const SUBSCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  'additionalItems', 'unevaluatedItems', 'items', 'contains', 'additionalProperties', 'unevaluatedProperties',
  'propertyNames', 'not', 'if', 'then', 'else',
]);
/** Keywords whose value is an array of subschemas. */
export const SUBSCHEMA_ARRAY_KEYWORDS: ReadonlySet<string> = new Set(['prefixItems', 'items', 'allOf', 'anyOf', 'oneOf']);
/** Keywords whose value maps names to subschemas (`dependencies` values may also be string arrays). */
export const SUBSCHEMA_MAP_KEYWORDS: ReadonlySet<string> = new Set([
  '$defs', 'definitions', 'properties', 'patternProperties', 'dependentSchemas', 'dependencies',
]);

/** A schema position: the value (object or boolean schema), its pointer, and how it was reached. */
export interface SchemaPosition {
  /** The subschema (an object or a boolean). */
  schema: JsonObject | boolean;
  /** JSON Pointer of the subschema in the document. */
  pointer: string;
  /** The keyword that holds it (`properties`, `items`…), `''` for the root. */
  keyword: string;
  /** For map keywords, the name (property name, pattern, definition name); for arrays, the index. */
  key?: string;
  /** The object that holds the keyword (undefined for the root). */
  parent?: JsonObject;
  /** Nesting depth in subschemas. */
  depth: number;
}

/** Result of a walk: positions in document order, and positions not entered because they were too deep. */
export interface SchemaWalk {
  positions: SchemaPosition[];
  tooDeep: string[];
}

/** How a keyword holds subschemas: one, an array, a name map, or (`items`) one or an array. */
type Holds = 'one' | 'array' | 'map' | 'one-or-array';

const HOLDS = new Map<string, Holds>();
for (const k of SUBSCHEMA_KEYWORDS) HOLDS.set(k, 'one');
for (const k of SUBSCHEMA_ARRAY_KEYWORDS) HOLDS.set(k, HOLDS.has(k) ? 'one-or-array' : 'array');
for (const k of SUBSCHEMA_MAP_KEYWORDS) HOLDS.set(k, 'map');

const isSchema = (v: unknown): v is JsonObject | boolean => typeof v === 'boolean' || isObject(v);

/**
 * Lists every subschema position of `root`, depth-first in document order. Positions deeper than `maxDepth` are not
 * entered; their pointers are returned in `tooDeep`. Every compile walks the whole schema several times, so only
 * the keywords that hold subschemas are looked at, and pointers are built once per position.
 */
export const walkSchema = (root: unknown, maxDepth = 256): SchemaWalk => {
  const positions: SchemaPosition[] = [];
  const tooDeep: string[] = [];
  if (!isSchema(root)) return { positions, tooDeep };
  const stack: SchemaPosition[] = [{ schema: root, pointer: '', keyword: '', depth: 0 }];
  const seen = new Set<unknown>();
  const children: SchemaPosition[] = [];
  while (stack.length) {
    const pos = stack.pop()!;
    positions.push(pos);
    const s = pos.schema;
    if (typeof s === 'boolean' || seen.has(s)) continue;
    seen.add(s);
    if (pos.depth >= maxDepth) {
      tooDeep.push(pos.pointer);
      continue;
    }
    children.length = 0;
    const depth = pos.depth + 1;
    for (const kw of Object.keys(s)) {
      const holds = HOLDS.get(kw);
      if (holds === undefined) continue;
      const v = s[kw];
      if (Array.isArray(v)) {
        if (holds !== 'array' && holds !== 'one-or-array') continue;
        const base = `${pos.pointer}/${escapeToken(kw)}/`;
        for (let i = 0; i < v.length; i++) {
          const sub: unknown = v[i];
          if (isSchema(sub)) children.push({ schema: sub, pointer: base + i, keyword: kw, key: String(i), parent: s, depth });
        }
      } else if (holds === 'map') {
        if (!isObject(v)) continue;
        const base = `${pos.pointer}/${escapeToken(kw)}/`;
        for (const name of Object.keys(v)) {
          const sub = v[name];
          if (isSchema(sub)) children.push({ schema: sub, pointer: base + escapeToken(name), keyword: kw, key: name, parent: s, depth });
        }
      } else if (holds !== 'array' && isSchema(v)) {
        children.push({ schema: v, pointer: `${pos.pointer}/${escapeToken(kw)}`, keyword: kw, parent: s, depth });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { positions, tooDeep };
};
