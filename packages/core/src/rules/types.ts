// SPDX-License-Identifier: MIT
/** The inputs and outputs of the logic engine (rules, computed values, evaluation). */
import type { AdminUnitNameLookup, FunctionRegistry, LogicKit } from '../computed/types.js';
import type { EvaluateOptions, Evaluation } from '../models/compiled-form.js';
import type { FormDefinition } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { UISchemaElement } from '../models/uischema.js';

/** What `checkLogic` reads: the definition plus the schema and layout `compileForm` settled on. */
export interface LogicInput {
  /** The definition as authored (problem pointers point into it). */
  definition: FormDefinition;
  /** The data schema's root object, local `$ref`s allowed. */
  schema: JsonSchemaObject;
  /** The layout: the definition's `ui`, or the one generated from the schema. */
  ui: UISchemaElement;
  /** Functions the form's code adds to computed expressions (`compileForm`'s `options.functions`). */
  functions?: FunctionRegistry;
}

/** What `createEvaluator` reads. */
export interface EvaluatorInput extends LogicInput {
  /** Resolves administrative-unit codes for `adminUnitName`; without it that function returns `null`. */
  adminUnits?: AdminUnitNameLookup;
  /**
   * The default evaluation date for the `$now` variable (`YYYY-MM-DD`, or an ISO date-time, read as the date in
   * Vietnam, UTC+7). Without it (and without `EvaluateOptions.now`), `$now` is `null`.
   */
  now?: string;
  /**
   * The JSON Logic kit (`logicKit` from `@tokhai/core/logic-kit`) that computed values run with. `createEvaluator`
   * uses that one by default; it is an input so that `compileBuiltForm` can leave it out of bundles whose forms
   * have no computed values.
   */
  logic?: LogicKit;
}

/** Per-call options of an evaluator (`now` overrides `EvaluatorInput.now` for the call). */
export type { EvaluateOptions };

/** Runs rules and computed values for one piece of data. Pure: never throws, never mutates `data`. */
export type Evaluator = (data: unknown, options?: EvaluateOptions) => Evaluation;
