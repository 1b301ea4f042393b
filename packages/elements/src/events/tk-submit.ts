// SPDX-License-Identifier: MIT
import type { Submission } from '@tokhai/core';

/** Detail of `tk-submit`. */
export interface TkSubmitDetail {
  /** The data as the citizen entered it (hidden fields included); `submission.data` is what to keep. */
  data: unknown;
  /** What to send to the server: core's prepared data plus provenance, consent, attestations and modes. */
  submission: Submission;
}

/**
 * The citizen submitted a valid form. Cancelable: `preventDefault()` keeps the form as it is (no kiosk clearing,
 * no draft removal, no native form submission). Bubbles and is composed.
 */
export class TkSubmitEvent extends CustomEvent<TkSubmitDetail> {
  /** The event name. */
  static readonly eventName = 'tk-submit';
  constructor(detail: TkSubmitDetail) {
    super(TkSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-submit': TkSubmitEvent;
  }
}
