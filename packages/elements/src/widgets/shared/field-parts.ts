// SPDX-License-Identifier: MIT
/**
 * The parts every widget shares: label (or legend), hint, error message and prefill badge, with the ids that tie
 * them to the control. Rendered from the `FieldModel` only, as text (hints through the safe markdown subset, which
 * creates text nodes and attribute bindings, never HTML).
 *
 * The ids follow the FieldModel contract: the native control carries `field.id`; the hint is `<id>-hint`, the error
 * `<id>-error`, the badge `<id>-badge`. A control lists in `aria-describedby` only the parts that exist, so no
 * reference dangles (axe `aria-valid-attr-value`).
 *
 * Both widget bases use them: a Lit widget (`TkFieldElement`) in its template, a DOM widget (`DomFieldElement`)
 * through a `NotesSlot`, so hint, badge and error are written once for every widget. Cost matters here: a form of
 * 1000 fields shows 1000 widgets on its first paint, and every Lit template instance is a clone, a tree walk and an
 * insertion. So `renderNotes` puts hint, badge and error behind one binding that renders nothing at all for the
 * usual field, which has none of them, and the label is not a template for the DOM widgets: `FieldLabel`
 * (dom-field-element.ts) builds it from `labelClass` and `requiredText`; `renderLabel` / `renderLegend` are for
 * the Lit widgets.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { labelText } from '../../internal/label-text.js';
import type { FieldModel } from '../../internal/field-model.js';
import { safeMarkdown } from '../../internal/safe-markdown.js';
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
  if (field.errors.length === 0) return local ? [local] : [];
  const messages = field.errors.map((e) => e.message).filter((m) => m !== '');
  if (local) messages.push(local);
  return [...new Set(messages)];
}

/** Whether an error message shows (the field's or a widget-local one). */
const hasError = (field: FieldModel, local: string | undefined): boolean =>
  !!local || field.errors.some((e) => e.message !== '');

/** `aria-describedby` for a field's control: hint, badge and error ids that exist, then `extra` ids. */
export function describedBy(field: FieldModel, local: string | undefined, ...extra: Array<string | undefined | false>): string | undefined {
  let list = field.hint ? `${field.id}-hint` : '';
  for (const id of extra) if (id) list = list ? `${list} ${id}` : id;
  if (field.prefill) list = list ? `${list} ${field.id}-badge` : `${field.id}-badge`;
  if (hasError(field, local)) list = list ? `${list} ${field.id}-error` : `${field.id}-error`;
  return list || undefined;
}

/** The class of a label or legend: visually hidden (but in the accessibility tree) when `showLabel` is false. */
export const labelClass = (field: FieldModel, legend = false): string =>
  `tk-field__label${legend ? ' tk-field__legend' : ''}${field.showLabel ? '' : ' tk-visually-hidden'}`;

/**
 * The visible required marker (text, not only `aria-required`, WCAG 3.3.2), or '' for an optional field. It goes
 * in a `<span class="tk-field__required">` that every label always has (`FieldLabel`, `renderLabel`), so a required
 * field costs no extra node or template.
 */
export const requiredText = (field: FieldModel, strings: WidgetStrings): string => (field.required ? strings.required : '');

/** A `<label for>` for the native control (visually hidden when `showLabel` is false; it stays in the a11y tree). */
export function renderLabel(field: FieldModel, strings: WidgetStrings, forId: string = field.id): TemplateResult {
  return html`<label id=${`${field.id}-label`} part="label" class=${labelClass(field)} for=${forId} ${labelText(field.label, requiredText(field, strings))}
    ><span class="tk-field__required"></span></label
  >`;
}

/** A `<legend>` for widgets that group several native controls in a fieldset. */
export function renderLegend(field: FieldModel, strings: WidgetStrings): TemplateResult {
  return html`<legend id=${`${field.id}-label`} part="label" class=${labelClass(field, true)} ${labelText(field.label, requiredText(field, strings))}
    ><span class="tk-field__required"></span></legend
  >`;
}

/** The hint (the definition's description), when there is one; `extra` is widget-internal help appended to it. */
export function renderHint(field: FieldModel, strings: WidgetStrings, extra?: string): TemplateResult | typeof nothing {
  if (!field.hint && !extra) return nothing;
  return html`<div id=${`${field.id}-hint`} part="hint" class="tk-field__hint">${hintContent(field, strings, extra)}</div>`;
}

/** What a hint says: the definition's description (safe markdown), then the widget's own `extra` help. */
function hintContent(field: FieldModel, strings: WidgetStrings, extra?: string): unknown {
  const hint = safeMarkdown(field.hint, { newTabText: strings.opensInNewTab });
  if (!extra) return hint;
  return field.hint ? [hint, ' ', extra] : extra;
}

/**
 * The error message, when there is one. A visually hidden "Lỗi:" prefix makes a screen reader say it is an error
 * (GOV.UK error-message). Not a live region: errors are read with the control through `aria-describedby`, and the
 * form's error summary announces them after a submit; a live region here would speak on every re-validation.
 */
export function renderError(field: FieldModel, strings: WidgetStrings, local?: string): TemplateResult | typeof nothing {
  if (!hasError(field, local)) return nothing;
  const messages = errorMessages(field, local);
  return html`<p id=${`${field.id}-error`} part="error" class="tk-field__error">
    <span class="tk-visually-hidden">${strings.errorPrefix} </span>${messages.map(
      (m, i) => html`${i > 0 ? html`<br />` : nothing}<span class="tk-field__error-message">${m}</span>`,
    )}
  </p>`;
}

/**
 * Hint, prefill badge and error, in that order, behind one binding: `nothing` for a field that has none of them
 * (no template, no markers); `extraHint` is widget-internal help appended to the hint.
 */
export function renderNotes(field: FieldModel, strings: WidgetStrings, local?: string, extraHint?: string): unknown {
  if (!field.hint && !extraHint) return renderStatus(field, strings, local);
  return [renderHint(field, strings, extraHint), renderStatus(field, strings, local)];
}

/** Prefill badge and error behind one binding (`nothing` when there are neither), for widgets that place their own hint. */
export function renderStatus(field: FieldModel, strings: WidgetStrings, local?: string): unknown {
  if (!field.prefill && !hasError(field, local)) return nothing;
  return [renderBadge(field, strings), renderError(field, strings, local)];
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
  const id = `${field.id}-badge`;
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
