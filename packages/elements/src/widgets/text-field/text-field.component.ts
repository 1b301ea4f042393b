// SPDX-License-Identifier: MIT
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { attrs } from '../../internal/attrs.js';
import { labelText } from '../../internal/label-text.js';
import type { FieldModel } from '../../internal/field-model.js';
import { TkFieldElement } from '../shared/field-element.js';
import { textOf } from '../shared/same-value.js';
import { labelClass, renderNotes, requiredText } from '../shared/field-parts.js';
import { fieldStyles } from '../shared/field.styles.js';
import { textFieldStyles } from './text-field.styles.js';

/** The `inputmode` values a text widget may ask for. */
export type InputMode = 'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'url' | 'search' | 'none';

/**
 * @tagname tk-text-field
 * @summary A single-line text input bound to one string property of a form.
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - Every edit; `detail.value` is the NFC-normalized text, or `undefined` when empty.
 * @event tk-field-commit - Focus left the field.
 *
 * @csspart base - The wrapper of label, hint, badge, error and control.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge ("Từ VNeID").
 * @csspart error - The error message.
 * @csspart control - The native `<input>`.
 *
 * @cssproperty --tk-text-field-width - Width of the input. Default: 100% up to 32em.
 */
export class TkTextField extends TkFieldElement {
  static override styles = [fieldStyles, textFieldStyles];

  /** The text shown in the input (kept as typed; the stored value is derived from it). */
  @state() protected draft = '';

  /** The native input `type`. */
  protected inputType: 'text' | 'email' | 'tel' | 'url' = 'text';
  /** The virtual keyboard to ask for, when the type does not imply it. */
  protected keyboard: InputMode | undefined = undefined;
  /** The `autocomplete` token when the control's `options.autocomplete` gives none. */
  protected defaultAutocomplete: string | undefined = undefined;
  /** Whether to turn off spell checking and auto-capitalisation (addresses, codes). */
  protected literal = false;

  /** Converts typed text to the stored value: NFC (Vietnamese IMEs may type decomposed marks); empty is `undefined`. */
  protected toValue(text: string): unknown {
    const normalized = text.normalize('NFC');
    return normalized === '' ? undefined : normalized;
  }

  /** Converts a stored value to the text shown. */
  protected toText(value: unknown): string {
    return textOf(value);
  }

  protected override syncFromValue(value: unknown): void {
    this.draft = this.toText(value);
  }

  protected handleInput(event: Event): void {
    this.draft = (event.target as HTMLInputElement).value;
    this.emitInput(this.toValue(this.draft));
  }

  /** The class of the wrapper (subclasses add their own modifier). */
  protected wrapperClass(): string {
    return `tk-field tk-text-field ${this.invalid ? 'tk-field--invalid' : ''}`;
  }

  protected renderField(field: FieldModel): unknown {
    const s = this.strings;
    const id = field.id;
    const autocomplete = typeof field.options.autocomplete === 'string' ? field.options.autocomplete : this.defaultAutocomplete;
    // One template, label inline (see field-parts.ts: this renders once per text field of the form).
    return html`<div part="base" class=${this.wrapperClass()}
      ><label part="label" ${attrs({ id: `${id}-label`, class: labelClass(field), for: id })} ${labelText(field.label, requiredText(field, s))}
        ><span class="tk-field__required"></span></label
      >${renderNotes(field, s, this.localError)}<input
        part="control"
        class="tk-field__control tk-text-field__input"
        ${attrs({
          id,
          type: this.inputType,
          placeholder: field.placeholder,
          autocomplete,
          inputmode: this.keyboard,
          spellcheck: this.literal ? 'false' : undefined,
          autocapitalize: this.literal ? 'off' : undefined,
          'aria-describedby': this.describedBy(),
          'aria-invalid': this.invalid ? 'true' : undefined,
          'aria-required': field.required ? 'true' : undefined,
          readonly: field.readonly,
          disabled: !field.enabled,
        })}
        .value=${live(this.draft)}
        @input=${(e: Event) => this.handleInput(e)}
      /></div
    >`;
  }
}
