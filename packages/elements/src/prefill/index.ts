// SPDX-License-Identifier: MIT
/**
 * The prefill components: consent, provenance, correction and failure notices. Importing this module registers
 * `<tk-consent-panel>`, `<tk-provenance-badge>`, `<tk-correction-request>` and `<tk-prefill-status>` (once per
 * page; see `define`). `<tk-form>` imports it and adopts `prefillStyles` into its shadow root.
 */
import { TkConsentPanel } from './consent-panel/consent-panel.js';
import { TkCorrectionRequest } from './correction-request/correction-request.js';
import { TkPrefillStatus } from './prefill-status/prefill-status.js';
import { TkProvenanceBadge } from './provenance-badge/provenance-badge.js';

export { TkConsentPanel, TkCorrectionRequest, TkPrefillStatus, TkProvenanceBadge };
export type { ProvenanceState } from './provenance-badge/provenance-badge.component.js';
export { TkConsentEvent, TkCorrectionEvent, TkPrefillRetryEvent, type TkConsentDetail, type TkPrefillRetryDetail } from './events.js';
export { prefillStrings, type PrefillStrings } from './strings.js';

/** Every stylesheet of the prefill components, for a shadow root that renders them in light DOM. */
export const prefillStyles = [
  ...TkConsentPanel.styles,
  ...TkProvenanceBadge.styles,
  ...TkCorrectionRequest.styles,
  ...TkPrefillStatus.styles,
].filter((s, i, all) => all.indexOf(s) === i);
