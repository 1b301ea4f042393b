// SPDX-License-Identifier: MIT
/**
 * Data is JSON. What JSON.stringify would drop (an object property whose value is `undefined`) is treated as
 * absent; anything JSON cannot hold (functions, symbols, bigints, NaN/Infinity, cycles) makes the data
 * unprocessable. This one policy runs before every engine, so all engines see the same data.
 */
import type { JsonObject } from './json.js';

/** What `inspectData` found. */
export type DataShape = 'json' | 'has-undefined' | 'not-json';

/** Classifies data iteratively (shared objects are fine; cycles are not). */
export const inspectData = (data: unknown): DataShape => {
  let shape: DataShape = 'json';
  const EXIT = Symbol('exit');
  const stack: unknown[] = [data];
  const onPath = new Set<object>();
  const done = new Set<object>();
  while (stack.length) {
    const v = stack.pop();
    if (v === EXIT) {
      const finished = stack.pop() as object;
      onPath.delete(finished);
      done.add(finished);
      continue;
    }
    switch (typeof v) {
      case 'string':
      case 'boolean':
        break;
      case 'number':
        if (!Number.isFinite(v)) return 'not-json';
        break;
      case 'undefined':
        // Only reachable as an object property value or an array item (the root is handled by the caller).
        shape = 'has-undefined';
        break;
      case 'object': {
        if (v === null || done.has(v)) break;
        if (onPath.has(v)) return 'not-json';
        onPath.add(v);
        stack.push(v, EXIT);
        if (Array.isArray(v)) {
          for (const x of v) {
            if (x === undefined) return 'not-json'; // JSON turns it into null: a different value, not an absence
            stack.push(x);
          }
        } else for (const k of Object.keys(v)) stack.push((v as JsonObject)[k]);
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
