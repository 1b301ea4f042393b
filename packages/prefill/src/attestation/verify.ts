// SPDX-License-Identifier: MIT
/**
 * Server-side (and browser-side) check that locked prefilled values are what the sources signed. For every locked
 * binding of the form the submission claims to have prefilled, the attestation's signature is verified with the
 * source's key, then the binding's transform is applied again to the attested claim, and the result must equal the
 * value in `submission.data`. The form's bindings, not the submission's provenance, decide what is locked, so a
 * client cannot downgrade a locked field to escape the check. Isomorphic: jose uses WebCrypto everywhere.
 * Its two halves are exported for callers that check more than locked values (`@tokhai/server` verifies every
 * attestation it stores and what editable entries say was supplied): `verifyAttestation` (one attestation by
 * itself) and `attestedBindingValue` (what a binding gives from a verified payload).
 */
import type { Attestation, JsonSchemaObject, PrefillBinding, Submission } from '@tokhai/core';
import { errors, jwtVerify, type JWTPayload } from 'jose';
import { jsonEqual } from '../equal.js';
import { formView, type FormView } from '../form-view.js';
import { getPointer } from '../pointer.js';
import { applyTransform, loadTransformContext } from '../transforms/index.js';
import type { PrefillForm, TransformContext } from '../types.js';
import { attestedClaims, attestedValue, isIdTokenPayload } from './payload.js';
import type { AttestationKey } from './sign.js';

/** Why a value failed verification. */
export type AttestationFailureReason =
  /** A locked prefilled value has no attestation (or its index points nowhere). */
  | 'missing-attestation'
  /** No key was given for the attestation's source. */
  | 'unknown-key'
  /** The JWS is malformed, uses another algorithm, or its signature does not verify with the source's key. */
  | 'bad-signature'
  /** The attestation has expired (`exp`), or is older than `maxAge`, or was issued in the future. */
  | 'expired'
  /** The attestation was issued by another source than the one the value claims to come from. */
  | 'wrong-issuer'
  /** The attestation is about another person than `options.subject`. */
  | 'wrong-subject'
  /** The attestation does not cover the binding's claim. */
  | 'claim-not-attested'
  /** The binding's transform refuses the attested claim. */
  | 'transform-failed'
  /** The submitted value differs from the attested one (altered after prefill). */
  | 'value-mismatch'
  /** The provenance says editable (or another source) for a field the form locks to a source. */
  | 'mode-mismatch'
  /** The provenance says locked for a field no locked binding of the form fills. */
  | 'unknown-binding';

/** One located verification failure. */
export interface AttestationFailure {
  /** JSON Pointer into `submission.data`. */
  pointer: string;
  source: string;
  reason: AttestationFailureReason;
  /** A technical English sentence for logs. */
  message: string;
}

/** The verdict. */
export interface AttestationVerification {
  /** True when every locked prefilled value verified. */
  valid: boolean;
  failures: AttestationFailure[];
  /** Pointers of locked values that verified. */
  verified: string[];
  /** Pointers of locked values from `trustedSources`, not checked here (the caller checks them its own way). */
  trusted: string[];
  /**
   * Pointers of locked bindings that hold a value with no provenance: prefill did not fill them (declined, failed),
   * so the citizen typed them. Not a failure; the authority treats them as declared, not supplied.
   */
  declared: string[];
}

/** Options of `verifyAttestations`. */
export interface VerifyAttestationsOptions {
  /** The ĐDCN the attestations must be about (the signed-in citizen). Unchecked when absent. */
  subject?: string;
  /** Maximum age of an attestation (jose syntax, `'1d'`, or seconds). Unchecked when absent; `exp` always is. */
  maxAge?: string | number;
  /** Allowed algorithms. Default `['ES256']`. */
  algorithms?: string[];
  /** Clock skew tolerated (seconds or jose syntax). Default 60 s. */
  clockTolerance?: string | number;
  /** "Now", for tests. */
  currentDate?: Date;
  /**
   * Sources whose locked values the caller verifies itself, so they need no attestation here: typically `vneid`,
   * whose claims the portal's server can compare with the sign-in session it holds.
   */
  trustedSources?: readonly string[];
  /**
   * Checks of this submission's attestations already made, by index, shared between calls over the same
   * submission with the same options (a server verifies every attestation it stores, and the locked values that
   * cite them): an attestation found here is not verified again, and each one verified here is added.
   */
  checks?: Map<number, Promise<AttestationCheck>>;
}

/**
 * Verifies every locked prefilled value of a submission against its attestation. `keys` maps a source id to its
 * public key (JWK, CryptoKey or KeyObject). Never rejects on bad input: every problem is a located failure.
 */
export async function verifyAttestations(
  submission: Pick<Submission, 'data' | 'provenance' | 'attestations'>,
  form: PrefillForm,
  keys: Record<string, AttestationKey>,
  options: VerifyAttestationsOptions = {},
): Promise<AttestationVerification> {
  const view = formView(form);
  const locked = new Map(view.bindings.filter((b) => b.mode === 'locked').map((b) => [b.target, b] as const));
  const context = await loadTransformContext([...locked.values()].map((b) => b.transform));
  const checks = options.checks ?? new Map<number, Promise<AttestationCheck>>();
  const out: AttestationVerification = { valid: true, failures: [], verified: [], trusted: [], declared: [] };
  const trusted = new Set(options.trustedSources ?? []);
  const provenance = submission.provenance ?? {};

  for (const [pointer, p] of Object.entries(provenance)) {
    const binding = locked.get(pointer);
    if (p.mode === 'locked' && (!binding || binding.source !== p.source)) {
      out.failures.push({ pointer, source: p.source, reason: 'unknown-binding', message: `no locked binding of ${view.id} fills ${pointer} from ${p.source}` });
    } else if (p.mode !== 'locked' && binding) {
      out.failures.push({ pointer, source: p.source, reason: 'mode-mismatch', message: `${pointer} is locked to ${binding.source} but the provenance says ${p.mode}` });
    }
  }
  for (const [pointer, binding] of locked) {
    const p = provenance[pointer];
    const value = getPointer(submission.data, pointer);
    if (!p || p.mode !== 'locked' || p.source !== binding.source) {
      if (!p && value !== undefined) out.declared.push(pointer);
      continue;
    }
    if (value === undefined) continue; // stripped (hidden) or removed: nothing is claimed as supplied
    if (trusted.has(binding.source)) {
      out.trusted.push(pointer);
      continue;
    }
    const failure = await checkValue(view, binding, pointer, value, p.attestation, submission, keys, options, checks, context);
    if (failure) out.failures.push({ pointer, source: binding.source, ...failure });
    else out.verified.push(pointer);
  }
  out.valid = out.failures.length === 0;
  return out;
}

async function checkValue(
  view: FormView,
  binding: PrefillBinding,
  pointer: string,
  value: unknown,
  index: number | undefined,
  submission: Pick<Submission, 'attestations'>,
  keys: Record<string, AttestationKey>,
  options: VerifyAttestationsOptions,
  checks: Map<number, Promise<AttestationCheck>>,
  context: TransformContext,
): Promise<{ reason: AttestationFailureReason; message: string } | undefined> {
  const attestation = index === undefined ? undefined : submission.attestations?.[index];
  if (!attestation) return { reason: 'missing-attestation', message: `no attestation covers the locked value at ${pointer}` };
  if (attestation.source !== binding.source) {
    return { reason: 'wrong-issuer', message: `attestation ${index} is from ${attestation.source}, not ${binding.source}` };
  }
  let check = checks.get(index!);
  if (!check) {
    check = verifyAttestation(attestation, keys, options);
    checks.set(index!, check);
  }
  const checked = await check;
  if (!checked.ok) return { reason: checked.reason, message: checked.message };
  const expected = deriveValue(view, binding, checked.payload, context);
  if (!expected.ok) return { reason: expected.reason, message: expected.message };
  if (!jsonEqual(expected.value, value)) {
    return { reason: 'value-mismatch', message: `the value at ${pointer} differs from what ${binding.source} attested` };
  }
  return undefined;
}

/** The verdict on one attestation by itself: its verified payload, or why it cannot be trusted. */
export type AttestationCheck =
  | { ok: true; payload: JWTPayload }
  | { ok: false; reason: Extract<AttestationFailureReason, 'unknown-key' | 'bad-signature' | 'expired' | 'wrong-issuer' | 'wrong-subject'>; message: string };

/**
 * Verifies one attestation by itself, exactly as `verifyAttestations` does for each one a locked value cites: a key
 * for its source, the signature and algorithm, its times (`exp`, `iat`, `nbf`, `maxAge`), its issuer and, when
 * `options.subject` is set, its subject. For callers that must also trust attestations no locked value cites (a
 * server that stores every attestation of a submission). Never rejects.
 */
export async function verifyAttestation(
  attestation: Attestation,
  keys: Record<string, AttestationKey>,
  options: VerifyAttestationsOptions = {},
): Promise<AttestationCheck> {
  const key = Object.hasOwn(keys, attestation.source) ? keys[attestation.source] : undefined;
  if (!key) return { ok: false, reason: 'unknown-key', message: `no verification key for source ${attestation.source}` };
  return checkJws(attestation.jws, attestation.source, key, options);
}

/** What a binding gives from an attestation, or why it gives nothing. */
export type AttestedBindingValue =
  | { ok: true; value: unknown }
  | { ok: false; reason: Extract<AttestationFailureReason, 'claim-not-attested' | 'transform-failed'>; message: string };

/**
 * The value `binding` gives from a verified attestation payload: the attested claim, through the binding's
 * transform with the target field's schema, as prefill computed it when it filled the field. `verifyAttestations`
 * compares locked values with it; a server compares what an editable entry says was supplied. `context` comes from
 * `loadTransformContext` (needed for the address transforms). Only pass a payload `verifyAttestation` accepted.
 */
export function attestedBindingValue(
  form: PrefillForm,
  binding: PrefillBinding,
  payload: JWTPayload,
  context: TransformContext = {},
): AttestedBindingValue {
  return deriveValue(formView(form), binding, payload, context);
}

function deriveValue(view: FormView, binding: PrefillBinding, payload: JWTPayload, context: TransformContext): AttestedBindingValue {
  const attested = attestedValue(attestedClaims(payload), binding.claim);
  if (!attested.found) return { ok: false, reason: 'claim-not-attested', message: `the attestation does not cover ${binding.claim}` };
  const targetSchema: JsonSchemaObject | undefined = view.schemaAt(binding.target);
  const expected = applyTransform(binding.transform, attested.value, { ...context, ...(targetSchema ? { targetSchema } : {}) });
  if (!expected.ok) return { ok: false, reason: 'transform-failed', message: `${binding.transform ?? 'identity'}: ${expected.message}` };
  return { ok: true, value: expected.value };
}

/** The age limit used when the caller sets no `maxAge` (seconds): never reached. */
const NO_AGE_LIMIT = Number.MAX_SAFE_INTEGER;

/** Verifies one JWS: signature, algorithm, time claims, issuer and subject. */
async function checkJws(jws: string, source: string, key: AttestationKey, options: VerifyAttestationsOptions): Promise<AttestationCheck> {
  try {
    const { payload } = await jwtVerify(jws, key, {
      algorithms: options.algorithms ?? ['ES256'],
      clockTolerance: options.clockTolerance ?? 60,
      // Always an age limit, so that jose also refuses an `iat` in the future (beyond the clock tolerance), which it
      // checks only with one; without `maxAge` the limit is never reached. It makes `iat` required, which every
      // tokhai attestation and every OIDC ID token carries.
      maxTokenAge: options.maxAge ?? NO_AGE_LIMIT,
      ...(options.currentDate ? { currentDate: options.currentDate } : {}),
    });
    // A tokhai attestation names its source as issuer; an ID token names the IdP (its key binds it to the source).
    if (!isIdTokenPayload(payload) && payload.iss !== source) {
      return { ok: false, reason: 'wrong-issuer', message: `the attestation was issued by ${payload.iss ?? '(none)'}, not ${source}` };
    }
    // The subject is the ĐDCN: `sub` of an attestation, `vn_pid` of an ID token (whose `sub` is the IdP's account id).
    const subject = isIdTokenPayload(payload) ? (payload.vn_pid ?? payload.sub) : payload.sub;
    if (options.subject !== undefined && subject !== options.subject) {
      return { ok: false, reason: 'wrong-subject', message: 'the attestation is about another person' };
    }
    return { ok: true, payload };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired', message: error.message };
    if (error instanceof errors.JWTClaimValidationFailed && (error.claim === 'iat' || error.claim === 'nbf')) {
      return { ok: false, reason: 'expired', message: error.message };
    }
    return { ok: false, reason: 'bad-signature', message: error instanceof Error ? error.message : String(error) };
  }
}
