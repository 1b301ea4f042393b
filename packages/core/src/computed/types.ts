// SPDX-License-Identifier: MIT
/** The types of the computed-value registry: what a form's code may plug into JSON Logic expressions. */
import type { ComputedField } from '../models/definition.js';
import type { CopyOnWrite } from '../rules/cow.js';
import type { EvaluatorInput } from '../rules/types.js';

/**
 * A function callable from a computed expression as an operator: `{ "upperVi": [{ "var": "name" }] }` calls
 * `upperVi(name)`. Arguments arrive already evaluated. It must be pure and deterministic (same arguments, same
 * result, on every machine), return JSON (`null` for "cannot compute"), and never throw; the evaluator treats a
 * throw as `null` for the whole computed field.
 */
export type LogicFunction = (...args: unknown[]) => unknown;

/** Extra functions for computed expressions, by operator name (`[A-Za-z][A-Za-z0-9_]*`). */
export type FunctionRegistry = Readonly<Record<string, LogicFunction>>;

/**
 * Looks up the name of a 2025 administrative unit (province or commune) by its code. Injected so that core does
 * not import the administrative-unit data: `@tokhai/vn-data` provides one, and a test can pass a small table.
 */
export interface AdminUnitNameLookup {
  /** The unit's name (`"Thành phố Hà Nội"`), or `undefined` for an unknown code. */
  name(code: string): string | undefined;
}

/** Runs one expression against data. Throws whatever the expression throws; callers decide what a failure means. */
export interface LogicRunner {
  run(expression: unknown, data: unknown): unknown;
}

/** A computed field as authored, with its index in `definition.computed`. */
export interface IndexedComputed {
  index: number;
  field: ComputedField;
}

/** One computed field, prepared. */
export interface PreparedComputed {
  /** The target pointer, as written in the definition. */
  target: string;
  /** The target's data tokens (never through an array). */
  tokens: string[];
  expr: unknown;
  /** Every root-level data path the expression reads, when known (see check-expression.ts); enables `memo`. */
  reads?: readonly (readonly string[])[];
  /** Results by the values the expression read (only when they are all texts, numbers, booleans, null or absent). */
  memo?: Map<string, unknown>;
}

/** What `LogicKit.prepareComputed` returns for a definition's computed fields. */
export interface ComputedPlan {
  /** The computed fields in run order (a field runs after those whose targets it reads). */
  computed: PreparedComputed[];
  /**
   * The data the expressions read (root-level token lists), or `undefined` when that is not known statically (an
   * expression `checkLogic` would reject): then they may read anything.
   */
  reads: string[][] | undefined;
  /** The interpreter the fields run with. */
  runner: LogicRunner;
  /**
   * Computes every field in order into `data` (copy-on-write) and returns target → value (see compute.ts
   * `applyComputed`). `now` is the evaluation date as given (`EvaluateOptions.now`): `$now` is its date in Vietnam,
   * or `null` without one.
   */
  apply: (data: CopyOnWrite, now: string | undefined) => Record<string, unknown>;
}

/**
 * The JSON Logic half of the logic engine: the interpreter (json-logic-engine), the static analysis of
 * expressions and the built-in functions. Only forms with computed values (`definition.computed`) need it, so
 * `compileBuiltForm` takes it as an option instead of importing it: a page that renders forms without computed
 * values never downloads it. Get it from `@tokhai/core/logic-kit` (`logicKit`) or, in the browser bundle, from
 * `await loadLogicKit()`; treat it as opaque and pass it on as `{ logic }`.
 */
export interface LogicKit {
  /** Prepares a definition's computed fields (`fields`: the object entries of `definition.computed`, by index). */
  prepareComputed(input: EvaluatorInput, fields: readonly IndexedComputed[]): ComputedPlan;
}
