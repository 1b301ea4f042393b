// SPDX-License-Identifier: MIT
/**
 * Bundles of interconnected procedures (Decree 63/2024: birth + residence + health insurance; death + residence +
 * funeral allowance): one consent per source, one call per source for every member form, and shared answers
 * (declared in the bundle by a pointer per member) kept equal across the member forms. Each member keeps its own
 * data, provenance and attestations, because each procedure is submitted as its own envelope.
 *
 * A member's bindings were written for the form on its own, and inside a bundle a form can be about someone else:
 * in the birth group, CT01's `/person` is the newborn, not the signed-in parent its bindings assume. So a binding
 * whose target is a shared answer is used only when every member holding that answer binds it the same way (same
 * source, claim and transform); otherwise it is suppressed, together with the member's other bindings under the
 * same parent object (the same person), until nothing changes. Suppressed bindings are neither asked for nor
 * fetched; the citizen types the answer once and `shareAnswers` copies it.
 */
import type { ConsentRecord, FieldProvenance, FormBundle, PrefillBinding } from '@tokhai/core';
import { planSources } from '../consent/plan.js';
import { jsonEqual } from '../equal.js';
import { formView, type FormView } from '../form-view.js';
import { getPointer, setPointer } from '../pointer.js';
import { DEFAULT_TIMEOUT_MS, emptyResult, runEngine } from '../run/engine.js';
import type { ConsentRequest, PrefillFailure, PrefillForm, PrefillResult, ProviderSource, RunPrefillOptions } from '../types.js';

/** A member binding left out of a bundle's prefill, and why. */
export interface SuppressedBinding {
  formId: string;
  pointer: string;
  source: string;
  claim: string;
  /** The shared answer whose members disagree, directly or through the same parent object. */
  shared: string;
}

/** The member forms present, in the bundle's member order (forms that are not members are ignored). */
function memberViews(bundle: FormBundle, forms: readonly PrefillForm[]): FormView[] {
  const views = forms.map(formView);
  return bundle.members.map((m) => views.find((v) => v.id === m.form)).filter((v): v is FormView => v !== undefined);
}

const sameBinding = (a: PrefillBinding | undefined, b: PrefillBinding | undefined): boolean =>
  a !== undefined && b !== undefined && a.source === b.source && a.claim === b.claim && a.transform === b.transform;

const parentOf = (pointer: string): string => pointer.slice(0, pointer.lastIndexOf('/'));

/** The member views with the bindings a bundle may use, and the ones it may not (see the module comment). */
export function bundleViews(bundle: FormBundle, forms: readonly PrefillForm[]): { views: FormView[]; suppressed: SuppressedBinding[] } {
  const views = memberViews(bundle, forms);
  const kept = new Map(views.map((v) => [v.id, [...v.bindings]]));
  const suppressed: SuppressedBinding[] = [];
  const drop = (formId: string, test: (b: PrefillBinding) => boolean, shared: string): boolean => {
    const list = kept.get(formId)!;
    const gone = list.filter(test);
    if (gone.length === 0) return false;
    kept.set(formId, list.filter((b) => !test(b)));
    suppressed.push(...gone.map((b) => ({ formId, pointer: b.target, source: b.source, claim: b.claim, shared })));
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const answer of bundle.shared) {
      const holders = views.filter((v) => answer.pointers[v.id] !== undefined);
      const bound = holders.map((v) => kept.get(v.id)!.find((b) => b.target === answer.pointers[v.id]));
      if (bound.every((b) => b === undefined) || bound.every((b) => sameBinding(b, bound[0]))) continue;
      holders.forEach((v, i) => {
        if (!bound[i]) return;
        const parent = parentOf(answer.pointers[v.id]);
        changed = drop(v.id, (b) => b.target === answer.pointers[v.id] || (parent !== '' && parentOf(b.target) === parent), answer.id) || changed;
      });
    }
  }
  return { views: views.map((v) => ({ ...v, bindings: kept.get(v.id)! })), suppressed };
}

/** One consent request per source covering every member form (fields carry their `formId`). */
export function planBundlePrefill(bundle: FormBundle, forms: readonly PrefillForm[], providers: ProviderSource): ConsentRequest[] {
  return planSources(bundleViews(bundle, forms).views, providers).map((p) => p.request);
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
  /** Member bindings the bundle did not use (their shared answer means something else in another member). */
  suppressed: SuppressedBinding[];
}

/**
 * Prefills every member form with one call per consented source. Shared answers are prefilled only where every
 * member binds them the same way (see the module comment); `shareAnswers` keeps them equal afterwards.
 */
export async function runBundlePrefill(options: RunBundlePrefillOptions): Promise<BundlePrefillResult> {
  const { views, suppressed } = bundleViews(options.bundle, options.forms);
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
  const consent = dedupeConsent(Object.values(byForm).flatMap((r) => r.consent));
  for (const r of Object.values(byForm)) r.consent = consent.map((c) => ({ ...c, claims: [...c.claims] }));
  return {
    byForm,
    consent,
    failures: Object.entries(byForm).flatMap(([formId, r]) => r.failures.map((f) => ({ ...f, formId }))),
    suppressed,
  };
}

function dedupeConsent(records: ConsentRecord[]): ConsentRecord[] {
  const seen = new Map<string, ConsentRecord>();
  for (const r of records) if (!seen.has(r.source)) seen.set(r.source, r);
  return [...seen.values()];
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
