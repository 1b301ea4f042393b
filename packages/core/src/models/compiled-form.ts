// SPDX-License-Identifier: MIT
/** The result of `compileForm`: everything the renderer, the server and the CLI need, decided in one place. */
import type { FormDefinition, Locale } from './definition.js';
import type { ValidateOptions, ValidationResult } from './errors.js';
import type { JsonSchema, JsonSchemaObject } from './json-schema.js';
import type { UISchemaElement } from './uischema.js';

/** The state of one data field after rules and computed values are applied. */
export interface FieldState {
  /** False when a rule on the control or on an enclosing layout hides it. Hidden data is stripped on submit. */
  visible: boolean;
  /** False when a rule disables it, or it is computed or read-only. */
  enabled: boolean;
  /** True when the schema requires it and it is visible. */
  required: boolean;
  /** True when its value is computed by the definition. */
  computed: boolean;
}

/** The state of one UI schema element (layouts, groups, steps and controls alike). */
export interface ElementState {
  visible: boolean;
  enabled: boolean;
}

/**
 * The one answer of the logic engine for a definition and data. `<tk-form>`, `@tokhai/server` and the CLI all
 * read this; none re-implements it. Read-only: `data` and `submission` share the parts the evaluation did not change
 * with the input (copy-on-write; their top levels are fresh objects), and element states are shared frozen objects.
 */
export interface Evaluation {
  /** The data with computed values written in. */
  data: unknown;
  /** Data pointer → computed value. */
  computed: Record<string, unknown>;
  /**
   * Data pointer → state, for every control in the UI (array items expanded: `/children/0/name`).
   */
  fields: Record<string, FieldState>;
  /**
   * UI element path → state. Paths are JSON Pointers into the UI schema (`''` is the root,
   * `/elements/1/elements/0`); inside an array item's detail they continue after the data index:
   * `/elements/2/detail/0/elements/1`.
   */
  elements: Record<string, ElementState>;
  /** Data pointers hidden by rules (their values are stripped from the submission). */
  hidden: string[];
  /** Data pointers required right now (sorted). */
  required: string[];
  /** The data to submit: hidden values removed, computed values in place. */
  submission: unknown;
}

/** Options for one evaluation. */
export interface EvaluateOptions {
  /**
   * The evaluation date that computed expressions read as `{"var": "$now"}`: `YYYY-MM-DD`, or an ISO date-time
   * (read as the calendar date in Vietnam, UTC+7). Without it `$now` is `null`, so results never depend on the
   * machine's clock: the browser passes the date it submits on, the server the submission's `submittedAt`.
   */
  now?: string;
}

/** A compiled, ready-to-use form. Immutable; safe to share between renders and requests. */
export interface CompiledForm {
  /** The definition's `id`. */
  readonly id: string;
  /** The definition's `version`. */
  readonly version: string;
  /** The definition as given (normalized: `ui` filled in). */
  readonly definition: FormDefinition;
  /** The data schema's root object. */
  readonly schema: JsonSchemaObject;
  /** The layout: the definition's `ui`, or the one generated from the schema. */
  readonly ui: UISchemaElement;
  /** Validates data against the schema and computed values; errors are located and localized. Never throws. */
  validate(data: unknown, options?: ValidateOptions): ValidationResult;
  /** Runs rules and computed values. Never throws, never changes `data`; the result is read-only (see `Evaluation`). */
  evaluate(data: unknown, options?: EvaluateOptions): Evaluation;
  /**
   * The data to submit: hidden fields stripped, computed values recomputed. `evaluate(d, options).submission`, as a
   * deep copy the caller may keep and edit.
   */
  prepareSubmission(data: unknown, options?: EvaluateOptions): unknown;
  /**
   * Resolves a definition text: an i18n key in `locale` (falling back to `vi`), or the literal text when no such
   * key exists. Returns `fallback` when `keyOrText` is undefined.
   */
  text(keyOrText: string | undefined, locale: Locale, fallback?: string): string;
  /** The schema at a UI scope (`#/properties/a/properties/b`), relative to `base` (default: the root). */
  resolveScope(scope: string, base?: JsonSchema): JsonSchema | undefined;
}
