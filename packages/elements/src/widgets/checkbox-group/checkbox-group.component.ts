// SPDX-License-Identifier: MIT
import { setAttrs, type AttrValue } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { choiceId, itemChoicesOf, type Choice } from '../shared/choices.js';
import { DomFieldElement, FieldLabel, NotesSlot, element } from '../shared/dom-field-element.js';
import { renderNotes } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { sameValue } from '../shared/same-value.js';
import { ChoiceList } from '../radio-group/choice-list.js';
import { checkboxGroupStyles } from './checkbox-group.styles.js';

/**
 * @tagname tk-checkbox-group
 * @summary Checkboxes for several choices: an array whose items are an `enum` or `oneOf` consts (or
 * `options.format: "checkbox-group"`).
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - A box was ticked or cleared; `detail.value` is the array of chosen values in the order
 * of the choices (values the data held that are not choices are kept at the end), or `undefined` when none.
 * @event tk-field-commit - Emitted with every change and when focus leaves the group.
 *
 * @csspart base - The `<fieldset>`.
 * @csspart label - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The error message.
 * @csspart control - Each `<input type="checkbox">`.
 * @csspart choice-label - The label of each checkbox.
 *
 * @cssproperty --tk-radio-size - Size of a checkbox. Default: 1.5rem.
 */
export class TkCheckboxGroup extends DomFieldElement {
  static override styles = [fieldStyles, checkboxGroupStyles];

  /** The nodes `build` made. */
  private nodes?: { base: HTMLFieldSetElement; label: FieldLabel; notes: NotesSlot; list: ChoiceList; attrs?: Record<string, AttrValue> };

  /** The current array value (anything else counts as empty). */
  private get selected(): unknown[] {
    return Array.isArray(this.value) ? (this.value as unknown[]) : [];
  }

  /**
   * A box was ticked or cleared (one listener for all the group's boxes). The box's value is its choice's index;
   * the choices are the field's now, not those of the update that made the box.
   */
  private readonly handleChange = (event: Event): void => {
    const field = this.field;
    if (!field || !this.interactive) return;
    const box = event.currentTarget as HTMLInputElement;
    const index = Number(box.value);
    const choices = itemChoicesOf(field);
    const current = this.selected;
    const isChosen = (c: Choice, i: number) => (i === index ? box.checked : current.some((v) => sameValue(v, c.value)));
    const unknown = current.filter((v) => !choices.some((c) => sameValue(c.value, v)));
    const next = [...choices.filter(isChosen).map((c) => c.value), ...unknown];
    const value = next.length > 0 ? next : undefined;
    this.emitInput(value);
    this.emitCommit(value);
  };

  /**
   * A plain fieldset (role group). "Required" is said in the legend's text only: `aria-required` on one checkbox
   * would mean that box must be ticked, which is not what a required group means.
   * Legend, notes (hint, badge, error: rendered only when there are some), then the boxes.
   */
  protected build(): void {
    const label = new FieldLabel('legend');
    const list = new ChoiceList('checkbox', this.handleChange, () => this.field?.readonly);
    const base = element('fieldset', { part: 'base' }, label.element, list.element);
    this.nodes = { base, label, notes: new NotesSlot(base, list.element, this), list };
    this.append(base);
  }

  protected patch(field: FieldModel): void {
    const nodes = this.nodes!;
    const s = this.strings;
    const invalid = this.invalid;
    const attrs = {
      class: invalid ? 'tk-field tk-checkbox-group tk-field--invalid' : 'tk-field tk-checkbox-group',
      'aria-describedby': this.describedBy(),
      disabled: !field.enabled,
    };
    setAttrs(nodes.base, attrs, nodes.attrs);
    nodes.attrs = attrs;
    nodes.label.patch(field, s);
    nodes.notes.render(renderNotes(field, s, this.localError));
    const choices = itemChoicesOf(field);
    const current = this.selected;
    nodes.list.patch(choices, 'tk-radio-group__items', (i) => ({
      attrs: {
        id: choiceId(field, i),
        name: field.id,
        value: i,
        'aria-invalid': invalid ? 'true' : undefined,
        'aria-readonly': field.readonly ? 'true' : undefined,
        disabled: !field.enabled,
      },
      checked: current.some((v) => sameValue(v, choices[i].value)),
    }));
  }
}
