// SPDX-License-Identifier: MIT
/**
 * The attestation payload: `{iss: <source id>, sub: <ĐDCN>, iat, exp?, claims: {<claim pointer>: value}}`, signed
 * as a compact JWS (ES256). An OIDC ID token is accepted as an attestation too: it has no `claims` member and its
 * top-level members are the claims (`/name`, `/vn_pid`…).
 */
import { decodeJwt, type JWTPayload } from 'jose';
import { formatPointer, getPointer, pointerContains, relativePointer } from '../pointer.js';

/** The registered JWT claims, which are about the token, not about the citizen. */
const JWT_REGISTERED = new Set(['iss', 'aud', 'exp', 'nbf', 'iat', 'jti', 'auth_time', 'nonce', 'azp', 'at_hash', 'c_hash', 'acr', 'amr', 'sid']);

/** The attested claims of a payload, keyed by claim pointer. */
export function attestedClaims(payload: JWTPayload): Record<string, unknown> {
  const claims = payload.claims;
  if (claims !== null && typeof claims === 'object' && !Array.isArray(claims)) return claims as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (!JWT_REGISTERED.has(name)) out[formatPointer([name])] = value;
  }
  return out;
}

/** True when a payload is an ID token rather than a tokhai attestation. */
export function isIdTokenPayload(payload: JWTPayload): boolean {
  return payload.claims === undefined;
}

/** The payload of a compact JWS without verifying it (for planning only; never for trust). */
export function peekPayload(jws: string): JWTPayload | undefined {
  try {
    return decodeJwt(jws);
  } catch {
    return undefined;
  }
}

/**
 * The attested value of `claim`: the exact pointer, or the part of an attested parent (`/address` attested covers
 * `/address/street`). `found: false` when no attested pointer covers the claim.
 */
export function attestedValue(claims: Record<string, unknown>, claim: string): { found: boolean; value?: unknown } {
  if (Object.hasOwn(claims, claim)) return { found: true, value: claims[claim] };
  for (const [pointer, value] of Object.entries(claims)) {
    if (pointerContains(pointer, claim)) {
      const inner = getPointer(value, relativePointer(pointer, claim));
      if (inner !== undefined) return { found: true, value: inner };
    }
  }
  return { found: false };
}
