// SPDX-License-Identifier: MIT
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { attrs } from '../../internal/attrs.js';
import { labelText } from '../../internal/label-text.js';
import type { FieldModel } from '../../internal/field-model.js';
import { guardReadonlySelection } from '../shared/choices.js';
import { TkFieldElement } from '../shared/field-element.js';
import { labelClass, renderBadge, renderError, renderHint, requiredText } from '../shared/field-parts.js';
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
export class TkCheckbox extends TkFieldElement {
  static override styles = [fieldStyles, checkboxStyles];

  private handleChange(event: Event): void {
    if (!this.interactive) return;
    const value = (event.target as HTMLInputElement).checked;
    this.emitInput(value);
    this.emitCommit(value);
  }


  protected renderField(field: FieldModel): unknown {
    const s = this.strings;
    const id = field.id;
    return html`<div part="base" class="tk-field tk-checkbox ${this.invalid ? 'tk-field--invalid' : ''}"
      >${renderError(field, s, this.localError)}<div class="tk-radio-group__item"
        ><input
          part="control"
          class="tk-radio-group__input"
          type="checkbox"
          ${attrs({
            id,
            'aria-describedby': this.describedBy(),
            'aria-invalid': this.invalid ? 'true' : undefined,
            'aria-required': field.required ? 'true' : undefined,
            'aria-readonly': field.readonly ? 'true' : undefined,
            disabled: !field.enabled,
          })}
          .checked=${live(this.value === true)}
          @change=${(e: Event) => this.handleChange(e)}
          @click=${(e: Event) => guardReadonlySelection(this.field?.readonly, e)}
          @keydown=${(e: Event) => guardReadonlySelection(this.field?.readonly, e)}
        /><label part="label" ${attrs({ id: `${id}-label`, class: labelClass(field), for: id })} ${labelText(field.label, requiredText(field, s))}
          ><span class="tk-field__required"></span></label
        ></div
      >${field.hint || field.prefill ? [renderHint(field, s), renderBadge(field, s)] : nothing}</div
    >`;
  }
}
