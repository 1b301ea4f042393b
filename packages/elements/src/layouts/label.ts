// SPDX-License-Identifier: MIT
import { html, type TemplateResult } from 'lit';
import { renderSafeMarkdown } from '../internal/safe-markdown.js';

/** `Label`: a paragraph of definition text with the safe markdown subset (emphasis, http(s) links). */
export function renderLabel(text: string, newTabText: string): TemplateResult {
  return html`<p class="tk-text" part="text">${renderSafeMarkdown(text, { newTabText })}</p>`;
}
