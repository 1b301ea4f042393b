// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-email-field>`: addresses are long, so the input keeps the full width. */
export const emailFieldStyles = css`
  tk-email-field .tk-text-field__input {
    max-width: 40em;
  }
`;
