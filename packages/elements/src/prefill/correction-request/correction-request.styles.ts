// SPDX-License-Identifier: MIT
import { css } from 'lit';

/** Styles of `<tk-correction-request>`. */
export const correctionRequestStyles = css`
  .tk-correction {
    color: var(--tk-color-text, #0b0c0c);
  }
  .tk-correction__summary {
    display: inline-block;
    color: var(--tk-color-link, #1d4f91);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .tk-correction__summary:focus-visible {
    outline: 3px solid transparent;
    background: var(--tk-color-focus, #ffbf47);
    color: var(--tk-color-focus-text, #0b0c0c);
    box-shadow: 0 4px var(--tk-color-focus-edge, #0b0c0c);
    text-decoration: none;
  }
  .tk-correction__body {
    display: flex;
    flex-direction: column;
    gap: 1rem;
    margin-top: 0.75rem;
    padding-left: 1rem;
    border-left: 4px solid var(--tk-color-border-muted, #929191);
  }
  .tk-correction__current {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }
  .tk-correction__current dt {
    font-weight: 600;
  }
  .tk-correction__current dd {
    margin: 0;
  }
  .tk-correction__field {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
  }
  .tk-correction__label {
    font-weight: 600;
  }
  .tk-correction__hint {
    margin: 0;
    color: var(--tk-color-hint, #484f53);
  }
  .tk-correction__error {
    margin: 0;
    color: var(--tk-color-error, #b3261e);
    font-weight: 600;
  }
  .tk-correction__control {
    box-sizing: border-box;
    max-width: 32em;
    min-height: var(--tk-control-min-height, 2.5rem);
    padding: var(--tk-control-padding, 0.375rem);
    border: var(--tk-border-width, 2px) solid var(--tk-color-text, #0b0c0c);
    border-radius: var(--tk-radius, 0);
    background: var(--tk-color-control-bg, #fff);
    color: inherit;
    font: inherit;
  }
  .tk-correction__control[aria-invalid='true'] {
    border-color: var(--tk-color-error, #b3261e);
    border-width: 3px;
  }
  .tk-correction__control:focus-visible {
    outline: 3px solid var(--tk-color-focus, #ffbf47);
    box-shadow: inset 0 0 0 2px var(--tk-color-focus-edge, #0b0c0c);
  }
  .tk-correction__sent {
    margin: 0.5rem 0 0;
    font-weight: 600;
  }
  .tk-correction__sent:empty {
    display: none;
  }
`;
