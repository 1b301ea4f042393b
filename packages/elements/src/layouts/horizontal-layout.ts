// SPDX-License-Identifier: MIT
import { html, type TemplateResult } from 'lit';

/**
 * `HorizontalLayout`: children side by side, each at least `--tk-column-min` wide, so the row wraps and then
 * stacks on narrow screens without a breakpoint (WCAG 1.4.10 Reflow: no horizontal scrolling at 320 CSS px).
 */
export function renderHorizontalLayout(children: readonly unknown[]): TemplateResult {
  return html`<div class="tk-horizontal" part="horizontal-layout">
    ${children.map((child) => html`<div class="tk-column">${child}</div>`)}
  </div>`;
}
