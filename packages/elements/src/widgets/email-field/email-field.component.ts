// SPDX-License-Identifier: MIT
import { fieldStyles } from '../shared/field.styles.js';
import { TkTextField } from '../text-field/text-field.component.js';
import { textFieldStyles } from '../text-field/text-field.styles.js';
import { emailFieldStyles } from './email-field.styles.js';

/**
 * @tagname tk-email-field
 * @summary An e-mail address input (`format: email`): the e-mail keyboard, no spell check or capitalisation, and
 * surrounding spaces dropped from the stored value.
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - Every edit; `detail.value` is the address without surrounding spaces, or `undefined`.
 * @event tk-field-commit - Focus left the field.
 *
 * @csspart base - The wrapper of label, hint, badge, error and control.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The error message.
 * @csspart control - The native `<input type="email">`.
 *
 * @cssproperty --tk-text-field-width - Width of the input.
 */
export class TkEmailField extends TkTextField {
  static override styles = [fieldStyles, textFieldStyles, emailFieldStyles];

  constructor() {
    super();
    this.inputType = 'email';
    this.defaultAutocomplete = 'email';
    this.literal = true;
  }

  /** An address never has meaningful surrounding spaces (a pasted address often does). */
  protected override toValue(text: string): unknown {
    const trimmed = text.trim().normalize('NFC');
    return trimmed === '' ? undefined : trimmed;
  }
}
