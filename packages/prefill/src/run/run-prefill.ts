// SPDX-License-Identifier: MIT
/** `runPrefill`: fill one form from the sources the citizen agreed to. */
import { planSources } from '../consent/plan.js';
import { formView } from '../form-view.js';
import type { PrefillResult, RunPrefillOptions } from '../types.js';
import { DEFAULT_TIMEOUT_MS, emptyResult, runEngine } from './engine.js';

/**
 * Fetches the consented sources in parallel, each under `timeoutMs` (default 3 s) and the caller's `signal`, and
 * returns the values to write, their provenance, the consent records and attestations, and every field left
 * empty with the reason. Declined (or undecided) sources are never called. Never rejects: faults are data.
 */
export async function runPrefill(options: RunPrefillOptions): Promise<PrefillResult> {
  const view = formView(options.form);
  const results = await runEngine({
    plans: planSources([view], options.providers),
    decisions: options.decisions,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    dataByForm: { [view.id]: options.data },
    locale: options.locale ?? 'vi',
    now: options.now ?? (() => new Date()),
    ...(options.subject !== undefined ? { subject: options.subject } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return results[view.id] ?? emptyResult();
}
