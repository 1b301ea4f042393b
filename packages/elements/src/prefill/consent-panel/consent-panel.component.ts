// SPDX-License-Identifier: MIT
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsentDecision, ConsentField, ConsentRequest } from '@tokhai/prefill';
import { TkConsentEvent } from '../events.js';
import { TkPrefillElement } from '../prefill-element.js';
import { prefillBaseStyles } from '../prefill.styles.js';
import { consentPanelStyles } from './consent-panel.styles.js';

/**
 * @summary Asks the citizen, source by source, whether tokhai may fetch the listed data to fill in the form: what
 * data, from which source, for what purpose, and whether any of it is sensitive (Decree 13/2023/NĐ-CP).
 * @status stable
 * @since 0.1
 *
 * Nothing is pre-selected: silence and pre-ticked boxes are not consent. Each source is a `<fieldset>` with its
 * name as `<legend>` and two real toggle buttons (`aria-pressed`); the choice is also spelled out in text, so it
 * never depends on colour. "Continue" emits the decisions only when every source has one; otherwise it says how
 * many are left and moves focus to the first undecided source. "Skip" declines every source at once.
 *
 * @event tk-consent - `detail.decisions`: `Record<source, 'granted' | 'declined'>` for every source shown.
 *
 * @csspart base - The panel.
 * @csspart source - One source's fieldset.
 * @csspart button - Every button.
 */
export class TkConsentPanel extends TkPrefillElement {
  static override styles = [prefillBaseStyles, consentPanelStyles];

  /** What to ask, from `planPrefill` / `planBundlePrefill`. */
  @property({ attribute: false }) requests: ConsentRequest[] = [];

  /** Heading level of the panel title (1–6). Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The choices made so far, by source id. Starts empty on purpose. */
  @state() private choices: Record<string, ConsentDecision> = {};

  /** Set after "Continue" with undecided sources: how many are left. */
  @state() private missing = 0;

  /**
   * The last choice pressed, said once in the panel's one polite live region. Each source's state is also written
   * beside its buttons, but not live: a locale switch rewords every one of them and must not be read out N times.
   */
  @state() private announced: { source: string; decision: ConsentDecision | undefined } | undefined;

  /** The decisions taken so far (a copy). */
  get decisions(): Record<string, ConsentDecision> {
    return { ...this.choices };
  }

  /** Moves focus to the panel's title, so a keyboard or screen-reader user starts reading at the question. */
  override focus(options?: FocusOptions): void {
    this.querySelector<HTMLElement>('.tk-consent__title')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.announced = undefined;
    if (changed.has('requests')) {
      // Keep choices only for sources still asked about; a new source is undecided, never assumed.
      const ids = new Set(this.requests.map((r) => r.source));
      this.choices = Object.fromEntries(Object.entries(this.choices).filter(([id]) => ids.has(id)));
      this.missing = 0;
    }
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    const titleId = `${this.uid}-title`;
    return html`<section class="tk-consent" part="base" aria-labelledby=${titleId}>
      <div class="tk-consent__title" role="heading" aria-level=${this.level} id=${titleId} tabindex="-1">${s.consentTitle}</div>
      <p class="tk-consent__intro">${s.consentIntro}</p>
      ${this.requests.map((r, i) => this.renderSource(r, i))}
      <p class="tk-consent__note">${s.consentChoiceNote}</p>
      ${this.missing > 0 ? html`<p class="tk-consent__error" role="alert">${s.undecided(this.missing)}</p>` : nothing}
      <p class="tk-prefill-sr-only" role="status">${this.announcement()}</p>
      <div class="tk-consent__footer">
        <button type="button" class="tk-prefill-button tk-prefill-button--primary" part="button" @click=${this.handleContinue}>
          ${s.continue}
        </button>
        <button type="button" class="tk-prefill-button tk-prefill-button--link" part="button" @click=${this.handleDeclineAll}>
          ${s.declineAll}
        </button>
      </div>
    </section>`;
  }

  /** The sentence for the last choice pressed, in the current locale. */
  private announcement(): string {
    const last = this.announced;
    const request = last && this.requests.find((r) => r.source === last.source);
    if (!last || !request) return '';
    const s = this.strings;
    const label = request.label[this.locale] || request.label.vi;
    return last.decision === 'granted' ? s.announceGranted(label) : last.decision === 'declined' ? s.announceDeclined(label) : s.announcePending(label);
  }

  private get level(): string {
    return String(Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2)));
  }

  private renderSource(request: ConsentRequest, index: number): TemplateResult {
    const s = this.strings;
    const label = request.label[this.locale] || request.label.vi;
    const base = `${this.uid}-s${index}`;
    const decision = this.choices[request.source];
    const stateText = decision === 'granted' ? s.stateGranted : decision === 'declined' ? s.stateDeclined : s.statePending;
    return html`<fieldset class="tk-consent__source" part="source" data-source=${request.source} data-decision=${decision ?? 'pending'}
      aria-describedby=${`${base}-purpose`}>
      <legend class="tk-consent__legend">${s.sourceLegend(label)}</legend>
      <p class="tk-consent__purpose" id=${`${base}-purpose`}>
        <strong>${s.purpose}:</strong> ${request.purpose[this.locale] || request.purpose.vi}
      </p>
      <p class="tk-consent__subheading" id=${`${base}-data`}>${s.dataRequested}:</p>
      <ul class="tk-consent__fields" aria-labelledby=${`${base}-data`}>
        ${uniqueFields(request.fields).map((f) => this.renderField(f))}
      </ul>
      ${request.sensitive ? html`<p class="tk-consent__notice" data-notice="sensitive">${s.sensitiveNotice}</p>` : nothing}
      ${request.aboutOthers ? html`<p class="tk-consent__notice" data-notice="others">${s.othersNotice}</p>` : nothing}
      <div class="tk-consent__actions">
        ${this.renderChoice(request.source, 'granted', s.accept, label)} ${this.renderChoice(request.source, 'declined', s.decline, label)}
      </div>
      <p class="tk-consent__state">${stateText}</p>
    </fieldset>`;
  }

  private renderField(field: ConsentField): TemplateResult {
    const s = this.strings;
    return html`<li>
      ${field.label[this.locale] || field.label.vi}
      ${field.sensitive ? html`<span class="tk-consent__tag tk-consent__tag--sensitive">${s.sensitiveTag}</span>` : nothing}
      ${field.aboutOthers ? html`<span class="tk-consent__tag">${s.othersTag}</span>` : nothing}
      ${field.mode === 'locked' ? html`<span class="tk-consent__tag">${s.lockedTag}</span>` : nothing}
    </li>`;
  }

  private renderChoice(source: string, decision: ConsentDecision, text: string, label: string): TemplateResult {
    const pressed = this.choices[source] === decision;
    return html`<button
      type="button"
      class="tk-prefill-button tk-consent__choice ${decision === 'granted' ? 'tk-prefill-button--primary' : ''}"
      part="button"
      data-choice=${decision}
      aria-pressed=${pressed ? 'true' : 'false'}
      @click=${() => this.choose(source, decision)}
    >
      ${pressed ? html`<span aria-hidden="true">✓ </span>` : nothing}${text}<span class="tk-prefill-sr-only">${this.strings.forSource(label)}</span>
    </button>`;
  }

  /** A toggle: pressing the pressed choice again takes it back (the source is undecided again). */
  private choose(source: string, decision: ConsentDecision): void {
    const { [source]: current, ...others } = this.choices;
    this.choices = current === decision ? others : { ...others, [source]: decision };
    this.announced = { source, decision: this.choices[source] };
    if (this.missing > 0) this.missing = this.undecided().length;
  }

  private undecided(): ConsentRequest[] {
    return this.requests.filter((r) => this.choices[r.source] === undefined);
  }

  private readonly handleContinue = async (): Promise<void> => {
    const left = this.undecided();
    if (left.length > 0) {
      this.missing = left.length;
      await this.updateComplete;
      // Focus the first undecided source's first choice: the fieldset legend is read with it.
      const first = this.querySelector<HTMLButtonElement>(`fieldset[data-source="${CSS.escape(left[0].source)}"] button[data-choice="granted"]`);
      first?.focus();
      return;
    }
    this.missing = 0;
    this.dispatchEvent(new TkConsentEvent({ decisions: this.decisions }));
  };

  private readonly handleDeclineAll = (): void => {
    this.choices = Object.fromEntries(this.requests.map((r) => [r.source, 'declined' as const]));
    this.missing = 0;
    this.dispatchEvent(new TkConsentEvent({ decisions: this.decisions }));
  };
}

/** Fields of a bundle repeat across member forms: list each label once (keeping its strongest markers). */
function uniqueFields(fields: readonly ConsentField[]): ConsentField[] {
  const byLabel = new Map<string, ConsentField>();
  for (const f of fields) {
    const key = f.label.vi;
    const seen = byLabel.get(key);
    byLabel.set(
      key,
      seen
        ? { ...seen, sensitive: seen.sensitive || f.sensitive, aboutOthers: seen.aboutOthers || f.aboutOthers, mode: seen.mode === 'locked' ? 'locked' : f.mode }
        : f,
    );
  }
  return [...byLabel.values()];
}
