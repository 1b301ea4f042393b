// SPDX-License-Identifier: MIT
/**
 * Walks every subschema of a JSON Schema document (draft-07 and 2020-12 applicators), iteratively, so deep or
 * hostile schemas cannot overflow the stack. The keyword tables say where subschemas live; everything else
 * (`enum`, `const`, `default`, `examples`, unknown keywords) is data and is never entered.
 */
import { escapeToken } from './json-pointer.js';
import { isObject, type JsonObject } from './json.js';

/** Keywords whose value is one subschema. */
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

/**
 * Lists every subschema position of `root`, depth-first in document order. Positions deeper than `maxDepth` are not
 * entered; their pointers are returned in `tooDeep`.
 */
export const walkSchema = (root: unknown, maxDepth = 256): SchemaWalk => {
  const positions: SchemaPosition[] = [];
  const tooDeep: string[] = [];
  if (!isObject(root) && typeof root !== 'boolean') return { positions, tooDeep };
  const stack: SchemaPosition[] = [{ schema: root, pointer: '', keyword: '', depth: 0 }];
  const seen = new Set<unknown>();
  while (stack.length) {
    const pos = stack.pop()!;
    positions.push(pos);
    const s = pos.schema;
    if (!isObject(s) || seen.has(s)) continue;
    seen.add(s);
    if (pos.depth >= maxDepth) {
      tooDeep.push(pos.pointer);
      continue;
    }
    const children: SchemaPosition[] = [];
    const add = (schema: unknown, pointer: string, keyword: string, key?: string) => {
      if (isObject(schema) || typeof schema === 'boolean') {
        const child: SchemaPosition = { schema, pointer, keyword, parent: s, depth: pos.depth + 1 };
        if (key !== undefined) child.key = key;
        children.push(child);
      }
    };
    for (const kw of Object.keys(s)) {
      const v = s[kw];
      const base = `${pos.pointer}/${escapeToken(kw)}`;
      if (Array.isArray(v)) {
        if (SUBSCHEMA_ARRAY_KEYWORDS.has(kw)) v.forEach((sub, i) => add(sub, `${base}/${i}`, kw, String(i)));
      } else if (SUBSCHEMA_MAP_KEYWORDS.has(kw)) {
        if (isObject(v)) for (const name of Object.keys(v)) add(v[name], `${base}/${escapeToken(name)}`, kw, name);
      } else if (SUBSCHEMA_KEYWORDS.has(kw)) {
        add(v, base, kw);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { positions, tooDeep };
};
