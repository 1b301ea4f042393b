// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkPhoneField } from './phone-field.component.js';

export * from './phone-field.component.js';
define('tk-phone-field', TkPhoneField);

declare global {
  interface HTMLElementTagNameMap {
    'tk-phone-field': TkPhoneField;
  }
}
