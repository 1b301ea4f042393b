// SPDX-License-Identifier: MIT
/**
 * The prefill flow of `<tk-form>`, kept small and in one place: plan what to ask (`planPrefill`), wait for the
 * citizen's decisions on `<tk-consent-panel>`, run the granted sources (`runPrefill`) and write the values without
 * overwriting anything the citizen typed (`applyPrefill`). Everything else (which claims, transforms, timeouts,
 * attestations) is `@tokhai/prefill`'s.
 *
 * Prefill is optional: a portal that sets no `providers` never needs it. So `@tokhai/prefill`, the prefill
 * components and the part of this flow that runs once the code is there (handing the citizen over to the panel,
 * running the sources: prefill/prefill-run.ts) are loaded with `import()` the first time a form with bindings meets
 * providers; in the bundle they are chunks beside `tokhai.bundle.js`, like the administrative-unit data.
 *
 * A citizen already in the form when the providers arrive loses nothing: the form stays on screen while the code
 * loads, and stays in the page, hidden, behind the panel (`keepsForm`); afterwards they are back in their field.
 *
 * The citizen may change their mind: a source they declined, or one that failed for a passing reason, is offered
 * again on `<tk-prefill-status>` (`tk-prefill-retry`); each later run joins the record source by source.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CompiledForm, CorrectionRequest, FieldProvenance, Locale } from '@tokhai/core';
import type { CitizenDataProvider, ConsentDecision, ConsentRequest, PrefillFailure } from '@tokhai/prefill';
import type { DraftPrefill } from '../drafts/draft-store.js';
import type { TkPrefillRetryEvent } from '../prefill/events.js';
import { issueWarning } from '../internal/dev-mode.js';
import { getAt } from '../internal/pointer.js';
import { sameJson } from './view-model.js';

/** Where the citizen is in the flow: no prefill, loading the prefill code, asked for consent, sources running, done. */
export type PrefillPhase = 'none' | 'loading' | 'consent' | 'running' | 'done';

type PrefillModule = typeof import('../prefill/prefill-run.js');

let loading: Promise<PrefillModule> | undefined;

/**
 * Loads the flow's own part (prefill/prefill-run.ts, with `@tokhai/prefill`'s browser part, internal/prefill-kit.ts,
 * and how a run joins the record, prefill-record.ts) and the prefill components, once per page: none of it is
 * needed before a form meets providers.
 */
function loadPrefill(): Promise<PrefillModule> {
  loading ??= Promise.all([import('../prefill/prefill-run.js'), import('../prefill/index.js')]).then(([run]) => run);
  loading.catch(() => (loading = undefined));
  return loading;
}

/** What the controller reads from and writes to its form. */
export interface PrefillHost extends ReactiveControllerHost, EventTarget {
  readonly providers: CitizenDataProvider[] | undefined;
  readonly subject: string | undefined;
  readonly locale: Locale;
  /** Where the form renders: the controller finds its consent panel and prefill status there. */
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The compiled form, when there is one. */
  prefillForm(): CompiledForm | undefined;
  /** The answers now. */
  prefillData(): unknown;
  /** Pointers the citizen typed in (never overwritten). */
  prefillTouched(): ReadonlySet<string>;
  /** Writes prefilled answers. */
  prefillApply(data: unknown): void;
  /**
   * The prefill is over (values written, or every source declined or failed): the form is back on screen, and
   * focus goes to `resume` (the control the citizen was in when the panel took focus), else to the form's start.
   */
  prefillFinished(resume: HTMLElement | undefined): void;
}

/** An empty prefill record. */
export const emptyPrefill = (): DraftPrefill => ({ provenance: {}, consent: [], attestations: [], corrections: [] });

/**
 * The provenance as the submission states it: an editable prefilled value the citizen changed is `modified`
 * (compared with what the source supplied, so putting the value back clears the mark).
 */
export function currentProvenance(provenance: Record<string, FieldProvenance>, data: unknown): Record<string, FieldProvenance> {
  return Object.fromEntries(
    Object.entries(provenance).map(([pointer, p]) => {
      const { modified: _previous, ...rest } = p;
      return [pointer, p.mode === 'editable' && !sameJson(getAt(data, pointer), p.value) ? { ...rest, modified: true } : rest];
    }),
  );
}

export class PrefillController implements ReactiveController {
  phase: PrefillPhase = 'none';
  /** Provenance, consent, attestations and corrections: what the submission carries. */
  record: DraftPrefill = emptyPrefill();
  /** Fields left empty, per source declined or failed: the citizen is told and fills those fields in. */
  failures: PrefillFailure[] = [];
  /** Every source the form can be filled from, as planned. @internal */
  planned: ConsentRequest[] = [];
  /** The sources asked about again (the citizen changed their mind about a declined one); `undefined`: all. @internal */
  asking: ConsentRequest[] | undefined;
  /** The prefill code, once loaded: planning again (new providers) then needs no "loading" detour. */
  private module: PrefillModule | undefined;
  /** The decisions of the run under way (@internal), and of a run the form's removal from the page interrupted. */
  running: Record<string, ConsentDecision> | undefined;
  private interrupted: Record<string, ConsentDecision> | undefined;
  /** Move focus to the consent panel once it is rendered (the citizen was in the form when it replaced it). @internal */
  focusPanel = false;
  /** The citizen was in the form (typing, or asking about a source again) when the prefill began: see `keepsForm`. @internal */
  inUse = false;
  /** The control the citizen was in when the panel took focus: they go back there afterwards, to go on typing. @internal */
  resumeAt: HTMLElement | undefined;
  /** Stops the run under way. @internal */
  abort: AbortController | undefined;
  /** Increases with every plan, so a late answer for an old form or old providers is dropped. */
  private generation = 0;

  /** @internal */
  constructor(readonly host: PrefillHost) {
    host.addController(this);
  }

  /**
   * Whether the form stays in the page while the prefill code loads, the panel asks and the sources run: when
   * the citizen was in it. While the code loads it stays on screen, so keystrokes go on landing in the field
   * instead of nowhere; behind the panel and the "loading data" notice it stays, hidden, so every field keeps
   * what it holds as typed (a number half written, "12," before the "5"; the caret) instead of being made anew
   * from the data afterwards.
   */
  get keepsForm(): boolean {
    return this.inUse && this.phase !== 'none' && this.phase !== 'done';
  }

  /** What the consent panel asks; after prefill, every source (for the status's names and labels). */
  get requests(): ConsentRequest[] {
    return this.asking ?? this.planned;
  }

  hostConnected(): void {
    this.host.addEventListener('tk-prefill-retry', this.handleRetry);
    // Moved on the page while the sources ran (the run was stopped when it left): run them again.
    const interrupted = this.interrupted;
    this.interrupted = undefined;
    if (interrupted) void this.run(interrupted);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('tk-prefill-retry', this.handleRetry);
    if (this.phase === 'running') this.interrupted = this.running;
    this.abort?.abort();
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    // The status offers "changed your mind?" and "try again" only where someone handles them: here.
    if (this.phase === 'done' && this.planned.length) {
      const status = root.querySelector('tk-prefill-status');
      if (status && 'retryable' in status && !status.retryable) status.retryable = true;
    }
    if (this.focusPanel && this.phase === 'consent') this.module?.handOver(this, root);
  }

  /** Decides whether to ask for consent: providers set, the definition has bindings, and no decision yet. */
  plan(): void {
    const form = this.host.prefillForm();
    const providers = this.host.providers;
    const generation = ++this.generation;
    if (!form || !providers?.length || !form.definition.prefill?.length) {
      this.phase = 'none';
      this.asking = undefined;
      return;
    }
    if (this.phase === 'done' || this.phase === 'running') return;
    // The consent panel is to replace the form: a citizen already in it (typing) is taken to the panel, not left
    // nowhere. (A panel already shown stays, and so does focus on it.)
    if (this.phase !== 'consent' && this.focusIsInside()) this.focusPanel = true;
    if (this.phase === 'none') this.inUse = this.focusPanel || this.host.prefillTouched().size > 0;
    const ask = (module: PrefillModule): void => {
      this.planned = module.planPrefill(form, providers);
      // Asking about a declined source again: keep asking about it only (the others were decided and ran).
      const again = this.asking?.map((r) => r.source);
      this.asking = again && this.planned.filter((r) => again.includes(r.source));
      if (this.asking?.length === 0) {
        this.asking = undefined;
        this.phase = 'done';
      } else {
        this.phase = this.requests.length ? 'consent' : 'none';
      }
      if (this.phase !== 'consent') this.focusPanel = false;
    };
    // Loaded already (new providers, often equal ones, while the panel shows): plan now, so the panel and the
    // choices made on it stay instead of giving way to a "loading" notice.
    if (this.module) return ask(this.module);
    this.phase = 'loading';
    loadPrefill().then(
      (module) => {
        this.module = module;
        if (generation !== this.generation) return;
        ask(module);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        // The form still works without prefill: the citizen types everything.
        issueWarning('prefill-failed', `The prefill code could not be loaded: ${String(error)}`);
        this.phase = 'none';
        this.host.requestUpdate();
      },
    );
  }

  /**
   * Runs the sources decided in `decisions` (prefill/prefill-run.ts `runSources`: loaded by now, since the citizen
   * decided on the panel it brought).
   */
  run(decisions: Record<string, ConsentDecision>): Promise<void> {
    return loadPrefill().then((module) => module.runSources(this, decisions));
  }

  /**
   * The citizen wants a source after all: one they declined is asked about again (on the consent panel, with its
   * purpose and data), one that was granted but failed is called again.
   */
  retry(source: string): void {
    if (this.phase !== 'done') return;
    const request = this.planned.find((r) => r.source === source);
    if (!request) return;
    if (this.record.consent.find((c) => c.source === source)?.decision === 'granted') {
      void this.run({ [source]: 'granted' });
      return;
    }
    this.asking = [request];
    this.phase = 'consent';
    this.focusPanel = true;
    // The citizen has been filling in the form since: its fields stay behind the panel (see `keepsForm`).
    this.inUse = true;
    this.host.requestUpdate();
  }

  /**
   * The citizen asked to correct a locked value. A new request for the same field replaces the earlier one: the
   * citizen corrected their request, and the record keeper must not get two different claims.
   */
  addCorrection(request: CorrectionRequest): void {
    const others = this.record.corrections.filter((c) => c.pointer !== request.pointer);
    this.record = { ...this.record, corrections: [...others, request] };
  }

  /** Restores a record saved with a draft; a record with consent needs no new consent. */
  restore(record: DraftPrefill): void {
    this.record = record;
    if (record.consent.length) {
      this.generation++;
      this.asking = undefined;
      this.phase = 'done';
      // The status and correction components come with the prefill code.
      void loadPrefill().then((module) => {
        this.module = module;
        this.host.requestUpdate();
      }, () => undefined);
    }
  }

  /** Forgets everything (reset, kiosk clearing); the next citizen is asked again. */
  reset(): void {
    this.abort?.abort();
    this.record = emptyPrefill();
    this.failures = [];
    this.asking = undefined;
    this.running = undefined;
    this.interrupted = undefined;
    this.focusPanel = false;
    this.inUse = false;
    this.resumeAt = undefined;
    this.phase = 'none';
    this.plan();
  }

  private readonly handleRetry = (event: Event): void => {
    event.stopPropagation();
    this.retry((event as TkPrefillRetryEvent).detail.source);
  };

  /** Whether keyboard focus is in the form (the citizen is using it). */
  private focusIsInside(): boolean {
    const root = this.host.renderRoot;
    return 'activeElement' in root ? root.activeElement !== null : root.contains(document.activeElement);
  }
}
