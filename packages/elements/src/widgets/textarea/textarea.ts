// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkTextarea } from './textarea.component.js';

export * from './textarea.component.js';
define('tk-textarea', TkTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'tk-textarea': TkTextarea;
  }
}
