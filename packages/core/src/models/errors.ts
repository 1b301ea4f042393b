// SPDX-License-Identifier: MIT
/** Errors are data: the UI, the server and the CLI print the same thing. */
import type { Evaluation } from './compiled-form.js';
import type { Locale } from './definition.js';

/** One validation failure of form data, located by a JSON Pointer into the data. */
export interface LocatedError {
  /** JSON Pointer into the data (`''` is the root), e.g. `/child/dateOfBirth`. */
  pointer: string;
  /** The JSON Schema keyword (or tokhai check) that failed: `required`, `format`, `pattern`, `computed`… */
  keyword: string;
  /** JSON Pointer into the schema of the failing keyword. */
  schemaPath: string;
  /** Keyword parameters (limits, the missing property, the format name…). */
  params: Record<string, unknown>;
  /** The key of the message in core's catalog, e.g. `format.ddcn`. */
  messageKey: string;
  /** The message in the requested locale, with the field label interpolated. */
  message: string;
}

/** The result of validating data. */
export interface ValidationResult {
  valid: boolean;
  errors: LocatedError[];
}

/** Options for `CompiledForm.validate`. */
export interface ValidateOptions {
  /** Message locale. Default `vi`. */
  locale?: Locale;
  /** Report errors under hidden fields too (default `false`: hidden fields are not the citizen's problem). */
  includeHidden?: boolean;
  /** The evaluation date for computed values (`$now`), as in `CompiledForm.evaluate`'s options. */
  now?: string;
  /**
   * The caller's `form.evaluate(data, { now })` of this very `data` object (same form, same `now`), so that
   * `validate` does not evaluate the rules again (a renderer evaluates on every keystroke anyway). Ignored when it is
   * not exactly that: another object, another date, or another form's evaluation.
   */
  evaluation?: Evaluation;
}

/** One problem in a form definition, located by a JSON Pointer into the definition. */
export interface DefinitionProblem {
  /** JSON Pointer into the definition document, e.g. `/ui/elements/3/scope`. */
  pointer: string;
  /** What kind of problem: `meta-schema`, `scope`, `rule`, `prefill`, `i18n`, `format`, `pattern`, `computed`, … */
  code: string;
  /** A sentence a form author understands. */
  message: string;
}

/**
 * Thrown by `compileForm` when a definition has problems. Lists all of them, not just the first.
 * The only error `compileForm` throws.
 */
export class FormDefinitionError extends Error {
  /** Every problem found. */
  readonly problems: readonly DefinitionProblem[];
  /** The file the definition came from, when known (set by callers that read files). */
  readonly file: string | undefined;

  constructor(problems: readonly DefinitionProblem[], file?: string) {
    super(
      `${file ?? 'Form definition'} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${file ?? ''}#${p.pointer} [${p.code}] ${p.message}`).join('\n'),
    );
    this.name = 'FormDefinitionError';
    this.problems = problems;
    this.file = file;
  }
}
