// SPDX-License-Identifier: MIT
import { fieldStyles } from '../shared/field.styles.js';
import { TkMaskedField } from '../shared/masked-field.js';
import { MASKS, type MaskDefinition } from '../shared/masks.js';
import { textFieldStyles } from '../text-field/text-field.styles.js';
import { phoneFieldStyles } from './phone-field.styles.js';

/**
 * @tagname tk-phone-field
 * @summary A Vietnamese phone number input (`format: vn-phone | vn-mobile`, or `options.mask: "phone"`): the
 * telephone keyboard, `+84` and `84` prefixes normalised to `0`, shown in groups (`0912 345 678`,
 * `024 3825 1234`) and stored as digits (`0912345678`).
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - Every edit; `detail.value` is the domestic number in digits, or `undefined`.
 * @event tk-field-commit - Focus left the field.
 *
 * @csspart base - The wrapper.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The error message.
 * @csspart control - The native `<input type="tel">`.
 *
 * @cssproperty --tk-phone-field-width - Width of the input. Default: 12em.
 */
export class TkPhoneField extends TkMaskedField {
  static override styles = [fieldStyles, textFieldStyles, phoneFieldStyles];

  protected get mask(): MaskDefinition {
    return MASKS.phone;
  }

  protected override wrapperClass(): string {
    return `${super.wrapperClass()} tk-phone-field`;
  }
}
