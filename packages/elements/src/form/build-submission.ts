// SPDX-License-Identifier: MIT
/**
 * Building the `Submission` (core's `models/submission.ts`) that `tk-submit` carries. Loaded on the first submit
 * (`submission.ts`), so a form that is only shown and filled in does not download it.
 */
import type { Submission } from '@tokhai/core';
import type { SubmissionInput } from './submission.js';

/**
 * A random v4 UUID. `crypto.randomUUID` exists only in secure contexts (https, localhost); a portal served over
 * plain http in an intranet still gets a good id from `getRandomValues`.
 */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The submission: core's prepared data (hidden stripped, computed in) plus provenance, consent and modes. */
export function buildSubmission(input: SubmissionInput): Submission {
  const { compiled, prefill } = input;
  const submittedAt = (input.now ?? new Date()).toISOString();
  const submission: Submission = {
    formId: compiled.id,
    formVersion: compiled.version,
    submissionId: uuid(),
    submittedAt,
    locale: input.locale,
    // Computed values read `$now` as the submission date, exactly as the server recomputes them. (`evaluate`
    // rather than its shorthand `prepareSubmission`, whose implementation drops the options in core 0.1.)
    data: compiled.evaluate(input.data ?? {}, { now: submittedAt }).submission,
    provenance: { ...prefill.provenance },
    consent: [...prefill.consent],
  };
  if (prefill.attestations.length) submission.attestations = [...prefill.attestations];
  if (prefill.corrections.length) submission.corrections = [...prefill.corrections];
  if (input.assisted) {
    submission.assisted = { officerId: input.assisted.officerId, citizenConfirmed: true, confirmedAt: input.assisted.confirmedAt };
  }
  if (input.kiosk) submission.kiosk = true;
  return submission;
}
