// SPDX-License-Identifier: MIT
/**
 * The prefill flow of `<tk-form>`, kept small and in one place: plan what to ask (`planPrefill`), wait for the
 * citizen's decisions on `<tk-consent-panel>`, run the granted sources (`runPrefill`), write the values without
 * overwriting anything the citizen typed (`applyPrefill`), and keep the provenance honest as the citizen edits
 * (`trackModification`). Everything else (which claims, transforms, timeouts, attestations) is `@tokhai/prefill`'s.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CompiledForm, CorrectionRequest, Locale } from '@tokhai/core';
import { applyPrefill, planPrefill, runPrefill, trackModification } from '@tokhai/prefill';
import type { CitizenDataProvider, ConsentDecision, ConsentRequest, PrefillFailure } from '@tokhai/prefill';
import type { DraftPrefill } from '../drafts/draft-store.js';
import { issueWarning } from '../internal/dev-mode.js';

/** Where the citizen is in the flow: no prefill, asked for consent, sources running, done. */
export type PrefillPhase = 'none' | 'consent' | 'running' | 'done';

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

export class PrefillController implements ReactiveController {
  phase: PrefillPhase = 'none';
  /** What the consent panel asks. */
  requests: ConsentRequest[] = [];
  /** Provenance, consent, attestations and corrections: what the submission carries. */
  record: DraftPrefill = emptyPrefill();
  /** Sources that failed (not declined): the citizen is told and fills those fields in. */
  failures: PrefillFailure[] = [];
  private abort: AbortController | undefined;

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
    if (!form || !providers?.length || !form.definition.prefill?.length) {
      this.phase = 'none';
      return;
    }
    if (this.phase === 'done' || this.phase === 'running') return;
    this.requests = planPrefill(form, providers);
    this.phase = this.requests.length ? 'consent' : 'none';
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
    } catch (error) {
      if (abort.signal.aborted) return;
      issueWarning('prefill-failed', `Prefill failed: ${String(error)}`);
      this.phase = 'done';
      this.host.requestUpdate();
    }
  }

  /** The citizen edited `pointer`: marks editable prefilled values as modified (or not, when put back). */
  edited(pointer: string, value: unknown): void {
    this.record = { ...this.record, provenance: trackModification(this.record.provenance, pointer, value) };
  }

  /** The citizen asked to correct a locked value. */
  addCorrection(request: CorrectionRequest): void {
    this.record = { ...this.record, corrections: [...this.record.corrections, request] };
  }

  /** Restores a record saved with a draft; a record with consent needs no new consent. */
  restore(record: DraftPrefill): void {
    this.record = record;
    if (record.consent.length) this.phase = 'done';
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
