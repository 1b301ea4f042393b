// SPDX-License-Identifier: MIT
/**
 * The logic kit: the JSON Logic half of the logic engine behind one object (see `LogicKit` in types.ts).
 * `compileForm` and `createEvaluator` import it; `compileBuiltForm` is given it (`options.logic`), so that bundles
 * rendering forms without computed values leave json-logic-engine out.
 */
import { prepareComputed } from './prepare.js';
import type { LogicKit } from './types.js';

/** The logic kit: interpreted JSON Logic (eval-free), expression analysis, built-in functions. */
export const logicKit: LogicKit = Object.freeze({ prepareComputed });

