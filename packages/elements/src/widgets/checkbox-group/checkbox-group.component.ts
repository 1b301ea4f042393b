// SPDX-License-Identifier: MIT
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { attrs } from '../../internal/attrs.js';
import type { FieldModel } from '../../internal/field-model.js';
import { choiceId, itemChoicesOf, guardReadonlySelection, type Choice } from '../shared/choices.js';
import { TkFieldElement } from '../shared/field-element.js';
import { renderLegend, renderNotes } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { sameValue } from '../shared/same-value.js';
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
export class TkCheckboxGroup extends TkFieldElement {
  static override styles = [fieldStyles, checkboxGroupStyles];

  /** The current array value (anything else counts as empty). */
  private get selected(): unknown[] {
    return Array.isArray(this.value) ? (this.value as unknown[]) : [];
  }

  private handleChange(choices: Choice[], index: number, checked: boolean): void {
    if (!this.interactive) return;
    const current = this.selected;
    const isChosen = (c: Choice, i: number) => (i === index ? checked : current.some((v) => sameValue(v, c.value)));
    const unknown = current.filter((v) => !choices.some((c) => sameValue(c.value, v)));
    const next = [...choices.filter(isChosen).map((c) => c.value), ...unknown];
    const value = next.length > 0 ? next : undefined;
    this.emitInput(value);
    this.emitCommit(value);
  }


  /**
   * A plain fieldset (role group). "Required" is said in the legend's text only: `aria-required` on one checkbox
   * would mean that box must be ticked, which is not what a required group means.
   */
  protected renderField(field: FieldModel): unknown {
    const s = this.strings;
    const choices = itemChoicesOf(field);
    const current = this.selected;
    return html`<fieldset
      part="base"
      class="tk-field tk-checkbox-group ${this.invalid ? 'tk-field--invalid' : ''}"
      ${attrs({ 'aria-describedby': this.describedBy(), disabled: !field.enabled })}
    >
      ${renderLegend(field, s)}${renderNotes(field, s, this.localError)}
      <div class="tk-radio-group__items">
        ${choices.map(
          (c, i) => html`<div class="tk-radio-group__item">
            <input
              part="control"
              class="tk-radio-group__input"
              type="checkbox"
              ${attrs({
                id: choiceId(field, i),
                name: field.id,
                value: i,
                'aria-invalid': this.invalid ? 'true' : undefined,
                'aria-readonly': field.readonly ? 'true' : undefined,
                disabled: !field.enabled,
              })}
              .checked=${live(current.some((v) => sameValue(v, c.value)))}
              @change=${(e: Event) => this.handleChange(choices, i, (e.target as HTMLInputElement).checked)}
              @click=${(e: Event) => guardReadonlySelection(this.field?.readonly, e)}
              @keydown=${(e: Event) => guardReadonlySelection(this.field?.readonly, e)}
            />
            <label part="choice-label" class="tk-radio-group__label" for=${choiceId(field, i)}>${c.label}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }
}
