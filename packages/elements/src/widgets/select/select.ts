// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkSelect } from './select.component.js';

export * from './select.component.js';
define('tk-select', TkSelect);

declare global {
  interface HTMLElementTagNameMap {
    'tk-select': TkSelect;
  }
}
