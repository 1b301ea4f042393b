// SPDX-License-Identifier: MIT
/**
 * The prefill engine, shared by one form (`runPrefill`) and a bundle (`runBundlePrefill`): call every consented
 * source once and in parallel, then place each claim in every field bound to it, as a pipeline of small steps:
 * `recordConsent → callGrantedSources → placeValues (pick claim → transform → check) → indexAttestations`.
 */
import type { Attestation, ConsentRecord, FieldProvenance, Locale } from '@tokhai/core';
import { attestedClaims, attestedValue, peekPayload } from '../attestation/payload.js';
import type { SourcePlan, PlannedTarget } from '../consent/plan.js';
import { getPointer, pointersOverlap } from '../pointer.js';
import { applyTransform, loadTransformContext } from '../transforms/index.js';
import type { ConsentDecision, PrefillFailure, PrefillResult, TransformContext } from '../types.js';
import { callProvider, type CallOutcome } from './call-provider.js';

/** The default per-source time limit (ms): long enough for a national database, short enough not to be noticed. */
export const DEFAULT_TIMEOUT_MS = 3000;

/** Engine input. */
export interface EngineOptions {
  plans: SourcePlan[];
  decisions: Record<string, ConsentDecision>;
  subject?: string;
  timeoutMs: number;
  /** Current data per form id (for validation in context). */
  dataByForm: Record<string, unknown>;
  signal?: AbortSignal;
  locale: Locale;
  now: () => Date;
}

/** A fresh, empty result. */
export function emptyResult(): PrefillResult {
  return { values: {}, provenance: {}, consent: [], attestations: [], failures: [], missing: [] };
}

/** Runs the plans; returns one result per form id that has bindings in them. */
export async function runEngine(options: EngineOptions): Promise<Record<string, PrefillResult>> {
  const results: Record<string, PrefillResult> = {};
  const resultFor = (formId: string): PrefillResult => (results[formId] ??= emptyResult());
  for (const plan of options.plans) for (const t of plan.targets) resultFor(t.form.id);

  recordConsent(options, resultFor);
  const granted = options.plans.filter((p) => options.decisions[p.provider.id] === 'granted');
  for (const plan of options.plans) if (!granted.includes(plan)) reportNotCalled(plan, options, resultFor);

  const [outcomes, context] = await Promise.all([
    Promise.all(granted.map((plan) => callGranted(plan, options))),
    loadTransformContext(granted.flatMap((p) => p.targets.map((t) => t.binding.transform))),
  ]);
  granted.forEach((plan, i) => placeSource(plan, outcomes[i], context, options, resultFor));
  return results;
}

/** One `ConsentRecord` per decided source, in every form the source serves. Undecided sources get none. */
function recordConsent(options: EngineOptions, resultFor: (id: string) => PrefillResult): void {
  const decidedAt = options.now().toISOString();
  for (const plan of options.plans) {
    const decision = options.decisions[plan.provider.id];
    if (decision !== 'granted' && decision !== 'declined') continue;
    const record: ConsentRecord = {
      source: plan.provider.id,
      purpose: plan.request.purpose[options.locale],
      claims: [...plan.request.claims],
      decision,
      decidedAt,
    };
    for (const formId of plan.request.forms) resultFor(formId).consent.push({ ...record, claims: [...record.claims] });
  }
}

function reportNotCalled(plan: SourcePlan, options: EngineOptions, resultFor: (id: string) => PrefillResult): void {
  const decided = options.decisions[plan.provider.id] === 'declined';
  const message = decided ? 'the citizen declined this source' : 'no consent was given for this source';
  for (const t of plan.targets) fail(resultFor(t.form.id), t, 'declined', message);
}

function callGranted(plan: SourcePlan, options: EngineOptions): Promise<CallOutcome> {
  return callProvider(plan.provider, {
    claims: plan.request.claims,
    timeoutMs: options.timeoutMs,
    now: options.now,
    ...(options.subject !== undefined ? { subject: options.subject } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

function fail(
  result: PrefillResult,
  t: PlannedTarget,
  kind: PrefillFailure['kind'],
  message: string,
  extra: Partial<PrefillFailure> = {},
): void {
  result.failures.push({ source: t.binding.source, pointer: t.binding.target, claim: t.binding.claim, kind, message, ...extra });
}

/** Places one source's answer into every bound field, or reports why each field stays empty. */
function placeSource(
  plan: SourcePlan,
  outcome: CallOutcome,
  context: TransformContext,
  options: EngineOptions,
  resultFor: (id: string) => PrefillResult,
): void {
  if (!outcome.ok) {
    const extra = outcome.status !== undefined ? { status: outcome.status } : {};
    for (const t of plan.targets) fail(resultFor(t.form.id), t, outcome.kind, outcome.message, extra);
    return;
  }
  const attested = outcome.attestations.map((jws) => ({ jws, claims: claimsOf(jws) }));
  const unreadable = attested.filter((a) => a.claims === undefined);
  for (const formId of plan.request.forms) {
    for (const _ of unreadable) {
      resultFor(formId).failures.push({ source: plan.provider.id, kind: 'malformed', message: 'an attestation could not be decoded' });
    }
  }
  for (const t of plan.targets) {
    const result = resultFor(t.form.id);
    const raw = getPointer(outcome.response.claims, t.binding.claim);
    if (raw === undefined || raw === null) {
      const part = outcome.response.partial?.find((f) => f.claims.some((c) => pointersOverlap(c, t.binding.claim)));
      if (part) {
        fail(result, t, part.kind, part.message, part.status !== undefined ? { status: part.status } : {});
        continue;
      }
      result.missing.push({ source: t.binding.source, pointer: t.binding.target, claim: t.binding.claim });
      continue;
    }
    const oversized = oversizedClaim(raw);
    if (oversized) {
      fail(result, t, 'malformed', oversized);
      continue;
    }
    const targetSchema = t.form.schemaAt(t.binding.target);
    const transformed = applyTransform(t.binding.transform, raw, { ...context, ...(targetSchema ? { targetSchema } : {}) });
    if (!transformed.ok) {
      fail(result, t, transformed.kind, transformed.message, transformed.candidates ? { candidates: transformed.candidates } : {});
      continue;
    }
    const problems = t.form.problems(t.binding.target, transformed.value, options.dataByForm[t.form.id]);
    if (problems.length > 0) {
      fail(result, t, 'type', `the value does not fit the field: ${problems.join('; ')}`);
      continue;
    }
    const covering = attested.find((a) => a.claims && attestedValue(a.claims, t.binding.claim).found);
    const provenance: FieldProvenance = {
      source: t.binding.source,
      fetchedAt: outcome.fetchedAt,
      mode: t.binding.mode ?? 'editable',
      value: transformed.value,
      ...(covering ? { attestation: attestationIndex(result, plan.provider.id, covering.jws) } : {}),
    };
    result.values[t.binding.target] = transformed.value;
    result.provenance[t.binding.target] = provenance;
  }
}

/** The deepest claim value placed in a field (levels of objects and arrays), as `@tokhai/server`'s default `maxDepth`. */
const MAX_CLAIM_DEPTH = 32;
/** The most JSON values one claim value may hold, as `@tokhai/server`'s default `maxValues`. */
const MAX_CLAIM_VALUES = 10_000;

/**
 * Why a claim value is too large to place, or `undefined`. A source answers what it answers: a value nested
 * 200,000 deep in a free-form field passes the field's checks, then makes every validation of the form answer
 * "unprocessable" and every submission be refused, and the citizen cannot see or fix it. Measured iteratively
 * (the value may be deep) and stopped at the first limit crossed (it may be large).
 */
function oversizedClaim(value: unknown): string | undefined {
  const stack: Array<[unknown, number]> = [[value, 0]];
  let count = 0;
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (++count > MAX_CLAIM_VALUES) return `the value holds more than ${MAX_CLAIM_VALUES} values`;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_CLAIM_DEPTH) return `the value is nested more than ${MAX_CLAIM_DEPTH} levels deep`;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return undefined;
}

function claimsOf(jws: string): Record<string, unknown> | undefined {
  const payload = peekPayload(jws);
  return payload ? attestedClaims(payload) : undefined;
}

/** The index of an attestation in this form's list, adding it once. */
function attestationIndex(result: PrefillResult, source: string, jws: string): number {
  const found = result.attestations.findIndex((a: Attestation) => a.jws === jws);
  if (found >= 0) return found;
  result.attestations.push({ source, jws });
  return result.attestations.length - 1;
}
