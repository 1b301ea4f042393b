// SPDX-License-Identifier: MIT
import type { FieldChangeDetail } from '../internal/field-model.js';

/**
 * A widget's value changed (every keystroke or pick). `<tk-form>` writes `detail.value` at `detail.pointer`, runs
 * core's rules and validation, and re-renders. Bubbles; not composed, because it never needs to leave
 * `<tk-form>`'s shadow root (portals listen to `tk-change`).
 */
export class TkFieldInputEvent extends CustomEvent<FieldChangeDetail> {
  /** The event name. */
  static readonly eventName = 'tk-field-input';
  constructor(detail: FieldChangeDetail) {
    super(TkFieldInputEvent.eventName, { bubbles: true, composed: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-field-input': TkFieldInputEvent;
  }
}
