// SPDX-License-Identifier: MIT
/**
 * The JSON Logic operators a computed expression may use, and how each reads its arguments. One table drives both
 * the engine (only these are installed) and `checkLogic` (anything else is an unknown operator), so the two can
 * never disagree.
 */

/** How the checker treats an operator's arguments. */
export type OperatorKind =
  /** Arguments are ordinary sub-expressions. */
  | 'plain'
  /** Reads the data at a literal path: `var`, `val`, `exists` (a dependency for ordering). */
  | 'read'
  /** Lists literal paths to test: `missing`, `missing_some`. */
  | 'missing'
  /** `[array, body, …]`: the body runs once per item, with the item as its data. */
  | 'iterator'
  /** The argument is a literal and is not evaluated: `preserve`. */
  | 'literal';

/**
 * The operators of JSON Logic (jsonlogic.com/operations.html) plus json-logic-engine's `??`, `val`, `exists`,
 * `get`, `length`, `keys`, `every`, `not`. Left out on purpose: `throw` and `try` (a computed value fails by being
 * `null`, not by raising), `pipe` and `eachKey` (not portable JSON Logic), and `log` (side effects).
 */
export const OPERATORS: Readonly<Record<string, OperatorKind>> = {
  var: 'read',
  val: 'read',
  exists: 'read',
  missing: 'missing',
  missing_some: 'missing',
  if: 'plain',
  '?:': 'plain',
  '??': 'plain',
  '==': 'plain',
  '===': 'plain',
  '!=': 'plain',
  '!==': 'plain',
  '!': 'plain',
  '!!': 'plain',
  not: 'plain',
  or: 'plain',
  and: 'plain',
  '>': 'plain',
  '>=': 'plain',
  '<': 'plain',
  '<=': 'plain',
  max: 'plain',
  min: 'plain',
  '+': 'plain',
  '-': 'plain',
  '*': 'plain',
  '/': 'plain',
  '%': 'plain',
  in: 'plain',
  cat: 'plain',
  substr: 'plain',
  length: 'plain',
  merge: 'plain',
  keys: 'plain',
  get: 'plain',
  map: 'iterator',
  filter: 'iterator',
  reduce: 'iterator',
  all: 'iterator',
  every: 'iterator',
  some: 'iterator',
  none: 'iterator',
  preserve: 'literal',
};

/** The variable a computed expression reads for the evaluation date: `{"var": "$now"}`. */
export const NOW_VARIABLE = '$now';

/** The shape of a function name a registry may add. */
export const FUNCTION_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
