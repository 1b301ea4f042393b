// SPDX-License-Identifier: MIT
/**
 * Bundles of interconnected procedures (Decree 63/2024: birth + residence + health insurance; death + residence +
 * funeral allowance): one consent per source, one call per source for every member form, and shared answers
 * (declared in the bundle by a pointer per member) kept equal across the member forms. Each member keeps its own
 * data, provenance and attestations, because each procedure is submitted as its own envelope.
 */
import type { ConsentRecord, FieldProvenance, FormBundle } from '@tokhai/core';
import { planSources } from '../consent/plan.js';
import { jsonEqual } from '../equal.js';
import { formView, type FormView } from '../form-view.js';
import { getPointer, setPointer } from '../pointer.js';
import { DEFAULT_TIMEOUT_MS, emptyResult, runEngine } from '../run/engine.js';
import type { ConsentRequest, PrefillFailure, PrefillForm, PrefillResult, ProviderSource, RunPrefillOptions } from '../types.js';

/** The member forms present, in the bundle's member order (forms that are not members are ignored). */
function memberViews(bundle: FormBundle, forms: readonly PrefillForm[]): FormView[] {
  const views = forms.map(formView);
  return bundle.members.map((m) => views.find((v) => v.id === m.form)).filter((v): v is FormView => v !== undefined);
}

/** One consent request per source covering every member form (fields carry their `formId`). */
export function planBundlePrefill(bundle: FormBundle, forms: readonly PrefillForm[], providers: ProviderSource): ConsentRequest[] {
  return planSources(memberViews(bundle, forms), providers).map((p) => p.request);
}

/** Options of `runBundlePrefill`. */
export interface RunBundlePrefillOptions extends Omit<RunPrefillOptions, 'form' | 'data'> {
  bundle: FormBundle;
  forms: readonly PrefillForm[];
  /** Current data per member form id. */
  dataByForm?: Record<string, unknown>;
}

/** The outcome for a whole bundle. */
export interface BundlePrefillResult {
  /** Per member form: values, provenance, consent, attestations and failures of that procedure's submission. */
  byForm: Record<string, PrefillResult>;
  /** The citizen's decisions, one per source (each member's result carries a copy). */
  consent: ConsentRecord[];
  /** Every failure, with the member form in `formId`. */
  failures: Array<PrefillFailure & { formId: string }>;
}

/**
 * Prefills every member form with one call per consented source, then copies each shared answer that prefill
 * supplied to the members that have no binding for it (as an editable value with the same source).
 */
export async function runBundlePrefill(options: RunBundlePrefillOptions): Promise<BundlePrefillResult> {
  const views = memberViews(options.bundle, options.forms);
  const results = await runEngine({
    plans: planSources(views, options.providers),
    decisions: options.decisions,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    dataByForm: options.dataByForm ?? {},
    locale: options.locale ?? 'vi',
    now: options.now ?? (() => new Date()),
    ...(options.subject !== undefined ? { subject: options.subject } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const byForm: Record<string, PrefillResult> = {};
  for (const v of views) byForm[v.id] = results[v.id] ?? emptyResult();
  shareSuppliedValues(options.bundle, views, byForm, options.dataByForm ?? {});
  const consent = dedupeConsent(Object.values(byForm).flatMap((r) => r.consent));
  for (const r of Object.values(byForm)) r.consent = consent.map((c) => ({ ...c, claims: [...c.claims] }));
  return {
    byForm,
    consent,
    failures: Object.entries(byForm).flatMap(([formId, r]) => r.failures.map((f) => ({ ...f, formId }))),
  };
}

function dedupeConsent(records: ConsentRecord[]): ConsentRecord[] {
  const seen = new Map<string, ConsentRecord>();
  for (const r of records) if (!seen.has(r.source)) seen.set(r.source, r);
  return [...seen.values()];
}

/**
 * Copies prefilled shared answers to members that have no binding of their own for them, when the value fits the
 * member's field.
 */
function shareSuppliedValues(
  bundle: FormBundle,
  views: readonly FormView[],
  byForm: Record<string, PrefillResult>,
  dataByForm: Record<string, unknown>,
): void {
  for (const shared of bundle.shared) {
    const origin = Object.entries(shared.pointers).find(([formId, pointer]) => byForm[formId]?.values[pointer] !== undefined);
    if (!origin) continue;
    const [originForm, originPointer] = origin;
    const value = byForm[originForm]!.values[originPointer];
    const provenance = byForm[originForm]!.provenance[originPointer];
    for (const view of views) {
      const pointer = shared.pointers[view.id];
      const target = byForm[view.id];
      if (pointer === undefined || !target || target.values[pointer] !== undefined) continue;
      if (view.bindings.some((b) => b.target === pointer)) continue; // its own binding decided (and may have failed)
      if (view.problems(pointer, value, dataByForm[view.id]).length > 0) continue;
      target.values[pointer] = value;
      if (provenance) {
        // Editable in the copy: the member has no binding, so nothing there is locked or attested.
        target.provenance[pointer] = { source: provenance.source, fetchedAt: provenance.fetchedAt, mode: 'editable', value };
      }
    }
  }
}

/** Options of `shareAnswers`. */
export interface ShareAnswersOptions {
  /** Provenance per member form: locked prefilled values are never overwritten by a shared answer. */
  provenanceByForm?: Record<string, Record<string, FieldProvenance>>;
}

/**
 * After the citizen changed `changedFormId`, copies each shared answer from that form to the other members, at
 * each member's pointer. Returns new data per form (unchanged members keep their object); a member whose value is
 * locked by prefill keeps it. Answers absent from the changed form are not propagated (clearing is not shared).
 */
export function shareAnswers(
  bundle: FormBundle,
  dataByForm: Record<string, unknown>,
  changedFormId: string,
  options: ShareAnswersOptions = {},
): Record<string, unknown> {
  const next = { ...dataByForm };
  for (const shared of bundle.shared) {
    const from = shared.pointers[changedFormId];
    if (from === undefined) continue;
    const value = getPointer(dataByForm[changedFormId], from);
    if (value === undefined) continue;
    for (const [formId, pointer] of Object.entries(shared.pointers)) {
      if (formId === changedFormId || !Object.hasOwn(next, formId)) continue;
      if (options.provenanceByForm?.[formId]?.[pointer]?.mode === 'locked') continue;
      if (jsonEqual(getPointer(next[formId], pointer), value)) continue;
      next[formId] = setPointer(next[formId] ?? {}, pointer, value);
    }
  }
  return next;
}
