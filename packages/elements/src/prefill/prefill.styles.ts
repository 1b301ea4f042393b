// SPDX-License-Identifier: MIT
/**
 * Styles shared by the prefill components. Class names are prefixed (`tk-prefill-*`, `tk-consent*`…) so they
 * cannot clash with a portal page when adopted into the document. Colours are `--tk-*` custom properties (the
 * same tokens as the widgets) with defaults that meet WCAG 2.1 AA on white.
 *
 * @cssproperty --tk-color-text - Text colour. Default: #0b0c0c.
 * @cssproperty --tk-color-hint - Secondary text. Default: #484f53.
 * @cssproperty --tk-color-primary - Primary button background. Default: #0b5394.
 * @cssproperty --tk-color-sensitive - Sensitive-data marker text and border. Default: #7a2e0e (9.4:1).
 * @cssproperty --tk-color-focus - Focus ring. Default: #ffbf47.
 */
import { css } from 'lit';
import { visuallyHiddenDeclarations } from '../internal/visually-hidden.styles.js';

export const prefillBaseStyles = css`
  .tk-prefill-sr-only {
    ${visuallyHiddenDeclarations}
  }
  .tk-prefill-button {
    min-height: var(--tk-control-min-height, 2.75rem);
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--tk-color-text, #0b0c0c);
    border-radius: var(--tk-radius, 0);
    background: var(--tk-color-control-bg, #fff);
    color: var(--tk-color-text, #0b0c0c);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .tk-prefill-button--primary {
    border-color: transparent;
    background: var(--tk-color-primary, #0b5394);
    color: var(--tk-color-primary-text, #fff);
  }
  .tk-prefill-button--link {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--tk-color-link, #1d4f91);
    font-weight: 400;
    text-decoration: underline;
  }
  .tk-prefill-button:focus-visible,
  .tk-prefill-focusable:focus-visible {
    outline: 3px solid var(--tk-color-focus, #ffbf47);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--tk-color-focus-edge, #0b0c0c);
  }
  @media (forced-colors: active) {
    .tk-prefill-button {
      border-color: ButtonText;
    }
    .tk-prefill-button:focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
