// SPDX-License-Identifier: MIT
/**
 * The part of `<tk-form>`'s prefill flow (form/prefill-controller.ts) that only a form with providers runs: planning
 * what to ask, handing the citizen over to the consent panel, and running the sources they decided on. It is
 * loaded with the prefill code (`loadPrefill`), so `tokhai.bundle.js` carries none of it for a portal that never
 * sets providers.
 */
import type { ConsentDecision } from '@tokhai/prefill';
import type { PrefillController } from '../form/prefill-controller.js';
import { citizenFailures, mergeRun } from '../form/prefill-record.js';
import { issueWarning } from '../internal/dev-mode.js';
import { applyPrefill, runPrefill } from '../internal/prefill-kit.js';

export { planPrefill } from '../internal/prefill-kit.js';

/**
 * The consent panel is on screen in place of a form the citizen was in: focus goes to it (its title), so they read
 * the question first, and the control they were in is remembered, to take them back there afterwards. A citizen
 * who left the form for the rest of the page while the prefill code loaded is not pulled back.
 */
export function handOver(c: PrefillController, root: HTMLElement | DocumentFragment): void {
  const panel = root.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('tk-consent-panel');
  if (!panel?.updateComplete) return;
  c.focusPanel = false;
  const active = 'activeElement' in root ? root.activeElement : document.activeElement;
  if (active instanceof HTMLElement && root.contains(active) && !panel.contains(active)) c.resumeAt = active;
  else if (document.activeElement && document.activeElement !== document.body) return;
  void panel.updateComplete.then(() => panel.focus());
}

/**
 * Runs the sources decided in `decisions` (the granted ones are called) and writes their values without
 * overwriting what the citizen typed. A later run (a source asked again, or tried again) replaces what the earlier
 * ones said about the same sources only. Then the form is back, and so is the citizen: in the control they were
 * in, else at the form's start.
 */
export async function runSources(c: PrefillController, decisions: Record<string, ConsentDecision>): Promise<void> {
  const host = c.host;
  const form = host.prefillForm();
  const providers = host.providers;
  if (!form || !providers) return;
  c.abort?.abort();
  const abort = (c.abort = new AbortController());
  const sources = new Set(Object.keys(decisions));
  c.asking = undefined;
  c.running = decisions;
  c.phase = 'running';
  host.requestUpdate();
  try {
    const subject = host.subject;
    const result = await runPrefill({
      form,
      providers,
      decisions,
      data: host.prefillData(),
      signal: abort.signal,
      locale: host.locale,
      ...(subject ? { subject } : {}),
    });
    if (abort.signal.aborted) return;
    const applied = applyPrefill(host.prefillData() ?? {}, result, { touched: host.prefillTouched() });
    c.record = mergeRun(c.record, result, applied.provenance, sources);
    c.failures = [...c.failures.filter((f) => !sources.has(f.source)), ...citizenFailures(result.failures, decisions)];
    host.prefillApply(applied.data);
  } catch (error) {
    if (abort.signal.aborted) return;
    issueWarning('prefill-failed', `Prefill failed: ${String(error)}`);
    // The citizen is told which fields to fill in by hand, as for a source that failed.
    const failed = c.planned
      .filter((r) => decisions[r.source] === 'granted')
      .flatMap((r) => r.fields.map((f) => ({ source: r.source, pointer: f.pointer, kind: 'unavailable' as const, message: String(error) })));
    c.failures = [...c.failures.filter((f) => !sources.has(f.source)), ...failed];
  }
  c.running = undefined;
  c.phase = 'done';
  // The phase changed even when no value was written (every source failed, or the citizen had typed every field):
  // the host would otherwise keep its "loading data" notice instead of the form.
  host.requestUpdate();
  const resume = c.resumeAt?.isConnected ? c.resumeAt : undefined;
  c.resumeAt = undefined;
  c.inUse = false;
  host.prefillFinished(resume);
}
