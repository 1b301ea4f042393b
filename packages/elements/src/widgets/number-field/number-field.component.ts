// SPDX-License-Identifier: MIT
import type { FieldModel } from '../../internal/field-model.js';
import { fieldStyles } from '../shared/field.styles.js';
import { TkTextField } from '../text-field/text-field.component.js';
import { textFieldStyles } from '../text-field/text-field.styles.js';
import { numberFieldStyles } from './number-field.styles.js';
import { formatNumber, parseNumber } from './parse-number.js';

/**
 * @tagname tk-number-field
 * @summary A number or integer input. A text input with a numeric keyboard (not `type="number"`, which drops
 * what it cannot parse and changes values on scroll); the typed text is parsed in the citizen's locale, and text
 * that is not a number is kept, visible and stored as typed, so core reports it instead of it vanishing.
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - Every edit; `detail.value` is a number, `undefined` when empty, or the typed text when it
 * is not a number (core then reports a `type` error).
 * @event tk-field-commit - Focus left the field.
 *
 * @csspart base - The wrapper.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The error message.
 * @csspart control - The native `<input>`.
 *
 * @cssproperty --tk-number-field-width - Width of the input. Default: 10em.
 */
export class TkNumberField extends TkTextField {
  static override styles = [fieldStyles, textFieldStyles, numberFieldStyles];

  constructor() {
    super();
    this.literal = true;
  }

  /** True when the schema asks for a whole number. */
  protected get integer(): boolean {
    const type = this.field?.schema.type;
    return type === 'integer' || (Array.isArray(type) && type.includes('integer'));
  }

  protected override willDraw(field: FieldModel): void {
    // `numeric` shows digits only on phones, which fits integers; `decimal` adds the locale's decimal key.
    this.keyboard = this.integer ? 'numeric' : 'decimal';
    super.willDraw(field);
  }

  protected override toValue(text: string): unknown {
    const parsed = parseNumber(text, this.field?.locale ?? 'vi');
    if (parsed.kind === 'empty') return undefined;
    if (parsed.kind === 'invalid') return text;
    if (this.integer && !Number.isInteger(parsed.value)) return text;
    return parsed.value;
  }

  protected override toText(value: unknown): string {
    if (typeof value === 'number') return formatNumber(value, this.field?.locale ?? 'vi');
    return super.toText(value);
  }

  protected override wrapperClass(): string {
    return `${super.wrapperClass()} tk-number-field`;
  }
}
