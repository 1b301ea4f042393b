// SPDX-License-Identifier: MIT
import type { FieldChangeDetail } from '../internal/field-model.js';

/**
 * The citizen finished with a widget (blur, `change`, a pick from a list). `<tk-form>` records the field as
 * touched, so its errors show from now on and stay live. Bubbles; not composed (internal to `<tk-form>`).
 */
export class TkFieldCommitEvent extends CustomEvent<FieldChangeDetail> {
  /** The event name. */
  static readonly eventName = 'tk-field-commit';
  constructor(detail: FieldChangeDetail) {
    super(TkFieldCommitEvent.eventName, { bubbles: true, composed: false, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-field-commit': TkFieldCommitEvent;
  }
}
