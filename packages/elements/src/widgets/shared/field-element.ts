// SPDX-License-Identifier: MIT
/**
 * `TkFieldElement`: the base class of the widgets written as Lit templates: the ones loaded on first use
 * (`<tk-admin-unit>`, `<tk-file-field>`, `<tk-repeat-group>`) and widgets a portal registers. The built-in widgets
 * of the bundle extend `DomFieldElement` (dom-field-element.ts) instead, which keeps the same contract without a
 * template or an update cycle, so a long form's first render is faster; `<tk-form>` treats both alike. It holds
 * the plumbing, so each widget class only renders its control and turns native events into values:
 *
 * - renders into light DOM (`createRenderRoot() { return this; }`, docs/decisions/0001-one-shadow-root.md), so
 *   `<label for>`, `aria-describedby` and the error summary's links work inside `<tk-form>`'s one shadow root;
 * - reads everything from `field` (the `FieldModel` contract) and emits `tk-field-input` on every edit and
 *   `tk-field-commit` when the citizen leaves the widget (focus moves outside it) or makes a discrete pick;
 * - keeps what the citizen typed while `<tk-form>` echoes values back, and re-syncs its draft only when the
 *   value changes from outside (prefill, reset, a restored draft), so caret, masks and invalid text survive.
 *
 * ```ts
 * class TkColourField extends TkFieldElement {
 *   protected renderField(field: FieldModel) {
 *     return html`${renderLabel(field, this.strings)}<input id=${field.id} @input=${(e: Event) =>
 *       this.emitInput((e.target as HTMLInputElement).value)}>`;
 *   }
 * }
 * ```
 */
import { LitElement, nothing, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FieldModel } from '../../internal/field-model.js';
import { whenLoaded } from '../../internal/lazy.js';
import { VERSION } from '../../internal/version.js';
import { describedBy, fieldIds, type FieldIds } from './field-parts.js';
import { fieldStyles } from './field.styles.js';
import { dispatchCommit, dispatchInput, focusControl, isInteractive, leavesWidget, showsError, stringsFor } from './field-plumbing.js';
import { sameValue } from './same-value.js';
import type { WidgetStrings } from './strings.js';

/**
 * The base class of tokhai widgets written as Lit templates. Subclasses implement `renderField` and call
 * `emitInput` / `emitCommit`.
 *
 * @event tk-field-input - Every edit: `detail` is `{ pointer, value }`, the value to write at the field's pointer (`undefined` removes it).
 * @event tk-field-commit - The citizen finished with the field (focus left the widget, or a discrete pick): `detail` is `{ pointer, value }`.
 */
export abstract class TkFieldElement extends LitElement {
  /**
   * Styles `<tk-form>` adopts into its shadow root (Lit never applies them here: the widget has no shadow root).
   * Subclasses set `[fieldStyles, ownStyles]`.
   * @category styles
   */
  static override styles: CSSResultGroup = fieldStyles;

  /** The package version, checked by `define()` when two copies of tokhai meet on one page. */
  static readonly version = VERSION;

  /** What to render: label, value, state and errors of one control. Set by `<tk-form>`. */
  @property({ attribute: false }) field?: FieldModel;

  /** A problem the widget found itself (a file too large, an upload that failed), shown with the field's errors. */
  @state() protected localError = '';

  /** Whether focus leaving the widget emits `tk-field-commit`. Containers say no: their children commit. */
  protected commitOnFocusOut = true;

  /** The last value this widget emitted, to tell our own echo from a change made outside. */
  private emitted: { value: unknown } | undefined;

  constructor() {
    super();
    // On the element itself, once: it lives as long as the element (no add/remove on every (dis)connect). One
    // function for every widget (it reads the widget from `currentTarget`): a long form makes no closure per field.
    this.addEventListener('focusout', TkFieldElement.handleFocusOut);
  }

  /** Light DOM: see the module comment. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The value the widget holds now: its last emitted value, or the field's. */
  get value(): unknown {
    return this.emitted ? this.emitted.value : this.field?.value;
  }

  /** Moves focus to the native control that carries `field.id` (what the error summary links to). */
  override focus(options?: FocusOptions): void {
    focusControl(this, this.field, () => super.focus(options), options);
  }

  /**
   * The widget-internal strings in the field's locale. A widget used outside `<tk-form>` (which loads its locale
   * first) may ask for a locale not loaded yet: it loads it, shows Vietnamese meanwhile, and `updateComplete`
   * waits for the load and the update after it.
   */
  protected get strings(): WidgetStrings {
    return stringsFor(this, this.field);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let pending = whenLoaded(this); pending; pending = whenLoaded(this)) {
      await pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The ids of this field's parts. */
  protected get ids(): FieldIds {
    return fieldIds(this.field!);
  }

  /** True when the citizen may change the value (enabled and not read-only). */
  protected get interactive(): boolean {
    return isInteractive(this.field);
  }

  /** True when an error is shown. */
  protected get invalid(): boolean {
    return showsError(this.field, this.localError);
  }

  /** `aria-describedby` for the control: hint, badge, error, plus widget-specific ids. */
  protected describedBy(...extra: Array<string | undefined | false>): string | undefined {
    return this.field ? describedBy(this.field, this.localError, ...extra) : undefined;
  }

  /** Reports an edit: `<tk-form>` writes `value` at the field's pointer (`undefined` removes it). */
  protected emitInput(value: unknown): void {
    if (!this.field) return;
    this.emitted = { value };
    dispatchInput(this, this.field, value);
  }

  /** Reports that the citizen finished with the field. May repeat with the same value; the form treats it as idempotent. */
  protected emitCommit(value: unknown = this.value): void {
    if (this.field) dispatchCommit(this, this.field, value);
  }

  /** Called before render when `field.value` changed from outside: reset any draft text from the value. */
  protected syncFromValue(_value: unknown): void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('field') || !this.field) return;
    if (this.emitted && sameValue(this.emitted.value, this.field.value)) return;
    this.emitted = undefined;
    this.syncFromValue(this.field.value);
  }

  protected override render(): unknown {
    return this.field ? this.renderField(this.field) : nothing;
  }

  /** Renders the widget for a field. */
  protected abstract renderField(field: FieldModel): unknown;

  /** Commits when focus leaves the widget, not when it moves between the widget's own controls (date parts). */
  private static readonly handleFocusOut = (event: FocusEvent): void => {
    const widget = event.currentTarget as TkFieldElement;
    if (widget.commitOnFocusOut && widget.field && leavesWidget(widget, event)) widget.emitCommit();
  };
}
