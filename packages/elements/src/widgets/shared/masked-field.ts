// SPDX-License-Identifier: MIT
/**
 * `TkMaskedField`: a text input that keeps what the citizen types in a mask's shape (see `masks.ts`): grouped for
 * reading, stored without separators, caret kept where it was. The widgets for identifiers and phone numbers
 * extend it and only say which mask applies.
 */
import type { FieldModel } from '../../internal/field-model.js';
import { TkTextField } from '../text-field/text-field.component.js';
import { applyMask, maskByName, maskedValue, MASKS, type MaskDefinition } from './masks.js';
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
    return mask.format(maskedValue(mask, textOf(value)));
  }

  /** Adds the end of an input method's composition, when the composed text is grouped (see `handleInput`). */
  protected override build(): void {
    super.build();
    this.querySelector('input')!.addEventListener('compositionend', (event) => this.reformat(event.target as HTMLInputElement, 'insertCompositionText'));
  }

  /**
   * While an input method composes (a phone keyboard's suggestions, Vietnamese keyboards), the text in the box is
   * the IME's: rewriting it then (grouping, moving the caret) makes the IME insert its text a second time, so a
   * digit composed mid-number was stored twice. The value is reported from the text as it is, and the text is
   * grouped when the composition ends.
   */
  protected override handleInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if ((event as InputEvent).isComposing) {
      this.draft = input.value;
      const value = maskedValue(this.mask, input.value);
      this.emitInput(value === '' ? undefined : value);
      return;
    }
    this.reformat(input, (event as InputEvent).inputType ?? '');
  }

  /** Applies the mask to the box's text: the grouped text and the caret are written at once, the value reported. */
  private reformat(input: HTMLInputElement, inputType: string): void {
    const previous = typeof this.value === 'string' ? this.value : '';
    const result = applyMask(this.mask, input.value, input.selectionStart ?? input.value.length, inputType, previous);
    // Written straight to the input (not only through the next render) so the caret can be placed now.
    input.value = result.display;
    input.setSelectionRange(result.caret, result.caret);
    this.draft = result.display;
    this.emitInput(result.value === '' ? undefined : result.value);
  }
}

/** The mask named `name`, or the digits-only mask. */
export const maskNamed = (name: unknown): MaskDefinition => maskByName(name) ?? MASKS.digits;
