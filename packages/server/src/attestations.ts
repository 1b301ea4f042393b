// SPDX-License-Identifier: MIT
// Every attestation an envelope keeps has been verified. locked.ts checks the attestations locked values cite, with
// those values; but an attestation may also be cited only by editable entries, or only by entries of values that
// are not kept (hidden fields), and the envelope stores the whole list: a back office reading it later would find
// claims ("this is what the e-ID said about this person") that nobody checked. So each attestation is verified once,
// by itself, with `@tokhai/prefill`'s `verifyAttestation` (a key for its source, the signature and algorithm, its
// times, its issuer, its subject), and the verified payloads are handed on to provenance.ts, which checks what each
// editable entry says its source supplied. (That shape.ts has already refused an attestation no entry cites is what
// makes "located at the entries that cite it" always name a field.)
import type { CompiledForm, Submission } from '@tokhai/core';
import { loadTransformContext, verifyAttestation } from '@tokhai/prefill';
import type { AttestationCheck, TransformContext, VerifyAttestationsOptions } from '@tokhai/prefill';
import type { JWTPayload, KeyInput } from 'jose';

/** What later checks may rely on once every attestation verified. */
export interface VerifiedAttestations {
  /** The verified payload of each attestation, by its index in `submission.attestations`. */
  readonly payloads: readonly JWTPayload[];
  /** Reference data the form's editable bindings' transforms need (administrative units for address transforms). */
  readonly context: TransformContext;
}

/** An attestation that cannot be trusted, located at one provenance entry that cites it. */
export interface AttestationProblem {
  /** The entry's data pointer. */
  pointer: string;
  params: { source: string; reason: Extract<AttestationCheck, { ok: false }>['reason']; detail: string; attestation: number };
}

/** Public keys of the data sources, by provider id. */
export type AttestationKeys = Record<string, KeyInput>;

/** Inputs of `verifyEveryAttestation`; `checkLockedValues` (locked.ts) reads the same plus the kept data. */
export interface EveryAttestationInput {
  form: CompiledForm;
  submission: Submission;
  keys: AttestationKeys;
  now: Date | undefined;
  /**
   * Who the attestations must be about: the signed-in citizen's identifiers (an e-ID userinfo token names the
   * account `sub`, a population record the ĐDCN, so a portal may give both). Unchecked when absent.
   */
  subject: string | readonly string[] | undefined;
  /** Oldest attestation accepted (jose syntax or seconds). */
  maxAge: string | number | undefined;
  /**
   * The checks of this submission's attestations made so far, by index: the locked-value check and the check of
   * every attestation share it, so each signature is verified once per submission.
   */
  checks: Map<number, Promise<AttestationCheck>>;
}

/**
 * Whom a verified payload is about. A tokhai attestation names the ĐDCN in `sub`; an e-ID ID token (no `claims`
 * member) names its account in `sub` and the ĐDCN in `vn_pid`, and `verifyAttestation` with one subject matches
 * the ĐDCN there, so a list holding that ĐDCN must match it too.
 */
export const subjectsOf = (payload: JWTPayload): unknown[] => (payload.claims === undefined ? [payload.sub, payload.vn_pid] : [payload.sub]);

/** True when the payload is about one of `subjects`. */
export const isAbout = (payload: JWTPayload, subjects: readonly string[]): boolean =>
  subjectsOf(payload).some((n) => typeof n === 'string' && subjects.includes(n));

/** Data pointers of the provenance entries that cite each attestation, by index. */
function citations(submission: Submission): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [pointer, p] of Object.entries(submission.provenance)) {
    if (p.attestation === undefined) continue;
    out.set(p.attestation, [...(out.get(p.attestation) ?? []), pointer]);
  }
  return out;
}

/**
 * The options of prefill's attestation checks for these inputs: one subject (a list is checked here, after), the
 * oldest age accepted, the server clock, the checks made so far. Shared by every attestation check and the locked-value check (locked.ts).
 */
export const prefillVerifyOptions = (input: EveryAttestationInput): VerifyAttestationsOptions => ({
  ...(typeof input.subject === 'string' ? { subject: input.subject } : {}),
  ...(input.maxAge !== undefined ? { maxAge: input.maxAge } : {}),
  ...(input.now ? { currentDate: input.now } : {}),
  checks: input.checks,
});

/**
 * Verifies one attestation (or takes the locked-value check's verdict on it), then a list of acceptable subjects,
 * which prefill's one-subject check cannot take.
 */
async function verifyOne(input: EveryAttestationInput, index: number): Promise<AttestationCheck> {
  const attestation = input.submission.attestations![index];
  const subject = input.subject;
  let checked: AttestationCheck;
  try {
    let pending = input.checks.get(index);
    if (!pending) input.checks.set(index, (pending = verifyAttestation(attestation, input.keys, prefillVerifyOptions(input))));
    checked = await pending;
  } catch (e) {
    // verifyAttestation promises not to reject; if it ever does, the attestation is still not trusted.
    return { ok: false, reason: 'bad-signature', message: String(e) };
  }
  if (checked.ok && Array.isArray(subject) && !isAbout(checked.payload, subject as readonly string[])) {
    return { ok: false, reason: 'wrong-subject', message: 'the attestation is about another person' };
  }
  return checked;
}

/**
 * Verifies every attestation of the submission, each once. Returns the verified payloads, or one problem per
 * provenance entry citing an attestation that failed. Never rejects.
 */
export async function verifyEveryAttestation(
  input: EveryAttestationInput,
): Promise<{ ok: true; verified: VerifiedAttestations } | { ok: false; problems: AttestationProblem[] }> {
  const attestations = input.submission.attestations ?? [];
  const checks = await Promise.all(attestations.map((_, i) => verifyOne(input, i)));
  const cited = citations(input.submission);
  const problems: AttestationProblem[] = [];
  const payloads: JWTPayload[] = [];
  checks.forEach((checked, i) => {
    if (checked.ok) {
      payloads.push(checked.payload);
      return;
    }
    const params = { source: attestations[i].source, reason: checked.reason, detail: checked.message, attestation: i };
    for (const pointer of cited.get(i) ?? ['']) problems.push({ pointer, params });
  });
  if (problems.length) return { ok: false, problems };
  const editable = (input.form.definition.prefill ?? []).filter((b) => b.mode !== 'locked');
  const context = editable.length && attestations.length ? await loadTransformContext(editable.map((b) => b.transform)) : {};
  return { ok: true, verified: { payloads, context } };
}
