// SPDX-License-Identifier: MIT
/**
 * The one place the CLI calls `@tokhai/core`: compile a definition with each schema engine, the strict pattern
 * checker and the administrative-unit data, and turn `FormDefinitionError` into located problems.
 */
import {
  compileForm,
  FormDefinitionError,
  interpreterEngine,
  type CompiledForm,
  type DefinitionProblem,
  type FormDefinition,
  type Locale,
  type SchemaEngine,
} from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';
import { adminUnitLookup } from '@tokhai/vn-data/admin-units';
import { patternChecker } from './pattern-checker.js';

/** Engine name → factory. */
export type Engines = Readonly<Record<string, () => SchemaEngine>>;

/** The engines every catalog form is compiled with; fixtures must pass (or fail) identically in all. */
export const DEFAULT_ENGINES: Engines = { ajv: () => ajvEngine(), interpreter: () => interpreterEngine() };

/** The result of compiling one definition with every engine. */
export type CompileResult =
  | { ok: true; compiled: Record<string, CompiledForm> }
  | { ok: false; problems: readonly DefinitionProblem[] };

/**
 * Compiles `definition` once per engine. Definition problems are the same for every engine, so the first wins.
 * `locale` is the language of the problems core words in both languages (default English).
 */
export function compileWithEngines(definition: FormDefinition, file: string, engines: Engines = DEFAULT_ENGINES, locale: Locale = 'en'): CompileResult {
  const compiled: Record<string, CompiledForm> = {};
  for (const [name, engine] of Object.entries(engines)) {
    try {
      compiled[name] = compileForm(definition, { engine: engine(), patternChecker, adminUnits: adminUnitLookup, file, locale });
    } catch (e) {
      if (e instanceof FormDefinitionError) return { ok: false, problems: e.problems };
      return { ok: false, problems: [{ pointer: '', code: 'internal', message: `compileForm (${name}) threw: ${(e as Error).stack ?? String(e)}` }] };
    }
  }
  return { ok: true, compiled };
}
