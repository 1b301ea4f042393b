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
 */
import type { CompiledForm } from '../models/compiled-form.js';
import type { FormDefinition } from '../models/definition.js';
import { FormDefinitionError } from '../models/errors.js';
import { precompiledEngine, type PrecompiledModule } from '../engines/precompiled.js';
import { definitionHash } from '../util/hash.js';
import type { CompileOptions } from './options.js';
import { runPipeline } from './pipeline.js';
import { compileValidators } from './steps/compile-validators.js';
import { normalizeSchema } from './steps/normalize-schema.js';
import { settleUi } from './steps/generate-ui-step.js';

/** Options of `compileBuiltForm`: those of `compileForm` that matter at run time. */
export type BuiltFormOptions = Pick<CompileOptions, 'functions' | 'adminUnits' | 'file'>;

/**
 * Compiles a form definition checked by `tokhai build`, with the validator module built from it, without
 * checking the definition again. Throws `FormDefinitionError` (code `stale-build`) when the module was built from
 * another definition or does not say which (built by a tokhai before `definitionHash` existed): rebuild it, or
 * compile with `compileForm(definition, { engine: precompiledEngine(module) })`, which checks everything.
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
  // The precompiled engine checks the module's schema hash too: a module is never paired with another schema.
  return runPipeline(definition, { ...options, engine: precompiledEngine(module) }, [
    ['normalizeSchema', normalizeSchema],
    ['settleUi', settleUi],
    ['compileValidators', compileValidators],
  ]);
};
