// SPDX-License-Identifier: MIT
/**
 * The message `<tk-form>` shows instead of a form it could not load: loaded on first use (`parts.ts`,
 * `renderFailure`), since a form that loads never shows it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderHeading } from '../layouts/heading.js';
import type { Translation } from '../translations/vi.js';
import type { LoadFailure } from './load-definition.js';

/**
 * Why no form is shown: `role="alert"` because it replaces the form the citizen came for. For an invalid
 * definition it lists every problem with its JSON Pointer, which is what the portal's form author needs. When
 * the citizen had already answered (the portal switched to a file that fails), it says the answers are kept: the
 * form still holds them and shows them again with the next definition that loads.
 */
export function renderFailure(failure: LoadFailure, level: number, t: Translation, answersKept = false): TemplateResult {
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
    ${answersKept ? html`<p>${t.answersKept}</p>` : nothing}
  </div>`;
}
