// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkFileField } from './file-field.component.js';

export * from './file-field.component.js';
export * from './upload-event.js';
define('tk-file-field', TkFileField);

declare global {
  interface HTMLElementTagNameMap {
    'tk-file-field': TkFileField;
  }
}
