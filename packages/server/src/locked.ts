// SPDX-License-Identifier: MIT
// Locked prefilled values: the form's locked bindings decide which values must be exactly what a source signed.
// The check itself is @tokhai/prefill's `verifyAttestations` (the same transforms that filled the form re-derive
// the expected value from the signed claim); this module maps its verdict onto the server's refusal reasons.
import type { CompiledForm, Submission } from '@tokhai/core';
import { verifyAttestations } from '@tokhai/prefill';
import type { AttestationFailure } from '@tokhai/prefill';
import type { KeyInput } from 'jose';

/** Public keys of the data sources, by provider id. */
export type AttestationKeys = Record<string, KeyInput>;

/** Attestation failures that mean the citizen's browser changed a locked value (rather than a bad signature). */
const TAMPERING: ReadonlySet<AttestationFailure['reason']> = new Set(['value-mismatch', 'mode-mismatch', 'unknown-binding']);

/** One located problem of a locked value. */
export interface LockedProblem {
  pointer: string;
  tampering: boolean;
  params: { source: string; reason: AttestationFailure['reason']; detail: string };
}

/** Inputs of `checkLockedValues`. */
export interface LockedInput {
  form: CompiledForm;
  submission: Submission;
  /** The data that will be kept (hidden values already stripped: nothing is claimed for them). */
  data: unknown;
  keys: AttestationKeys;
  now: Date | undefined;
  /** The ĐDCN the attestations must be about. */
  subject: string | undefined;
  /** Oldest attestation accepted (jose syntax or seconds). */
  maxAge: string | number | undefined;
}

/** The verdict: every locked value verified, or the located problems. Never rejects. */
export async function checkLockedValues(input: LockedInput): Promise<{ ok: true } | { ok: false; problems: LockedProblem[] }> {
  let verdict;
  try {
    verdict = await verifyAttestations(
      { data: input.data, provenance: input.submission.provenance, attestations: input.submission.attestations ?? [] },
      input.form,
      input.keys,
      {
        ...(input.subject !== undefined ? { subject: input.subject } : {}),
        ...(input.maxAge !== undefined ? { maxAge: input.maxAge } : {}),
        ...(input.now ? { currentDate: input.now } : {}),
      },
    );
  } catch (e) {
    // verifyAttestations promises not to reject; if it ever does, the submission is still not trusted.
    return { ok: false, problems: [{ pointer: '', tampering: false, params: { source: '', reason: 'bad-signature', detail: String(e) } }] };
  }
  if (verdict.valid) return { ok: true };
  return {
    ok: false,
    problems: verdict.failures.map((f) => ({
      pointer: f.pointer,
      tampering: TAMPERING.has(f.reason),
      params: { source: f.source, reason: f.reason, detail: f.message },
    })),
  };
}
