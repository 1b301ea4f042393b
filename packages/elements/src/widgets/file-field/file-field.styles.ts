// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-file-field>`. */
export const fileFieldStyles = css`
  .tk-file-field__input {
    border-style: dashed;
    max-width: 32em;
  }
  .tk-file-field__current {
    margin: 0;
    font-weight: 600;
  }
  .tk-file-field__remove {
    align-self: flex-start;
  }
`;
