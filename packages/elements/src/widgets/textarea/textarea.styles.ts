// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-textarea>`. */
export const textareaStyles = css`
  .tk-textarea__control {
    width: 100%;
    max-width: 48em;
    min-height: var(--tk-textarea-rows-height, 6em);
    resize: vertical;
  }
  .tk-textarea__count {
    color: var(--tk-color-hint, #484f53);
  }
  .tk-textarea__count--over {
    color: var(--tk-color-count-over, var(--tk-color-error, #b3261e));
    font-weight: 600;
  }
`;
