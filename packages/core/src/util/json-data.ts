// SPDX-License-Identifier: MIT
/**
 * Data is JSON. What JSON.stringify would drop (an object property whose value is `undefined`) is treated as
 * absent; anything JSON cannot hold (functions, symbols, bigints, NaN/Infinity, cycles, nesting deeper than
 * MAX_DATA_DEPTH) makes the data unprocessable. This one policy runs before every engine, so all engines see the same data.
 */
import type { JsonObject } from './json.js';

/** What `inspectData` found. */
export type DataShape = 'json' | 'has-undefined' | 'not-json';

/** Data nested deeper than this is unprocessable (forms nest a dozen levels; a cycle nests forever). */
export const MAX_DATA_DEPTH = 1000;
/** At most this many values are inspected (a small shared structure can stand for a huge tree). */
const MAX_DATA_VALUES = 5_000_000;

/**
 * Classifies data iteratively. Cheap on purpose (it runs before every validation): no visited sets; a cycle shows up
 * as nesting beyond MAX_DATA_DEPTH, and shared objects are simply visited once per place they appear.
 */
export const inspectData = (data: unknown): DataShape => {
  let shape: DataShape = 'json';
  const values: unknown[] = [data];
  const depths: number[] = [0];
  let budget = MAX_DATA_VALUES;
  while (values.length) {
    const v = values.pop();
    const depth = depths.pop()!;
    if (--budget < 0) return 'not-json';
    switch (typeof v) {
      case 'string':
      case 'boolean':
        break;
      case 'number':
        if (!Number.isFinite(v)) return 'not-json';
        break;
      case 'undefined':
        // Only reachable as an object property value (the root and array items are handled apart).
        shape = 'has-undefined';
        break;
      case 'object': {
        if (v === null) break;
        if (depth >= MAX_DATA_DEPTH) return 'not-json';
        if (Array.isArray(v)) {
          for (const x of v) {
            if (x === undefined) return 'not-json'; // JSON turns it into null: a different value, not an absence
            values.push(x);
            depths.push(depth + 1);
          }
        } else
          for (const k in v) {
            if (!Object.hasOwn(v, k)) continue;
            values.push((v as JsonObject)[k]);
            depths.push(depth + 1);
          }
        break;
      }
      default:
        return 'not-json';
    }
  }
  return shape;
};

/** A copy without `undefined`-valued properties (as JSON.stringify would write it). Only call on 'has-undefined' data. */
export const dropUndefined = (data: unknown): unknown => {
  if (typeof data !== 'object' || data === null) return data;
  const root: unknown = Array.isArray(data) ? [] : {};
  const stack: Array<[unknown, unknown]> = [[data, root]];
  while (stack.length) {
    const [src, dst] = stack.pop()!;
    const entries: Array<[string, unknown]> = Array.isArray(src) ? src.map((x, i) => [String(i), x]) : Object.entries(src as object);
    for (const [k, v] of entries) {
      if (v === undefined) continue;
      let copy = v;
      if (typeof v === 'object' && v !== null) {
        copy = Array.isArray(v) ? [] : {};
        stack.push([v, copy]);
      }
      Object.defineProperty(dst, k, { value: copy, enumerable: true, writable: true, configurable: true });
    }
  }
  return root;
};
