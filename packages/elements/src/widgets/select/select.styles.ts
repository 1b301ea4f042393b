// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-select>`. */
export const selectStyles = css`
  .tk-select__control {
    width: var(--tk-select-width, auto);
    min-width: 12em;
  }
`;
