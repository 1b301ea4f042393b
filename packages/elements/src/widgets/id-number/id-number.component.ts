// SPDX-License-Identifier: MIT
import { fieldStyles } from '../shared/field.styles.js';
import { TkMaskedField, maskNamed } from '../shared/masked-field.js';
import { maskNameForFormat, type MaskDefinition } from '../shared/masks.js';
import { textFieldStyles } from '../text-field/text-field.styles.js';
import { idNumberStyles } from './id-number.styles.js';

/**
 * @tagname tk-id-number
 * @summary A Vietnamese identifier input with an input mask: ĐDCN/CCCD (`001 203 012345`), old CMND, BHXH code,
 * tax code (MST, `0100047516-001`). The stored value is digits only (plus the MST branch dash); spaced or dashed
 * numbers can be pasted; the caret stays where the citizen is typing.
 * @status stable
 * @since 0.1
 *
 * @event tk-field-input - Every edit; `detail.value` is the identifier without separators, or `undefined`.
 * @event tk-field-commit - Focus left the field.
 *
 * @csspart base - The wrapper.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart badge - The prefill badge.
 * @csspart error - The error message.
 * @csspart control - The native `<input>`.
 *
 * @cssproperty --tk-id-number-width - Width of the input. Default: 14em.
 */
export class TkIdNumber extends TkMaskedField {
  static override styles = [fieldStyles, textFieldStyles, idNumberStyles];

  /** `options.mask` first, then the mask of the schema's `format`, else digits only. */
  protected get mask(): MaskDefinition {
    const field = this.field;
    return maskNamed(field?.options.mask ?? maskNameForFormat(field?.schema.format));
  }

  protected override wrapperClass(): string {
    return `${super.wrapperClass()} tk-id-number`;
  }
}
