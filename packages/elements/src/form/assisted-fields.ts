// SPDX-License-Identifier: MIT
/**
 * Assisted mode's fields, the officer id input and the citizen's confirmation checkbox (loaded on first use:
 * `assisted.ts`, with the errors they fix, is the part `<tk-form>` always carries).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../translations/vi.js';
import { CONFIRM_ID, OFFICER_ID } from './assisted.js';

/** What the assisted fields show. */
export interface AssistedFieldsOptions {
  t: Translation;
  /** Whether to ask for the officer id (no `officer-id` attribute). */
  askOfficerId: boolean;
  officerId: string;
  officerMissing: boolean;
  confirmed: boolean;
  confirmMissing: boolean;
  onOfficerId: (value: string) => void;
  onConfirm: (checked: boolean) => void;
}

function errorLine(id: string, prefix: string, message: string): TemplateResult {
  return html`<p class="tk-error-message" id=${id}><span class="visually-hidden">${prefix} </span>${message}</p>`;
}

/** The officer id input and the citizen's confirmation checkbox (on the review step, or above "Submit"). */
export function renderAssistedFields(o: AssistedFieldsOptions): TemplateResult {
  const { t } = o;
  return html`<div class="tk-assisted-fields" part="assisted-fields">
    ${o.askOfficerId
      ? html`<div class="tk-own-field ${o.officerMissing ? 'tk-own-field--invalid' : ''}">
          <label for=${OFFICER_ID}>${t.officerId}</label>
          <p class="tk-hint" id="${OFFICER_ID}-hint">${t.officerIdHint}</p>
          ${o.officerMissing ? errorLine(`${OFFICER_ID}-error`, t.errorPrefix, t.officerIdMissing) : nothing}
          <input
            class="tk-input"
            id=${OFFICER_ID}
            autocomplete="off"
            .value=${o.officerId}
            aria-describedby="${OFFICER_ID}-hint${o.officerMissing ? ` ${OFFICER_ID}-error` : ''}"
            aria-invalid=${o.officerMissing ? 'true' : 'false'}
            aria-required="true"
            @input=${(e: Event) => o.onOfficerId((e.target as HTMLInputElement).value)}
          />
        </div>`
      : nothing}
    <div class="tk-own-field ${o.confirmMissing ? 'tk-own-field--invalid' : ''}">
      ${o.confirmMissing ? errorLine(`${CONFIRM_ID}-error`, t.errorPrefix, t.citizenConfirmMissing) : nothing}
      <div class="tk-checkbox">
        <input
          type="checkbox"
          id=${CONFIRM_ID}
          .checked=${o.confirmed}
          aria-describedby=${o.confirmMissing ? `${CONFIRM_ID}-error` : nothing}
          aria-invalid=${o.confirmMissing ? 'true' : 'false'}
          @change=${(e: Event) => o.onConfirm((e.target as HTMLInputElement).checked)}
        />
        <label for=${CONFIRM_ID}>${t.citizenConfirm}</label>
      </div>
    </div>
  </div>`;
}
