// SPDX-License-Identifier: MIT
/**
 * Styles shared by every widget. Widgets render in light DOM inside `<tk-form>`'s shadow root, which adopts these
 * once (docs/decisions/0001-one-shadow-root.md); selectors use `tk-field__*` classes, so they cannot clash with
 * the portal page. Every colour and size is a `--tk-*` custom property with a default that meets WCAG 2.1 AA
 * (text ≥ 4.5:1, borders and focus ≥ 3:1 on white).
 *
 * @cssproperty --tk-font-family - Font of labels, hints and controls. Default: inherit.
 * @cssproperty --tk-color-text - Text and control border colour. Default: #0b0c0c.
 * @cssproperty --tk-color-hint - Hint text colour. Default: #484f53 (8.3:1).
 * @cssproperty --tk-color-error - Error text and border colour. Default: #b3261e (6.5:1).
 * @cssproperty --tk-color-focus - Focus ring colour. Default: #ffbf47 with a text-colour outline.
 * @cssproperty --tk-color-control-bg - Control background. Default: #fff.
 * @cssproperty --tk-color-readonly-bg - Background of read-only controls. Default: #f3f2f1.
 * @cssproperty --tk-color-badge-bg - Prefill badge background. Default: #e8f1f8.
 * @cssproperty --tk-color-badge-text - Prefill badge text. Default: #0b3b60.
 * @cssproperty --tk-border-width - Control border width. Default: 2px.
 * @cssproperty --tk-radius - Control corner radius. Default: 0.
 * @cssproperty --tk-field-gap - Space between a field's label, hint, error and control. Default: 0.375rem.
 * @cssproperty --tk-field-spacing - Space below each field. Default: 1.5rem.
 * @cssproperty --tk-control-padding - Padding inside text controls. Default: 0.375rem.
 * @cssproperty --tk-control-min-height - Minimum height of controls and buttons (touch target). Default: 2.5rem.
 */
import { css } from 'lit';
import { visuallyHiddenDeclarations } from '../../internal/visually-hidden.styles.js';

export const fieldStyles = css`
  :where(.tk-field) {
    display: flex;
    flex-direction: column;
    gap: var(--tk-field-gap, 0.375rem);
    margin: 0 0 var(--tk-field-spacing, 1.5rem);
    font-family: var(--tk-font-family, inherit);
    color: var(--tk-color-text, #0b0c0c);
    min-width: 0;
  }
  :where(fieldset.tk-field) {
    border: 0;
    padding: 0;
  }
  .tk-field__label {
    font-weight: 600;
  }
  .tk-field__legend {
    padding: 0;
    margin-bottom: var(--tk-field-gap, 0.375rem);
  }
  .tk-field__required {
    font-weight: 400;
  }
  .tk-field__hint {
    color: var(--tk-color-hint, #484f53);
  }
  .tk-field__error {
    margin: 0;
    color: var(--tk-color-error, #b3261e);
    font-weight: 600;
  }
  .tk-field__badge {
    align-self: flex-start;
    padding: 0.125rem 0.5rem;
    border-radius: 1rem;
    background: var(--tk-color-badge-bg, #e8f1f8);
    color: var(--tk-color-badge-text, #0b3b60);
    font-size: 0.875em;
  }
  .tk-field__control {
    box-sizing: border-box;
    min-height: var(--tk-control-min-height, 2.5rem);
    max-width: 100%;
    padding: var(--tk-control-padding, 0.375rem);
    border: var(--tk-border-width, 2px) solid var(--tk-color-text, #0b0c0c);
    border-radius: var(--tk-radius, 0);
    background: var(--tk-color-control-bg, #fff);
    color: inherit;
    font: inherit;
  }
  .tk-field__control[aria-invalid='true'],
  .tk-field--invalid > .tk-field__control {
    border-color: var(--tk-color-error, #b3261e);
  }
  .tk-field__control[readonly],
  .tk-field__control[aria-readonly='true'] {
    background: var(--tk-color-readonly-bg, #f3f2f1);
  }
  .tk-field__control:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .tk-field :focus-visible {
    outline: 3px solid var(--tk-color-focus, #ffbf47);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--tk-color-text, #0b0c0c);
  }
  .tk-field__button {
    min-height: var(--tk-control-min-height, 2.5rem);
    padding: 0.375rem 0.75rem;
    border: var(--tk-border-width, 2px) solid var(--tk-color-text, #0b0c0c);
    border-radius: var(--tk-radius, 0);
    background: var(--tk-color-control-bg, #fff);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .tk-field__button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .tk-visually-hidden,
  .tk-field .visually-hidden {
    ${visuallyHiddenDeclarations}
  }
`;
