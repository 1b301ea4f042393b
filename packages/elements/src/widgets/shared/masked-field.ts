// SPDX-License-Identifier: MIT
/**
 * `TkMaskedField`: a text input that keeps what the citizen types in a mask's shape (see `masks.ts`): grouped for
 * reading, stored without separators, caret kept where it was. The widgets for identifiers and phone numbers
 * extend it and only say which mask applies.
 */
import type { FieldModel } from '../../internal/field-model.js';
import { TkTextField } from '../text-field/text-field.component.js';
import { applyMask, maskByName, MASKS, type MaskDefinition } from './masks.js';
import { textOf } from './same-value.js';

/** A text input with an input mask. */
export abstract class TkMaskedField extends TkTextField {
  constructor() {
    super();
    this.literal = true;
  }

  /** The mask for the current field. */
  protected abstract get mask(): MaskDefinition;

  protected override willDraw(field: FieldModel): void {
    this.keyboard = this.mask.inputMode;
    this.defaultAutocomplete = this.mask.autocomplete;
    this.inputType = this.mask.inputMode === 'tel' ? 'tel' : 'text';
    super.willDraw(field);
  }

  /** Shows a stored value in the mask's groups (without changing the stored value). */
  protected override toText(value: unknown): string {
    if (value === undefined || value === null) return '';
    const mask = this.mask;
    return mask.format(mask.toValue([...textOf(value)].filter(mask.significant).join('')));
  }

  protected override handleInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const previous = typeof this.value === 'string' ? this.value : '';
    const result = applyMask(this.mask, input.value, input.selectionStart ?? input.value.length, (event as InputEvent).inputType ?? '', previous);
    // Written straight to the input (not only through the next render) so the caret can be placed now.
    input.value = result.display;
    input.setSelectionRange(result.caret, result.caret);
    this.draft = result.display;
    this.emitInput(result.value === '' ? undefined : result.value);
  }
}

/** The mask named `name`, or the digits-only mask. */
export const maskNamed = (name: unknown): MaskDefinition => maskByName(name) ?? MASKS.digits;
