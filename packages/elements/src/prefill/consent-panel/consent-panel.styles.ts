// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-consent-panel>`. */
export const consentPanelStyles = css`
  .tk-consent {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    max-width: var(--tk-max-width, 48rem);
    color: var(--tk-color-text, #0b0c0c);
  }
  .tk-consent__title {
    margin: 0;
    font-size: 1.5em;
    font-weight: 700;
  }
  .tk-consent__title:focus {
    outline: none;
  }
  .tk-consent__intro,
  .tk-consent__note {
    margin: 0;
  }
  .tk-consent__note {
    color: var(--tk-color-hint, #484f53);
  }
  .tk-consent__source {
    margin: 0;
    padding: 1rem;
    border: 2px solid var(--tk-color-border-muted, #929191);
  }
  .tk-consent__source[data-decision='granted'] {
    border-color: var(--tk-color-success, #00703c);
    border-left-width: 6px;
  }
  .tk-consent__source[data-decision='declined'] {
    border-left-width: 6px;
    border-style: dashed;
  }
  .tk-consent__legend {
    padding: 0 0.25rem;
    font-weight: 700;
    font-size: 1.125em;
  }
  .tk-consent__purpose,
  .tk-consent__subheading {
    margin: 0.5rem 0;
  }
  .tk-consent__subheading {
    font-weight: 600;
  }
  .tk-consent__fields {
    margin: 0 0 0.75rem;
    padding-left: 1.25rem;
  }
  .tk-consent__tag {
    display: inline-block;
    margin-left: 0.25rem;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    font-size: 0.875em;
  }
  .tk-consent__tag--sensitive {
    color: var(--tk-color-sensitive, #7a2e0e);
    font-weight: 600;
  }
  .tk-consent__notice {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--tk-color-sensitive, #7a2e0e);
    background: var(--tk-color-warning-bg, #fff7e6);
  }
  .tk-consent__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .tk-consent__choice[aria-pressed='true'] {
    border-width: 3px;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .tk-consent__state {
    margin: 0.5rem 0 0;
  }
  .tk-consent__error {
    margin: 0;
    color: var(--tk-color-error, #b3261e);
    font-weight: 600;
  }
  .tk-consent__footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem;
  }
`;
