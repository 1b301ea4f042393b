// SPDX-License-Identifier: MIT
/**
 * Signing an attestation, for providers written in JavaScript (and for tests). The format is small on purpose so
 * any source can produce it with any JOSE library: a compact JWS, `alg: ES256`, `typ: tokhai-attestation+jwt`,
 * payload `{iss: <source id>, sub: <ĐDCN>, iat, exp?, claims: {<claim pointer>: value}}`.
 */
import { SignJWT, type CryptoKey, type JWK, type KeyObject } from 'jose';

/** The JOSE `typ` header of an attestation. */
export const ATTESTATION_TYPE = 'tokhai-attestation+jwt';

/** A private or public key in any form jose accepts. */
export type AttestationKey = CryptoKey | KeyObject | JWK | Uint8Array;

/** Options of `signAttestation`. */
export interface SignAttestationOptions {
  /** The source id (`population`); becomes `iss`. */
  source: string;
  /** The data subject's ĐDCN; becomes `sub`. */
  subject: string;
  /** Claim pointer → value, exactly as supplied. */
  claims: Record<string, unknown>;
  /** The ES256 private key. */
  privateKey: AttestationKey;
  /** Key id, so verifiers can pick the key from a set. */
  kid?: string;
  /** Lifetime (jose syntax: `'1d'`, seconds as a number), or none. */
  expiresIn?: string | number;
  /** Issue time, for tests. Default: now. */
  issuedAt?: Date;
}

/** Signs the claims a source supplied; returns the compact JWS. */
export async function signAttestation(options: SignAttestationOptions): Promise<string> {
  const jwt = new SignJWT({ claims: options.claims })
    .setProtectedHeader({ alg: 'ES256', typ: ATTESTATION_TYPE, ...(options.kid ? { kid: options.kid } : {}) })
    .setIssuer(options.source)
    .setSubject(options.subject)
    .setIssuedAt(options.issuedAt ?? new Date());
  if (options.expiresIn !== undefined) {
    const base = Math.floor((options.issuedAt ?? new Date()).getTime() / 1000);
    jwt.setExpirationTime(typeof options.expiresIn === 'number' ? base + options.expiresIn : options.expiresIn);
  }
  return jwt.sign(options.privateKey);
}
