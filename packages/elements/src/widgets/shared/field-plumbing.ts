// SPDX-License-Identifier: MIT
/**
 * What the two widget bases share (`TkFieldElement`, drawn with Lit; `DomFieldElement`, drawn with DOM calls), as
 * functions of the widget and its field, so each rule of the widget contract is written once.
 */
import { TkFieldCommitEvent } from '../../events/tk-field-commit.js';
import { TkFieldInputEvent } from '../../events/tk-field-input.js';
import type { FieldModel } from '../../internal/field-model.js';
import { trackLoad, whenLoaded } from '../../internal/lazy.js';
import { isTranslationLoaded, loadTranslation, toLocale } from '../../internal/localize.js';
import { widgetStrings, type WidgetStrings } from './strings.js';

/** A widget as these functions see it. */
type Widget = HTMLElement & { requestUpdate(): void };

/** Moves focus to the native control that carries `field.id` (what the error summary links to), else the widget. */
export function focusControl(widget: HTMLElement, field: FieldModel | undefined, focusSelf: () => void, options?: FocusOptions): void {
  const target = field ? widget.querySelector<HTMLElement>(`#${CSS.escape(field.id)}`) : null;
  if (target) target.focus(options);
  else focusSelf();
}

/**
 * The widget-internal strings in the field's locale. A widget used outside `<tk-form>` (which loads its locale
 * first) may ask for a locale not loaded yet: it loads it, shows Vietnamese meanwhile, and draws again when it is
 * there (its `updateComplete` waits for that, through `whenLoaded`).
 */
export function stringsFor(widget: Widget, field: FieldModel | undefined): WidgetStrings {
  const locale = field?.locale;
  if (!isTranslationLoaded(locale) && !whenLoaded(widget)) void trackLoad(widget, loadTranslation(toLocale(locale)));
  return widgetStrings(locale);
}

/** True when the citizen may change the value (enabled and not read-only). */
export const isInteractive = (field: FieldModel | undefined): boolean => field !== undefined && field.enabled && !field.readonly;

/** True when an error is shown: the field's, or one the widget found itself. */
export const showsError = (field: FieldModel | undefined, localError: string): boolean => (field?.errors.length ?? 0) > 0 || localError !== '';

/** Dispatches `tk-field-input`: `<tk-form>` writes `value` at the field's pointer (`undefined` removes it). */
export function dispatchInput(widget: HTMLElement, field: FieldModel, value: unknown): void {
  widget.dispatchEvent(new TkFieldInputEvent({ pointer: field.pointer, value }));
}

/** Dispatches `tk-field-commit`: the citizen finished with the field (idempotent for the form). */
export function dispatchCommit(widget: HTMLElement, field: FieldModel, value: unknown): void {
  widget.dispatchEvent(new TkFieldCommitEvent({ pointer: field.pointer, value }));
}

/** Whether a `focusout` leaves the widget, rather than moving between its own controls (date parts). */
export function leavesWidget(widget: HTMLElement, event: FocusEvent): boolean {
  const next = event.relatedTarget;
  return !(next instanceof Node && widget.contains(next));
}
