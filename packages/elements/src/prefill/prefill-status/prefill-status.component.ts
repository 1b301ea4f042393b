// SPDX-License-Identifier: MIT
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConsentRequest, PrefillFailure, PrefillFailureKind } from '@tokhai/prefill';
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

/**
 * @summary Tells the citizen which answers were not prefilled and why, source by source: "Không lấy được dữ liệu
 * từ CSDLQG (quá thời gian chờ) — vui lòng tự nhập: Họ, chữ đệm và tên; Ngày sinh". Renders nothing when nothing
 * failed.
 * @status stable
 * @since 0.1
 *
 * A polite live region (`role="status"`): the news arrives after the citizen may already be typing, so it must not
 * interrupt. With `field-ids`, each field name is a link that moves focus to the field.
 *
 * @csspart base - The notice.
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
    </li>`;
  }

  private renderField(pointer: string): TemplateResult | string {
    const label = this.fieldLabel(pointer);
    const id = this.fieldIds[pointer];
    if (!id) return label;
    return html`<a class="tk-prefill-status__link tk-prefill-focusable" href=${`#${id}`} @click=${(e: Event) => this.focusField(e, id)}>${label}</a>`;
  }

  /** In a shadow root, `#id` navigation does not reach the field: move focus ourselves. */
  private focusField(event: Event, id: string): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(id) ?? null;
    if (!target) return;
    event.preventDefault();
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
