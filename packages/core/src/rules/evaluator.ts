// SPDX-License-Identifier: MIT
/**
 * The logic engine with the logic kit by default: what tools, tests and `compileForm` callers use. Apart from
 * evaluate.ts so that `compileBuiltForm`, which is given the kit only for forms with computed values, does not
 * import json-logic-engine through it (not even as an import a bundler would have to prove unused).
 */
import { logicKit } from '../computed/kit.js';
import { buildLogicEngine, type LogicEngine } from './evaluate.js';
import type { Evaluator, EvaluatorInput } from './types.js';

/**
 * Prepares a definition for evaluation: the evaluator and the cheaper partial answers `validate` uses. The
 * definition (schema and layout) is read once, here: edit it afterwards and the engine does not see the change.
 * Computed values run with `input.logic`, by default the logic kit (`@tokhai/core/logic-kit`).
 */
export function createLogicEngine(input: EvaluatorInput): LogicEngine {
  return buildLogicEngine(input.logic === undefined ? { ...input, logic: logicKit } : input);
}

/**
 * Prepares a definition for evaluation and returns the evaluator. The evaluator is pure: it never throws, never
 * mutates its input, and gives the same answer for the same data and `now` on every machine.
 */
export function createEvaluator(input: EvaluatorInput): Evaluator {
  return createLogicEngine(input).evaluate;
}
