// SPDX-License-Identifier: MIT
import type { LocatedError } from '@tokhai/core';

/** Detail of `tk-change`. */
export interface TkChangeDetail {
  /** The form data after the change (a new object: data is updated immutably). */
  data: unknown;
  /** Whether the data is valid right now (all visible fields). */
  valid: boolean;
  /** Every current error of visible fields, localized, whether or not it is shown yet. */
  errors: LocatedError[];
}

/** The form data changed, by the citizen, by prefill or by restoring a draft. Bubbles and is composed. */
export class TkChangeEvent extends CustomEvent<TkChangeDetail> {
  /** The event name. */
  static readonly eventName = 'tk-change';
  constructor(detail: TkChangeDetail) {
    super(TkChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-change': TkChangeEvent;
  }
}
