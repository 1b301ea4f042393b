// SPDX-License-Identifier: MIT
import { css } from 'lit';

/**
 * The declarations that hide text visually but keep it in the accessibility tree (the GOV.UK / Bootstrap pattern).
 * Interpolated into each style sheet under its own class name, so the form, the widgets and the prefill components
 * (which may be adopted into a portal page) share one definition.
 */
export const visuallyHiddenDeclarations = css`
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  margin: 0 !important;
  padding: 0 !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important;
  border: 0 !important;
  white-space: nowrap !important;
`;
