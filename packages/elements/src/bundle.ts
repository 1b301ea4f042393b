// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * The embeddable bundle (`dist/tokhai.bundle.js`): defines `<tk-form>` and every widget of the registry (and the
 * container widgets), and re-exports the public API. Lit and core are inlined. Two optional parts are chunks of
 * their own beside it, loaded on first use: the administrative-unit data (an address field appears) and the
 * prefill flow with its components (`providers` are set on a form with prefill bindings).
 *
 * ```html
 * <script type="module" src="/vendor/tokhai.bundle.js"></script>
 * <tk-form src="/forms/vn.moj.birth-registration.form.json" draft="session"></tk-form>
 * ```
 */
import type * as Prefill from '@tokhai/prefill';
import { define } from './internal/define.js';
import { containers, registry } from './registry.js';
import './form/form.js';

for (const row of [...registry, containers.object, containers.array]) if (row.element) define(row.tagName, row.element);

export * from './index.js';

/**
 * Core's compiler, for portals without a build step that compile a catalog form with its precompiled validator
 * (`tokhai build`): `form.form = compileForm(definition, { engine: precompiledEngine(module) })`. Already in the
 * bundle (`<tk-form>` compiles definitions), so re-exporting costs nothing.
 */
export { compileForm, precompiledEngine, FormDefinitionError } from '@tokhai/core';

/**
 * What `loadPrefill()` gives: `@tokhai/prefill`'s adapters and its one-form and bundle functions (see its README).
 */
export type PrefillKit = Pick<
  typeof Prefill,
  | 'httpJsonProvider'
  | 'oidcClaimsProvider'
  | 'userinfoEndpoint'
  | 'combineProviders'
  | 'planPrefill'
  | 'runPrefill'
  | 'applyPrefill'
  | 'planBundlePrefill'
  | 'runBundlePrefill'
  | 'shareAnswers'
>;

/**
 * Loads the prefill chunk beside the bundle (the one `<tk-form>` loads when it meets providers) and registers the
 * prefill components (`<tk-consent-panel>`, `<tk-provenance-badge>`, `<tk-correction-request>`,
 * `<tk-prefill-status>`). For portals without a build step that configure providers or run prefill themselves:
 * a bundle of procedures plans once (`planBundlePrefill`), shows one `<tk-consent-panel>`, runs once
 * (`runBundlePrefill`) and gives each member `<tk-form>` its values in `data` and its record in `prefillRecord`.
 * Loaded on demand so that forms without prefill do not pay for it in `tokhai.bundle.js`.
 */
export async function loadPrefill(): Promise<PrefillKit> {
  const [module] = await Promise.all([import('@tokhai/prefill'), import('./prefill/index.js')]);
  return module;
}
