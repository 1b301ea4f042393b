// SPDX-License-Identifier: MIT
/**
 * Assisted mode: an officer at a help point fills in the form for a citizen. Before submitting, the form needs the
 * officer's id (from the `officer-id` attribute, or typed here) and the citizen's explicit confirmation; both are
 * recorded in `submission.assisted`. Missing ones are ordinary errors: listed in the error summary, linked to
 * these controls, and announced like any field error.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocatedError } from '@tokhai/core';
import type { Translation } from '../translations/vi.js';

/** Ids of the form's own controls (targets of the error summary). */
export const OFFICER_ID = 'tk-officer-id';
export const CONFIRM_ID = 'tk-citizen-confirm';

/** Keyword → control id of the errors `<tk-form>` adds itself; the `tk-` keywords never collide with core's. */
export const OWN_ERRORS: Record<string, string> = { 'tk-officer-id': OFFICER_ID, 'tk-citizen-confirm': CONFIRM_ID };

const own = (keyword: string, message: string): LocatedError => ({
  pointer: '',
  keyword,
  schemaPath: '',
  params: {},
  messageKey: `tk-form.${keyword}`,
  message,
});

/** The assisted-mode errors: a missing officer id, a missing confirmation. */
export function assistedErrors(t: Translation, officerId: string, confirmedAt: string | undefined): LocatedError[] {
  const errors: LocatedError[] = [];
  if (!officerId) errors.push(own('tk-officer-id', t.officerIdMissing));
  if (!confirmedAt) errors.push(own('tk-citizen-confirm', t.citizenConfirmMissing));
  return errors;
}

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
