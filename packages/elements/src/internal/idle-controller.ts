// SPDX-License-Identifier: MIT
/**
 * Idle detection for kiosk mode: after `timeout` seconds without input anywhere on the page, `onWarn` runs
 * (`warning` seconds before the end), then `onIdle` (see `idle-clock.ts`). This is the small part `<tk-form>`
 * always carries: the clock and its dialog are loaded the first time the clock is enabled (a kiosk form is
 * shown), so forms that are not in kiosk mode never download them. The load is tracked (`trackLoad`), so the
 * host's `updateComplete` waits for the clock to run.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translation } from '../translations/vi.js';
import { issueWarning } from './dev-mode.js';
import type { IdleClock } from './idle-clock.js';
import { once, trackLoad } from './lazy.js';

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

type ClockModule = typeof import('./idle-clock.js');

const loadClock = once(() => import('./idle-clock.js'));
let clockModule: ClockModule | undefined;

/** The idle warning dialog (`idle-clock.ts`), or nothing until the clock is loaded (no warning can show before). */
export function renderIdleDialog(seconds: number, t: Translation, onStay: () => void): TemplateResult | typeof nothing {
  return clockModule ? clockModule.renderIdleDialog(seconds, t, onStay) : nothing;
}

export class IdleController implements ReactiveController {
  private clock: IdleClock | undefined;
  private loading = false;

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
    this.clock?.stop();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Whether the warning is showing. */
  get warningShown(): boolean {
    return this.clock?.warningShown ?? false;
  }

  /** The citizen is still there: hide the warning and restart the clock. */
  stay(): void {
    this.clock?.stay();
  }

  /** Starts or stops the clock to match `enabled()`, loading it the first time it is enabled. */
  private sync(): void {
    if (this.clock) return this.clock.sync();
    if (!this.options.enabled() || this.loading) return;
    this.loading = true;
    void trackLoad(this.host, loadClock()).then(
      (module) => {
        clockModule = module;
        this.clock = new module.IdleClock(this.host, this.options);
        // Started only if still enabled and connected (the host may have left the page meanwhile).
        if ((this.host as Partial<HTMLElement>).isConnected !== false) this.clock.sync();
      },
      (error: unknown) => {
        issueWarning('idle-not-loaded', `The kiosk idle clock could not be loaded; answers are not cleared when idle: ${String(error)}`);
      },
    );
  }
}
