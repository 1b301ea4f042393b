// SPDX-License-Identifier: MIT
import { css } from 'lit';
import { radioGroupStyles } from '../radio-group/radio-group.styles.js';

/** Styles of `<tk-checkbox>`: one choice item, its hint indented under the label. */
export const checkboxStyles = [
  radioGroupStyles,
  css`
    .tk-checkbox .tk-field__label {
      font-weight: 400;
      cursor: pointer;
    }
    .tk-checkbox .tk-field__hint,
    .tk-checkbox .tk-field__badge {
      margin-inline-start: calc(var(--tk-radio-size, 1.5rem) + 0.5rem);
    }
  `,
];
