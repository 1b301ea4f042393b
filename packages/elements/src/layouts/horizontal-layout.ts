// SPDX-License-Identifier: MIT
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/**
 * `HorizontalLayout`: children side by side, each at least `--tk-column-min` wide, so the row wraps and then
 * stacks on narrow screens without a breakpoint (WCAG 1.4.10 Reflow: no horizontal scrolling at 320 CSS px).
 * Each child (a widget or a nested layout: one element) is itself a column (`.tk-horizontal > *`): no wrapper
 * element, so a long form does not pay a template per column.
 *
 * With `keys` (one per child, e.g. its UI path), columns are keyed: when a rule hides one child, the others'
 * columns stay where they are in the DOM instead of each taking the next one's content, so a field the citizen
 * is typing in is not moved (which would take the focus away from it).
 */
export function renderHorizontalLayout(children: readonly unknown[], keys?: readonly unknown[]): TemplateResult {
  return html`<div class="tk-horizontal" part="horizontal-layout">${keys ? repeat(children, (_, i) => keys[i], (child) => child) : children}</div>`;
}
