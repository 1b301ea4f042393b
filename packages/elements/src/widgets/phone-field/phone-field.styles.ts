// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-phone-field>`. */
export const phoneFieldStyles = css`
  .tk-phone-field .tk-text-field__input {
    width: var(--tk-phone-field-width, 12em);
    font-variant-numeric: tabular-nums;
  }
`;
