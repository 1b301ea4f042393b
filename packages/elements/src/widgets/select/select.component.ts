// SPDX-License-Identifier: MIT
import { html } from 'lit';
import { attrs } from '../../internal/attrs.js';
import { labelText } from '../../internal/label-text.js';
import type { FieldModel } from '../../internal/field-model.js';
import { choicesOf, indexOfValue, type Choice } from '../shared/choices.js';
import { TkFieldElement } from '../shared/field-element.js';
import { labelClass, renderNotes, requiredText } from '../shared/field-parts.js';
import { selectOptions } from '../../internal/select-options.js';
import { fieldStyles } from '../shared/field.styles.js';
import { selectStyles } from './select.styles.js';

/** Keys a read-only select still lets through (moving on, not changing the value). */
const READONLY_KEYS = new Set(['Tab', 'Shift', 'Escape']);

/**
 * @tagname tk-select
 * @summary A native drop-down list for one choice (`enum` or `oneOf` consts): the default beyond five choices, or
 * with `options.format: "select"`. Native, so it works with every keyboard, screen reader and phone picker.
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - A choice was picked; `detail.value` is the choice's value (typed as in the schema), or
 * `undefined` for the empty first option.
 * @event tk-field-commit - Emitted with every pick (a pick is a finished answer) and when focus leaves.
 *
 * @csspart base - The wrapper.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The error message.
 * @csspart control - The native `<select>`.
 *
 * @cssproperty --tk-select-width - Width of the list. Default: auto, up to 100%.
 */
export class TkSelect extends TkFieldElement {
  static override styles = [fieldStyles, selectStyles];

  private handleChange(event: Event, choices: Choice[]): void {
    const select = event.target as HTMLSelectElement;
    if (!this.interactive) {
      select.selectedIndex = indexOfValue(choices, this.value) + 1;
      return;
    }
    const value = select.value === '' ? undefined : choices[Number(select.value)]?.value;
    this.emitInput(value);
    this.emitCommit(value);
  }

  /** A read-only select stays focusable and readable, but keys and clicks do not change or open it. */
  private handleKeydown(event: KeyboardEvent): void {
    if (this.field?.readonly && !READONLY_KEYS.has(event.key)) event.preventDefault();
  }

  private handleMousedown(event: MouseEvent): void {
    if (this.field?.readonly) event.preventDefault();
  }

  protected renderField(field: FieldModel): unknown {
    const s = this.strings;
    const id = field.id;
    const choices = choicesOf(field, s);
    return html`<div part="base" class="tk-field tk-select ${this.invalid ? 'tk-field--invalid' : ''}"
      ><label part="label" ${attrs({ id: `${id}-label`, class: labelClass(field), for: id })} ${labelText(field.label, requiredText(field, s))}
        ><span class="tk-field__required"></span></label
      >${renderNotes(field, s, this.localError)}<select
        part="control"
        class="tk-field__control tk-select__control"
        ${attrs({
          id,
          autocomplete: typeof field.options.autocomplete === 'string' ? field.options.autocomplete : undefined,
          'aria-describedby': this.describedBy(),
          'aria-invalid': this.invalid ? 'true' : undefined,
          'aria-required': field.required ? 'true' : undefined,
          'aria-readonly': field.readonly ? 'true' : undefined,
          disabled: !field.enabled,
        })}
        ${selectOptions(choices.map((c) => c.label), indexOfValue(choices, this.value), s.selectPlaceholder)}
        @change=${(e: Event) => this.handleChange(e, choices)}
        @keydown=${(e: KeyboardEvent) => this.handleKeydown(e)}
        @mousedown=${(e: MouseEvent) => this.handleMousedown(e)}
      ></select></div
    >`;
  }
}
