// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-fieldset>`. */
export const fieldsetStyles = css`
  .tk-fieldset__body {
    padding-inline-start: var(--tk-fieldset-indent, 0);
  }
  .tk-fieldset:focus {
    outline: none;
  }
  .tk-fieldset:focus-visible > .tk-field__legend {
    outline: 3px solid var(--tk-color-focus, #ffbf47);
  }
`;
