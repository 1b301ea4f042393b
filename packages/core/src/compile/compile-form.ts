// SPDX-License-Identifier: MIT
/**
 * `compileForm`: a pipeline of small named steps over one context object (as ajv's lib/compile), then assembly of
 * the immutable `CompiledForm` (pipeline.ts). Every step is total: it records problems instead of throwing; the
 * pipeline throws one `FormDefinitionError` listing them all, and nothing else.
 */
import type { CompiledForm } from '../models/compiled-form.js';
import type { FormDefinition } from '../models/definition.js';
import { logicKit } from '../computed/kit.js';
import type { CompileOptions } from './options.js';
import { runPipeline, type Step } from './pipeline.js';
import { checkMetaSchema } from './steps/check-meta-schema.js';
import { normalizeSchema } from './steps/normalize-schema.js';
import { settleUi } from './steps/generate-ui-step.js';
import { checkUiScopes } from './steps/check-ui-scopes.js';
import { checkI18n } from './steps/check-i18n.js';
import { checkPrefillTargets } from './steps/check-prefill.js';
import { checkFormats } from './steps/check-formats.js';
import { checkPatterns } from './steps/check-patterns.js';
import { checkLogic } from './steps/check-logic.js';
import { checkMessages } from './steps/check-messages.js';
import { compileValidators } from './steps/compile-validators.js';

/**
 * The pipeline, in order. A step after a fatal problem is skipped (its input would be meaningless). Only
 * `normalizeSchema`, `settleUi` and `compileValidators` produce something; the others only check
 * (`compileBuiltForm` runs their run-time parts: `settleSchema` instead of `normalizeSchema`, whose checks ran at
 * build time, then `settleUi` and the validator).
 */
const PIPELINE: ReadonlyArray<readonly [name: string, step: Step]> = [
  ['checkMetaSchema', checkMetaSchema],
  ['normalizeSchema', normalizeSchema],
  ['settleUi', settleUi],
  ['checkUiScopes', checkUiScopes],
  ['checkI18n', checkI18n],
  ['checkPrefillTargets', checkPrefillTargets],
  ['checkFormats', checkFormats],
  ['checkPatterns', checkPatterns],
  ['checkMessages', checkMessages],
  ['checkLogic', checkLogic],
  ['compileValidators', compileValidators],
];

/**
 * Compiles a form definition (or a bare JSON Schema, wrapped as by `definitionFromSchema`). Throws `FormDefinitionError` listing every problem (each with a JSON Pointer into
 * the definition), and never any other error. Does not modify `definition`. The schema engine is
 * `options.engine`, by default the eval-free interpreter (`compileValidators`).
 */
export const compileForm = (definition: FormDefinition, options: CompileOptions = {}): CompiledForm =>
  runPipeline(definition, options.logic === undefined ? { ...options, logic: logicKit } : options, PIPELINE);
