// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * The embeddable bundle (`dist/tokhai.bundle.js`): defines `<tk-form>` and every widget of the registry whose
 * class it carries (and `<tk-fieldset>`), and re-exports the public API. Lit and core's run-time half are inlined. Optional parts are
 * chunks of their own beside it, loaded on first use: core's definition checks (a definition not built by
 * `tokhai build`), the administrative-unit data (an address field appears), the prefill
 * flow with its components (`providers` are set on a form with prefill bindings), the rare widgets (file,
 * address, repeatable group: registry rows with `load`), drafts (`draft`), the review step, assisted mode's
 * fields, and English (the element's texts and core's messages, when `locale="en"` is first used).
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
 * Core's compiler for forms built by `tokhai build`, for portals without a build step:
 * `form.form = await loadBuiltForm(definition, validatorModule)` (which loads the logic kit when the form has
 * computed values), or `compileBuiltForm(definition, validatorModule, { logic })` with `logic` from
 * `await loadLogicKit()` when `needsLogic(definition)`. The definition checks ran at build time, so this path does
 * not carry them, and the JSON Logic interpreter is a chunk loaded only for forms with computed values:
 * `<tk-form>` stays smaller and renders sooner.
 */
export { compileBuiltForm, needsLogic, precompiledEngine, FormDefinitionError } from '@tokhai/core';

/**
 * Core's `withDefaults(form, data)`: `data` with the schema's `default`s filled in where absent, what `<tk-form>`
 * starts a new declaration with. For a page that builds a form's first data itself (a bundle of procedures giving
 * each member prefilled and shared answers): start each member from `withDefaults(form, {})`.
 */
export { withDefaults } from '@tokhai/core';

/**
 * `loadLogicKit()`: core's logic kit (the JSON Logic interpreter for computed values), a chunk beside the bundle
 * loaded on first use. `loadBuiltForm(definition, module, options?)`: `compileBuiltForm` after loading the kit when
 * the definition needs it.
 */
export { loadBuiltForm, loadLogicKit } from './form/load-definition.js';

/**
 * Loads core's full compiler (a chunk beside the bundle with every definition check), for definitions that were
 * not built by `tokhai build`: `(await loadCompiler()).compileForm(definition)`. `<tk-form>` loads the same chunk
 * by itself when it is given such a definition.
 */
export { loadCompiler } from './form/load-definition.js';

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
  const [module] = await Promise.all([import('./internal/prefill-kit.js'), import('./prefill/index.js')]);
  return module;
}
