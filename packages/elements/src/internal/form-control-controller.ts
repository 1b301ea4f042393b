// SPDX-License-Identifier: MIT
/**
 * Form participation through ElementInternals (`static formAssociated = true` on the host), in the shape of Web
 * Awesome's form-associated element (shoelace-style/webawesome:
 * `packages/webawesome/src/internal/webawesome-form-associated-element.ts`) rather than Shoelace 2's event-based
 * controller: the browser itself puts the value in `FormData`, blocks submission while invalid, and calls the
 * host's `formResetCallback` / `formDisabledCallback` / `formStateRestoreCallback`.
 *
 * The messages are tokhai's, from core's localized errors; nothing comes from the browser's validation texts.
 *
 * Where ElementInternals is missing (Safari before 16.4, still on phones that cannot update past iOS 15), the form
 * works on its own: its value is not in the surrounding `<form>`'s `FormData` and the browser does not block that
 * form's submission, but `checkValidity()` / `reportValidity()`, `validationMessage` and `tk-submit` behave the same.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The custom states the host exposes to CSS (`tk-form:state(user-invalid)`). */
export type FormControlState = 'valid' | 'invalid' | 'user-invalid' | 'user-valid' | 'disabled';

export class FormControlController implements ReactiveController {
  /** The host's internals (attached once, in the host's constructor); `undefined` where the browser has none. */
  readonly internals: ElementInternals | undefined;
  /** The validity last set, for browsers without internals. */
  private valid = true;
  private message = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.internals = typeof host.attachInternals === 'function' ? host.attachInternals() : undefined;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The surrounding `<form>`, if any (`null` without internals: the host is not associated with it). */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /**
   * Sets what the form submits under the host's `name` (`value`) and what the browser may hand back on
   * history restore (`state`). `null` submits nothing.
   */
  setValue(value: string | null, state: string | null = value): void {
    this.internals?.setFormValue(value, state);
  }

  /** Sets the validity: valid, or invalid with a message anchored at `anchor` (a shadow-including descendant). */
  setValidity(valid: boolean, message = '', anchor?: HTMLElement): void {
    this.valid = valid;
    this.message = valid ? '' : message;
    if (!this.internals) return;
    if (valid) this.internals.setValidity({});
    else this.internals.setValidity({ customError: true }, message, anchor);
  }

  /** Whether the host is valid; fires `invalid` at the host when not (the platform's behaviour). */
  checkValidity(): boolean {
    if (this.internals) return this.internals.checkValidity();
    if (!this.valid) this.host.dispatchEvent(new Event('invalid', { cancelable: true }));
    return this.valid;
  }

  /** The current validation message ('' when valid). */
  get validationMessage(): string {
    return this.internals ? this.internals.validationMessage : this.message;
  }

  /** Turns a custom state on or off. Ignored where CustomStateSet is missing (the form still works). */
  toggleState(state: FormControlState, on: boolean): void {
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (on) states.add(state);
      else states.delete(state);
    } catch {
      // Older engines accept only `--dashed` state names; styling hooks are optional there.
    }
  }
}
