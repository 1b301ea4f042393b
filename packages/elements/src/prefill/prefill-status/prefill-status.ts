// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkPrefillStatus } from './prefill-status.component.js';

export * from './prefill-status.component.js';
define('tk-prefill-status', TkPrefillStatus);

declare global {
  interface HTMLElementTagNameMap {
    'tk-prefill-status': TkPrefillStatus;
  }
}
