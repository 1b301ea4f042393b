// SPDX-License-Identifier: MIT
import { html, nothing, type TemplateResult } from 'lit';

/**
 * `Group`: a `<fieldset>` whose `<legend>` names the questions inside, so screen readers announce the group name
 * with each field (WCAG 1.3.1). (An object control is a `<tk-fieldset>` widget instead: it has errors of its own.)
 */
export function renderGroup(legend: string | undefined, children: readonly unknown[]): TemplateResult {
  return html`<fieldset class="tk-group" part="group">
    ${legend ? html`<legend class="tk-legend" part="legend">${legend}</legend>` : nothing}${children}
  </fieldset>`;
}
