// SPDX-License-Identifier: MIT
/**
 * Static checks of one computed expression, and the data it reads. Every object in an expression is an operation
 * with exactly one key; the key must be an allowed operator (operators.ts), a built-in function or a registry
 * function; data paths must be literal (so dependencies between computed fields can be ordered) and must exist in
 * the schema. Problems point at the offending node: `/computed/0/expr/cat/1`.
 */
import { splitPath } from 'json-logic-engine';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { DefinitionProblem } from '../models/errors.js';
import { joinPointer } from '../util/json-pointer.js';
import { isObject, MAX_DEPTH } from '../util/json.js';
import { schemaAtDataPath } from '../rules/schema-nav.js';
import { BUILTIN_FUNCTIONS } from './functions/index.js';
import { NOW_VARIABLE, OPERATORS } from './operators.js';
import type { FunctionRegistry } from './types.js';

/** What the checker needs besides the expression. */
export interface ExpressionEnvironment {
  root: JsonSchemaObject;
  functions: FunctionRegistry;
}

/** The result: problems, and the root-level data paths the expression reads (as tokens). */
export interface ExpressionReport {
  problems: DefinitionProblem[];
  reads: string[][];
}

/** Property names a data path may not use: they reach into JavaScript, not into the data. */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

/** Walk state: where we are and how many iterator bodies enclose us. */
interface Walk {
  env: ExpressionEnvironment;
  report: ExpressionReport;
  /** How deep the walk is in the expression (guards the stack against absurd nesting). */
  nesting: number;
}

const problem = (w: Walk, pointer: string, message: string) => w.report.problems.push({ pointer, code: 'computed', message });

/** Checks one root-level read of `tokens` (already split) at `pointer`. */
function recordRead(w: Walk, tokens: string[], pointer: string): void {
  if (tokens.length === 0) {
    problem(w, pointer, 'A computed expression must read named fields, not the whole data.');
    return;
  }
  if (tokens.length === 1 && tokens[0] === NOW_VARIABLE) return;
  const bad = tokens.find((t) => FORBIDDEN_SEGMENTS.has(t));
  if (bad !== undefined) {
    problem(w, pointer, `"${bad}" cannot be part of a data path.`);
    return;
  }
  if (schemaAtDataPath(w.env.root, tokens) === undefined) {
    problem(w, pointer, `The expression reads "${tokens.join('.')}", which the schema does not define.`);
    return;
  }
  w.report.reads.push(tokens);
}

/** `var`: `"a.b"`, `["a.b", default]`, `"../a"` inside iterators. Root-level when the climbs equal the depth. */
function checkVar(w: Walk, args: unknown, pointer: string, depth: number): void {
  const list: unknown[] = Array.isArray(args) ? args : [args];
  const [path, fallback] = [list[0], list[1]];
  const pathPointer = Array.isArray(args) ? joinPointer(pointer, 0) : pointer;
  if (Array.isArray(args) && args.length > 1) walk(w, fallback, joinPointer(pointer, 1), depth);
  if (path !== null && path !== undefined && typeof path !== 'string' && typeof path !== 'number') {
    problem(w, pathPointer, 'A "var" path must be a literal string, so that the fields it reads are known.');
    return;
  }
  let rest = path === null || path === undefined ? '' : String(path);
  let climbs = 0;
  while (rest.startsWith('../')) [rest, climbs] = [rest.slice(3), climbs + 1];
  if (climbs > depth) problem(w, pathPointer, `"../" climbs above the data.`);
  else if (climbs === depth) recordRead(w, rest === '' ? [] : splitPath(rest), pathPointer);
}

/** `val` and `exists`: a key, or a list of keys (optionally led by `[n]`, climbing n levels). */
function checkVal(w: Walk, args: unknown, pointer: string, depth: number): void {
  const list = Array.isArray(args) ? args : [args];
  const climb = Array.isArray(list[0]) ? list[0] : undefined;
  const segments = climb ? list.slice(1) : list;
  const climbs = climb === undefined ? 0 : Math.abs(Number(climb[0]));
  if (!segments.every((s) => typeof s === 'string' || typeof s === 'number') || Number.isNaN(climbs)) {
    problem(w, pointer, 'A "val" path must be made of literal keys, so that the fields it reads are known.');
    return;
  }
  if (climbs > depth) problem(w, pointer, 'The path climbs above the data.');
  else if (climbs === depth) recordRead(w, segments.map(String), pointer);
}

/** `missing` (`[paths]`) and `missing_some` (`[n, [paths]]`): literal dotted paths, read at the current level. */
function checkMissing(w: Walk, op: string, args: unknown, pointer: string, depth: number): void {
  let paths: unknown = args;
  let pathsPointer = pointer;
  if (op === 'missing_some') {
    if (!Array.isArray(args) || args.length !== 2) {
      problem(w, pointer, '"missing_some" takes [count, [paths]].');
      return;
    }
    const [count, list] = args as unknown[];
    walk(w, count, joinPointer(pointer, 0), depth);
    [paths, pathsPointer] = [list, joinPointer(pointer, 1)];
  }
  const list = Array.isArray(paths) ? paths : [paths];
  list.forEach((p, i) => {
    const at = Array.isArray(paths) ? joinPointer(pathsPointer, i) : pathsPointer;
    if (typeof p !== 'string') problem(w, at, `"${op}" paths must be literal strings.`);
    else if (depth === 0) recordRead(w, splitPath(p), at);
  });
}

/** An iterator: `[array, body, …rest]`; the body runs with the item as data (one level deeper). */
function checkIterator(w: Walk, op: string, args: unknown, pointer: string, depth: number): void {
  if (!Array.isArray(args) || args.length < 2) {
    problem(w, pointer, `"${op}" takes [array, expression${op === 'reduce' ? ', initial' : ''}].`);
    return;
  }
  args.forEach((a, i) => walk(w, a, joinPointer(pointer, i), i === 1 ? depth + 1 : depth));
}

/** Argument count check for a built-in function. */
function checkArity(w: Walk, op: string, args: unknown, pointer: string): void {
  const builtin = BUILTIN_FUNCTIONS[op];
  if (builtin === undefined) return;
  const count = Array.isArray(args) ? args.length : 1;
  if (count < builtin.minArgs || count > builtin.maxArgs) {
    const expected = builtin.maxArgs === Infinity ? `at least ${builtin.minArgs}` : builtin.minArgs === builtin.maxArgs ? `${builtin.minArgs}` : `${builtin.minArgs}–${builtin.maxArgs}`;
    problem(w, pointer, `"${op}" takes ${expected} argument${expected === '1' ? '' : 's'}, not ${count} (${builtin.summary}).`);
  }
}

/** True when `name` is a registry function tokhai will install (see engine.ts). */
const isRegistryFunction = (env: ExpressionEnvironment, name: string) =>
  Object.hasOwn(env.functions, name) && typeof env.functions[name] === 'function' && !Object.hasOwn(OPERATORS, name) && !Object.hasOwn(BUILTIN_FUNCTIONS, name);

/** Checks one node; `depth` counts the iterator bodies around it. */
function walk(w: Walk, node: unknown, pointer: string, depth: number): void {
  if (w.nesting > MAX_DEPTH) {
    problem(w, pointer, 'The expression is nested too deeply.');
    return;
  }
  w.nesting++;
  walkNode(w, node, pointer, depth);
  w.nesting--;
}

function walkNode(w: Walk, node: unknown, pointer: string, depth: number): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(w, item, joinPointer(pointer, i), depth));
    return;
  }
  if (!isObject(node)) return;
  const keys = Object.keys(node);
  if (keys.length === 0) return;
  if (keys.length > 1) {
    problem(w, pointer, `An operation has exactly one key (found ${keys.map((k) => `"${k}"`).join(', ')}); wrap literal objects in {"preserve": …}.`);
    return;
  }
  const op = keys[0];
  const args = node[op];
  const argsPointer = joinPointer(pointer, op);
  const kind = Object.hasOwn(OPERATORS, op) ? OPERATORS[op] : undefined;
  if (kind === undefined && !Object.hasOwn(BUILTIN_FUNCTIONS, op) && !isRegistryFunction(w.env, op)) {
    problem(w, pointer, `Unknown operator or function "${op}". Known functions: ${[...Object.keys(BUILTIN_FUNCTIONS), ...Object.keys(w.env.functions)].join(', ')}.`);
    return;
  }
  switch (kind) {
    case 'read':
      return op === 'var' ? checkVar(w, args, argsPointer, depth) : checkVal(w, args, argsPointer, depth);
    case 'missing':
      return checkMissing(w, op, args, argsPointer, depth);
    case 'iterator':
      return checkIterator(w, op, args, argsPointer, depth);
    case 'literal':
      return;
    case 'plain':
    case undefined:
      checkArity(w, op, args, argsPointer);
      return walk(w, args, argsPointer, depth);
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** Checks an expression found at `pointer` (e.g. `/computed/0/expr`). */
export function checkExpression(expr: unknown, pointer: string, env: ExpressionEnvironment): ExpressionReport {
  const w: Walk = { env, report: { problems: [], reads: [] }, nesting: 0 };
  walk(w, expr, pointer, 0);
  return w.report;
}
