// SPDX-License-Identifier: MIT
/**
 * `Categorization` as a multi-step wizard, GOV.UK "one thing per page" style: a step list (an ordered list with
 * `aria-current="step"` on the current step, and visually hidden "completed"/"current" words because the visual
 * ticks and bold carry no meaning for a screen reader) and a heading "Bước 2/4: …" that receives focus when the
 * step changes, so a screen reader announces where the citizen is now (the page does not reload, so nothing else
 * would tell them).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../translations/vi.js';
import { renderHeading } from './heading.js';

/** The id of the focusable step heading. */
export const STEP_HEADING_ID = 'tk-step-heading';

/** The step list: every visible step plus the review step when there is one. */
export function renderStepList(titles: readonly string[], current: number, t: Translation): TemplateResult {
  return html`<ol class="tk-step-list" part="step-list" aria-label=${t.stepsLabel}>
      ${titles.map(
        (title, i) => html`<li
          class="tk-step ${i < current ? 'tk-step--done' : ''} ${i === current ? 'tk-step--current' : ''}"
          part="step ${i === current ? 'step-current' : ''}"
          aria-current=${i === current ? 'step' : nothing}
        >
          <span class="tk-step-number" aria-hidden="true">${i + 1}</span>
          <span class="tk-step-title">${title}</span>
          <span class="visually-hidden">${i < current ? t.stepDone : i === current ? t.stepCurrent : ''}</span>
        </li>`,
      )}
  </ol>`;
}

/** The heading of the current step, focusable by script. */
export function renderStepHeading(level: number, index: number, total: number, title: string, t: Translation): TemplateResult {
  return renderHeading(level, t.stepOf(index + 1, total, title), { id: STEP_HEADING_ID, part: 'step-heading', focusable: true });
}
