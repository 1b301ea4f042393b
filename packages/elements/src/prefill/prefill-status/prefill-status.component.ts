// SPDX-License-Identifier: MIT
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConsentRequest, PrefillFailure, PrefillFailureKind } from '@tokhai/prefill';
import { TkPrefillRetryEvent } from '../events.js';
import { TkPrefillElement } from '../prefill-element.js';
import { prefillBaseStyles } from '../prefill.styles.js';
import { prefillStatusStyles } from './prefill-status.styles.js';

/** One line of the summary: a source, what went wrong, and the fields to fill in by hand. */
interface StatusGroup {
  source: string;
  kind: 'failed' | 'declined' | 'ambiguous';
  reasons: PrefillFailureKind[];
  pointers: string[];
}

/** How a failure kind is worded: its own sentence, or "could not get data (reason)". */
const SENTENCE: Record<PrefillFailureKind, StatusGroup['kind']> = {
  timeout: 'failed',
  http: 'failed',
  malformed: 'failed',
  type: 'failed',
  assurance: 'failed',
  unavailable: 'failed',
  aborted: 'failed',
  ambiguous: 'ambiguous',
  declined: 'declined',
};

/** Failures that may pass by themselves: the source is worth calling again. */
const PASSING: ReadonlySet<PrefillFailureKind> = new Set(['timeout', 'http', 'unavailable', 'aborted']);

/**
 * @summary Tells the citizen which answers were not prefilled and why, source by source: "Không lấy được dữ liệu
 * từ CSDLQG (quá thời gian chờ) — vui lòng tự nhập: Họ, chữ đệm và tên; Ngày sinh". Renders nothing when nothing
 * failed.
 * @status stable
 * @since 0.1
 *
 * A polite live region (`role="status"`): the news arrives after the citizen may already be typing, so it must not
 * interrupt. With `field-ids`, each field name is a link that moves focus to the field. With `retryable`, a source
 * the citizen declined gets a "changed your mind?" button and a source that failed for a passing reason (time-out,
 * connection) a "try again" button; both emit `tk-prefill-retry` (`<tk-form>` sets `retryable` and handles it).
 *
 * @event tk-prefill-retry - `detail.source`: the citizen wants this source's data after all.
 *
 * @csspart base - The notice.
 * @csspart button - Each "changed your mind?" or "try again" button.
 */
export class TkPrefillStatus extends TkPrefillElement {
  static override styles = [prefillBaseStyles, prefillStatusStyles];

  /** `PrefillResult.failures`. */
  @property({ attribute: false }) failures: PrefillFailure[] = [];

  /** The consent requests of the run, for source names and field labels. */
  @property({ attribute: false }) requests: ConsentRequest[] = [];

  /** Data pointer → id of the field's control, to link each field name to its field. */
  @property({ attribute: false }) fieldIds: Record<string, string> = {};

  /** Heading level of the title (1–6). Default 2. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Offer to ask a declined source again and to call a source that timed out or could not be reached again
   * (`tk-prefill-retry`). Off by default: only a page that handles the event should show the buttons.
   */
  @property({ type: Boolean }) retryable = false;

  /** The failures grouped for display, in the order sources first failed. */
  get groups(): StatusGroup[] {
    const groups = new Map<string, StatusGroup>();
    for (const f of this.failures) {
      const kind = SENTENCE[f.kind] ?? 'failed';
      const key = `${f.source}|${kind}`;
      const group = groups.get(key) ?? { source: f.source, kind, reasons: [], pointers: [] };
      if (!group.reasons.includes(f.kind)) group.reasons.push(f.kind);
      if (f.pointer !== undefined && !group.pointers.includes(f.pointer)) group.pointers.push(f.pointer);
      groups.set(key, group);
    }
    return [...groups.values()];
  }

  protected override render(): TemplateResult {
    const groups = this.groups;
    // The live region stays in the DOM even when empty, so screen readers notice when text arrives.
    return html`<div class="tk-prefill-status-region" role="status">
      ${groups.length === 0
        ? nothing
        : html`<div class="tk-prefill-status" part="base">
            <div class="tk-prefill-status__title" role="heading" aria-level=${this.level}>${this.strings.statusTitle}</div>
            <ul class="tk-prefill-status__list">
              ${groups.map((g) => this.renderGroup(g))}
            </ul>
          </div>`}
    </div>`;
  }

  private get level(): string {
    return String(Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2)));
  }

  private renderGroup(group: StatusGroup): TemplateResult {
    const s = this.strings;
    const source = this.sourceName(group.source);
    const sentence =
      group.kind === 'declined'
        ? s.statusDeclined(source)
        : group.kind === 'ambiguous'
          ? s.statusAmbiguous(source)
          : s.statusFailed(source, group.reasons.map((r) => s.reasons[r]).join(', '));
    return html`<li data-source=${group.source} data-kind=${group.kind}>
      ${sentence}${group.pointers.length ? ':' : '.'}
      ${group.pointers.length
        ? html`<ul class="tk-prefill-status__fields" aria-label=${s.statusFields}>
            ${group.pointers.map((p) => html`<li>${this.renderField(p)}</li>`)}
          </ul>`
        : nothing}
      ${this.renderRetry(group, source)}
    </li>`;
  }

  /** "Changed your mind?" after a declined source, "try again" after a passing failure; nothing otherwise. */
  private renderRetry(group: StatusGroup, source: string): TemplateResult | typeof nothing {
    if (!this.retryable) return nothing;
    const s = this.strings;
    const text =
      group.kind === 'declined' ? s.statusReconsider(source) : group.kind === 'failed' && group.reasons.every((r) => PASSING.has(r)) ? s.statusRetry(source) : undefined;
    if (text === undefined) return nothing;
    return html`<div class="tk-prefill-status__actions">
      <button type="button" class="tk-prefill-button" part="button" data-retry=${group.source} @click=${() => this.dispatchEvent(new TkPrefillRetryEvent({ source: group.source }))}>
        ${text}
      </button>
    </div>`;
  }

  private renderField(pointer: string): TemplateResult | string {
    const label = this.fieldLabel(pointer);
    const id = this.fieldIds[pointer];
    if (!id) return label;
    return html`<a class="tk-prefill-status__link tk-prefill-focusable" href=${`#${id}`} @click=${(e: Event) => this.focusField(e, id)}>${label}</a>`;
  }

  /**
   * Moves focus to the field ourselves: in a shadow root `#id` navigation does not reach it, and following the
   * link would only change the page's URL (a portal with hash routing would even leave the form). A field that is
   * not on the page (another step of a wizard) is left alone.
   */
  private focusField(event: Event, id: string): void {
    event.preventDefault();
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(id) ?? null;
    if (!target) return;
    target.scrollIntoView?.({ block: 'center' });
    target.focus();
  }

  private sourceName(source: string): string {
    const label = this.requests.find((r) => r.source === source)?.label;
    return label ? label[this.locale] || label.vi : source;
  }

  private fieldLabel(pointer: string): string {
    for (const r of this.requests) {
      const f = r.fields.find((x) => x.pointer === pointer);
      if (f) return f.label[this.locale] || f.label.vi;
    }
    return pointer;
  }
}
