// SPDX-License-Identifier: MIT
/** The events of the prefill components, typed and registered in `GlobalEventHandlersEventMap`. */
import type { CorrectionRequest } from '@tokhai/core';
import type { ConsentDecision } from '@tokhai/prefill';

/** Detail of `tk-consent`. */
export interface TkConsentDetail {
  /** The citizen's decision for every source shown (no source is left out, none is pre-decided). */
  decisions: Record<string, ConsentDecision>;
}

/** The citizen decided about every data source on `<tk-consent-panel>`. Bubbles and is composed. */
export class TkConsentEvent extends CustomEvent<TkConsentDetail> {
  /** The event name. */
  static readonly eventName = 'tk-consent';
  constructor(detail: TkConsentDetail) {
    super(TkConsentEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

/** The citizen asked to correct a locked value (`detail` is the `CorrectionRequest`). Bubbles and is composed. */
export class TkCorrectionEvent extends CustomEvent<CorrectionRequest> {
  /** The event name. */
  static readonly eventName = 'tk-correction';
  constructor(detail: CorrectionRequest) {
    super(TkCorrectionEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

/** Detail of `tk-prefill-retry`. */
export interface TkPrefillRetryDetail {
  /** The provider id the citizen wants data from after all. */
  source: string;
}

/**
 * The citizen asked, on `<tk-prefill-status>`, for a source again: one they declined (they changed their mind: ask
 * for consent again) or one that failed for a passing reason (call it again). Bubbles and is composed; `<tk-form>`
 * handles it.
 */
export class TkPrefillRetryEvent extends CustomEvent<TkPrefillRetryDetail> {
  /** The event name. */
  static readonly eventName = 'tk-prefill-retry';
  constructor(detail: TkPrefillRetryDetail) {
    super(TkPrefillRetryEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-consent': TkConsentEvent;
    'tk-correction': TkCorrectionEvent;
    'tk-prefill-retry': TkPrefillRetryEvent;
  }
}
