// SPDX-License-Identifier: MIT
/**
 * Writing computed values into data, in dependency order. A computed field's value always replaces whatever the
 * data held at its target (the server recomputes, so a submitted value there means nothing). `null` (or a
 * failure) means "cannot compute": the target is then left empty.
 */
import type { CopyOnWrite } from '../rules/cow.js';
import { cloneJson, isObject } from '../util/json.js';
import type { LogicRunner } from './engine.js';
import { NOW_VARIABLE } from './operators.js';

/** One computed field, prepared. */
export interface PreparedComputed {
  /** The target pointer, as written in the definition. */
  target: string;
  /** The target's data tokens (never through an array). */
  tokens: string[];
  expr: unknown;
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
    const context = isObject(data.root) ? { ...data.root, [NOW_VARIABLE]: now } : { [NOW_VARIABLE]: now };
    // Cloned: a result such as `{"var": "address"}` is the data's own object, which stripping later edits.
    const value = cloneJson(runSafely(runner, field.expr, context));
    values[field.target] = value;
    writeComputedValue(data, field, value);
  }
  return values;
}

/** Writes one computed value at its target (`null` empties the target); nothing for non-object data. */
export function writeComputedValue(data: CopyOnWrite, field: PreparedComputed, value: unknown): void {
  if (!isObject(data.root) || field.tokens.length === 0) return;
  if (value === null || value === undefined) data.deleteInObjects(field.tokens);
  else data.writeInObjects(field.tokens, cloneJson(value));
}
