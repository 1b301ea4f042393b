// SPDX-License-Identifier: MIT
import { html, type TemplateResult } from 'lit';

/** `VerticalLayout`: children top to bottom, spaced by `--tk-space-4`. */
export function renderVerticalLayout(children: unknown): TemplateResult {
  return html`<div class="tk-vertical" part="vertical-layout">${children}</div>`;
}
