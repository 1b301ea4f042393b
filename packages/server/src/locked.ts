// SPDX-License-Identifier: MIT
// Locked prefilled values: the form's locked bindings decide which values must be exactly what a source signed.
// The check itself is @tokhai/prefill's `verifyAttestations` (the same transforms that filled the form re-derive
// the expected value from the signed claim); this module maps its verdict onto the server's refusal reasons. Values
// from sources the server holds claims for (`VerifyOptions.trustedClaims`, trusted.ts) need no attestation:
// `verifyAttestations` lists them as `trusted`, and they are compared here with what the server's claims give.
import { verifyAttestations } from '@tokhai/prefill';
import type { AttestationFailure } from '@tokhai/prefill';
import type { PrefillBinding } from '@tokhai/core';
import { decodeJwt } from 'jose';
import type { EveryAttestationInput } from './attestations.js';
import { isAbout, prefillVerifyOptions } from './attestations.js';
import { lookup } from './json-pointer.js';
import { sameJsonValue } from './provenance.js';
import type { TrustedEvidence } from './trusted.js';

/** Attestation failures that mean the citizen's browser changed a locked value (rather than a bad signature). */
const TAMPERING: ReadonlySet<AttestationFailure['reason']> = new Set(['value-mismatch', 'mode-mismatch', 'unknown-binding']);

/** Why a locked value from a trusted source is refused: it is not what the server's claims of that source give. */
export type TrustedFailureReason = 'trusted-value-mismatch';

/** One located problem of a locked value. */
export interface LockedProblem {
  pointer: string;
  /** True when the value (or its mode) was changed, rather than its evidence being bad. */
  tampering: boolean;
  params: { source: string; reason: AttestationFailure['reason'] | TrustedFailureReason; detail: string };
}

/** Inputs of `checkLockedValues`: those of every attestation check, and the data that will be kept. */
export interface LockedInput extends EveryAttestationInput {
  /** The data that will be kept (hidden values already stripped: nothing is claimed for them). */
  data: unknown;
  /** The claims the server holds itself, by source: the locked values of these sources are compared with them. */
  trusted: TrustedEvidence;
  /** The sources of `trusted`, passed to `verifyAttestations` as its `trustedSources`. */
  trustedSources: readonly string[];
}

/** The verdict: every locked value verified, or the located problems. Never rejects. */
export async function checkLockedValues(input: LockedInput): Promise<{ ok: true } | { ok: false; problems: LockedProblem[] }> {
  let verdict;
  try {
    verdict = await verifyAttestations(
      { data: input.data, provenance: input.submission.provenance, attestations: input.submission.attestations ?? [] },
      input.form,
      input.keys,
      { ...prefillVerifyOptions(input), trustedSources: input.trustedSources },
    );
  } catch (e) {
    // verifyAttestations promises not to reject; if it ever does, the submission is still not trusted.
    return { ok: false, problems: [{ pointer: '', tampering: false, params: { source: '', reason: 'bad-signature', detail: String(e) } }] };
  }
  const trusted = trustedProblems(input, verdict.trusted);
  if (verdict.valid) {
    const problems = [...trusted, ...(Array.isArray(input.subject) ? wrongSubjects(input, verdict.verified) : [])];
    return problems.length ? { ok: false, problems } : { ok: true };
  }
  const failures: LockedProblem[] = verdict.failures.map((f) => ({
    pointer: f.pointer,
    tampering: TAMPERING.has(f.reason),
    params: { source: f.source, reason: f.reason, detail: f.message },
  }));
  return { ok: false, problems: [...failures, ...trusted] };
}

/**
 * The locked values `verifyAttestations` left to the caller (from a trusted source) that are not what the form's
 * binding gives from the server's claims of that source. The prefill verdict has already checked that each such
 * value's provenance names the source its locked binding reads.
 */
function trustedProblems(input: LockedInput, pointers: readonly string[]): LockedProblem[] {
  const locked = new Map<string, PrefillBinding>();
  for (const b of input.form.definition.prefill ?? []) if (b.mode === 'locked') locked.set(b.target, b);
  const problems: LockedProblem[] = [];
  for (const pointer of pointers) {
    const binding = locked.get(pointer);
    if (!binding) continue; // verifyAttestations lists only pointers of locked bindings
    const expected = input.trusted.valueOf(binding);
    const held = lookup(input.data, pointer);
    if (expected.ok && sameJsonValue(expected.value, held.value)) continue;
    const detail = expected.ok ? `the value at ${pointer} is not what the server's ${binding.source} claims give` : expected.message;
    problems.push({ pointer, tampering: true, params: { source: binding.source, reason: 'trusted-value-mismatch', detail } });
  }
  return problems;
}

/**
 * With several acceptable subjects, checks the `sub` of each attestation that verified a locked value. Decoding
 * without verifying is safe here: `verifyAttestations` has just verified these signatures.
 */
function wrongSubjects(input: LockedInput, verified: readonly string[]): LockedProblem[] {
  const subjects = input.subject as readonly string[];
  const problems: LockedProblem[] = [];
  for (const pointer of verified) {
    const p = input.submission.provenance[pointer];
    const jws = p?.attestation === undefined ? undefined : input.submission.attestations?.[p.attestation]?.jws;
    let about: boolean;
    try {
      about = jws !== undefined && isAbout(decodeJwt(jws), subjects);
    } catch {
      about = false;
    }
    if (!about) {
      problems.push({
        pointer,
        tampering: false,
        params: { source: p?.source ?? '', reason: 'wrong-subject', detail: 'the attestation is about another person' },
      });
    }
  }
  return problems;
}
