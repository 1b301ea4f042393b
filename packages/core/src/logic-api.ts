// SPDX-License-Identifier: MIT
/**
 * Public API of the logic engine (rules, computed values, evaluation). Re-exported by index.ts. `compileForm`
 * wires these into `CompiledForm.evaluate`; they are public for tools that work on a definition's parts.
 */

/** Every problem in a definition's rules and computed fields, located by JSON Pointer. */
export { checkLogic } from './rules/index.js';
/** Prepares the one evaluation (visibility, enablement, requiredness, computed values, submission). */
export { createEvaluator } from './rules/index.js';
/** The layout generated for array items without `options.detail` (renderers must use the same one). */
export { generateDetailUi } from './rules/index.js';
/** The Vietnamese number/date/text functions of the computed-value registry, usable directly. */
export { ageAt, concat, join, upperVi, vnDateInWords, vnNumberInWords } from './computed/index.js';
/** The names of the built-in computed functions and of the allowed JSON Logic operators. */
export { BUILTIN_FUNCTIONS, NOW_VARIABLE, OPERATORS } from './computed/index.js';
export type { EvaluateOptions, Evaluator, EvaluatorInput, LogicInput } from './rules/index.js';
export type { AdminUnitNameLookup, FunctionRegistry, LogicFunction } from './computed/index.js';
/**
 * Whether a definition has computed values, so that `compileBuiltForm` needs the logic kit (`options.logic`, from
 * `@tokhai/core/logic-kit`): a page checks this before loading the kit.
 */
export { needsLogic } from './computed/needs-logic.js';
/** The logic kit's type (`@tokhai/core/logic-kit` exports the kit itself). */
export type { ComputedPlan, LogicKit } from './computed/types.js';
/**
 * Runs one case of the logic conformance set (`packages/core/conformance/*.json`) and returns this
 * implementation's answer, for conformance runners in any environment (Node, a browser test).
 */
export { runConformanceCase, CONFORMANCE_FUNCTIONS } from './rules/conformance-runner.js';
export type { ConformanceCase, ConformanceCompile, ConformanceResult } from './rules/conformance-runner.js';
