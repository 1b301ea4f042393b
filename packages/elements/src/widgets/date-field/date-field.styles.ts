// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-date-field>`: three boxes side by side, sized for 2, 2 and 4 digits. */
export const dateFieldStyles = css`
  .tk-date-field__parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tk-date-field-gap, 1rem);
  }
  .tk-date-field__part {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .tk-date-field__input {
    width: 3.5em;
    font-variant-numeric: tabular-nums;
  }
  .tk-date-field__input--year {
    width: 5.5em;
  }
`;
