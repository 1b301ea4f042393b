// SPDX-License-Identifier: MIT
/**
 * Writing one computed value into data: what the evaluator does with the values the logic kit computed (compute.ts
 * runs the expressions). Apart from compute.ts so that the evaluator, which every page needs, does not carry the
 * expression running, which only forms with computed values need.
 */
import type { CopyOnWrite } from '../rules/cow.js';
import { cloneJson, isObject } from '../util/json.js';
import type { PreparedComputed } from './types.js';

/** Writes one computed value at its target (`null` empties the target); nothing for non-object data. */
export function writeComputedValue(data: CopyOnWrite, field: PreparedComputed, value: unknown): void {
  if (!isObject(data.root) || field.tokens.length === 0) return;
  if (value === null || value === undefined) data.deleteInObjects(field.tokens);
  else data.writeInObjects(field.tokens, cloneJson(value));
}
