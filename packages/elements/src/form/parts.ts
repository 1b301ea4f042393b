// SPDX-License-Identifier: MIT
/** Small templates of `<tk-form>` that hold no state: the load failure, the unsupported field, a known step (the kiosk dialog is in `internal/idle-clock.ts`). */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldModel } from '../internal/field-model.js';
import { renderHeading } from '../layouts/heading.js';
import type { Translation } from '../translations/vi.js';
import type { LoadFailure } from './load-definition.js';

/**
 * Why no form is shown: `role="alert"` because it replaces the form the citizen came for. For an invalid
 * definition it lists every problem with its JSON Pointer, which is what the portal's form author needs.
 */
export function renderFailure(failure: LoadFailure, level: number, t: Translation): TemplateResult {
  const url = failure.url;
  return html`<div class="tk-failure" part="failure" role="alert">
    ${renderHeading(level, failure.kind === 'fetch' ? t.loadFailed : t.invalidDefinition)}
    ${failure.kind === 'fetch'
      ? html`<p>${t.loadFailedDetail(url ?? '', failure.reason)}</p>`
      : html`${url ? html`<p><code>${url}</code></p>` : nothing}
          <p>${t.definitionProblems(failure.problems.length)}</p>
          <ul>
            ${failure.problems.map((p) => html`<li><code>${p.pointer || '/'}</code> [${p.code}] ${p.message}</li>`)}
          </ul>`}
  </div>`;
}

/**
 * A control no widget fits: visible and named, so the citizen knows a question is missing instead of submitting
 * without it; focusable by script, so the error summary can still lead to it.
 */
export function renderUnsupported(model: FieldModel, t: Translation): TemplateResult {
  return html`<div class="tk-unsupported" part="unsupported" id=${model.id} tabindex="-1" role="group" aria-labelledby="${model.id}-label">
    <p id="${model.id}-label"><strong>${t.unsupportedField(model.label)}</strong></p>
    <p>${t.unsupportedFieldHint}</p>
  </div>`;
}

/**
 * A wizard step whose every field is known and locked, shown as a short confirmation ("Chúng tôi đã có các thông
 * tin này từ …") with a "report incorrect data" action per value (`<tk-correction-request>`), instead of questions
 * the citizen cannot change anyway.
 */
export function renderKnownStep(
  models: readonly FieldModel[],
  t: Translation,
  display: (model: FieldModel) => string,
  onCorrection: (event: Event) => void,
): TemplateResult {
  const sources = [...new Set(models.map((m) => m.prefill?.sourceLabel ?? ''))].filter(Boolean).join(', ');
  return html`<div class="tk-known" part="known-step">
    <p>${t.knownStepIntro(sources)}</p>
    <dl class="tk-summary-list" part="review-list">
      ${models.map(
        (m) => html`<div class="tk-summary-row" part="review-row">
          <dt class="tk-summary-key" part="review-key">${m.label}</dt>
          <dd class="tk-summary-value" part="review-value">${display(m)}</dd>
          <dd class="tk-summary-actions">
            <tk-correction-request .field=${m} display-value=${display(m)} @tk-correction=${onCorrection}></tk-correction-request>
          </dd>
        </div>`,
      )}
    </dl>
  </div>`;
}
