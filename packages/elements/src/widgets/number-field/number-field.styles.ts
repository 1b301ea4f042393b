// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-number-field>`: a short input, since numbers on forms are short. */
export const numberFieldStyles = css`
  .tk-number-field .tk-text-field__input {
    width: var(--tk-number-field-width, 10em);
  }
`;
