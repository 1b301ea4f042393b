// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkIdNumber } from './id-number.component.js';

export * from './id-number.component.js';
define('tk-id-number', TkIdNumber);

declare global {
  interface HTMLElementTagNameMap {
    'tk-id-number': TkIdNumber;
  }
}
