// SPDX-License-Identifier: MIT
import type { LocatedError } from '@tokhai/core';

/** Detail of `tk-invalid`. */
export interface TkInvalidDetail {
  /** The errors shown in the error summary (the step's, on "Next"; the whole form's, on submit). */
  errors: LocatedError[];
}

/** A submit or "Next" found errors; the error summary is shown. Bubbles and is composed. */
export class TkInvalidEvent extends CustomEvent<TkInvalidDetail> {
  /** The event name. */
  static readonly eventName = 'tk-invalid';
  constructor(detail: TkInvalidDetail) {
    super(TkInvalidEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-invalid': TkInvalidEvent;
  }
}
