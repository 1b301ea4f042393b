// SPDX-License-Identifier: MIT
/**
 * Writing computed values into data, in dependency order. A computed field's value always replaces whatever the
 * data held at its target (the server recomputes, so a submitted value there means nothing). `null` (or a
 * failure) means "cannot compute": the target is then left empty.
 */
import type { CopyOnWrite } from '../rules/cow.js';
import { cloneJson, isObject } from '../util/json.js';
import type { LogicRunner, PreparedComputed } from './types.js';
import { NOW_VARIABLE } from './operators.js';
import { writeComputedValue } from './write.js';

export { writeComputedValue };

/** One computed field, prepared (declared in types.ts). */
export type { PreparedComputed };

/** The most results a computed field remembers. */
const MEMO_SIZE = 256;

/**
 * The memo key of an evaluation: the values the expression reads, when every one is a primitive reached through
 * plain objects (expressions and registry functions are pure, so the same values give the same result), and the
 * evaluation date. `undefined` when a read reaches an object, an array, or steps through something other than an
 * object (where JSON Logic could read what the path check does not see, such as a text's `length`).
 */
function memoKey(root: unknown, reads: readonly (readonly string[])[], now: string | null): string | undefined {
  let key = now === null ? 'z' : `s${now.length}:${now}`;
  for (const tokens of reads) {
    let cur: unknown = isObject(root) ? root : undefined;
    for (let i = 0; i < tokens.length && cur !== undefined; i++) {
      if (!isObject(cur)) return undefined;
      cur = Object.hasOwn(cur, tokens[i]) ? cur[tokens[i]] : undefined;
    }
    switch (typeof cur) {
      case 'undefined':
        key += '\u0000u';
        break;
      case 'string':
        key += `\u0000s${cur.length}:${cur}`; // the length keeps texts holding NUL from faking a boundary
        break;
      case 'number':
        key += `\u0000n${Object.is(cur, -0) ? '-0' : String(cur)}`;
        break;
      case 'boolean':
        key += cur ? '\u0000t' : '\u0000f';
        break;
      default:
        if (cur !== null) return undefined;
        key += '\u0000z';
    }
  }
  return key;
}

/** A JSON value an expression may produce; anything else (NaN, ±Infinity, undefined) counts as `null`. */
function asJsonResult(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** Runs one expression; a throw (an operator's invalid arguments, a registry function's bug) is `null`. */
function runSafely(runner: LogicRunner, expr: unknown, context: unknown): unknown {
  try {
    return asJsonResult(runner.run(expr, context));
  } catch {
    return null;
  }
}

/**
 * Computes every field in order, writing each into `data` (copy-on-write) before the next runs, so chains see
 * earlier results. Expressions read the data plus `$now` (the evaluation date or `null`). Returns target → value
 * (`null` when it could not be computed). Data that is not an object gets no values written.
 */
export function applyComputed(
  data: CopyOnWrite,
  fields: readonly PreparedComputed[],
  runner: LogicRunner,
  now: string | null,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const key = field.reads && field.memo ? memoKey(data.root, field.reads, now) : undefined;
    let value: unknown;
    if (key !== undefined && field.memo!.has(key)) value = cloneJson(field.memo!.get(key));
    else {
      const context = isObject(data.root) ? { ...data.root, [NOW_VARIABLE]: now } : { [NOW_VARIABLE]: now };
      // Cloned: a result such as `{"var": "address"}` is the data's own object, which stripping later edits.
      value = cloneJson(runSafely(runner, field.expr, context));
      if (key !== undefined) {
        if (field.memo!.size >= MEMO_SIZE) field.memo!.clear();
        field.memo!.set(key, cloneJson(value));
      }
    }
    values[field.target] = value;
    writeComputedValue(data, field, value);
  }
  return values;
}
