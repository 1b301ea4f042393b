// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkConsentPanel } from './consent-panel.component.js';

export * from './consent-panel.component.js';
define('tk-consent-panel', TkConsentPanel);

declare global {
  interface HTMLElementTagNameMap {
    'tk-consent-panel': TkConsentPanel;
  }
}
