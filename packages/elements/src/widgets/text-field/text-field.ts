// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkTextField } from './text-field.component.js';

export * from './text-field.component.js';
define('tk-text-field', TkTextField);

declare global {
  interface HTMLElementTagNameMap {
    'tk-text-field': TkTextField;
  }
}
