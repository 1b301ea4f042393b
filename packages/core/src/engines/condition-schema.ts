// SPDX-License-Identifier: MIT
/**
 * The definition checks' view of a rule condition's schema (compile time only: this module carries the interpreter,
 * which a bundle for forms built by `tokhai build` leaves out). Conditions are decided at run time by the closure
 * matcher (rules/schema-match.ts), so a condition schema must be one both the interpreter, its reference, and the
 * closure matcher accept.
 */
import type { SchemaValidator } from '../models/engine.js';
import type { JsonSchema } from '../models/json-schema.js';
import { compileClosureMatcher, UnsupportedSchemaError, type MatcherDraft } from './closure-matcher.js';
import { interpreterEngine } from './interpreter.js';

/** Compiles a schema with the interpreter engine; throws when it cannot (an unresolvable `$ref`). */
export function compileWithInterpreter(schema: JsonSchema, draft: MatcherDraft): SchemaValidator {
  return interpreterEngine().compile(schema, { draft });
}

/**
 * Throws an `Error` saying why a condition schema cannot be used: the interpreter cannot compile it (an unresolvable
 * `$ref`), or the closure matcher that decides conditions does not implement it (`$recursiveRef`, an `$id`, a `$ref`
 * that is not a JSON Pointer into the schema, a `$ref` cycle that never reaches the data, a keyword value of the
 * wrong shape). `rules/check-logic.ts` reports the message.
 */
export function assertConditionSchema(schema: JsonSchema, draft: MatcherDraft): void {
  compileWithInterpreter(schema, draft);
  compileClosureMatcher(schema, draft);
}

/**
 * Why the closure matcher cannot decide a schema the interpreter can (`undefined` when it can, or when neither can:
 * both then never match). For the data schema's `if` subschemas, which decide conditional `required` at run time
 * (rules/required.ts) and are checked by `normalizeSchema`.
 */
export function closureRefusal(schema: unknown, draft: MatcherDraft): string | undefined {
  try {
    compileClosureMatcher(schema, draft);
    return undefined;
  } catch (e) {
    if (!(e instanceof UnsupportedSchemaError)) throw e;
    try {
      compileWithInterpreter(schema as JsonSchema, draft);
    } catch {
      return undefined;
    }
    return e.message;
  }
}
