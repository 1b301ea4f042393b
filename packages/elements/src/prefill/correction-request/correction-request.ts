// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkCorrectionRequest } from './correction-request.component.js';

export * from './correction-request.component.js';
define('tk-correction-request', TkCorrectionRequest);

declare global {
  interface HTMLElementTagNameMap {
    'tk-correction-request': TkCorrectionRequest;
  }
}
