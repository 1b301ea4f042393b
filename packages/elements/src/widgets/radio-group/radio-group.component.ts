// SPDX-License-Identifier: MIT
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { attrs } from '../../internal/attrs.js';
import { labelText } from '../../internal/label-text.js';
import type { FieldModel } from '../../internal/field-model.js';
import { choiceId, choicesOf, indexOfValue, guardReadonlySelection, type Choice } from '../shared/choices.js';
import { TkFieldElement } from '../shared/field-element.js';
import { labelClass, renderNotes, requiredText } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { radioGroupStyles } from './radio-group.styles.js';

/** Up to this many short choices sit on one line (GOV.UK inline radios, e.g. Nam / Nữ, Có / Không). */
const INLINE_MAX = 2;
const INLINE_LABEL_MAX = 12;

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
export class TkRadioGroup extends TkFieldElement {
  static override styles = [fieldStyles, radioGroupStyles];

  private handleChange(choices: Choice[], index: number): void {
    if (!this.interactive) return;
    const value = choices[index]?.value;
    this.emitInput(value);
    this.emitCommit(value);
  }

  /**
   * A fieldset with role="radiogroup", named by its legend (aria-labelledby, so the name does not depend on how a
   * browser treats a legend under an overridden role). The role is what allows `aria-required`, `aria-invalid`
   * and `aria-readonly` on the group; hint and error are described on the group, as GOV.UK radios do.
   */
  protected renderField(field: FieldModel): unknown {
    const s = this.strings;
    const choices = choicesOf(field, s);
    const selected = indexOfValue(choices, this.value);
    const inline = choices.length <= INLINE_MAX && choices.every((c) => c.label.length <= INLINE_LABEL_MAX);
    return html`<fieldset
      part="base"
      role="radiogroup"
      ${attrs({
        class: `tk-field tk-radio-group${this.invalid ? ' tk-field--invalid' : ''}`,
        'aria-labelledby': `${field.id}-label`,
        'aria-describedby': this.describedBy(),
        'aria-required': field.required ? 'true' : undefined,
        'aria-invalid': this.invalid ? 'true' : undefined,
        'aria-readonly': field.readonly ? 'true' : undefined,
        disabled: !field.enabled,
      })}
      ><legend part="label" ${attrs({ id: `${field.id}-label`, class: labelClass(field, true) })} ${labelText(field.label, requiredText(field, s))}
        ><span class="tk-field__required"></span></legend
      >${renderNotes(field, s, this.localError)}<div class="tk-radio-group__items ${inline ? 'tk-radio-group__items--inline' : ''}"
        >${choices.map(
          (c, i) => html`<div class="tk-radio-group__item"
            ><input
              part="control"
              class="tk-radio-group__input"
              type="radio"
              ${attrs({ id: choiceId(field, i), name: field.id, value: i, disabled: !field.enabled })}
              .checked=${live(i === selected)}
              @change=${() => this.handleChange(choices, i)}
              @click=${(e: Event) => guardReadonlySelection(this.field?.readonly, e)}
              @keydown=${(e: Event) => guardReadonlySelection(this.field?.readonly, e)}
            /><label part="choice-label" class="tk-radio-group__label" for=${choiceId(field, i)}>${c.label}</label></div
          >`,
        )}</div
      ></fieldset
    >`;
  }
}
