// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-prefill-status>`. */
export const prefillStatusStyles = css`
  .tk-prefill-status {
    padding: 0.75rem 1rem;
    border: 2px solid var(--tk-color-warning, #8a5300);
    border-left-width: 6px;
    background: var(--tk-color-warning-bg, #fff7e6);
    color: var(--tk-color-text, #0b0c0c);
  }
  .tk-prefill-status__title {
    margin: 0 0 0.5rem;
    font-weight: 700;
  }
  .tk-prefill-status__list {
    margin: 0;
    padding-left: 1.25rem;
  }
  .tk-prefill-status__list > li + li {
    margin-top: 0.5rem;
  }
  .tk-prefill-status__fields {
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
  }
  .tk-prefill-status__actions {
    margin-top: 0.5rem;
  }
  /* A target at least 24 px tall (WCAG 2.5.8): these links are stacked, one per field. */
  .tk-prefill-status__link {
    display: inline-block;
    min-height: 1.5rem;
    line-height: 1.5rem;
    color: var(--tk-color-link, #1d4f91);
  }
`;
