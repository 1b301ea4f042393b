// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkRadioGroup } from './radio-group.component.js';

export * from './radio-group.component.js';
define('tk-radio-group', TkRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'tk-radio-group': TkRadioGroup;
  }
}
