// SPDX-License-Identifier: MIT
// verifySubmission: the server half of "the same core on both sides". A pipeline of small named steps over one
// context; each step either fills in the context or refuses with a status, a reason and located errors.
import type { CompiledForm, Evaluation, Locale, LocatedError, Submission } from '@tokhai/core';
import type { AttestationCheck } from '@tokhai/prefill';
import { verifyEveryAttestation } from './attestations.js';
import type { VerifiedAttestations } from './attestations.js';
import { digestJson } from './canonical.js';
import type { SubmissionEnvelope } from './envelope.js';
import { isUnder, lookup } from './json-pointer.js';
import { checkJsonValue, resolveLimits } from './limits.js';
import type { SizeLimits } from './limits.js';
import { checkLockedValues } from './locked.js';
import type { LockedProblem } from './locked.js';
import type { AttestationKeys } from './attestations.js';
import { checkProvenance, sameJsonValue } from './provenance.js';
import type { ProvenanceProblemKind } from './provenance.js';
import type { ProblemKey, RejectReason } from './reasons.js';
import { limitFailure, problem, reject } from './result.js';
import type { VerifyFailure, VerifyResult } from './result.js';
import { checkSubmissionShape } from './shape.js';
import { trustedEvidence, trustedSources } from './trusted.js';
import type { TrustedClaims, TrustedEvidence } from './trusted.js';
import { stripUnknownFields } from './unknown-fields.js';

/** Options of `verifySubmission`. */
export interface VerifyOptions {
  /**
   * Public keys of the data sources, by provider id (`population`, `vneid`…), to verify prefill attestations.
   * A locked prefilled value is accepted only with a valid attestation from a source that has a key here. A key
   * also says that its source signs what it supplies: an editable prefilled value from it must cite a valid
   * attestation of it too. Every attestation a submission carries must verify with the key of its source, so give
   * a key for every source whose attestations the browser passes on. A source without a key (an e-ID userinfo
   * read as plain JSON) proves nothing: its editable values are kept with the provenance as stated, unattested,
   * unless the server holds that source's claims itself (`trustedClaims`).
   */
  keys?: AttestationKeys;
  /**
   * Claims the server holds itself about the signed-in citizen, by source id: typically
   * `{ vneid: session.userinfo }`, the userinfo of the citizen's e-ID sign-in, which `<tk-form>` prefilled from
   * (`oidcClaimsProvider({ userinfo })`, no signature). The values of a source given here need no attestation, even
   * when it also has a key: each locked value claimed from it must be what the form's binding gives from these
   * claims (the claim at the binding's pointer through its transform, as prefill placed it), else 422
   * `locked-value-changed` with `server.locked.trusted-value-mismatch` at the field; each editable entry from it
   * must record that value (422 `provenance-mismatch`, `server.provenance.trusted-value-mismatch`). A locked value
   * claimed from a source with neither claims here nor a valid attestation is refused (`missing-attestation`).
   */
  trustedClaims?: TrustedClaims;
  /**
   * The signed-in citizen: attestations about anyone else are refused. Give every identifier the sources use for
   * that person (the ĐDCN, and the e-ID account `sub` when the e-ID's signed userinfo serves as attestation).
   * Unchecked when absent.
   */
  subject?: string | readonly string[];
  /** The oldest attestation accepted (jose syntax such as `'1h'`, or seconds). Unchecked when absent; `exp` always is. */
  maxAttestationAge?: string | number;
  /** Size limits (defaults in `DEFAULT_LIMITS`). */
  limits?: Partial<SizeLimits>;
  /** The server clock, for `receivedAt` and attestation times. Default: now. */
  now?: Date;
  /**
   * How far (seconds) the client's `submittedAt` may be ahead of the server clock. Computed values read `$now` as
   * `submittedAt`, so a date in the future would let a client choose it (an age, a deadline). Default 300. An
   * older date is accepted: a submission retried later keeps the time it was made.
   */
  maxClockSkew?: number;
  /**
   * How old (seconds) `submittedAt` may be against the server clock. Computed values read `$now` as `submittedAt`,
   * so a form that computes an age or a deadline from `$now` could be backdated by a client choosing an old time.
   * Off by default (a submission retried later keeps the time it was made, and how late is acceptable is the
   * procedure's policy); a portal whose forms compute from `$now` sets it (the demo portal: one day).
   */
  maxSubmissionAge?: number;
  /** Message locale when the submission's own `locale` is unreadable. Default `vi`. */
  locale?: Locale;
}

/** What the steps know so far. */
interface Context {
  readonly form: CompiledForm;
  readonly input: unknown;
  readonly options: VerifyOptions;
  readonly limits: SizeLimits;
  locale: Locale;
  submission?: Submission;
  /** The data without undescribed members. */
  known?: unknown;
  droppedUnknown?: string[];
  evaluation?: Evaluation;
  /** The data to keep: known, visible, computed by the server. */
  data?: unknown;
  /** Every attestation, verified. */
  attested?: VerifiedAttestations;
  /** The claims the server holds itself (`VerifyOptions.trustedClaims`), ready to re-derive values from. */
  trusted?: TrustedEvidence;
  /** Each attestation's signature check, made once and shared by the locked-value and every-attestation steps. */
  readonly checks: Map<number, Promise<AttestationCheck>>;
}

type Step = (ctx: Context) => VerifyFailure | undefined | Promise<VerifyFailure | undefined>;

const checkLimits: Step = (ctx) => {
  const found = checkJsonValue(ctx.input, ctx.limits);
  return found && reject(found.kind, ctx.locale, [limitFailure(found.kind, found.pointer, found.detail, ctx.locale)]);
};

const checkShape: Step = (ctx) => {
  const value = ctx.input as Partial<Submission> | null;
  if (value && (value.locale === 'vi' || value.locale === 'en')) ctx.locale = value.locale;
  const problems = checkSubmissionShape(ctx.input);
  if (problems.length) {
    const errors = problems.map((p) => problem('submission', p.key, p.pointer, { expected: p.expected }, ctx.locale));
    return reject('invalid-submission', ctx.locale, errors);
  }
  ctx.submission = ctx.input as Submission;
  return undefined;
};

/** The default of `VerifyOptions.maxClockSkew`, in seconds. */
const DEFAULT_CLOCK_SKEW = 300;

const checkClock: Step = (ctx) => {
  const { submittedAt } = ctx.submission!;
  const now = (ctx.options.now ?? new Date()).getTime();
  const skew = ctx.options.maxClockSkew ?? DEFAULT_CLOCK_SKEW;
  const at = Date.parse(submittedAt);
  const serverTime = new Date(now).toISOString();
  if (at > now + skew * 1000) {
    const params = { submittedAt, serverTime, maxClockSkew: skew };
    return reject('invalid-submission', ctx.locale, [problem('submission', 'submission.in-future', '/submittedAt', params, ctx.locale)]);
  }
  const maxAge = ctx.options.maxSubmissionAge;
  if (maxAge !== undefined && at < now - maxAge * 1000) {
    const params = { submittedAt, serverTime, maxSubmissionAge: maxAge };
    return reject('invalid-submission', ctx.locale, [problem('submission', 'submission.too-old', '/submittedAt', params, ctx.locale)]);
  }
  return undefined;
};

const checkForm: Step = (ctx) => {
  const { formId, formVersion } = ctx.submission!;
  if (formId === ctx.form.id && formVersion === ctx.form.version) return undefined;
  const params = { expected: { formId: ctx.form.id, formVersion: ctx.form.version }, actual: { formId, formVersion } };
  const pointer = formId === ctx.form.id ? '/formVersion' : '/formId';
  return reject('form-mismatch', ctx.locale, [problem('form', 'form.mismatch', pointer, params, ctx.locale)]);
};

const dropUnknown: Step = (ctx) => {
  const { data, dropped } = stripUnknownFields(ctx.form.schema, ctx.submission!.data);
  ctx.known = data;
  ctx.droppedUnknown = dropped;
  return undefined;
};

/**
 * The date computed values read as `$now`: the submission's `submittedAt`, exactly what `<tk-form>` passed when it
 * computed them (core's `EvaluateOptions.now`), so that the browser and the server compute the same values.
 */
const evaluationDate = (ctx: Context): string => ctx.submission!.submittedAt;

const evaluateRules: Step = (ctx) => {
  ctx.evaluation = ctx.form.evaluate(ctx.known, { now: evaluationDate(ctx) });
  ctx.data = ctx.evaluation.submission;
  return undefined;
};

const isHidden = (pointer: string, hidden: readonly string[]) => hidden.some((h) => isUnder(pointer, h));

const checkComputed: Step = (ctx) => {
  const { computed, hidden } = ctx.evaluation!;
  const errors: LocatedError[] = [];
  for (const [pointer, expected] of Object.entries(computed)) {
    if (isHidden(pointer, hidden)) continue;
    const submitted = lookup(ctx.submission!.data, pointer);
    const actual = submitted.found ? submitted.value : undefined;
    if (!sameJsonValue(actual, expected)) {
      errors.push(problem('computed', 'computed.mismatch', pointer, { expected, actual }, ctx.locale));
    }
  }
  return errors.length ? reject('computed-mismatch', ctx.locale, errors) : undefined;
};

const validateData: Step = (ctx) => {
  const result = ctx.form.validate(ctx.data, { locale: ctx.locale, now: evaluationDate(ctx) });
  return result.valid ? undefined : reject('invalid-data', ctx.locale, result.errors);
};

const loadTrusted: Step = async (ctx) => {
  ctx.trusted = await trustedEvidence(ctx.form, ctx.options.trustedClaims);
  return undefined;
};

/** The problem key of a locked value's problem: a changed value, one unlike the server's claims, or bad evidence. */
const lockedKey = (p: LockedProblem): ProblemKey => {
  if (p.params.reason === 'trusted-value-mismatch') return 'locked.trusted-value-mismatch';
  return p.tampering ? 'locked.changed' : (`attestation.${p.params.reason}` as ProblemKey);
};

const checkLocked: Step = async (ctx) => {
  const outcome = await checkLockedValues({
    form: ctx.form,
    submission: ctx.submission!,
    data: ctx.data,
    keys: ctx.options.keys ?? {},
    now: ctx.options.now,
    subject: ctx.options.subject,
    maxAge: ctx.options.maxAttestationAge,
    checks: ctx.checks,
    trusted: ctx.trusted!,
    trustedSources: trustedSources(ctx.options.trustedClaims),
  });
  if (outcome.ok) return undefined;
  // The changed values first: they are why the submission is refused, and what the citizen must hear about.
  const ordered = [...outcome.problems.filter((p) => p.tampering), ...outcome.problems.filter((p) => !p.tampering)];
  const errors = ordered.map((p) => problem(p.tampering ? 'locked' : 'attestation', lockedKey(p), p.pointer, p.params, ctx.locale));
  const tampered = outcome.problems.some((p) => p.tampering);
  return reject(tampered ? 'locked-value-changed' : 'attestation-invalid', ctx.locale, errors);
};

/** Every attestation the envelope will keep is genuine, not only those locked values cite (see attestations.ts). */
const checkAttestations: Step = async (ctx) => {
  const outcome = await verifyEveryAttestation({
    form: ctx.form,
    submission: ctx.submission!,
    keys: ctx.options.keys ?? {},
    now: ctx.options.now,
    subject: ctx.options.subject,
    maxAge: ctx.options.maxAttestationAge,
    checks: ctx.checks,
  });
  if (outcome.ok) {
    ctx.attested = outcome.verified;
    return undefined;
  }
  const errors = outcome.problems.map((p) => problem('attestation', `attestation.${p.params.reason}`, p.pointer, p.params, ctx.locale));
  return reject('attestation-invalid', ctx.locale, errors);
};

/** The refusal of a set of provenance problems: the gravest kind found (a changed locked value, then a bad attestation). */
const PROVENANCE_REFUSALS: readonly [ProvenanceProblemKind, RejectReason][] = [
  ['locked', 'locked-value-changed'],
  ['attestation', 'attestation-invalid'],
  ['provenance', 'provenance-mismatch'],
];

/** The provenance kept in the envelope is true of the kept data (see provenance.ts); runs after the signatures. */
const checkProvenanceEntries: Step = (ctx) => {
  const keys = ctx.options.keys ?? {};
  const problems = checkProvenance(ctx.submission!.provenance, ctx.data, {
    form: ctx.form,
    attestations: ctx.submission!.attestations ?? [],
    verified: ctx.attested!,
    // A source the server holds claims for is checked against them, so it need not sign (see provenance.ts).
    signs: (source) => Object.hasOwn(keys, source) && keys[source] !== undefined && !ctx.trusted!.has(source),
    trusted: ctx.trusted!,
  });
  if (!problems.length) return undefined;
  const errors = problems.map((p) => problem(p.kind, p.key, p.pointer, p.params, ctx.locale));
  const [, reason] = PROVENANCE_REFUSALS.find(([kind]) => problems.some((p) => p.kind === kind))!;
  return reject(reason, ctx.locale, errors);
};

/** The verification steps, in order. A refusal ends the pipeline. */
// Tampering checks (locked, attestations, provenance, computed) run before validation, so that a changed value is
// reported as what it is. Among them, the checks of values that feed others come first: a locked name changed in
// the browser also makes the name's computed upper-case form differ from the server's, and the citizen must hear
// that the locked name was changed (at its field), not that a computed value is wrong. A computed value is only
// the root cause when every value it reads passed.
const STEPS: readonly Step[] = [
  checkLimits,
  checkShape,
  checkClock,
  checkForm,
  dropUnknown,
  evaluateRules,
  loadTrusted,
  checkLocked,
  checkAttestations,
  checkProvenanceEntries,
  checkComputed,
  validateData,
];

/** Provenance only for values that are still in the data. */
const keptProvenance = (submission: Submission, data: unknown) =>
  Object.fromEntries(Object.entries(submission.provenance).filter(([pointer]) => lookup(data, pointer).found));

function buildEnvelope(ctx: Context): SubmissionEnvelope {
  const s = ctx.submission!;
  const envelope: SubmissionEnvelope = {
    formId: s.formId,
    formVersion: s.formVersion,
    submissionId: s.submissionId.toLowerCase(),
    submittedAt: s.submittedAt,
    receivedAt: (ctx.options.now ?? new Date()).toISOString(),
    data: ctx.data,
    provenance: keptProvenance(s, ctx.data),
    consent: s.consent,
    digest: digestJson(ctx.data),
  };
  if (s.attestations?.length) envelope.attestations = s.attestations;
  if (s.corrections?.length) envelope.corrections = s.corrections;
  if (s.assisted) envelope.assisted = s.assisted;
  return envelope;
}

/**
 * Verifies an untrusted submission against a compiled form and turns it into a canonical envelope. In order:
 * size limits and I-JSON (413/400); the `Submission` shape (400); `formId`/`formVersion` against `form` (409);
 * members the schema does not describe are dropped; core's `evaluate` drops hidden fields and recomputes computed
 * values; locked prefilled values must equal a value their source signed (`@tokhai/prefill`'s
 * `verifyAttestations`), or, for a source in `options.trustedClaims`, what the binding gives from the server's own
 * claims (422); every attestation the envelope keeps verifies with its source's key (422; one that no provenance
 * entry cites is refused with the shape, 400); every kept provenance entry is true of the data (a binding of the
 * form fills it from that source, a locked entry records the kept value, an editable entry from a source with a
 * key cites its attestation and records what that attestation's claim, or the server's claims of a trusted source,
 * give through the binding's transform, a changed editable value is marked `modified`; 422); a submitted computed
 * value that differs from the server's is refused (422; after the values it reads, so that a changed locked value
 * is reported as such); the data is validated with the form's validator (422). Computed values read `$now` as the
 * submission's `submittedAt`, as `<tk-form>` did. Never throws on any input.
 */
export async function verifySubmission(form: CompiledForm, submission: unknown, options: VerifyOptions = {}): Promise<VerifyResult> {
  const ctx: Context = { form, input: submission, options, limits: resolveLimits(options.limits), locale: options.locale ?? 'vi', checks: new Map() };
  for (const step of STEPS) {
    const failure = await step(ctx);
    if (failure) return failure;
  }
  const envelope = buildEnvelope(ctx);
  const hidden = ctx.evaluation!.hidden.filter((p) => lookup(ctx.known, p).found);
  return { ok: true, envelope, dropped: { unknown: ctx.droppedUnknown!, hidden } };
}
