// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkDateField } from './date-field.component.js';

export * from './date-field.component.js';
define('tk-date-field', TkDateField);

declare global {
  interface HTMLElementTagNameMap {
    'tk-date-field': TkDateField;
  }
}
