// SPDX-License-Identifier: MIT
/**
 * The prefill flow of `<tk-form>`, kept small and in one place: plan what to ask (`planPrefill`), wait for the
 * citizen's decisions on `<tk-consent-panel>`, run the granted sources (`runPrefill`) and write the values without
 * overwriting anything the citizen typed (`applyPrefill`). Everything else (which claims, transforms, timeouts,
 * attestations) is `@tokhai/prefill`'s.
 *
 * Prefill is optional: a portal that sets no `providers` never needs it. So `@tokhai/prefill` and the prefill
 * components are loaded with `import()` the first time a form with bindings meets providers; in the bundle they
 * are a chunk of their own beside `tokhai.bundle.js`, like the administrative-unit data.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CompiledForm, CorrectionRequest, FieldProvenance, Locale } from '@tokhai/core';
import type { CitizenDataProvider, ConsentDecision, ConsentRequest, PrefillFailure } from '@tokhai/prefill';
import type { DraftPrefill } from '../drafts/draft-store.js';
import { issueWarning } from '../internal/dev-mode.js';
import { getAt } from '../internal/pointer.js';
import { sameJson } from './view-model.js';

/** Where the citizen is in the flow: no prefill, loading the prefill code, asked for consent, sources running, done. */
export type PrefillPhase = 'none' | 'loading' | 'consent' | 'running' | 'done';

type PrefillModule = typeof import('../internal/prefill-kit.js');

let loading: Promise<PrefillModule> | undefined;

/** Loads `@tokhai/prefill` (its browser part, internal/prefill-kit.ts) and registers the prefill components, once per page. */
function loadPrefill(): Promise<PrefillModule> {
  loading ??= Promise.all([import('../internal/prefill-kit.js'), import('../prefill/index.js')]).then(([module]) => module);
  loading.catch(() => (loading = undefined));
  return loading;
}

/** What the controller reads from and writes to its form. */
export interface PrefillHost extends ReactiveControllerHost {
  readonly providers: CitizenDataProvider[] | undefined;
  readonly subject: string | undefined;
  readonly locale: Locale;
  /** The compiled form, when there is one. */
  prefillForm(): CompiledForm | undefined;
  /** The answers now. */
  prefillData(): unknown;
  /** Pointers the citizen typed in (never overwritten). */
  prefillTouched(): ReadonlySet<string>;
  /** Writes prefilled answers. */
  prefillApply(data: unknown): void;
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
  /** What the consent panel asks. */
  requests: ConsentRequest[] = [];
  /** Provenance, consent, attestations and corrections: what the submission carries. */
  record: DraftPrefill = emptyPrefill();
  /** Sources that failed (not declined): the citizen is told and fills those fields in. */
  failures: PrefillFailure[] = [];
  private abort: AbortController | undefined;
  /** Increases with every plan, so a late answer for an old form or old providers is dropped. */
  private generation = 0;

  constructor(private readonly host: PrefillHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Decides whether to ask for consent: providers set, the definition has bindings, and no decision yet. */
  plan(): void {
    const form = this.host.prefillForm();
    const providers = this.host.providers;
    const generation = ++this.generation;
    if (!form || !providers?.length || !form.definition.prefill?.length) {
      this.phase = 'none';
      return;
    }
    if (this.phase === 'done' || this.phase === 'running') return;
    this.phase = 'loading';
    loadPrefill().then(
      (module) => {
        if (generation !== this.generation) return;
        this.requests = module.planPrefill(form, providers);
        this.phase = this.requests.length ? 'consent' : 'none';
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

  /** Runs the sources the citizen granted and writes their values. */
  async run(decisions: Record<string, ConsentDecision>): Promise<void> {
    const form = this.host.prefillForm();
    const providers = this.host.providers;
    if (!form || !providers) return;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.phase = 'running';
    this.host.requestUpdate();
    try {
      const { runPrefill, applyPrefill } = await loadPrefill();
      const subject = this.host.subject;
      const result = await runPrefill({
        form,
        providers,
        decisions,
        data: this.host.prefillData(),
        signal: abort.signal,
        locale: this.host.locale,
        ...(subject ? { subject } : {}),
      });
      if (abort.signal.aborted) return;
      const applied = applyPrefill(this.host.prefillData() ?? {}, result, { touched: this.host.prefillTouched() });
      this.record = {
        provenance: { ...this.record.provenance, ...applied.provenance },
        consent: result.consent,
        attestations: result.attestations,
        corrections: this.record.corrections,
      };
      this.failures = result.failures.filter((f) => f.kind !== 'declined' && f.kind !== 'aborted');
      this.phase = 'done';
      this.host.prefillApply(applied.data);
      // The phase changed even when no value was written (every source failed, or the citizen had typed every
      // field): the host would otherwise keep its "loading data" notice instead of the form.
      this.host.requestUpdate();
    } catch (error) {
      if (abort.signal.aborted) return;
      issueWarning('prefill-failed', `Prefill failed: ${String(error)}`);
      // The citizen is told which fields to fill in by hand, as for a source that failed.
      this.failures = this.requests
        .filter((r) => decisions[r.source] === 'granted')
        .flatMap((r) => r.fields.map((f) => ({ source: r.source, pointer: f.pointer, kind: 'unavailable' as const, message: String(error) })));
      this.phase = 'done';
      this.host.requestUpdate();
    }
  }

  /** The citizen asked to correct a locked value. */
  addCorrection(request: CorrectionRequest): void {
    this.record = { ...this.record, corrections: [...this.record.corrections, request] };
  }

  /** Restores a record saved with a draft; a record with consent needs no new consent. */
  restore(record: DraftPrefill): void {
    this.record = record;
    if (record.consent.length) {
      this.generation++;
      this.phase = 'done';
      // The status and correction components come with the prefill code.
      void loadPrefill().then(() => this.host.requestUpdate(), () => undefined);
    }
  }

  /** Forgets everything (reset, kiosk clearing); the next citizen is asked again. */
  reset(): void {
    this.abort?.abort();
    this.record = emptyPrefill();
    this.failures = [];
    this.phase = 'none';
    this.plan();
  }
}
