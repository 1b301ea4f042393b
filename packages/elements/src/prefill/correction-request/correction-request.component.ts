// SPDX-License-Identifier: MIT
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { CorrectionRequest } from '@tokhai/core';
import type { FieldModel } from '../../internal/field-model.js';
import { TkCorrectionEvent } from '../events.js';
import { TkPrefillElement } from '../prefill-element.js';
import { prefillBaseStyles } from '../prefill.styles.js';
import { correctionRequestStyles } from './correction-request.styles.js';

type ClaimedError = 'correctionClaimedMissing' | 'correctionClaimedSame';
type ReasonError = 'correctionReasonMissing';

/** A value as text, for showing the current record. */
function displayOf(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => displayOf(v, empty)).join('; ');
  if (typeof value === 'object') {
    return Object.values(value as Record<string, unknown>)
      .filter((v) => v !== undefined && v !== null && v !== '')
      .map((v) => displayOf(v, empty))
      .join(', ');
  }
  return empty;
}

/**
 * @summary For a locked prefilled field: a disclosure that shows the current record and lets the citizen ask the
 * record keeper to correct it, with the value they claim and a reason. The form's value does not change: the
 * authoritative record is corrected by the agency, not overwritten in the browser (Decree 13/2023, context.md).
 * @status stable
 * @since 0.1
 *
 * Uses native `<details>`/`<summary>` (keyboard and screen-reader support for free). Both inputs are labelled,
 * errors are linked with `aria-describedby` and announced; Enter in the single-line input sends the request instead
 * of submitting the surrounding form.
 *
 * @event tk-correction - `detail` is the `CorrectionRequest` `{pointer, source, currentValue, claimedValue, reason}`.
 *
 * @csspart base - The `<details>` element.
 * @csspart button - The send button.
 */
export class TkCorrectionRequest extends TkPrefillElement {
  static override styles = [prefillBaseStyles, correctionRequestStyles];

  /** JSON Pointer of the field in the form data. */
  @property() pointer = '';

  /** Provider id the value came from. */
  @property() source = '';

  /** The source's name in the current locale. */
  @property({ attribute: 'source-label' }) sourceLabel = '';

  /** The field's label. */
  @property() label = '';

  /** The value on record (any JSON value). */
  @property({ attribute: false }) currentValue: unknown;

  /** How to show `currentValue` (e.g. an address with unit names); derived from the value when absent. */
  @property({ attribute: 'display-value' }) displayValue?: string;

  /** Whether the disclosure is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Sets pointer, label, current value and source from a widget's `FieldModel` (for use inside `<tk-form>`). */
  @property({ attribute: false })
  set field(value: FieldModel | undefined) {
    this.fieldModel = value;
    if (!value) return;
    this.pointer = value.pointer;
    this.label = value.label;
    this.currentValue = value.value;
    this.locale = value.locale;
    if (value.prefill) {
      this.source = value.prefill.source;
      this.sourceLabel = value.prefill.sourceLabel;
    }
  }
  get field(): FieldModel | undefined {
    return this.fieldModel;
  }
  private fieldModel: FieldModel | undefined;

  @state() private claimed = '';
  @state() private reason = '';
  /** What is wrong with each input, as keys of the texts: worded at render time, so a locale switch rewords them. */
  @state() private errors: { claimed?: ClaimedError; reason?: ReasonError } = {};
  /** A request was just sent (its confirmation is worded at render time, so a locale switch rewords it). */
  @state() private sent = false;

  protected override render(): TemplateResult {
    const s = this.strings;
    const id = (part: string) => `${this.uid}-${part}`;
    const current = this.displayValue ?? displayOf(this.currentValue, s.emptyValue);
    const errors = { claimed: this.errors.claimed && s[this.errors.claimed], reason: this.errors.reason && s[this.errors.reason] };
    return html`<details class="tk-correction" part="base" ?open=${this.open} @toggle=${this.handleToggle}>
        <summary class="tk-correction__summary">${s.correctionSummary(this.label)}</summary>
        <div class="tk-correction__body">
          <dl class="tk-correction__current">
            <dt>${s.correctionCurrent}</dt>
            <dd data-current>${current}</dd>
            ${this.sourceLabel || this.source ? html`<dt>${s.correctionSource}</dt><dd>${this.sourceLabel || this.source}</dd>` : nothing}
          </dl>
          <div class="tk-correction__field">
            <label class="tk-correction__label" for=${id('claimed')}>${s.correctionClaimed}</label>
            ${errors.claimed ? html`<p class="tk-correction__error" id=${id('claimed-error')}>${errors.claimed}</p>` : nothing}
            <input
              id=${id('claimed')}
              class="tk-correction__control"
              type="text"
              .value=${live(this.claimed)}
              aria-invalid=${ifDefined(this.errors.claimed ? 'true' : undefined)}
              aria-describedby=${ifDefined(this.errors.claimed ? id('claimed-error') : undefined)}
              @input=${(e: Event) => (this.claimed = (e.target as HTMLInputElement).value)}
              @keydown=${this.handleKeydown}
            />
          </div>
          <div class="tk-correction__field">
            <label class="tk-correction__label" for=${id('reason')}>${s.correctionReason}</label>
            <p class="tk-correction__hint" id=${id('reason-hint')}>${s.correctionReasonHint}</p>
            ${errors.reason ? html`<p class="tk-correction__error" id=${id('reason-error')}>${errors.reason}</p>` : nothing}
            <textarea
              id=${id('reason')}
              class="tk-correction__control"
              rows="3"
              .value=${live(this.reason)}
              aria-invalid=${ifDefined(this.errors.reason ? 'true' : undefined)}
              aria-describedby=${[id('reason-hint'), this.errors.reason ? id('reason-error') : ''].filter(Boolean).join(' ')}
              @input=${(e: Event) => (this.reason = (e.target as HTMLTextAreaElement).value)}
            ></textarea>
          </div>
          <div>
            <button type="button" class="tk-prefill-button" part="button" @click=${this.handleSubmit}>${s.correctionSubmit}</button>
          </div>
        </div>
      </details>
      <p class="tk-correction__sent" role="status">${this.sent ? s.correctionSent(this.label) : ''}</p>`;
  }

  private readonly handleToggle = (event: Event): void => {
    this.open = (event.target as HTMLDetailsElement).open;
    // A new request starts: the confirmation of the last one goes, so the next one is announced again.
    if (this.open) this.sent = false;
  };

  /** Enter sends the request; it must not submit the form the disclosure sits in. */
  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    void this.handleSubmit();
  };

  private readonly handleSubmit = async (): Promise<void> => {
    const claimed = this.claimed.normalize('NFC').trim();
    const reason = this.reason.normalize('NFC').trim();
    const current = this.displayValue ?? displayOf(this.currentValue, '');
    const errors: { claimed?: ClaimedError; reason?: ReasonError } = {};
    if (claimed === '') errors.claimed = 'correctionClaimedMissing';
    else if (claimed === current.normalize('NFC').trim()) errors.claimed = 'correctionClaimedSame';
    if (reason === '') errors.reason = 'correctionReasonMissing';
    this.errors = errors;
    if (errors.claimed || errors.reason) {
      this.sent = false;
      await this.updateComplete;
      this.querySelector<HTMLElement>(`#${this.uid}-${errors.claimed ? 'claimed' : 'reason'}`)?.focus();
      return;
    }
    const request: CorrectionRequest = {
      pointer: this.pointer,
      source: this.source,
      currentValue: this.currentValue,
      claimedValue: claimed,
      reason,
    };
    this.dispatchEvent(new TkCorrectionEvent(request));
    this.claimed = '';
    this.reason = '';
    this.open = false;
    this.sent = true;
    await this.updateComplete;
    this.querySelector<HTMLElement>('summary')?.focus();
  };
}
