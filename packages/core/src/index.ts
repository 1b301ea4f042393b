// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * `@tokhai/core`: the tokhai form definition format, its compiler, validation and the one logic engine.
 */
export type * from './models/json-schema.js';
export type * from './models/uischema.js';
export type * from './models/rule.js';
export type * from './models/definition.js';
export type * from './models/engine.js';
export type * from './models/submission.js';
export type * from './models/compiled-form.js';
export type { LocatedError, ValidationResult, ValidateOptions, DefinitionProblem } from './models/errors.js';
export { FormDefinitionError } from './models/errors.js';
export { LOCALES, PREFILL_TRANSFORMS } from './models/definition.js';
export { isControl, isLayout, isCategorization, isCategory, isLabel, isGroup } from './models/uischema.js';
export { isAndCondition, isOrCondition, isLeafCondition, isSchemaCondition } from './models/rule.js';
export * from './logic-api.js';
export * from './testers/index.js';
