// SPDX-License-Identifier: MIT
// Locked prefilled values: the form's locked bindings decide which values must be exactly what a source signed.
// The check itself is @tokhai/prefill's `verifyAttestations` (the same transforms that filled the form re-derive
// the expected value from the signed claim); this module maps its verdict onto the server's refusal reasons.
import { verifyAttestations } from '@tokhai/prefill';
import type { AttestationFailure } from '@tokhai/prefill';
import { decodeJwt } from 'jose';
import type { EveryAttestationInput } from './attestations.js';
import { isAbout, prefillVerifyOptions } from './attestations.js';

/** Attestation failures that mean the citizen's browser changed a locked value (rather than a bad signature). */
const TAMPERING: ReadonlySet<AttestationFailure['reason']> = new Set(['value-mismatch', 'mode-mismatch', 'unknown-binding']);

/** One located problem of a locked value. */
export interface LockedProblem {
  pointer: string;
  tampering: boolean;
  params: { source: string; reason: AttestationFailure['reason']; detail: string };
}

/** Inputs of `checkLockedValues`: those of every attestation check, and the data that will be kept. */
export interface LockedInput extends EveryAttestationInput {
  /** The data that will be kept (hidden values already stripped: nothing is claimed for them). */
  data: unknown;
}

/** The verdict: every locked value verified, or the located problems. Never rejects. */
export async function checkLockedValues(input: LockedInput): Promise<{ ok: true } | { ok: false; problems: LockedProblem[] }> {
  let verdict;
  try {
    verdict = await verifyAttestations(
      { data: input.data, provenance: input.submission.provenance, attestations: input.submission.attestations ?? [] },
      input.form,
      input.keys,
      prefillVerifyOptions(input),
    );
  } catch (e) {
    // verifyAttestations promises not to reject; if it ever does, the submission is still not trusted.
    return { ok: false, problems: [{ pointer: '', tampering: false, params: { source: '', reason: 'bad-signature', detail: String(e) } }] };
  }
  if (verdict.valid) {
    const problems = Array.isArray(input.subject) ? wrongSubjects(input, verdict.verified) : [];
    return problems.length ? { ok: false, problems } : { ok: true };
  }
  return {
    ok: false,
    problems: verdict.failures.map((f) => ({
      pointer: f.pointer,
      tampering: TAMPERING.has(f.reason),
      params: { source: f.source, reason: f.reason, detail: f.message },
    })),
  };
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
