// SPDX-License-Identifier: MIT
/**
 * A schema engine turns a JSON Schema into a validation function. tokhai has three, all producing the same
 * `RawError`s: the eval-free interpreter (default; browsers, strict CSP), ajv (Node: server, CLI, benchmarks) and
 * precompiled ajv standalone modules (browsers, built by `tokhai build`).
 */
import type { JsonSchema } from './json-schema.js';

/** One failure as an engine reports it, before localization. */
export interface RawError {
  /** JSON Pointer into the data. */
  instancePath: string;
  /** JSON Pointer into the schema, ending in the keyword. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** Validates one value; returns `[]` when valid. Never throws on any input. */
export type SchemaValidator = (data: unknown) => RawError[];

/** A way to compile schemas into validators. */
export interface SchemaEngine {
  /** Short name for diagnostics: `interpreter`, `ajv`, `precompiled`. */
  readonly name: string;
  /** Compiles a schema. Throws `Error` with a message when the schema cannot be compiled. */
  compile(schema: JsonSchema, options: { draft: '2020-12' | 'draft-07' }): SchemaValidator;
}
