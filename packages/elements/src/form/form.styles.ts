// SPDX-License-Identifier: MIT
/**
 * The default theme of `<tk-form>`: plain, high-contrast and calm, fit for a government portal (GOV.UK and the
 * Vietnamese national public service portal use the same ingredients: dark text on white, one strong accent,
 * thick yellow-and-black focus, red errors with a left bar). Every value is a `--tk-*` custom property with a
 * default that meets WCAG 2.1 AA on white; widgets read the same properties (see widgets/shared/field.styles.ts).
 *
 * In Windows High Contrast / forced colours the browser replaces colours and drops box-shadows, so every state
 * that a colour or a shadow shows here is also shown by something forced colours keep: focus by a solid
 * `outline` in `Highlight`, errors by a thick left border and the "Lỗi:" text, the current step by a border.
 */
import { css } from 'lit';
import { visuallyHiddenDeclarations } from '../internal/visually-hidden.styles.js';

/*
 * Long forms (`.tk-vertical > .tk-group` below; said here, not in the CSS, so the words are not shipped): a section
 * from the 21st on is neither styled, laid out nor painted while it is off screen (`content-visibility: auto`); it
 * stays in the accessibility tree, focusable and found by find-in-page, and scrollIntoView lays it out. Its height
 * is remembered once shown (`auto`) and estimated before. Only far down a long form: measured on the benchmark's
 * forms, it saves about a quarter of the main-thread time to the first frame at 100 sections, but costs a little at 20
 * (the browser's bookkeeping outweighs the layout saved). Paint containment clips at the padding box, so every
 * section has a padding as wide as the focus ring: the rings of controls at its edges stay whole, and all sections
 * line up (not taken back by a negative margin: that would scroll sideways at 320 px).
 */
export const formStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--tk-color-text, #0b0c0c);
    background: var(--tk-color-background, transparent);
    font-family: var(--tk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--tk-font-size, 1rem);
    line-height: var(--tk-line-height, 1.5);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .tk-form {
    max-width: var(--tk-max-width, 48rem);
    margin: 0;
  }
  .tk-title {
    margin: 0 0 var(--tk-space-3, 1rem);
    font-size: var(--tk-title-size, 1.75rem);
    line-height: 1.2;
  }
  .tk-description {
    margin: 0 0 var(--tk-space-4, 1.5rem);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--tk-space-3, 1rem);
    line-height: 1.25;
  }
  p {
    margin: 0 0 var(--tk-space-3, 1rem);
  }
  a {
    color: var(--tk-color-link, #1d4f91);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 3px;
  }

  /* Layouts */
  .tk-vertical {
    display: flex;
    flex-direction: column;
  }
  .tk-horizontal {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--tk-space-4, 1.5rem);
  }
  .tk-horizontal > * {
    flex: 1 1 var(--tk-column-min, 14rem);
    min-width: 0;
  }
  @container (max-width: 30rem) {
    .tk-horizontal {
      flex-direction: column;
    }
  }
  .tk-group,
  .tk-array {
    margin: 0 0 var(--tk-space-4, 1.5rem);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .tk-vertical > .tk-group {
    padding: 0.25rem;
  }
  .tk-vertical > .tk-group:nth-child(n + 21) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 40rem;
  }
  .tk-legend {
    margin-bottom: var(--tk-space-2, 0.5rem);
    padding: 0;
    font-size: 1.25rem;
    font-weight: 700;
  }
  .tk-hint {
    color: var(--tk-color-hint, #484f53);
  }
  .tk-text {
    max-width: 40em;
  }
  .tk-array-item {
    margin: 0 0 var(--tk-space-3, 1rem);
    padding: var(--tk-space-3, 1rem);
    border-left: 4px solid var(--tk-color-border-muted, #b1b4b6);
  }
  .tk-array-item-title {
    font-weight: 700;
  }
  .tk-error-message {
    margin: 0 0 var(--tk-space-2, 0.5rem);
    color: var(--tk-color-error, #b3261e);
    font-weight: 700;
  }
  .tk-error-line {
    display: block;
  }
  .tk-unsupported {
    margin: 0 0 var(--tk-space-4, 1.5rem);
    padding: var(--tk-space-3, 1rem);
    border: 2px dashed var(--tk-color-error, #b3261e);
  }

  /* Buttons */
  .tk-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tk-space-3, 1rem);
    align-items: center;
    margin-top: var(--tk-space-4, 1.5rem);
  }
  .tk-button {
    min-height: var(--tk-control-min-height, 2.75rem);
    padding: 0.5rem 1.25rem;
    border: 2px solid transparent;
    border-radius: var(--tk-radius, 0);
    background: var(--tk-color-primary, #0b5394);
    color: var(--tk-color-primary-text, #fff);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    box-shadow: 0 2px 0 var(--tk-color-button-shadow, #062d52);
  }
  .tk-button:hover {
    background: var(--tk-color-primary-hover, #083f72);
  }
  .tk-button--secondary {
    background: var(--tk-color-secondary, #f3f2f1);
    color: var(--tk-color-text, #0b0c0c);
    box-shadow: 0 2px 0 var(--tk-color-border-muted, #929191);
  }
  .tk-button--secondary:hover {
    background: var(--tk-color-secondary-hover, #dbdad9);
  }
  .tk-button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .tk-link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--tk-color-link, #1d4f91);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  /* Focus: a thick yellow ring with a dark edge, visible on light and dark backgrounds (WCAG 2.4.7). */
  :focus-visible {
    outline: 3px solid var(--tk-color-focus, #ffbf47);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--tk-color-focus-edge, #0b0c0c);
  }
  a:focus-visible,
  .tk-link-button:focus-visible {
    background: var(--tk-color-focus, #ffbf47);
    color: var(--tk-color-focus-text, #0b0c0c);
    box-shadow: 0 4px var(--tk-color-focus-edge, #0b0c0c);
    outline: 3px solid transparent;
    text-decoration: none;
  }
  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }
  .tk-error-summary:focus {
    outline: 3px solid var(--tk-color-focus, #ffbf47);
    outline-offset: 0;
  }

  /* Error summary */
  .tk-error-summary {
    margin: 0 0 var(--tk-space-4, 1.5rem);
    padding: var(--tk-space-3, 1rem);
    border: 5px solid var(--tk-color-error, #b3261e);
    background: var(--tk-color-background, #fff);
  }
  .tk-error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tk-error-summary li + li {
    margin-top: var(--tk-space-2, 0.5rem);
  }
  .tk-error-summary a {
    color: var(--tk-color-error, #b3261e);
    font-weight: 700;
  }

  /* Wizard */
  .tk-step-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tk-space-2, 0.5rem) var(--tk-space-4, 1.5rem);
    margin: 0 0 var(--tk-space-4, 1.5rem);
    padding: 0;
    list-style: none;
    font-size: 0.9375rem;
  }
  .tk-step {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    padding-bottom: 0.25rem;
    border-bottom: 4px solid transparent;
    color: var(--tk-color-hint, #484f53);
  }
  .tk-step--current {
    border-bottom-color: var(--tk-color-primary, #0b5394);
    color: var(--tk-color-text, #0b0c0c);
    font-weight: 700;
  }
  .tk-step-number {
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .tk-step--done .tk-step-number {
    background: var(--tk-color-success, #00703c);
    border-color: var(--tk-color-success, #00703c);
    color: #fff;
  }

  /* Review */
  .tk-summary-list {
    margin: 0 0 var(--tk-space-4, 1.5rem);
  }
  .tk-summary-row {
    display: grid;
    grid-template-columns: minmax(8rem, 2fr) 3fr auto;
    gap: var(--tk-space-2, 0.5rem) var(--tk-space-3, 1rem);
    padding: var(--tk-space-2, 0.5rem) 0;
    border-bottom: 1px solid var(--tk-color-border-muted, #b1b4b6);
  }
  @container (max-width: 30rem) {
    .tk-summary-row {
      grid-template-columns: 1fr;
    }
  }
  .tk-summary-key {
    font-weight: 700;
  }
  .tk-summary-value,
  .tk-summary-actions {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .tk-summary-value--empty {
    color: var(--tk-color-hint, #484f53);
  }

  /* Banners: drafts, assisted mode, prefill notices */
  .tk-banner {
    margin: 0 0 var(--tk-space-4, 1.5rem);
    padding: var(--tk-space-3, 1rem);
    border-left: 6px solid var(--tk-color-primary, #0b5394);
    background: var(--tk-color-banner, #eef3f9);
  }
  .tk-banner--warning {
    border-left-color: var(--tk-color-warning, #8a4b00);
    background: var(--tk-color-warning-bg, #fff4e5);
  }
  .tk-banner--success {
    border-left-color: var(--tk-color-success, #00703c);
    background: var(--tk-color-success-bg, #eaf5ee);
  }
  .tk-banner--error {
    border-left-color: var(--tk-color-error, #b3261e);
  }
  .tk-banner-title {
    margin: 0 0 var(--tk-space-2, 0.5rem);
    font-weight: 700;
  }
  .tk-banner :last-child {
    margin-bottom: 0;
  }
  .tk-assisted-fields {
    margin-top: var(--tk-space-4, 1.5rem);
    padding-top: var(--tk-space-3, 1rem);
    border-top: 2px solid var(--tk-color-border-muted, #b1b4b6);
  }
  .tk-checkbox {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
  }
  .tk-checkbox input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--tk-color-primary, #0b5394);
  }
  .tk-input {
    min-height: var(--tk-control-min-height, 2.5rem);
    max-width: 20em;
    width: 100%;
    padding: var(--tk-control-padding, 0.375rem);
    border: var(--tk-border-width, 2px) solid var(--tk-color-text, #0b0c0c);
    border-radius: var(--tk-radius, 0);
    font: inherit;
  }
  .tk-input[aria-invalid='true'] {
    border-color: var(--tk-color-error, #b3261e);
  }
  .tk-own-field {
    display: flex;
    flex-direction: column;
    gap: var(--tk-field-gap, 0.375rem);
    margin: 0 0 var(--tk-space-4, 1.5rem);
  }
  .tk-own-field > label {
    font-weight: 600;
  }
  .tk-own-field--invalid {
    padding-left: var(--tk-space-3, 1rem);
    border-left: 5px solid var(--tk-color-error, #b3261e);
  }
  .tk-known {
    margin: 0 0 var(--tk-space-4, 1.5rem);
  }
  dialog.tk-idle {
    max-width: 28rem;
    padding: var(--tk-space-4, 1.5rem);
    border: 4px solid var(--tk-color-text, #0b0c0c);
    color: inherit;
  }
  dialog.tk-idle::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .tk-failure {
    padding: var(--tk-space-3, 1rem);
    border: 5px solid var(--tk-color-error, #b3261e);
  }
  .tk-failure code {
    overflow-wrap: anywhere;
  }

  .visually-hidden {
    ${visuallyHiddenDeclarations}
  }

  /* Forced colours (Windows High Contrast): keep focus and errors visible without colour or shadows. */
  @media (forced-colors: active) {
    :focus-visible,
    a:focus-visible,
    .tk-link-button:focus-visible,
    .tk-error-summary:focus {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
    .tk-error-summary,
    .tk-failure,
    .tk-unsupported {
      border-color: CanvasText;
    }
    .tk-error-message,
    .tk-own-field--invalid,
    [aria-invalid='true'] {
      border-left: 5px solid CanvasText;
      padding-left: 0.5rem;
    }
    .tk-step--current {
      border-bottom-color: Highlight;
    }
    .tk-button {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    :host {
      scroll-behavior: smooth;
    }
  }
`;
