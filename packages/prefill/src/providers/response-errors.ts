// SPDX-License-Identifier: MIT
/**
 * The errors of a response body against `httpJsonProvider`'s `responseSchema`, from core's interpreter engine.
 * A module of its own, imported on demand: in a browser bundle the interpreter is a chunk that a page loads only
 * when a source answers with a body that fails its schema (or with a schema only the interpreter implements).
 */
import { interpreterEngine, type JsonSchema } from '@tokhai/core';

/** The first errors (at most `limit`) of `body`, as `path: keyword params`; `[]` when it satisfies the schema. */
export function responseErrors(schema: JsonSchema, draft: '2020-12' | 'draft-07', body: unknown, limit = 5): string[] {
  const validate = interpreterEngine().compile(schema, { draft });
  return validate(body)
    .slice(0, limit)
    .map((e) => `${e.instancePath || '/'}: ${e.keyword} ${JSON.stringify(e.params)}`);
}
