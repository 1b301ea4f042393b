// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * `@tokhai/core/ajv`: the ajv engine for Node (server, CLI, benchmarks) and precompiled validators for browsers.
 * Kept out of the main entry because ajv compiles with `new Function`, which a strict CSP forbids.
 *
 * ```ts
 * import { compileForm, compileBuiltForm } from '@tokhai/core';
 * import { ajvEngine, precompileForm } from '@tokhai/core/ajv';
 *
 * const form = compileForm(definition, { engine: ajvEngine() });   // server side
 * const source = precompileForm(definition);                       // build time: ES module source
 * await writeFile('birth-registration.validate.js', source);
 * // in the browser: import * as mod from './birth-registration.validate.js';
 * const browserForm = compileBuiltForm(definition, mod);          // checked at build time: no checks again
 * ```
 */
import { compileForm } from './compile/compile-form.js';
import type { CompileOptions } from './compile/options.js';
import type { FormDefinition } from './models/definition.js';
import { definitionHash, definitionTextHash, schemaHash } from './util/hash.js';
import { ajvEngine, standaloneModule } from './engines/ajv-engine.js';

export { ajvEngine, createAjv, AJV_OPTIONS, esmImports, type AjvEngineOptions } from './engines/ajv-engine.js';

/** The engine name `ajvEngine()` reports. */
export const AJV_ENGINE_NAME = 'ajv';

/**
 * Compiles a definition (so it must be valid: throws `FormDefinitionError` otherwise) and returns the ES module
 * source of its precompiled validator. The module imports only ajv runtime modules and `@tokhai/core` (for the
 * format table), and exports `validate`, `schemaHash`, `draft`, `definitionHash` (the hash of the definition
 * as given, which passed every check, in any key order) and `definitionTextHash` (the cheaper hash of its JSON text,
 * keys in the order given): `compileBuiltForm(definition, module)` compiles the form in a browser without repeating
 * the checks, `precompiledEngine(module)` adapts the validator alone.
 */
export const precompileForm = (definition: FormDefinition, options: Omit<CompileOptions, 'engine'> = {}): string => {
  const form = compileForm(definition, { ...options, engine: ajvEngine() });
  const draft = /draft-07/.test(String(form.schema.$schema ?? '')) ? 'draft-07' : '2020-12';
  return (
    standaloneModule(form.schema, draft, schemaHash(form.schema)) +
    `export const definitionHash = ${JSON.stringify(definitionHash(definition))};\n` +
    `export const definitionTextHash = ${JSON.stringify(definitionTextHash(definition))};\n`
  );
};
