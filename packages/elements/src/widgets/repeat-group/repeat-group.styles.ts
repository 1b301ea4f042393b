// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-repeat-group>`. */
export const repeatGroupStyles = css`
  .tk-repeat:focus,
  .tk-repeat__item-label:focus {
    outline: none;
  }
  .tk-repeat__item-label:focus-visible {
    outline: 3px solid var(--tk-color-focus, #ffbf47);
  }
  .tk-repeat__items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .tk-repeat__item {
    padding: 1rem 0;
    border-bottom: var(--tk-repeat-item-border, 1px solid #b1b4b6);
  }
  .tk-repeat__item-group {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .tk-repeat__item-label {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.75rem;
  }
  .tk-repeat__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .tk-repeat__add {
    align-self: flex-start;
  }
`;
