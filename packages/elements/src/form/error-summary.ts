// SPDX-License-Identifier: MIT
/**
 * The error summary, GOV.UK style (alphagov/govuk-frontend: `components/error-summary/template.njk`): a box at the
 * top of the form (or step) that receives focus after a failed submit or "Next", titled "Có lỗi cần sửa" /
 * "There is a problem", with one link per error to the field to fix.
 *
 * As in GOV.UK, `role="alert"` sits on an inner container rather than on the focused box, which avoids a race
 * between the focus move and the live-region announcement in which screen readers drop part of the text.
 */
import { html, type TemplateResult } from 'lit';
import type { Translation } from '../translations/vi.js';
import { renderHeading } from '../layouts/heading.js';

/** The id of the summary box (focused after a failed attempt). */
export const ERROR_SUMMARY_ID = 'tk-error-summary';

/** One line of the summary. */
export interface SummaryItem {
  message: string;
  /** The id of the control to focus; no link when the error belongs to no visible field. */
  targetId?: string;
}

export function renderErrorSummary(
  items: readonly SummaryItem[],
  level: number,
  t: Translation,
  onActivate: (event: Event, targetId: string) => void,
): TemplateResult {
  return html`<div
    class="tk-error-summary"
    id=${ERROR_SUMMARY_ID}
    part="error-summary"
    tabindex="-1"
    aria-labelledby="${ERROR_SUMMARY_ID}-title"
  >
    <div role="alert">
      ${renderHeading(level, t.errorSummaryTitle, { id: `${ERROR_SUMMARY_ID}-title`, part: 'error-summary-title' })}
      <p class="visually-hidden">${t.errorSummaryIntro(items.length)}</p>
      <ul class="tk-error-summary-list" part="error-summary-list">
        ${items.map(
          (item) => html`<li>
            ${item.targetId
              ? html`<a href="#${item.targetId}" part="error-summary-link" @click=${(e: Event) => onActivate(e, item.targetId!)}
                  >${item.message}</a
                >`
              : html`<span>${item.message}</span>`}
          </li>`,
        )}
      </ul>
    </div>
  </div>`;
}

