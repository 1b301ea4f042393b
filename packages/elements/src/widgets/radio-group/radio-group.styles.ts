// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-radio-group>` (and the choice items of `<tk-checkbox-group>` and `<tk-checkbox>`). */
export const radioGroupStyles = css`
  .tk-radio-group__items {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .tk-radio-group__items--inline {
    flex-direction: row;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
  }
  .tk-radio-group__item {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: var(--tk-control-min-height, 2.5rem);
  }
  .tk-radio-group__input {
    width: var(--tk-radio-size, 1.5rem);
    height: var(--tk-radio-size, 1.5rem);
    margin: 0;
    accent-color: var(--tk-color-text, #0b0c0c);
    flex: none;
  }
  .tk-radio-group__label {
    cursor: pointer;
  }
`;
