// SPDX-License-Identifier: MIT
/**
 * `compileBuiltForm`: compiles a catalog form that `tokhai build` already checked, with the validator module it
 * produced. The definition checks (meta-schema, scopes, texts, prefill targets, formats, ReDoS-prone patterns,
 * rules and computed expressions) ran at build time and failed the build on any problem; the module carries the
 * hash of the definition they passed on. When the hashes agree, running them again in every citizen's browser would
 * only repeat the build's verdict, at the cost of the compiler's weight and time, so this path runs only the steps
 * that produce something: the schema's draft and root, the layout, the validator.
 *
 * A module built from another definition (an edited form deployed without a rebuild) is refused with a
 * `FormDefinitionError` that says so: the page then shows that the form needs a rebuild instead of running checks
 * nobody reviewed. This is a guard against mistakes, not a security boundary: whoever serves the definition serves
 * the module too (see util/hash.ts).
 *
 * Computed values run JSON Logic, whose interpreter (json-logic-engine) and expression analysis weigh about 13 kB
 * gzip in a browser bundle, while most forms compute nothing. So this path does not import them: a definition with
 * `computed` needs the logic kit in `options.logic` (`@tokhai/core/logic-kit`, loaded on demand where size matters),
 * and without it is refused with code `logic-kit-missing`, never evaluated with its computed values missing.
 */
import type { CompiledForm } from '../models/compiled-form.js';
import type { FormDefinition } from '../models/definition.js';
import { FormDefinitionError } from '../models/errors.js';
import { verifiedPrecompiledEngine, type PrecompiledModule } from '../engines/precompiled.js';
import { isLogicKit, needsLogic } from '../computed/needs-logic.js';
import { definitionHash } from '../util/hash.js';
import type { CompileOptions } from './options.js';
import { runPipeline } from './pipeline.js';
import { compileWithGivenEngine } from './steps/compile-with-engine.js';
import { settleSchema } from './steps/settle-schema.js';
import { settleUi } from './steps/generate-ui-step.js';

/** Options of `compileBuiltForm`: those of `compileForm` that matter at run time. */
export type BuiltFormOptions = Pick<CompileOptions, 'functions' | 'adminUnits' | 'file' | 'logic'>;

/** Why a definition with computed values cannot be compiled without the logic kit, and how to fix it. */
const LOGIC_KIT_MISSING =
  'the form has computed values, which run JSON Logic: pass the logic kit as `compileBuiltForm(definition, module, { logic })`, ' +
  "with `logic` from `import { logicKit } from '@tokhai/core/logic-kit'` (in the browser bundle: `await loadLogicKit()`, or use " +
  '`await loadBuiltForm(definition, module)`, which loads it when needed).';

/**
 * Compiles a form definition checked by `tokhai build`, with the validator module built from it, without
 * checking the definition again. Throws `FormDefinitionError` (code `stale-build`) when the module was built from
 * another definition or does not say which (built by a tokhai before `definitionHash` existed): rebuild it, or
 * compile with `compileForm(definition, { engine: precompiledEngine(module) })`, which checks everything.
 * A definition with computed values (`needsLogic(definition)`) needs `options.logic`, the logic kit from
 * `@tokhai/core/logic-kit`; without it, throws `FormDefinitionError` (code `logic-kit-missing`).
 * Does not modify `definition`.
 */
export const compileBuiltForm = (definition: FormDefinition, module: PrecompiledModule, options: BuiltFormOptions = {}): CompiledForm => {
  let hash: string | undefined;
  try {
    hash = definitionHash(definition);
  } catch {
    hash = undefined;
  }
  const built = (module as { definitionHash?: unknown } | undefined)?.definitionHash;
  if (hash === undefined || built !== hash) {
    const message =
      typeof built === 'string'
        ? `the validator module was built from another definition (module ${built}, definition ${String(hash)}); rebuild it with \`tokhai build\`.`
        : 'the validator module does not name the definition it was built from; rebuild it with `tokhai build`.';
    throw new FormDefinitionError([{ pointer: '', code: 'stale-build', message }], options.file);
  }
  if (needsLogic(definition) && !isLogicKit(options.logic)) {
    throw new FormDefinitionError([{ pointer: '/computed', code: 'logic-kit-missing', message: LOGIC_KIT_MISSING }], options.file);
  }
  // The definition hash covers the schema, so the engine does not hash the schema again (precompiledEngine does,
  // for callers that pair a module with a schema themselves). These steps only read the definition: its copy is
  // frozen as it is made.
  return runPipeline(
    definition,
    { ...options, engine: verifiedPrecompiledEngine(module) },
    [
      ['settleSchema', settleSchema],
      ['settleUi', settleUi],
      ['compileValidators', compileWithGivenEngine],
    ],
    true,
  );
};
