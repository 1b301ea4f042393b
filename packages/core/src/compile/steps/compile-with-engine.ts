// SPDX-License-Identifier: MIT
import type { SchemaEngine } from '../../models/engine.js';
import { report, type CompileContext } from '../context.js';

/** Compiles the data schema with `engine`, reporting an engine's refusal as a problem. */
export const compileWith = (it: CompileContext, engine: SchemaEngine): void => {
  // With problems already found, an engine's complaint would mostly repeat them (e.g. an unresolved $ref).
  if (it.problems.length) return;
  try {
    it.validator = engine.compile(it.schema, { draft: it.draft });
  } catch (e) {
    report(it, '/schema', 'schema', `the ${engine.name} engine cannot compile the schema: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
};

/**
 * Compiles the data schema with the engine the options name, as `compileBuiltForm` always does (the precompiled
 * module). Kept apart from `compileValidators`, whose default engine is the interpreter: a bundle that compiles
 * only built forms then carries neither the interpreter nor cfworker.
 */
export const compileWithGivenEngine = (it: CompileContext): void => {
  const engine = it.options.engine;
  if (!engine) {
    report(it, '', 'internal', 'no schema engine was given.');
    return;
  }
  compileWith(it, engine);
};
