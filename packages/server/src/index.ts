// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * `@tokhai/server`: verifies untrusted submissions with the same core that rendered the form, and turns them into
 * canonical envelopes (RFC 8785 JSON + SHA-256 digest) that a portal stores and signs (detached JWS).
 *
 * ```ts
 * import { compileForm } from '@tokhai/core';
 * import { ajvEngine } from '@tokhai/core/ajv';
 * import { parseSubmissionBody, verifySubmission, signEnvelope } from '@tokhai/server';
 *
 * const form = compileForm(definition, { engine: ajvEngine() });
 * const body = parseSubmissionBody(rawBody, request.headers['content-type']);   // 400/413/415
 * if (!body.ok) return reply.code(body.status).send(body);
 * const result = await verifySubmission(form, body.value, {
 *   keys: { population: populationPublicJwk },        // sources that sign what they supply
 *   trustedClaims: { vneid: session.userinfo },       // the e-ID sign-in's claims, held by the portal's server
 * });
 * if (!result.ok) return reply.code(result.status).send(result);                // 400/409/413/422 + pointers
 * const signature = await signEnvelope(result.envelope, portalPrivateKey, { kid });
 * await store(result.envelope, signature);
 * ```
 */
export { verifySubmission } from './verify.js';
export type { VerifyOptions } from './verify.js';
export type { VerifyResult, VerifySuccess, VerifyFailure } from './result.js';
/** The most errors a refusal lists; `VerifyFailure.omittedErrors` counts the others. */
export { MAX_REPORTED_ERRORS } from './result.js';
export { parseSubmissionBody, isJsonMediaType } from './body.js';
export type { ParsedBody, ParseBodyOptions } from './body.js';
export { signEnvelope, verifyEnvelope, digestData, ENVELOPE_JWS_TYPE } from './envelope.js';
export type { SubmissionEnvelope, SigningKey, SignOptions, EnvelopeVerification } from './envelope.js';
export { canonicalJson, CanonicalizationError } from './canonical.js';
export { DEFAULT_LIMITS, checkJsonValue } from './limits.js';
export type { SizeLimits, LimitProblem, LimitProblemKind } from './limits.js';
export { REASONS, reasonMessage } from './reasons.js';
export type { RejectReason, RejectStatus } from './reasons.js';
export { stripUnknownFields } from './unknown-fields.js';
export type { StripResult } from './unknown-fields.js';
export type { AttestationKeys } from './attestations.js';
/** Claims the server holds itself about the signed-in citizen, by source (`VerifyOptions.trustedClaims`). */
export type { TrustedClaims } from './trusted.js';
