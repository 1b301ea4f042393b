// SPDX-License-Identifier: MIT
// The result of verification: an envelope, or a refusal with a status, a reason and located errors.
import type { Locale, LocatedError } from '@tokhai/core';
import type { SubmissionEnvelope } from './envelope.js';
import type { LimitProblemKind } from './limits.js';
import { PROBLEM_MESSAGES, REASONS, reasonMessage } from './reasons.js';
import type { ProblemKey, RejectReason, RejectStatus } from './reasons.js';

/** A verified submission. */
export interface VerifySuccess {
  ok: true;
  /** The canonical envelope to store (and sign). */
  envelope: SubmissionEnvelope;
  /** What verification removed from the submitted data, as JSON Pointers (for audit logs). */
  dropped: {
    /** Members the schema does not describe. */
    unknown: string[];
    /** Values of fields hidden by the form's rules. */
    hidden: string[];
  };
}

/** A refused submission. Nothing should be stored. */
export interface VerifyFailure {
  ok: false;
  /** The HTTP status to answer with. */
  status: RejectStatus;
  /** Why, as a stable code. */
  reason: RejectReason;
  /** Why, as a sentence in the submission's locale (or `vi`). */
  message: string;
  /**
   * Where. Schema errors come from core's `validate`; the server's own checks use the same shape, with
   * `keyword` naming the check (`submission`, `limit`, `form`, `computed`, `locked`, `attestation`, `provenance`)
   * and pointers into the data (`computed`, `locked`, `attestation`, `provenance`, `form`) or into the whole
   * submission (`submission`, `limit`). At most `MAX_REPORTED_ERRORS`, the first ones found (see `omittedErrors`).
   */
  errors: LocatedError[];
  /**
   * How many further errors were found and left out of `errors`; absent when none were. A public endpoint must not
   * answer a small hostile body (a list of 10,000 wrong items) with megabytes of messages, and no citizen reads past
   * the first screenful.
   */
  omittedErrors?: number;
}

/** The outcome of `verifySubmission`. */
export type VerifyResult = VerifySuccess | VerifyFailure;

/** The most errors a refusal lists (`VerifyFailure.omittedErrors` counts the rest). */
export const MAX_REPORTED_ERRORS = 100;

/** @internal A refusal for `reason`, listing at most `MAX_REPORTED_ERRORS` of `errors`. */
export const reject = (reason: RejectReason, locale: Locale, errors: LocatedError[] = []): VerifyFailure => ({
  ok: false,
  status: REASONS[reason].status,
  reason,
  message: reasonMessage(reason, locale),
  errors: errors.length > MAX_REPORTED_ERRORS ? errors.slice(0, MAX_REPORTED_ERRORS) : errors,
  ...(errors.length > MAX_REPORTED_ERRORS ? { omittedErrors: errors.length - MAX_REPORTED_ERRORS } : {}),
});

/** @internal A located error for one of the server's own checks. */
export const problem = (
  keyword: string,
  key: ProblemKey,
  pointer: string,
  params: Record<string, unknown>,
  locale: Locale,
): LocatedError => ({
  pointer,
  keyword,
  schemaPath: '',
  params,
  messageKey: `server.${key}`,
  message: PROBLEM_MESSAGES[key][locale],
});

/** @internal The located error for a crossed size limit or an I-JSON violation. */
export const limitFailure = (kind: LimitProblemKind, pointer: string, detail: string, locale: Locale): LocatedError =>
  problem('limit', `limit.${kind}`, pointer, { limit: detail }, locale);
