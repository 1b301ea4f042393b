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
 * The comparison runs before anything else, over the same private frozen copy the form is then built from (made
 * once, here). It tries the cheap hash first: the module's `definitionTextHash`, of the JSON text `tokhai build` read,
 * against `JSON.stringify` of the copy (what a page that loaded the same file holds, keys in the same order). On a
 * miss (another key order, an old module without it, an edited definition) it compares the key-sorted
 * `definitionHash` exactly as before, which alone decides what is refused and with which message.
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
import { definitionHash, textHash } from '../util/hash.js';
import { cloneJsonFrozenChecked } from '../util/json.js';
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
  const copy = verifiedCopy(definition, module, options.file);
  if (needsLogic(copy) && !isLogicKit(options.logic)) {
    throw new FormDefinitionError([{ pointer: '/computed', code: 'logic-kit-missing', message: LOGIC_KIT_MISSING }], options.file);
  }
  // The definition hash covers the schema, so the engine does not hash the schema again (precompiledEngine does,
  // for callers that pair a module with a schema themselves). These steps only read the definition, and the
  // pipeline keeps the frozen copy made for the comparison instead of copying the definition again.
  return runPipeline(
    copy,
    { ...options, engine: verifiedPrecompiledEngine(module) },
    [
      ['settleSchema', settleSchema],
      ['settleUi', settleUi],
      ['compileValidators', compileWithGivenEngine],
    ],
    'owned',
  );
};

/**
 * The private frozen copy of `definition`, once the module is shown to be built from it; otherwise throws the
 * `stale-build` error (also for a definition JSON cannot hold, which no build read).
 */
const verifiedCopy = (definition: FormDefinition, module: PrecompiledModule, file: string | undefined): FormDefinition => {
  const own = frozenCopy(definition);
  const built = (module as { definitionHash?: unknown } | undefined)?.definitionHash;
  if (own !== undefined && typeof built === 'string' && sameText(own, module)) return own.copy;
  let hash: string | undefined;
  try {
    hash = own === undefined ? undefined : definitionHash(own.copy);
  } catch {
    hash = undefined;
  }
  if (own === undefined || hash === undefined || built !== hash) {
    const message =
      typeof built === 'string'
        ? `the validator module was built from another definition (module ${built}, definition ${String(hash)}); rebuild it with \`tokhai build\`.`
        : 'the validator module does not name the definition it was built from; rebuild it with `tokhai build`.';
    throw new FormDefinitionError([{ pointer: '', code: 'stale-build', message }], file);
  }
  return own.copy;
};

/** The private frozen copy of the definition, and whether it is plain JSON data; `undefined` when JSON cannot hold it. */
const frozenCopy = (definition: FormDefinition): { copy: FormDefinition; plain: boolean } | undefined => {
  try {
    return cloneJsonFrozenChecked(definition);
  } catch {
    return undefined;
  }
};

/** A method `JSON.stringify` would call on every object or array instead of writing its properties. */
const stringifyIsPatched = (): boolean => 'toJSON' in Object.prototype || 'toJSON' in Array.prototype;

/**
 * True when the copy's JSON text is the one the module's `definitionTextHash` was taken of. Only for plain data
 * (no function or symbol values, which `JSON.stringify` leaves out where `definitionHash` writes `null`) and an
 * unpatched `JSON.stringify`: then equal texts mean the very definition the build hashed both ways, so for a module
 * `tokhai build` wrote this accepts exactly what `definitionHash` would. Any doubt is a miss, and `definitionHash`
 * decides.
 */
const sameText = (own: { copy: FormDefinition; plain: boolean }, module: PrecompiledModule): boolean => {
  const expected = (module as { definitionTextHash?: unknown }).definitionTextHash;
  if (typeof expected !== 'string' || !own.plain || stringifyIsPatched()) return false;
  try {
    return textHash(JSON.stringify(own.copy)) === expected;
  } catch {
    return false;
  }
};
