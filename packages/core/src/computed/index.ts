// SPDX-License-Identifier: MIT
/** Computed values: the interpreted JSON Logic engine, its operators and the function registry. */
export { createLogicRunner } from './engine.js';
export type { LogicRunner } from './engine.js';
export { BUILTIN_FUNCTIONS } from './functions/index.js';
export { ageAt, concat, join, upperVi, vnDateInWords, vnNumberInWords } from './functions/index.js';
export { NOW_VARIABLE, OPERATORS } from './operators.js';
export type { AdminUnitNameLookup, FunctionRegistry, LogicFunction } from './types.js';
