// SPDX-License-Identifier: MIT
import { html, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { PrefillMode } from '@tokhai/core';
import type { FieldPrefill } from '../../internal/field-model.js';
import { TkPrefillElement } from '../prefill-element.js';
import { prefillBaseStyles } from '../prefill.styles.js';
import { provenanceBadgeStyles } from './provenance-badge.styles.js';

/** The three states a badge shows. */
export type ProvenanceState = 'locked' | 'editable' | 'modified';

const ICONS: Record<ProvenanceState, TemplateResult> = {
  // A padlock, a pencil, and a pencil over a line: decoration only, the text says the same.
  locked: svg`<rect x="5" y="11" width="14" height="10" rx="1"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>`,
  editable: svg`<path d="M4 20h4L20 8l-4-4L4 16z"/>`,
  modified: svg`<path d="M4 20h4L20 8l-4-4L4 16z"/><path d="M13 20h7"/>`,
};

/**
 * @summary Says where a prefilled value came from and whether the citizen can change it: "Lấy từ VNeID · không sửa
 * được", "… · bạn có thể sửa", or "… · bạn đã sửa".
 * @status stable
 * @since 0.1
 *
 * The state is written out in words (WCAG 1.4.1: never colour or an icon alone); the icon is `aria-hidden`. Point a
 * control's `aria-describedby` at the badge's `id` to have it read with the field.
 *
 * @csspart badge - The badge.
 */
export class TkProvenanceBadge extends TkPrefillElement {
  static override styles = [prefillBaseStyles, provenanceBadgeStyles];

  /** Provider id (`vneid`, `population`…), kept as `data-source` for styling and tests. */
  @property() source = '';

  /** The source's name in the current locale ("VNeID", "CSDLQG về dân cư"). */
  @property({ attribute: 'source-label' }) sourceLabel = '';

  /** `locked` (authoritative, read-only) or `editable` (a suggestion). */
  @property() mode: PrefillMode = 'editable';

  /** True when the citizen changed an editable prefilled value. */
  @property({ type: Boolean, reflect: true }) modified = false;

  /** Sets `source`, `sourceLabel`, `mode` and `modified` at once from a widget's `FieldModel.prefill`. */
  @property({ attribute: false })
  set prefill(value: FieldPrefill | undefined) {
    if (!value) return;
    this.source = value.source;
    this.sourceLabel = value.sourceLabel;
    this.mode = value.mode;
    this.modified = value.modified;
  }
  get prefill(): FieldPrefill {
    return { source: this.source, sourceLabel: this.sourceLabel, mode: this.mode, modified: this.modified };
  }

  /** The state shown: a locked value can never be "modified". */
  get state(): ProvenanceState {
    if (this.mode === 'locked') return 'locked';
    return this.modified ? 'modified' : 'editable';
  }

  protected override render(): TemplateResult {
    const s = this.strings;
    const state = this.state;
    const detail = state === 'locked' ? s.provenanceLocked : state === 'modified' ? s.provenanceModified : s.provenanceEditable;
    return html`<span class="tk-provenance tk-provenance--${state}" part="badge" data-source=${this.source} data-state=${state}
      ><svg class="tk-provenance__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[state]}</svg
      ><span>${s.provenanceFrom(this.sourceLabel || this.source)} · ${detail}</span></span
    >`;
  }
}
