// SPDX-License-Identifier: MIT
/**
 * Small templates of `<tk-form>` that hold no state: the load failure (its code loaded on first use) and a known step
 * (the kiosk dialog is in `internal/idle-clock.ts`; the unsupported-field notice is drawn by layouts/view-renderer.ts).
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { issueWarning } from '../internal/dev-mode.js';
import type { FieldModel } from '../internal/field-model.js';
import { once, trackLoad } from '../internal/lazy.js';
import { renderHeading } from '../layouts/heading.js';
import type { Translation } from '../translations/vi.js';
import type { LoadFailure } from './load-definition.js';

/** The failure message's code once loaded, or `false` when it could not be (a heading alone is shown then). */
let failureCode: typeof import('./failure.js') | false | undefined;
const loadFailureCode = once(() => import('./failure.js'));

/**
 * Why no form is shown (`failure.ts`: the URL, the reason, every problem of an invalid definition), loaded on
 * first use: until it arrives the host shows its loading status, and its `updateComplete` waits for it.
 */
export function renderFailure(host: ReactiveControllerHost, failure: LoadFailure, level: number, t: Translation, answersKept = false): TemplateResult {
  if (failureCode) return failureCode.renderFailure(failure, level, t, answersKept);
  if (failureCode === false) {
    return html`<div class="tk-failure" part="failure" role="alert">
      ${renderHeading(level, failure.kind === 'fetch' ? t.loadFailed : t.invalidDefinition)}
      ${answersKept ? html`<p>${t.answersKept}</p>` : nothing}
    </div>`;
  }
  trackLoad(host, loadFailureCode()).then(
    (code) => (failureCode = code),
    (error: unknown) => {
      failureCode = false; // not asked for again on every update
      issueWarning('part-not-loaded', `The failure message code could not be loaded: ${String(error)}`);
    },
  );
  return html`<p class="tk-loading" role="status" part="loading">${t.loading}</p>`;
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
