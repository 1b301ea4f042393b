// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkCheckbox } from './checkbox.component.js';

export * from './checkbox.component.js';
define('tk-checkbox', TkCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'tk-checkbox': TkCheckbox;
  }
}
