// SPDX-License-Identifier: MIT
/**
 * The review step, "Kiểm tra lại thông tin" / "Check your answers" (GOV.UK's check-answers pattern): every visible
 * answer with its label, grouped by step, each with a "Thay đổi" / "Change" button that goes back to the step and
 * puts focus on that field. The button's visually hidden text names the field, so a screen reader's list of
 * buttons does not read "Change, Change, Change".
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../translations/vi.js';
import { renderHeading } from '../layouts/heading.js';
import type { FieldModel } from '../internal/field-model.js';
import { modelsIn, type ViewNode } from '../form/view-model.js';

/** One answer row. */
export interface ReviewRow {
  label: string;
  value: string;
  pointer: string;
  /** Whether "Change" is offered (not for computed, locked or read-only answers). */
  changeable: boolean;
  /** True when the answer is empty. */
  empty: boolean;
}

/** One section: a step's answers. */
export interface ReviewSection {
  title: string;
  /** The step to go back to. */
  step: number;
  rows: ReviewRow[];
}

/** The models to review in a subtree: leaf answers only (groups and repeaters are represented by their parts). */
export function reviewModels(nodes: readonly ViewNode[]): FieldModel[] {
  const containers = new Set<string>();
  const collect = (list: readonly ViewNode[]) => {
    for (const n of list) {
      if (n.kind === 'control' && (n.children || n.items)) containers.add(n.model.pointer);
      if ('children' in n && n.children) collect(n.children);
      if ('items' in n && n.items) collect(n.items);
    }
  };
  collect(nodes);
  return modelsIn(nodes).filter((m) => !containers.has(m.pointer) || isEmptyArray(m));
}

/** An empty repeater still gets a row ("Not provided"), so the citizen sees it was asked. */
const isEmptyArray = (m: FieldModel) => m.schema.type === 'array' && (!Array.isArray(m.value) || m.value.length === 0);

export function renderReview(
  sections: readonly ReviewSection[],
  level: number,
  t: Translation,
  onChange: (step: number, pointer: string) => void,
  extra: unknown = nothing,
): TemplateResult {
  return html`<section class="tk-review" part="review" aria-labelledby="tk-review-title">
    ${renderHeading(level, t.reviewTitle, { id: 'tk-review-title', part: 'review-title', focusable: true })}
    <p class="tk-review-intro">${t.reviewIntro}</p>
    ${sections.map(
      (section) => html`${sections.length > 1 ? renderHeading(level + 1, section.title, { part: 'review-section-title' }) : nothing}
        <dl class="tk-summary-list" part="review-list">
          ${section.rows.map(
            (row) => html`<div class="tk-summary-row" part="review-row">
              <dt class="tk-summary-key" part="review-key">${row.label}</dt>
              <dd class="tk-summary-value ${row.empty ? 'tk-summary-value--empty' : ''}" part="review-value">${row.value}</dd>
              <dd class="tk-summary-actions" part="review-actions">
                ${row.changeable
                  ? html`<button type="button" class="tk-link-button" part="change-button" @click=${() => onChange(section.step, row.pointer)}>
                      ${t.change}<span class="visually-hidden">${t.changeWhat(row.label)}</span>
                    </button>`
                  : nothing}
              </dd>
            </div>`,
          )}
        </dl>`,
    )}
    ${extra}
  </section>`;
}
