// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkFieldset } from './fieldset.component.js';

export * from './fieldset.component.js';
define('tk-fieldset', TkFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'tk-fieldset': TkFieldset;
  }
}
