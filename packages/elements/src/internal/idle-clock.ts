// SPDX-License-Identifier: MIT
/**
 * Kiosk mode's idle clock and its warning dialog, loaded on first use (`idle-controller.ts` is the part
 * `<tk-form>` always carries; in the bundle this is a chunk beside `tokhai.bundle.js`, fetched only by kiosk forms).
 *
 * After `timeout` seconds without input anywhere on the page, `onWarn` runs (`warning` seconds before the end),
 * then `onIdle`. Any key, pointer, touch, wheel or input resets the clock, unless a warning is showing: then only
 * the explicit `stay()` does, so a stray touch does not dismiss it unseen.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translation } from '../translations/vi.js';
import type { IdleOptions } from './idle-controller.js';

/** The events that count as activity. Listened to on the window, in the capture phase. */
const ACTIVITY = ['keydown', 'pointerdown', 'touchstart', 'wheel', 'input'] as const;

/**
 * The kiosk idle warning, a modal `<dialog>` (opened with `showModal()`, so the page behind is inert and focus
 * lands on the one button). Escape does not dismiss it unseen: only "I am still here" does.
 */
export function renderIdleDialog(seconds: number, t: Translation, onStay: () => void): TemplateResult {
  return html`<dialog class="tk-idle" part="idle-dialog" aria-labelledby="tk-idle-text" @cancel=${(e: Event) => e.preventDefault()}>
    <p id="tk-idle-text">${t.kioskIdleWarning(seconds)}</p>
    <button type="button" class="tk-button" part="button button-primary" autofocus @click=${onStay}>${t.kioskStay}</button>
  </dialog>`;
}

/** The clock of one form (driven by `IdleController`). */
export class IdleClock {
  private warnTimer: ReturnType<typeof setTimeout> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private warning = false;
  private running = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: IdleOptions,
  ) {}

  /** Whether the warning is showing. */
  get warningShown(): boolean {
    return this.warning;
  }

  /** The citizen is still there: hide the warning and restart the clock. */
  stay(): void {
    this.warning = false;
    this.restart();
    this.host.requestUpdate();
  }

  /** Starts or stops the clock to match `enabled()`. */
  sync(): void {
    if (this.options.enabled() && !this.running) this.start();
    else if (!this.options.enabled() && this.running) this.stop();
  }

  private readonly handleActivity = (): void => {
    if (!this.warning) this.restart();
  };

  private start(): void {
    this.running = true;
    for (const type of ACTIVITY) globalThis.addEventListener(type, this.handleActivity, { capture: true, passive: true });
    this.restart();
  }

  /** Stops the clock (the form left the page). */
  stop(): void {
    this.running = false;
    this.warning = false;
    for (const type of ACTIVITY) globalThis.removeEventListener(type, this.handleActivity, { capture: true });
    clearTimeout(this.warnTimer);
    clearTimeout(this.idleTimer);
  }

  /** The warning lasts a quarter of the timeout, at most 30 seconds. */
  private warningSeconds(total: number): number {
    return Math.max(1, Math.min(30, Math.floor(total / 4)));
  }

  private restart(): void {
    clearTimeout(this.warnTimer);
    clearTimeout(this.idleTimer);
    const total = Math.max(1, this.options.timeout());
    const warn = this.warningSeconds(total);
    this.warnTimer = setTimeout(() => {
      this.warning = true;
      this.options.onWarn(warn);
      this.host.requestUpdate();
    }, (total - warn) * 1000);
    this.idleTimer = setTimeout(() => {
      this.warning = false;
      this.options.onIdle();
      this.restart();
    }, total * 1000);
  }
}
