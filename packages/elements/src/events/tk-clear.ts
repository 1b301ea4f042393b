// SPDX-License-Identifier: MIT

/** Why a kiosk form cleared its data. */
export type TkClearReason = 'idle' | 'submit';

/** Detail of `tk-clear`. */
export interface TkClearDetail {
  reason: TkClearReason;
}

/**
 * A `kiosk` form cleared every answer (after a submission or an idle timeout), so the next citizen at the shared
 * device starts blank. Portals use it to end the session. Bubbles and is composed.
 */
export class TkClearEvent extends CustomEvent<TkClearDetail> {
  /** The event name. */
  static readonly eventName = 'tk-clear';
  constructor(detail: TkClearDetail) {
    super(TkClearEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-clear': TkClearEvent;
  }
}
