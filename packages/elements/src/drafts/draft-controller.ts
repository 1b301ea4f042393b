// SPDX-License-Identifier: MIT
/**
 * Autosaves a form's answers as a draft and offers to restore one (`draft="session|local"`). This is the small
 * part `<tk-form>` always carries: the drafts code itself (storage, migrating a draft of an older form version,
 * the banners) is `draft-engine.ts`, loaded the first time a form with a draft mode is shown; in the bundle it is
 * a chunk beside `tokhai.bundle.js`. Forms without drafts (and kiosk forms) never load it.
 *
 * The first check of a form waits for that load: `<tk-form>`'s `updateComplete` includes it (`trackLoad`), so a
 * restore offer is on screen when it resolves, as before.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { FormDefinition } from '@tokhai/core';
import { issueWarning } from '../internal/dev-mode.js';
import { once, trackLoad } from '../internal/lazy.js';
import type { DraftEngine, DraftOffer } from './draft-engine.js';
import type { DraftMode, DraftRecord } from './draft-store.js';
import type { NotCarried } from './migrate.js';
import type * as DraftEngineModule from './draft-engine.js';

export type { DraftOffer } from './draft-engine.js';

/** Milliseconds of quiet before a save. */
export const DEBOUNCE_MS = 400;

/** What the controller asks of its host. */
export interface DraftHost extends ReactiveControllerHost {
  /** The storage mode in force (`none` for kiosk forms). */
  draftMode(): DraftMode;
  /** The draft to save now, or `undefined` when there is nothing to save (no form, no answers). */
  draftSnapshot(): Omit<DraftRecord, 'savedAt'> | undefined;
}

// A type-only namespace import, so the lazily loaded module is not a static dependency (nor an import cycle).
type EngineModule = typeof DraftEngineModule;

const loadEngine = once(() => import('./draft-engine.js'));
/** The drafts module, once loaded (the banners below exist only after it is). */
let engineModule: EngineModule | undefined;

/** The restore offer (Restore / Discard). Only called while an offer is open, that is, once the drafts code is loaded. */
export function renderDraftOffer(...args: Parameters<EngineModule['renderDraftOffer']>): TemplateResult {
  return engineModule!.renderDraftOffer(...args);
}

/** After a restore: what could not be carried. Only called after a restore, that is, once the drafts code is loaded. */
export function renderDraftNotice(...args: Parameters<EngineModule['renderDraftNotice']>): TemplateResult {
  return engineModule!.renderDraftNotice(...args);
}

export class DraftController implements ReactiveController {
  private engine: DraftEngine | undefined;
  private loading: Promise<DraftEngine> | undefined;
  /** The definition the pending load checks once it arrives (the newest asked for). */
  private pendingCheck: FormDefinition | undefined;
  private failed = false;

  constructor(private readonly host: DraftHost) {
    host.addController(this);
  }

  /** The pending offer, shown as a banner. */
  get offer(): DraftOffer | undefined {
    return this.engine?.offer;
  }

  /** After a restore: the values the current version could not hold, still shown to the citizen. */
  get notCarried(): NotCarried[] {
    return this.engine?.notCarried ?? [];
  }

  hostConnected(): void {
    globalThis.addEventListener('pagehide', this.flush);
  }

  hostDisconnected(): void {
    this.flush();
    globalThis.removeEventListener('pagehide', this.flush);
  }

  /** The engine, loading it first when needed (tracked, so the host's `updateComplete` waits for it). */
  private withEngine(use: (engine: DraftEngine) => void): void {
    if (this.engine) return use(this.engine);
    if (this.failed) return;
    this.loading ??= trackLoad(
      this.host,
      loadEngine().then((module) => {
        engineModule = module;
        return (this.engine = new module.DraftEngine(this.host));
      }),
    );
    this.loading.then(use, (error: unknown) => {
      // Drafts are a convenience: without their code the form works, it just does not save. No retry loop.
      this.failed = true;
      this.pendingCheck = undefined;
      issueWarning('drafts-not-loaded', `The drafts code could not be loaded; drafts are off for this form: ${String(error)}`);
    });
  }

  /** Looks for a draft of `definition` once per form version; opens an offer when one holds answers. */
  check(definition: FormDefinition): void {
    if (this.host.draftMode() === 'none') return;
    if (this.engine) return this.engine.check(definition);
    const first = this.pendingCheck === undefined;
    this.pendingCheck = definition;
    if (!first) return;
    this.withEngine((engine) => {
      const pending = this.pendingCheck!;
      this.pendingCheck = undefined;
      engine.check(pending);
    });
  }

  /** Forgets which form was checked, so the next `check` looks again (a re-created form, a reset). */
  forget(): void {
    this.engine?.forget();
  }

  /** Schedules a save of the host's current state. */
  changed(): void {
    if (this.host.draftMode() === 'none') return;
    this.withEngine((engine) => engine.changed());
  }

  /** Saves now, if a save is pending. */
  readonly flush = (): void => {
    this.engine?.flush();
  };

  /** The citizen restores the offered draft: returns it (data carried into this version) and closes the offer. */
  restore(): DraftRecord | undefined {
    return this.engine?.restore();
  }

  /** The citizen discards the offered draft. */
  discard(): void {
    this.engine?.discard();
  }

  /** Hides the "not carried" list after a restore. */
  dismissNotice(): void {
    this.engine?.dismissNotice();
  }

  /** Removes the current version's draft (after a submission or a reset) and cancels a pending save. */
  clear(formId: string, version: string): void {
    if (this.host.draftMode() === 'none' && !this.engine) return;
    this.withEngine((engine) => engine.clear(formId, version));
  }
}
