// SPDX-License-Identifier: MIT
import { html, nothing, type TemplateResult } from 'lit';

/**
 * `Group` (and an object control shown as a group): a `<fieldset>` whose `<legend>` names the questions inside,
 * so screen readers announce the group name with each field (WCAG 1.3.1). `errors` are the group's own
 * messages (for example "at least one child"), linked from the fieldset with `aria-describedby`.
 */
export function renderGroup(
  legend: string | undefined,
  children: readonly unknown[],
  options: { id?: string; errors?: readonly string[]; errorPrefix?: string } = {},
): TemplateResult {
  const errorId = options.id ? `${options.id}-error` : undefined;
  const hasErrors = !!options.errors?.length;
  return html`<fieldset
    class="tk-group"
    part="group"
    id=${options.id ?? nothing}
    aria-describedby=${hasErrors && errorId ? errorId : nothing}
  >
    ${legend ? html`<legend class="tk-legend" part="legend">${legend}</legend>` : nothing}
    ${hasErrors
      ? html`<p class="tk-error-message" id=${errorId ?? nothing} part="error-message">
          ${options.errors!.map(
            (m) => html`<span class="tk-error-line"><span class="visually-hidden">${options.errorPrefix} </span>${m}</span>`,
          )}
        </p>`
      : nothing}
    ${children}
  </fieldset>`;
}
