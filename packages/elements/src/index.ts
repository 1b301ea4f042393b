// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * `@tokhai/elements`: Lit web components that render tokhai form definitions, accessible (WCAG 2.1 AA) and
 * bilingual (Vietnamese by default, English complete). This entry exports classes and types only and registers
 * no tag; import `@tokhai/elements/bundle` (or `dist/tokhai.bundle.js`) to define every element.
 *
 * ```ts
 * import '@tokhai/elements/bundle';
 * import type { TkSubmitEvent } from '@tokhai/elements';
 *
 * const form = document.querySelector('tk-form')!;   // <tk-form src="/forms/vn.moj.birth-registration.form.json">
 * form.providers = [vneidProvider];                   // optional: prefill with consent
 * form.addEventListener('tk-submit', (event: TkSubmitEvent) => {
 *   event.preventDefault();                           // the portal sends it itself
 *   void fetch('/api/submissions', { method: 'POST', body: JSON.stringify(event.detail.submission) });
 * });
 * ```
 */

/** The `<tk-form>` class (not registered by this import). */
export { TkForm } from './form/form.component.js';
export type { LoadFailure } from './form/load-definition.js';

/** Events dispatched by `<tk-form>` and its widgets. */
export { TkChangeEvent, type TkChangeDetail } from './events/tk-change.js';
export { TkSubmitEvent, type TkSubmitDetail } from './events/tk-submit.js';
export { TkInvalidEvent, type TkInvalidDetail } from './events/tk-invalid.js';
export { TkClearEvent, type TkClearDetail, type TkClearReason } from './events/tk-clear.js';
export { TkFieldInputEvent } from './events/tk-field-input.js';
export { TkFieldCommitEvent } from './events/tk-field-commit.js';

/** The widget contract and registry: add a row to render a control with your own widget. */
export type { FieldModel, FieldChangeDetail, FieldPrefill } from './internal/field-model.js';
export { registry, pickWidget, type WidgetRow, type WidgetElement } from './registry.js';

/**
 * Loads and defines the widgets the bundle loads on first use (`<tk-file-field>`, `<tk-admin-unit>`,
 * `<tk-repeat-group>`), for pages that create widgets by hand rather than through `<tk-form>`.
 */
export { loadWidgets } from './widgets/index.js';

/** Built-in texts: read them (`loadTranslation('en')` first for English), or override some for your portal. */
export type { Translation } from './translations/vi.js';
export { translation, registerTranslation, loadTranslation } from './internal/localize.js';

/** Draft storage modes. */
export type { DraftMode } from './drafts/draft-store.js';

/** Registers a custom element once (no-op for the same version, dev warning for another version). */
export { define } from './internal/define.js';

/** Parses and renders the safe markdown subset of definition texts (for custom widgets). */
export { parseSafeMarkdown, renderSafeMarkdown, type SafeInline } from './internal/safe-markdown.js';

/** The package version. */
export { VERSION } from './internal/version.js';
