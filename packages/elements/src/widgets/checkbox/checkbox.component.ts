// SPDX-License-Identifier: MIT
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { FieldModel } from '../../internal/field-model.js';
import { guardReadonlySelection } from '../shared/choices.js';
import { TkFieldElement } from '../shared/field-element.js';
import { renderBadge, renderError, renderHint, renderLabel } from '../shared/field-parts.js';
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
    return html`<div part="base" class="tk-field tk-checkbox ${this.invalid ? 'tk-field--invalid' : ''}">
      ${renderError(field, s, this.localError)}
      <div class="tk-radio-group__item">
        <input
          id=${field.id}
          part="control"
          class="tk-radio-group__input"
          type="checkbox"
          .checked=${live(this.value === true)}
          aria-describedby=${ifDefined(this.describedBy())}
          aria-invalid=${ifDefined(this.invalid ? 'true' : undefined)}
          aria-required=${ifDefined(field.required ? 'true' : undefined)}
          aria-readonly=${ifDefined(field.readonly ? 'true' : undefined)}
          ?disabled=${!field.enabled}
          @change=${(e: Event) => this.handleChange(e)}
          @click=${(e: Event) => guardReadonlySelection(this.field?.readonly, e)}
          @keydown=${(e: Event) => guardReadonlySelection(this.field?.readonly, e)}
        />
        ${renderLabel(field, s)}
      </div>
      ${renderHint(field, s)} ${renderBadge(field, s)}
    </div>`;
  }
}
