// SPDX-License-Identifier: MIT
import { html, type TemplateResult } from 'lit';

/**
 * `Group`: a `<fieldset>` whose `<legend>` names the questions inside, so screen readers announce the group name
 * with each field (WCAG 1.3.1). (An object control is a `<tk-fieldset>` widget instead: it has errors of its own.)
 */
export function renderGroup(legend: string | undefined, children: unknown): TemplateResult {
  // Two templates rather than a nested one for the legend: a long form has hundreds of groups.
  return legend
    ? html`<fieldset class="tk-group" part="group"><legend class="tk-legend" part="legend">${legend}</legend>${children}</fieldset>`
    : html`<fieldset class="tk-group" part="group">${children}</fieldset>`;
}
