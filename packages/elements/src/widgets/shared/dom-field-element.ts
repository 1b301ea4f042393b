// SPDX-License-Identifier: MIT
/**
 * `DomFieldElement`: the base of the built-in widgets that draw their nodes with DOM calls. It keeps the widget
 * contract of `TkFieldElement` (a `field` property, `tk-field-input` / `tk-field-commit`, the echo handling,
 * `value`, `focus()`, `updateComplete`, light DOM) without Lit's machinery:
 *
 * - `build(field)` makes the widget's nodes once and appends them to the element;
 * - `patch(field)` brings them up to date, then and on every later draw, touching only what changed;
 * - a draw happens at once, whenever `field` or the widget's own state changes (`requestUpdate()`): a widget has
 *   one input (`field`) and a few state fields its event handlers set, so there is nothing to batch.
 *
 * Why: a form of 1000 fields makes 1000 widgets on its first paint. Measured on the widget alone (1000 text fields
 * in Chromium): 92 ms as a LitElement with a template, 68 ms as a ReactiveElement with DOM calls, 33 ms as a plain
 * element with DOM calls. A template instance (clone, parts, directive objects, markers) and a reactive update
 * cycle (a promise, a changed-properties map, a microtask per element) cost more than the nodes themselves.
 * Portal widgets keep extending `TkFieldElement` and writing templates; `<tk-form>` treats both alike.
 *
 * What rarely shows (hint, prefill badge, error message) is still rendered by the shared lit-html parts of
 * field-parts.ts, through `NotesSlot`, and only once there is something to show: one source for those texts, and
 * no template at all for the usual field, which has none of them.
 */
import { nothing, render, type CSSResultGroup } from 'lit';
import type { FieldModel } from '../../internal/field-model.js';
import { whenLoaded } from '../../internal/lazy.js';
import { VERSION } from '../../internal/version.js';
import { describedBy, labelClass, requiredText } from './field-parts.js';
import { fieldStyles } from './field.styles.js';
import { dispatchCommit, dispatchInput, focusControl, isInteractive, leavesWidget, showsError, stringsFor } from './field-plumbing.js';
import { sameValue } from './same-value.js';
import type { WidgetStrings } from './strings.js';

/**
 * The base of widgets drawn with DOM calls. Subclasses implement `build` and `patch`, and call `requestUpdate()`
 * after changing state of their own.
 *
 * @event tk-field-input - Every edit: `detail` is `{ pointer, value }`, the value to write at the field's pointer (`undefined` removes it).
 * @event tk-field-commit - The citizen finished with the field (focus left the widget, or a discrete pick): `detail` is `{ pointer, value }`.
 */
export abstract class DomFieldElement extends HTMLElement {
  /**
   * Styles `<tk-form>` adopts into its shadow root (the widget has no shadow root). Subclasses set
   * `[fieldStyles, ownStyles]`.
   * @category styles
   */
  static styles: CSSResultGroup = fieldStyles;

  /** The package version, checked by `define()` when two copies of tokhai meet on one page. */
  static readonly version = VERSION;

  /** Whether focus leaving the widget emits `tk-field-commit`. */
  protected commitOnFocusOut = true;

  private current: FieldModel | undefined;
  private problem = '';
  /** The last value this widget emitted, to tell our own echo from a change made outside. */
  private emitted: { value: unknown } | undefined;
  /** Whether `build` ran. */
  private built = false;

  constructor() {
    super();
    // One function for every widget (it reads the widget from `currentTarget`): no closure per field.
    this.addEventListener('focusout', DomFieldElement.handleFocusOut);
  }

  /**
   * The properties `<tk-form>` may set on the element before its class is defined (a portal that defines the tag
   * late), in the order they are applied on upgrade: `field` last, so the widget draws once, with the rest. A
   * subclass with another such property (a container's `renderChild`) lists it too.
   */
  protected static readonly upgradedProperties: readonly string[] = ['field'];

  /** A property set on the element before its class was defined is an own property: move it onto the accessor. */
  connectedCallback(): void {
    const self = this as unknown as Record<string, unknown>;
    for (const name of (this.constructor as typeof DomFieldElement).upgradedProperties) {
      if (!Object.hasOwn(this, name)) continue;
      const early = self[name];
      delete self[name];
      self[name] = early;
    }
  }

  /** For subclasses that stop timers when removed (they call `super.disconnectedCallback()`). */
  disconnectedCallback(): void {}

  /** What to render: label, value, state and errors of one control. Set by `<tk-form>`. */
  get field(): FieldModel | undefined {
    return this.current;
  }

  set field(next: FieldModel | undefined) {
    if (next === this.current) return;
    this.current = next;
    // A value that changed from outside (prefill, reset, a restored draft) resets what the widget holds as typed;
    // our own echo (the value we emitted, written back by the form) does not, so caret and masks survive.
    if (next && !(this.emitted && sameValue(this.emitted.value, next.value))) {
      this.emitted = undefined;
      this.syncFromValue(next.value);
    }
    this.requestUpdate();
  }

  /** A problem the widget found itself (a file too large), shown with the field's errors. */
  protected get localError(): string {
    return this.problem;
  }

  protected set localError(message: string) {
    if (message === this.problem) return;
    this.problem = message;
    this.requestUpdate();
  }

  /** The value the widget holds now: its last emitted value, or the field's. */
  get value(): unknown {
    return this.emitted ? this.emitted.value : this.current?.value;
  }

  /** Settles once the widget shows its field in its locale (after a locale it had to load, if any). */
  get updateComplete(): Promise<boolean> {
    return (async () => {
      for (let pending = whenLoaded(this); pending; pending = whenLoaded(this)) await pending;
      return true;
    })();
  }

  /**
   * Draws the widget now: builds its nodes the first time, then patches them. Without a field it shows nothing
   * (as a Lit widget renders nothing): its nodes go, so no stale control keeps the old field's id, and the next
   * field builds them again.
   */
  requestUpdate(): void {
    const field = this.current;
    if (!field) {
      if (this.built) {
        this.replaceChildren();
        this.built = false;
      }
      return;
    }
    this.willDraw(field);
    if (!this.built) {
      this.build(field);
      this.built = true;
    }
    const shown = this.shownField(field);
    this.shown = shown === field ? undefined : shown;
    this.patch(shown);
  }

  /** The field as last drawn, when `shownField` changed it (`invalid` and `describedBy` follow what is drawn). */
  private shown: FieldModel | undefined;

  /**
   * The field as the widget draws it: `field` itself, unless the widget holds back the form's errors while the
   * citizen is mid-entry (a date's boxes: see `TkDateField`). Called before every `patch`.
   */
  protected shownField(field: FieldModel): FieldModel {
    return field;
  }

  /** Moves focus to the native control that carries `field.id` (what the error summary links to). */
  override focus(options?: FocusOptions): void {
    focusControl(this, this.current, () => super.focus(options), options);
  }

  /** The widget-internal strings in the field's locale (loading it first when a widget is used on its own). */
  protected get strings(): WidgetStrings {
    return stringsFor(this, this.current);
  }

  /** True when the citizen may change the value (enabled and not read-only). */
  protected get interactive(): boolean {
    return isInteractive(this.current);
  }

  /** True when an error is shown. */
  protected get invalid(): boolean {
    return showsError(this.shown ?? this.current, this.problem);
  }

  /** `aria-describedby` for the control: hint, badge, error, plus widget-specific ids. */
  protected describedBy(...extra: Array<string | undefined | false>): string | undefined {
    const field = this.shown ?? this.current;
    return field ? describedBy(field, this.problem, ...extra) : undefined;
  }

  /** Reports an edit: `<tk-form>` writes `value` at the field's pointer (`undefined` removes it). */
  protected emitInput(value: unknown): void {
    if (!this.current) return;
    this.emitted = { value };
    dispatchInput(this, this.current, value);
  }

  /** Reports that the citizen finished with the field. May repeat with the same value; the form treats it as idempotent. */
  protected emitCommit(value: unknown = this.value): void {
    if (this.current) dispatchCommit(this, this.current, value);
  }

  /** Called when `field.value` changed from outside: reset any draft text from the value. */
  protected syncFromValue(_value: unknown): void {}

  /** Called before each draw, for settings derived from the field (an input's type, its keyboard). */
  protected willDraw(_field: FieldModel): void {}

  /** Makes the widget's nodes for `field` and appends them (called once; `patch` follows at once). */
  protected abstract build(field: FieldModel): void;

  /** Brings the nodes up to date with `field` and the widget's state. */
  protected abstract patch(field: FieldModel): void;

  /** Commits when focus leaves the widget, not when it moves between its own controls (date parts). */
  private static readonly handleFocusOut = (event: FocusEvent): void => {
    const widget = event.currentTarget as DomFieldElement;
    if (widget.commitOnFocusOut && widget.current && leavesWidget(widget, event)) widget.emitCommit();
  };
}

/**
 * Makes an element with static attributes (set once; `patch` sets the ones that change) and children.
 * `part` and `class` are attributes like any other here.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const name in attributes) made.setAttribute(name, attributes[name]);
  if (children.length) made.append(...children);
  return made;
}

/**
 * A field's `<label>` or `<legend>` (`part="label"`, id `<field id>-label`): the label text, then the required
 * marker in a `<span class="tk-field__required">`, both as text nodes set from the field (never parsed as HTML).
 */
export class FieldLabel {
  /** The label element. */
  readonly element: HTMLLabelElement | HTMLLegendElement;
  private readonly text = document.createTextNode('');
  private readonly marker = document.createTextNode('');
  private className = '';

  constructor(tag: 'label' | 'legend') {
    this.element = element(tag, { part: 'label' }, this.text, element('span', { class: 'tk-field__required' }, this.marker));
  }

  /** Sets id, class, text and marker from `field`; `forId` is the control a `<label>` is for. */
  patch(field: FieldModel, strings: WidgetStrings, forId?: string): void {
    const label = this.element;
    const id = `${field.id}-label`;
    if (label.id !== id) label.id = id;
    const className = labelClass(field, label instanceof HTMLLegendElement);
    if (className !== this.className) label.className = this.className = className;
    if (forId !== undefined && (label as HTMLLabelElement).htmlFor !== forId) (label as HTMLLabelElement).htmlFor = forId;
    if (this.text.data !== field.label) this.text.data = field.label;
    const required = requiredText(field, strings);
    if (this.marker.data !== required) this.marker.data = required;
  }
}

/**
 * Where a widget shows what rarely shows (hint, prefill badge, error): a lit-html part placed in `parent` before
 * `before` (or at its end), made on the first render that has something to show and rendered from then on, so the
 * usual field has no part and no markers. `content` is a field-parts.ts renderer's result (`nothing` when empty).
 */
export class NotesSlot {
  /** The empty comment the notes render before, made on first use (see `render`). */
  private anchor: Comment | undefined;

  constructor(
    private readonly parent: HTMLElement,
    private readonly before: ChildNode | null,
    private readonly host: EventTarget,
  ) {}

  /** Renders `content` (a template, a list of them, or `nothing`). */
  render(content: unknown): void {
    if (content === nothing && !this.anchor) return;
    // lit-html keeps a render's state on the node it renders before (or on the container): an anchor of our own,
    // so the element after the notes can itself be a render container (a fieldset's body is).
    if (!this.anchor) this.anchor = this.parent.insertBefore(document.createComment(''), this.before);
    render(content, this.parent, { renderBefore: this.anchor, host: this.host });
  }
}
