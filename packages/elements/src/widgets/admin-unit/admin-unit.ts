// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkAdminUnit } from './admin-unit.component.js';

export * from './admin-unit.component.js';
define('tk-admin-unit', TkAdminUnit);

declare global {
  interface HTMLElementTagNameMap {
    'tk-admin-unit': TkAdminUnit;
  }
}
