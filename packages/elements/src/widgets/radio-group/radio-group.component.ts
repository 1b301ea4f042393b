// SPDX-License-Identifier: MIT
import { setAttrs, type AttrValue } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { choiceId, choicesOf, indexOfValue, type Choice } from '../shared/choices.js';
import { DomFieldElement, FieldLabel, NotesSlot, element } from '../shared/dom-field-element.js';
import { renderNotes } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { ChoiceList } from './choice-list.js';
import { radioGroupStyles } from './radio-group.styles.js';

/** Up to this many short choices sit on one line (GOV.UK inline radios, e.g. Nam / Nữ, Có / Không). */
const INLINE_MAX = 2;
const INLINE_LABEL_MAX = 12;

/** The class of the list of radios: a row for a couple of short choices, else a column. */
const itemsClass = (choices: readonly Choice[]): string =>
  choices.length <= INLINE_MAX && choices.every((c) => c.label.length <= INLINE_LABEL_MAX)
    ? 'tk-radio-group__items tk-radio-group__items--inline'
    : 'tk-radio-group__items';

/**
 * @tagname tk-radio-group
 * @summary Radio buttons for one choice: the default for up to five choices (`enum`, `oneOf` consts), or with
 * `options.format: "radio"` (also on a boolean: Có / Không).
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - A choice was picked; `detail.value` is the choice's value, typed as in the schema.
 * @event tk-field-commit - Emitted with every pick and when focus leaves the group.
 *
 * @csspart base - The `<fieldset>` (role radiogroup).
 * @csspart label - The `<legend>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The error message.
 * @csspart control - Each `<input type="radio">`.
 * @csspart choice-label - The label of each radio.
 *
 * @cssproperty --tk-radio-size - Size of a radio button. Default: 1.5rem.
 */
export class TkRadioGroup extends DomFieldElement {
  static override styles = [fieldStyles, radioGroupStyles];

  /** The nodes `build` made. */
  private nodes?: { base: HTMLFieldSetElement; label: FieldLabel; notes: NotesSlot; list: ChoiceList; attrs?: Record<string, AttrValue> };

  /**
   * A radio was picked (one listener for all the group's radios). The radio's value is its choice's index; the
   * choices are the field's now, not those of the update that made the radio.
   */
  private readonly handleChange = (event: Event): void => {
    const field = this.field;
    if (!field || !this.interactive) return;
    const value = choicesOf(field, this.strings)[Number((event.currentTarget as HTMLInputElement).value)]?.value;
    this.emitInput(value);
    this.emitCommit(value);
  };

  /**
   * A fieldset with role="radiogroup", named by its legend (aria-labelledby, so the name does not depend on how a
   * browser treats a legend under an overridden role). The role is what allows `aria-required`, `aria-invalid`
   * and `aria-readonly` on the group; hint and error are described on the group, as GOV.UK radios do.
   * Legend, notes (hint, badge, error: rendered only when there are some), then the radios.
   */
  protected build(): void {
    const label = new FieldLabel('legend');
    const list = new ChoiceList('radio', this.handleChange, () => this.field?.readonly);
    const base = element('fieldset', { part: 'base', role: 'radiogroup' }, label.element, list.element);
    this.nodes = { base, label, notes: new NotesSlot(base, list.element, this), list };
    this.append(base);
  }

  protected patch(field: FieldModel): void {
    const nodes = this.nodes!;
    const s = this.strings;
    const invalid = this.invalid;
    const attrs = {
      class: invalid ? 'tk-field tk-radio-group tk-field--invalid' : 'tk-field tk-radio-group',
      'aria-labelledby': `${field.id}-label`,
      'aria-describedby': this.describedBy(),
      'aria-required': field.required ? 'true' : undefined,
      'aria-invalid': invalid ? 'true' : undefined,
      'aria-readonly': field.readonly ? 'true' : undefined,
      disabled: !field.enabled,
    };
    setAttrs(nodes.base, attrs, nodes.attrs);
    nodes.attrs = attrs;
    nodes.label.patch(field, s);
    nodes.notes.render(renderNotes(field, s, this.localError));
    const choices = choicesOf(field, s);
    const selected = indexOfValue(choices, this.value);
    nodes.list.patch(choices, itemsClass(choices), (i) => ({
      attrs: { id: choiceId(field, i), name: field.id, value: i, disabled: !field.enabled },
      checked: i === selected,
    }));
  }
}
