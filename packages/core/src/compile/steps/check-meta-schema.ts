// SPDX-License-Identifier: MIT
import type { SchemaValidator } from '../../models/engine.js';
import { interpreterEngine } from '../../engines/interpreter.js';
import { inspectData } from '../../util/json-data.js';
import { formDefinitionSchema } from '../form-schema.js';
import { collapseErrors, describeMetaError } from '../describe-problem.js';
import { report, type CompileContext } from '../context.js';
import { compileMatcher, type Matcher } from './schema-matcher.js';

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

/**
 * Checks the definition against `form.schema.json`: shape, required members, known properties. A conforming
 * definition is recognised by the fast matcher (about 1 ms at 1,000 fields, against 50 for the detailed pass); only
 * a definition it rejects runs the interpreter, whose errors become the problems an author reads.
 */
export const checkMetaSchema = (it: CompileContext): void => {
  if (conformsToMetaSchema(it.definition)) return;
  for (const e of collapseErrors(meta()(it.definition))) {
    if (e.keyword === 'unprocessable') {
      report(it, '', 'meta-schema', 'the definition is not plain JSON (or is nested too deeply to check).');
      it.fatal = true;
      continue;
    }
    const { pointer, message } = describeMetaError(e, formDefinitionSchema);
    report(it, pointer, 'meta-schema', message);
  }
};
