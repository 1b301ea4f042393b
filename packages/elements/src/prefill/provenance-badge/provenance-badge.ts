// SPDX-License-Identifier: MIT
import { define } from '../../internal/define.js';
import { TkProvenanceBadge } from './provenance-badge.component.js';

export * from './provenance-badge.component.js';
define('tk-provenance-badge', TkProvenanceBadge);

declare global {
  interface HTMLElementTagNameMap {
    'tk-provenance-badge': TkProvenanceBadge;
  }
}
