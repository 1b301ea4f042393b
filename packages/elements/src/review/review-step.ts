// SPDX-License-Identifier: MIT
/**
 * The review step's markup (loaded on first use: `review.ts` is the part `<tk-form>` always carries). In the
 * bundle it is a chunk beside `tokhai.bundle.js`, fetched when a form has a review step (a wizard, or `review`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../translations/vi.js';
import { renderHeading } from '../layouts/heading.js';
import { itemName } from '../widgets/repeat-group/item-name.js';
import type { ItemOf, ReviewRow, ReviewSection } from './review.js';

/** The name of a repeatable list's item, as its `<tk-repeat-group>` names it. */
const nameOf = ({ of, n }: ItemOf): string => itemName(of.options.itemLabel, of.locale, n);

/** A row's label, with the item it belongs to ("Thành viên 2: Họ và tên"), so two items' rows differ. */
const labelOf = (row: ReviewRow): string => (row.item ? `${nameOf(row.item)}: ${row.label}` : row.label);

/** The review step: every answer by section, each with its "Change" button, then `extra` (assisted-mode fields). */
export function renderReview(
  sections: readonly ReviewSection[],
  level: number,
  t: Translation,
  onChange: (step: string, pointer: string) => void,
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
              <dt class="tk-summary-key" part="review-key">${labelOf(row)}</dt>
              <dd class="tk-summary-value ${row.empty ? 'tk-summary-value--empty' : ''}" part="review-value">${row.value}</dd>
              <dd class="tk-summary-actions" part="review-actions">
                ${row.changeable
                  ? html`<button type="button" class="tk-link-button" part="change-button" @click=${() => onChange(section.step, row.pointer)}>
                      ${t.change}<span class="visually-hidden">${t.changeWhat(labelOf(row))}</span>
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
