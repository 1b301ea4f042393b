// SPDX-License-Identifier: MIT
import { nothing } from 'lit';
import { setAttrs, type AttrValue } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { guardReadonlySelection } from '../shared/choices.js';
import { DomFieldElement, FieldLabel, NotesSlot, element } from '../shared/dom-field-element.js';
import { renderBadge, renderError, renderHint } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { checkboxStyles } from './checkbox.styles.js';

/**
 * @tagname tk-checkbox
 * @summary One checkbox for a boolean (an undertaking, "Tôi cam đoan…", or a yes/no that reads as a statement).
 * For a question with two answers use `options.format: "radio"` instead.
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - The box was ticked or cleared; `detail.value` is `true` or `false`.
 * @event tk-field-commit - Emitted with every change and when focus leaves.
 *
 * @csspart base - The wrapper.
 * @csspart label - The `<label>` beside the box.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The error message.
 * @csspart control - The native `<input type="checkbox">`.
 *
 * @cssproperty --tk-radio-size - Size of the box. Default: 1.5rem.
 */
export class TkCheckbox extends DomFieldElement {
  static override styles = [fieldStyles, checkboxStyles];

  /**
   * The nodes `build` made. The error goes before the box and its label (so it is read first), hint and badge
   * after them: two slots, each rendered only once it has something to show.
   */
  private nodes?: {
    base: HTMLDivElement;
    label: FieldLabel;
    error: NotesSlot;
    notes: NotesSlot;
    input: HTMLInputElement;
    attrs?: Record<string, AttrValue>;
  };

  private handleChange(event: Event): void {
    if (!this.interactive) return;
    const value = (event.target as HTMLInputElement).checked;
    this.emitInput(value);
    this.emitCommit(value);
  }

  /** Cancels a click or selection key on a read-only box (native checkboxes have no `readonly`). */
  private readonly guard = (event: Event): void => guardReadonlySelection(this.field?.readonly, event);

  /** Wrapper, error slot, the box with its label, then the hint and badge slot; listeners are added once. */
  protected build(): void {
    const label = new FieldLabel('label');
    const input = element('input', { part: 'control', class: 'tk-radio-group__input', type: 'checkbox' });
    input.addEventListener('change', (e) => this.handleChange(e));
    input.addEventListener('click', this.guard);
    input.addEventListener('keydown', this.guard);
    const item = element('div', { class: 'tk-radio-group__item' }, input, label.element);
    const base = element('div', { part: 'base' }, item);
    this.nodes = { base, label, error: new NotesSlot(base, item, this), notes: new NotesSlot(base, null, this), input };
    this.append(base);
  }

  protected patch(field: FieldModel): void {
    const nodes = this.nodes!;
    const s = this.strings;
    const id = field.id;
    const wrapperClass = this.invalid ? 'tk-field tk-checkbox tk-field--invalid' : 'tk-field tk-checkbox';
    if (nodes.base.className !== wrapperClass) nodes.base.className = wrapperClass;
    nodes.error.render(renderError(field, s, this.localError));
    const attrs = {
      id,
      'aria-describedby': this.describedBy(),
      'aria-invalid': this.invalid ? 'true' : undefined,
      'aria-required': field.required ? 'true' : undefined,
      'aria-readonly': field.readonly ? 'true' : undefined,
      disabled: !field.enabled,
    };
    setAttrs(nodes.input, attrs, nodes.attrs);
    nodes.attrs = attrs;
    // Compared with the box's own state (Lit's `live`): a box the citizen changed is set back only if it differs.
    const checked = this.value === true;
    if (nodes.input.checked !== checked) nodes.input.checked = checked;
    nodes.label.patch(field, s, id);
    nodes.notes.render(field.hint || field.prefill ? [renderHint(field, s), renderBadge(field, s)] : nothing);
  }
}
