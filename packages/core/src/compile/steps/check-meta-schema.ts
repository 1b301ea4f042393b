// SPDX-License-Identifier: MIT
import type { SchemaValidator } from '../../models/engine.js';
import { interpreterEngine } from '../../engines/interpreter.js';
import { inspectData } from '../../util/json-data.js';
import { formDefinitionSchema } from '../form-schema.js';
import { collapseErrors, describeMetaError } from '../describe-problem.js';
import { report, type CompileContext } from '../context.js';
import { compileMatcher, type Matcher } from './schema-matcher.js';
import type { RawError } from '../../models/engine.js';
import { stableStringify } from '../../util/json.js';
import { findMistakes, withoutLayoutCascades, withMistakesFixed, type Mistake } from './explain-meta-errors.js';

let metaValidator: SchemaValidator | undefined;
let metaMatcher: Matcher | null | undefined;

/** The definition meta-schema, compiled once with the eval-free engine (so it works in browsers too). */
const meta = (): SchemaValidator =>
  (metaValidator ??= interpreterEngine().compile(formDefinitionSchema as never, { draft: '2020-12' }));

/** The same meta-schema as a yes/no matcher; `null` if it cannot be compiled (a test makes sure it can). */
const matcher = (): Matcher | null => {
  if (metaMatcher === undefined) {
    try {
      metaMatcher = compileMatcher(formDefinitionSchema);
    } catch {
      metaMatcher = null;
    }
  }
  return metaMatcher;
};

/**
 * True when the definition certainly conforms: plain JSON (what the interpreter would see unchanged) that the
 * matcher accepts. Anything else (undefined members, data JSON cannot hold, nesting past the call stack) answers
 * false, and the detailed pass decides.
 */
export const conformsToMetaSchema = (definition: unknown): boolean => {
  const m = matcher();
  if (!m) return false;
  try {
    return inspectData(definition) === 'json' && m(definition);
  } catch {
    return false;
  }
};

/** The explained mistakes; none when the definition cannot be read (a throwing getter: its errors say enough). */
const mistakesOf = (it: CompileContext): Mistake[] => {
  try {
    return findMistakes(it.definition, it.options.locale);
  } catch {
    return [];
  }
};

/** What identifies one meta-schema error across two checks of nearly the same definition. */
const errorKey = (e: RawError): string => `${e.instancePath}\u0000${e.schemaPath}\u0000${e.keyword}\u0000${stableStringify(e.params)}`;

/**
 * The pointers whose problems, in a later step's words, an explained mistake replaces (the logic check's "Unknown
 * rule effect"), by compilation: `checkLogic` leaves them out, so that one mistake gives one message.
 */
const explainedByContext = new WeakMap<CompileContext, ReadonlySet<string>>();

/** The pointers of the mistakes `checkMetaSchema` explained in this compilation (none when it explained none). */
export const explainedPointers = (it: CompileContext): ReadonlySet<string> => explainedByContext.get(it) ?? new Set();

/**
 * Checks the definition against `form.schema.json`: shape, required members, known properties. A conforming
 * definition is recognised by the fast matcher (about 1 ms at 1,000 fields, against 50 for the detailed pass); only
 * a definition it rejects runs the interpreter, whose errors become the problems an author reads.
 *
 * Common mistakes (a lower-case element type or rule effect, a version that is not MAJOR.MINOR.PATCH) come first,
 * explained in the locale of `options.locale` (explain-meta-errors.ts). The errors they cause around them are left
 * out: the definition is checked again with the mistakes corrected, and only the errors that remain are reported.
 * Any other error inside a layout element no longer makes the element itself fail too (`withoutLayoutCascades`).
 */
export const checkMetaSchema = (it: CompileContext): void => {
  if (conformsToMetaSchema(it.definition)) return;
  let errors = collapseErrors(meta()(it.definition));
  const mistakes = errors.some((e) => e.keyword === 'unprocessable') ? [] : mistakesOf(it);
  if (mistakes.length) {
    for (const m of mistakes) report(it, m.pointer, 'meta-schema', m.message);
    explainedByContext.set(it, new Set(mistakes.flatMap((m) => [m.pointer, ...m.covers])));
    const fixed = withMistakesFixed(it.definition, mistakes);
    if (fixed !== undefined) {
      const remaining = new Set(collapseErrors(meta()(fixed)).map(errorKey));
      errors = errors.filter((e) => remaining.has(errorKey(e)));
    }
  }
  for (const e of withoutLayoutCascades(errors, it.definition)) {
    if (e.keyword === 'unprocessable') {
      report(it, '', 'meta-schema', 'the definition is not plain JSON (or is nested too deeply to check).');
      it.fatal = true;
      continue;
    }
    const { pointer, message } = describeMetaError(e, formDefinitionSchema);
    report(it, pointer, 'meta-schema', message);
  }
};
