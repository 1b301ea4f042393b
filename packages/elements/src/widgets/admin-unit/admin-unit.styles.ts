// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-admin-unit>`: the parts stacked, each with its label above. */
export const adminUnitStyles = css`
  .tk-admin-unit__part {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-bottom: 0.75rem;
  }
  .tk-admin-unit__select {
    width: var(--tk-admin-unit-select-width, 100%);
    max-width: 24em;
  }
  .tk-admin-unit__street {
    width: 100%;
    max-width: 32em;
  }
  .tk-admin-unit__status {
    color: var(--tk-color-hint, #484f53);
  }
`;
