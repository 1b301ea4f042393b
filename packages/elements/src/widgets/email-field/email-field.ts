// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkEmailField } from './email-field.component.js';

export * from './email-field.component.js';
define('tk-email-field', TkEmailField);

declare global {
  interface HTMLElementTagNameMap {
    'tk-email-field': TkEmailField;
  }
}
