// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * `@tokhai/core`: the tokhai form definition format, its compiler, validation with located and localized errors,
 * Vietnamese formats, and the one logic engine. Isomorphic and DOM-free; the default engine never uses `eval`.
 *
 * ```ts
 * import { compileForm } from '@tokhai/core';
 * import definition from './vn.moj.birth-registration.form.json' with { type: 'json' };
 *
 * const form = compileForm(definition);              // throws FormDefinitionError listing every problem
 * const { valid, errors } = form.validate(data, { locale: 'vi' });
 * for (const e of errors) console.log(e.pointer, e.message);
 * // "/child/fullName"  "Vui lòng nhập Họ, chữ đệm và tên"
 * const state = form.evaluate(data);                 // visible / enabled / required / computed
 * const submission = form.prepareSubmission(data);   // hidden fields stripped
 * form.text('child.fullName.label', 'en');           // "Full name"
 * ```
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

// Compiler
export { compileForm } from './compile/compile-form.js';
export { compileBuiltForm, type BuiltFormOptions } from './compile/compile-built-form.js';
export type { CompileOptions, PatternChecker } from './compile/options.js';
export { definitionFromSchema, type DefinitionFromSchemaOptions } from './compile/definition-from-schema.js';
export { generateDefaultUi } from './compile/generate-ui.js';
/**
 * `annotationOf(schema, root, 'title' | 'description')`: a schema's title or description as the author wrote it,
 * the nearest non-blank one along its local `$ref`s (a title beside a `$ref` names that use of the shared schema).
 * How core labels fields; renderers use it to show the same label.
 */
export { annotationOf, type FieldTextKeyword } from './compile/texts.js';
/**
 * `withDefaults(formOrSchema, data)`: `data` with the schema's `default`s filled in where a value is absent (a new
 * declaration's starting answers). Pure; returns `data` itself when nothing is filled in. Follows `properties`
 * through local `$ref`s and `allOf`, never `if`/`then`/`else`, `anyOf`, `oneOf` or array items.
 */
export { withDefaults, type DefaultsSource } from './util/defaults.js';
export { defaultPatternChecker } from './compile/steps/check-patterns.js';
/** Definition texts that are probably mistakes but still render: warnings, never compile errors. */
export { definitionTextWarnings, textWarnings, type TextWarningCode } from './compile/steps/check-i18n.js';
/**
 * Every warning of a definition: the text warnings, and typos that compile but make the form misbehave (unknown
 * prefill source or claim, widget option, enum value in an i18n key; a control without any label).
 */
export { definitionWarnings, type DefinitionWarningCode, type DefinitionWarningOptions } from './compile/steps/definition-warnings.js';
/** The published definition meta-schema (`schema/form.schema.json`) and its bundle twin. */
export { formDefinitionSchema, formBundleSchema, FORM_SCHEMA_ID, BUNDLE_SCHEMA_ID } from './compile/form-schema.js';

// Engines
export { interpreterEngine } from './engines/interpreter.js';
/**
 * `compileSchemaMatcher(schema, draft)`: a JSON Schema compiled into an eval-free yes/no check with the interpreter
 * engine's verdict and no error objects (core's closure matcher, which decides rule conditions, so it is in every
 * bundle that evaluates a form). Throws `UnsupportedSchemaError` for what it does not implement (some standard
 * formats, `$id`, non-local `$ref`s…): use `interpreterEngine()` there, or for the errors of a value that fails.
 */
export { compileClosureMatcher as compileSchemaMatcher, UnsupportedSchemaError, type ClosureMatcher, type MatcherDraft } from './engines/closure-matcher.js';
export { precompiledEngine, type PrecompiledModule } from './engines/precompiled.js';
export { schemaHash, definitionHash, definitionTextHash } from './util/hash.js';
/** Exact-decimal `multipleOf`, shared by every engine (precompiled validators import it by name). */
export { isMultipleOf } from './util/multiple-of.js';

// Formats
export {
  TOKHAI_FORMATS,
  STANDARD_FORMAT_NAMES,
  KNOWN_FORMAT_NAMES,
  formatTable,
  checkFormat,
  tokhaiFormat,
  type FormatCheck,
  type FormatDefinition,
  type FormatDocs,
  type FormatStatus,
  type FormatTableEntry,
} from './formats/index.js';
export { PROVINCE_CODES_2025, PROVINCE_CODES_PRE_2025 } from './formats/province-codes.js';
export { MOBILE_PREFIXES } from './formats/mobile-prefixes.js';
export { taxCodeCheckDigit } from './formats/vn-tax-code.js';
export { pidBirthYear, pidSex } from './formats/vn-pid.js';

// Messages
export {
  MESSAGES,
  formatMessage,
  registerMessages,
  hasMessages,
  loadMessages,
  type MessageKey,
  type MessageContext,
  type MessageFn,
  type MessageTable,
} from './i18n/index.js';

export * from './logic-api.js';

// Testers (which widget fits a control)
export * from './testers/index.js';
