// SPDX-License-Identifier: MIT
import { interpreterEngine } from '../../engines/interpreter.js';
import { report, type CompileContext } from '../context.js';

/** Compiles the data schema with the chosen engine (default: the eval-free interpreter). */
export const compileValidators = (it: CompileContext): void => {
  // With problems already found, an engine's complaint would mostly repeat them (e.g. an unresolved $ref).
  if (it.problems.length) return;
  const engine = it.options.engine ?? interpreterEngine();
  try {
    it.validator = engine.compile(it.schema, { draft: it.draft });
  } catch (e) {
    report(it, '/schema', 'schema', `the ${engine.name} engine cannot compile the schema: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
};
