// SPDX-License-Identifier: MIT
/**
 * Getting a `CompiledForm` from what the portal gives: a compiled form, a definition object, or a URL (`src`).
 * Fetching `src` is the only network request `<tk-form>` makes, and only when the portal sets `src`. Failures are
 * data (`LoadFailure`), shown to the citizen as a localized error with the URL and, for an invalid definition,
 * every problem with its JSON Pointer (what a form author needs to fix it).
 */
import {
  compileBuiltForm,
  FormDefinitionError,
  needsLogic,
  type BuiltFormOptions,
  type CompiledForm,
  type DefinitionProblem,
  type FormDefinition,
  type LogicKit,
  type PrecompiledModule,
} from '@tokhai/core';

/** Why no form could be shown. */
export type LoadFailure =
  | { kind: 'fetch'; url: string; reason: string }
  | { kind: 'definition'; url?: string; problems: readonly DefinitionProblem[] };

/** Whether a value is already compiled. */
export function isCompiled(form: unknown): form is CompiledForm {
  return typeof (form as CompiledForm | undefined)?.evaluate === 'function' && typeof (form as CompiledForm).validate === 'function';
}

let compiler: Promise<typeof import('./definition-compiler.js')> | undefined;

/**
 * Core's full compiler (every definition check), loaded on first use: forms compiled at
 * build time (`compileBuiltForm`) never need it.
 */
export function loadCompiler(): Promise<typeof import('./definition-compiler.js')> {
  compiler ??= import('./definition-compiler.js').catch((error: unknown) => {
    compiler = undefined; // a network hiccup: the next form tries again
    throw error;
  });
  return compiler;
}

let logicKitLoad: Promise<LogicKit> | undefined;

/**
 * Core's logic kit (`@tokhai/core/logic-kit`: the JSON Logic interpreter behind computed values), loaded on first
 * use: a chunk of its own, which pages rendering only forms without computed values never download. Give it to
 * `compileBuiltForm(definition, module, { logic })` for a definition with `computed` (see `needsLogic`).
 */
export function loadLogicKit(): Promise<LogicKit> {
  logicKitLoad ??= import('@tokhai/core/logic-kit').then(
    (module) => module.logicKit,
    (error: unknown) => {
      logicKitLoad = undefined; // a network hiccup: the next form tries again
      throw error;
    },
  );
  return logicKitLoad;
}

/**
 * `compileBuiltForm` for pages: loads the logic kit first when the definition has computed values (and
 * `options.logic` is not given), so a portal needs no `needsLogic` check of its own. Rejects with what
 * `compileBuiltForm` throws (a `FormDefinitionError` for a stale build), or with the kit's load error.
 */
export async function loadBuiltForm(definition: FormDefinition, module: PrecompiledModule, options: BuiltFormOptions = {}): Promise<CompiledForm> {
  const logic = options.logic ?? (needsLogic(definition) ? await loadLogicKit() : undefined);
  return compileBuiltForm(definition, module, logic === undefined ? options : { ...options, logic });
}

/**
 * Compiles a definition with core's default (eval-free interpreter) engine after checking it; problems (and a
 * compiler that cannot be loaded) become a `LoadFailure`. Never rejects.
 */
export async function compileDefinition(input: FormDefinition | CompiledForm, url?: string): Promise<CompiledForm | LoadFailure> {
  if (isCompiled(input)) return input;
  try {
    const { compileForm } = await loadCompiler();
    return compileForm(input);
  } catch (error) {
    const problems: DefinitionProblem[] =
      error instanceof FormDefinitionError
        ? [...error.problems]
        : [{ pointer: '', code: 'compile', message: error instanceof Error ? error.message : String(error) }];
    return url === undefined ? { kind: 'definition', problems } : { kind: 'definition', url, problems };
  }
}

/** Fetches and parses a `.form.json`, then compiles it. Never throws except for an abort. */
export async function loadDefinition(url: string, signal: AbortSignal): Promise<CompiledForm | LoadFailure> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    return { kind: 'fetch', url, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!response.ok) return { kind: 'fetch', url, reason: `HTTP ${response.status}${response.statusText ? ' ' + response.statusText : ''}` };
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    return { kind: 'definition', url, problems: [{ pointer: '', code: 'json', message: error instanceof Error ? error.message : String(error) }] };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { kind: 'definition', url, problems: [{ pointer: '', code: 'json', message: 'The file is not a JSON object.' }] };
  }
  return compileDefinition(json as FormDefinition, url);
}
