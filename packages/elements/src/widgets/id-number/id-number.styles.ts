// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-id-number>`: wide enough for 12 digits and their spaces; tabular digits line up the groups. */
export const idNumberStyles = css`
  .tk-id-number .tk-text-field__input {
    width: var(--tk-id-number-width, 14em);
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.04em;
  }
`;
