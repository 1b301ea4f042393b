// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * `@tokhai/core/logic-kit`: the JSON Logic half of the logic engine (the eval-free json-logic-engine interpreter,
 * the static analysis of computed expressions, the built-in Vietnamese functions), for `compileBuiltForm`.
 * Kept out of what `compileBuiltForm` imports because most forms have no computed values: a page loads this entry
 * only for a form that does (`needsLogic(definition)`). `compileForm` and `createEvaluator` include it already.
 *
 * ```ts
 * import { compileBuiltForm, needsLogic } from '@tokhai/core';
 *
 * const logic = needsLogic(definition) ? (await import('@tokhai/core/logic-kit')).logicKit : undefined;
 * const form = compileBuiltForm(definition, validatorModule, { logic });
 * ```
 */
export { logicKit } from './computed/kit.js';
/**
 * The kit's one member, exported by name too so that the module namespace itself is a kit:
 * `compileBuiltForm(definition, module, { logic: await import('@tokhai/core/logic-kit') })` works as well.
 */
export { prepareComputed } from './computed/prepare.js';
export type { ComputedPlan, LogicKit } from './computed/types.js';
