// SPDX-License-Identifier: MIT
// The canonical envelope a verified submission becomes, its data digest, and its detached JWS signature.
//
// Signature format (RFC 7515 Appendix F, "detached content"): the JWS payload is the UTF-8 RFC 8785 canonical JSON
// of the whole envelope (which has no signature member); the compact serialization is sent and stored with the
// payload part left empty: `<protected header>..<signature>`. Any JOSE library verifies it after putting
// base64url(JCS(envelope)) back between the dots. The standard base64url payload encoding is kept (no RFC 7797
// `b64: false`), because many verifiers do not implement the `crit: ["b64"]` extension.
import { CompactSign, base64url, compactVerify } from 'jose';
import type { CompactJWSHeaderParameters, KeyInput } from 'jose';
import type { Attestation, ConsentRecord, CorrectionRequest, FieldProvenance } from '@tokhai/core';
import { canonicalJson, digestJson } from './canonical.js';

/** The record a portal stores for one verified submission. Every member is plain JSON. */
export interface SubmissionEnvelope {
  formId: string;
  formVersion: string;
  /** The client's UUID (lower case); stores are idempotent on it. */
  submissionId: string;
  /** When the citizen submitted (client clock, ISO 8601). */
  submittedAt: string;
  /** When the server verified it (server clock, ISO 8601). */
  receivedAt: string;
  /** The verified data: unknown and hidden fields dropped, computed values checked. */
  data: unknown;
  /** Data pointer → provenance, for the prefilled values still present in `data`. */
  provenance: Record<string, FieldProvenance>;
  /** The citizen's consent decisions, as submitted. */
  consent: ConsentRecord[];
  /** Provider-signed statements the provenance entries point into (by index), as submitted. */
  attestations?: Attestation[];
  /** Requests to correct authoritative data. */
  corrections?: CorrectionRequest[];
  /** Present when an officer filled the form for the citizen. */
  assisted?: { officerId: string; citizenConfirmed: boolean; confirmedAt?: string };
  /** Lowercase hex SHA-256 of the UTF-8 RFC 8785 canonical JSON of `data`. */
  digest: string;
}

/** The `typ` of an envelope signature, so that no other JWS made with the same key can pass for one. */
export const ENVELOPE_JWS_TYPE = 'tokhai-envelope+jws';

/** A key as jose accepts it: a `KeyObject`, a `CryptoKey`, a JWK, or raw bytes for HMAC. */
export type SigningKey = KeyInput;

/** Options of `signEnvelope`. */
export interface SignOptions {
  /** JWS algorithm. Inferred from the key when absent (Ed25519 → `EdDSA`, P-256 → `ES256`, RSA → `RS256`…). */
  alg?: string;
  /** Key id, so verifiers can pick the key from a JWKS. */
  kid?: string;
}

/** The outcome of `verifyEnvelope`. */
export type EnvelopeVerification =
  | { ok: true; header: CompactJWSHeaderParameters }
  | { ok: false; reason: 'malformed-envelope' | 'digest-mismatch' | 'malformed-signature' | 'signature-invalid'; message: string };

/** The lowercase hex SHA-256 over the RFC 8785 canonical JSON of `data` (the envelope's `digest`). */
export const digestData = (data: unknown): string => digestJson(data);

/** The bytes a signature covers: UTF-8 of the canonical envelope. */
const signingInput = (envelope: SubmissionEnvelope): Uint8Array => new TextEncoder().encode(canonicalJson(envelope));

const CURVE_ALG: Record<string, string> = {
  'P-256': 'ES256', prime256v1: 'ES256',
  'P-384': 'ES384', secp384r1: 'ES384',
  'P-521': 'ES512', secp521r1: 'ES512',
};

/** Infers the JWS `alg` for the common asymmetric keys; `undefined` when the key does not say. */
function inferAlg(key: SigningKey): string | undefined {
  if (key instanceof Uint8Array) return 'HS256';
  const k = key as {
    kty?: string; crv?: string; alg?: string;
    asymmetricKeyType?: string; asymmetricKeyDetails?: { namedCurve?: string };
    algorithm?: { name?: string; namedCurve?: string };
  };
  if (typeof k.alg === 'string') return k.alg;
  if (k.kty === 'OKP' && k.crv === 'Ed25519') return 'EdDSA';
  if (k.kty === 'EC' && k.crv) return CURVE_ALG[k.crv];
  if (k.kty === 'RSA') return 'RS256';
  if (k.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (k.asymmetricKeyType === 'ec') return CURVE_ALG[k.asymmetricKeyDetails?.namedCurve ?? ''];
  if (k.asymmetricKeyType === 'rsa') return 'RS256';
  if (k.algorithm?.name === 'Ed25519') return 'EdDSA';
  if (k.algorithm?.name === 'ECDSA') return CURVE_ALG[k.algorithm.namedCurve ?? ''];
  if (k.algorithm?.name === 'RSASSA-PKCS1-v1_5') return 'RS256';
  return undefined;
}

/**
 * Signs an envelope: a detached compact JWS (`<header>..<signature>`, RFC 7515 Appendix F) over the UTF-8
 * RFC 8785 canonical JSON of the envelope. Store the result beside the envelope, never inside it.
 * Throws when the key's algorithm cannot be inferred and `options.alg` is absent.
 */
export async function signEnvelope(envelope: SubmissionEnvelope, privateKey: SigningKey, options: SignOptions = {}): Promise<string> {
  const alg = options.alg ?? inferAlg(privateKey);
  if (!alg) throw new TypeError('signEnvelope: cannot infer the JWS algorithm from this key; pass options.alg.');
  const header: CompactJWSHeaderParameters = { alg, typ: ENVELOPE_JWS_TYPE };
  if (options.kid) header.kid = options.kid;
  const jws = await new CompactSign(signingInput(envelope)).setProtectedHeader(header).sign(privateKey);
  const [protectedHeader, , signature] = jws.split('.');
  return `${protectedHeader}..${signature}`;
}

/**
 * Verifies an envelope: its `digest` against its `data`, then the detached JWS `signature` over its canonical
 * JSON with `publicKey` (the header's `typ` must be `tokhai-envelope+jws`). Never throws: a failure says why.
 */
export async function verifyEnvelope(envelope: SubmissionEnvelope, signature: string, publicKey: SigningKey): Promise<EnvelopeVerification> {
  let payload: Uint8Array;
  try {
    if (typeof envelope !== 'object' || envelope === null || typeof envelope.digest !== 'string') {
      return { ok: false, reason: 'malformed-envelope', message: 'The envelope is not an object with a digest.' };
    }
    if (digestData(envelope.data) !== envelope.digest) {
      return { ok: false, reason: 'digest-mismatch', message: 'The digest does not match the SHA-256 of the canonical data.' };
    }
    payload = signingInput(envelope);
  } catch (e) {
    return { ok: false, reason: 'malformed-envelope', message: `The envelope is not canonical JSON: ${(e as Error).message}` };
  }
  const parts = typeof signature === 'string' ? signature.split('.') : [];
  if (parts.length !== 3 || parts[1] !== '' || !parts[0] || !parts[2]) {
    return { ok: false, reason: 'malformed-signature', message: 'The signature is not a detached compact JWS (<header>..<signature>).' };
  }
  try {
    const { protectedHeader } = await compactVerify(`${parts[0]}.${base64url.encode(payload)}.${parts[2]}`, publicKey);
    if (protectedHeader.typ !== ENVELOPE_JWS_TYPE) {
      return { ok: false, reason: 'signature-invalid', message: `The JWS typ is ${String(protectedHeader.typ)}, not ${ENVELOPE_JWS_TYPE}.` };
    }
    return { ok: true, header: protectedHeader };
  } catch (e) {
    return { ok: false, reason: 'signature-invalid', message: `The signature does not verify: ${(e as Error).message}` };
  }
}
