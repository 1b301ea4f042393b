// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkNumberField } from './number-field.component.js';

export * from './number-field.component.js';
define('tk-number-field', TkNumberField);

declare global {
  interface HTMLElementTagNameMap {
    'tk-number-field': TkNumberField;
  }
}
