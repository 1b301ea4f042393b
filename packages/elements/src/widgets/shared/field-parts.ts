// SPDX-License-Identifier: MIT
/**
 * The parts every widget shares: label (or legend), hint, error message and prefill badge, with the ids that tie
 * them to the control. Rendered from the `FieldModel` only, as text (hints through the safe markdown subset, which
 * creates text nodes and attribute bindings, never HTML).
 *
 * The ids follow the FieldModel contract: the native control carries `field.id`; the hint is `<id>-hint`, the error
 * `<id>-error`, the badge `<id>-badge`. A control lists in `aria-describedby` only the parts that exist, so no
 * reference dangles (axe `aria-valid-attr-value`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldModel } from '../../internal/field-model.js';
import { renderSafeMarkdown } from '../../internal/safe-markdown.js';
import type { WidgetStrings } from './strings.js';

/** The DOM ids of one field's parts. */
export interface FieldIds {
  control: string;
  label: string;
  hint: string;
  error: string;
  badge: string;
}

/** The ids of a field's parts, derived from `field.id`. */
export const fieldIds = (field: FieldModel): FieldIds => ({
  control: field.id,
  label: `${field.id}-label`,
  hint: `${field.id}-hint`,
  error: `${field.id}-error`,
  badge: `${field.id}-badge`,
});

/** The error messages to show: the field's (deduplicated, in order) and then a widget-local one. */
export function errorMessages(field: FieldModel, local?: string): string[] {
  const messages = field.errors.map((e) => e.message).filter((m) => m !== '');
  if (local) messages.push(local);
  return [...new Set(messages)];
}

/** `aria-describedby` for a field's control: hint, badge and error ids that exist, then `extra` ids. */
export function describedBy(field: FieldModel, local: string | undefined, ...extra: Array<string | undefined | false>): string | undefined {
  const ids = fieldIds(field);
  const list = [
    field.hint ? ids.hint : undefined,
    ...extra,
    field.prefill ? ids.badge : undefined,
    errorMessages(field, local).length > 0 ? ids.error : undefined,
  ].filter((id): id is string => typeof id === 'string' && id !== '');
  return list.length > 0 ? list.join(' ') : undefined;
}

/** The label text and the visible required marker (text, not only `aria-required`, WCAG 3.3.2). */
function labelContent(field: FieldModel, strings: WidgetStrings): TemplateResult {
  return html`${field.label}${field.required ? html`<span class="tk-field__required">${strings.required}</span>` : nothing}`;
}

/** A `<label for>` for the native control (visually hidden when `showLabel` is false; it stays in the a11y tree). */
export function renderLabel(field: FieldModel, strings: WidgetStrings, forId: string = field.id): TemplateResult {
  return html`<label
    id=${fieldIds(field).label}
    part="label"
    class="tk-field__label ${field.showLabel ? '' : 'tk-visually-hidden'}"
    for=${forId}
    >${labelContent(field, strings)}</label
  >`;
}

/** A `<legend>` for widgets that group several native controls in a fieldset. */
export function renderLegend(field: FieldModel, strings: WidgetStrings): TemplateResult {
  return html`<legend
    id=${fieldIds(field).label}
    part="label"
    class="tk-field__label tk-field__legend ${field.showLabel ? '' : 'tk-visually-hidden'}"
    >${labelContent(field, strings)}</legend
  >`;
}

/** The hint (the definition's description), when there is one; `extra` is widget-internal help appended to it. */
export function renderHint(field: FieldModel, strings: WidgetStrings, extra?: string): TemplateResult | typeof nothing {
  if (!field.hint && !extra) return nothing;
  return html`<div id=${fieldIds(field).hint} part="hint" class="tk-field__hint">
    ${renderSafeMarkdown(field.hint, { newTabText: strings.opensInNewTab })}${field.hint && extra ? ' ' : nothing}${extra ?? nothing}
  </div>`;
}

/**
 * The error message, when there is one. A visually hidden "Lỗi:" prefix makes a screen reader say it is an error
 * (GOV.UK error-message). Not a live region: errors are read with the control through `aria-describedby`, and the
 * form's error summary announces them after a submit; a live region here would speak on every re-validation.
 */
export function renderError(field: FieldModel, strings: WidgetStrings, local?: string): TemplateResult | typeof nothing {
  const messages = errorMessages(field, local);
  if (messages.length === 0) return nothing;
  return html`<p id=${fieldIds(field).error} part="error" class="tk-field__error">
    <span class="tk-visually-hidden">${strings.errorPrefix} </span>${messages.map(
      (m, i) => html`${i > 0 ? html`<br />` : nothing}<span class="tk-field__error-message">${m}</span>`,
    )}
  </p>`;
}

/**
 * The prefill badge, when the value came from a provider, linked to the control through `aria-describedby`, so the
 * provenance is announced without changing the control's name. Uses `<tk-provenance-badge>` (the prefill
 * components' badge: "Lấy từ VNeID · bạn có thể sửa") when that element is defined on the page, so the form shows
 * one badge style everywhere; otherwise the same facts as plain text ("Từ VNeID").
 */
export function renderBadge(field: FieldModel, strings: WidgetStrings): TemplateResult | typeof nothing {
  const prefill = field.prefill;
  if (!prefill) return nothing;
  const id = fieldIds(field).badge;
  if (customElements.get('tk-provenance-badge')) {
    return html`<tk-provenance-badge id=${id} class="tk-field__provenance" .prefill=${prefill} .locale=${field.locale}></tk-provenance-badge>`;
  }
  const text =
    prefill.mode === 'locked'
      ? strings.prefilledLocked(prefill.sourceLabel)
      : prefill.modified
        ? strings.prefilledChanged(prefill.sourceLabel)
        : strings.prefilledFrom(prefill.sourceLabel);
  return html`<span id=${id} part="badge" class="tk-field__badge" data-source=${prefill.source}>${text}</span>`;
}
