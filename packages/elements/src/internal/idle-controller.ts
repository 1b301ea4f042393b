// SPDX-License-Identifier: MIT
/**
 * Idle detection for kiosk mode: after `timeout` seconds without input anywhere on the page, `onWarn` runs
 * (`warning` seconds before the end), then `onIdle`. Any key, pointer, touch, wheel or input resets the clock,
 * unless a warning is showing: then only the explicit `stay()` does, so a stray touch does not dismiss it unseen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The events that count as activity. Listened to on the window, in the capture phase. */
const ACTIVITY = ['keydown', 'pointerdown', 'touchstart', 'wheel', 'input'] as const;

export interface IdleOptions {
  /** Whether the clock runs (kiosk mode). */
  enabled: () => boolean;
  /** Seconds without activity before `onIdle`. */
  timeout: () => number;
  /** Called when the warning period starts, with the seconds left. */
  onWarn: (secondsLeft: number) => void;
  /** Called when time is up. */
  onIdle: () => void;
}

export class IdleController implements ReactiveController {
  private warnTimer: ReturnType<typeof setTimeout> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private warning = false;
  private running = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: IdleOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdated(): void {
    this.sync();
  }

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
  private sync(): void {
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

  private stop(): void {
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
