// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkRepeatGroup } from './repeat-group.component.js';

export * from './repeat-group.component.js';
define('tk-repeat-group', TkRepeatGroup);

declare global {
  interface HTMLElementTagNameMap {
    'tk-repeat-group': TkRepeatGroup;
  }
}
