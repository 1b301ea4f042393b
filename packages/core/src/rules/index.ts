// SPDX-License-Identifier: MIT
/**
 * The logic engine: rule conditions (JSON Forms semantics), computed values (interpreted JSON Logic) and the one
 * evaluation that decides visibility, enablement, requiredness, computed values and the submission.
 *
 * ```ts
 * import { checkLogic, createEvaluator } from './rules/index.js';
 * const problems = checkLogic({ definition, schema, ui });          // [] when rules and computed fields are sound
 * const evaluate = createEvaluator({ definition, schema, ui, now: '2025-03-15' });
 * const { fields, required, computed, submission } = evaluate(data);
 * ```
 */
export { checkLogic } from './check-logic.js';
export { buildLogicEngine } from './evaluate.js';
export { createEvaluator, createLogicEngine } from './evaluator.js';
export type { LogicEngine } from './evaluate.js';
export { evaluateCondition, evalEnablement, evalVisibility, isRuleFulfilled, scopeDataPath } from './condition.js';
export type { ConditionContext } from './condition.js';
export { generateDetailUi } from './detail.js';
export { createSchemaMatcher } from './schema-match.js';
export type { SchemaMatcher } from './schema-match.js';
export type { EvaluateOptions, Evaluator, EvaluatorInput, LogicInput } from './types.js';
