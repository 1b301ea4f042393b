// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-text-field>` (and the widgets built on it: e-mail, phone, number, identifier). */
export const textFieldStyles = css`
  .tk-text-field__input {
    width: var(--tk-text-field-width, 100%);
    max-width: 32em;
  }
`;
