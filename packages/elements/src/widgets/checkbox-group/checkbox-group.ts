// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkCheckboxGroup } from './checkbox-group.component.js';

export * from './checkbox-group.component.js';
define('tk-checkbox-group', TkCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'tk-checkbox-group': TkCheckboxGroup;
  }
}
