// SPDX-License-Identifier: MIT
/**
 * `oidcClaimsProvider`: the signed-in citizen's own data from the e-ID (VNeID) sign-in, read from the OIDC
 * userinfo response or from the ID token. The SDK never signs anyone in: the host portal hands over a userinfo
 * function or the ID token it received. Level-1 accounts (registered in the app, not verified in person) are
 * refused for the citizen's own data unless the portal lowers `minimumAssuranceLevel`, as context.md recommends
 * (Decree 69/2024: level 2 has the value of presenting the ID card).
 */
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import type { AttestationKey } from '../attestation/sign.js';
import { isProviderError, ProviderError } from '../errors.js';
import type { BilingualText, CitizenDataProvider, ProviderRequest, ProviderResponse } from '../types.js';
import { readBody } from './read-body.js';
import { selectClaims } from './select-claims.js';

/** Standard OIDC claims (OpenID Connect Core 1.0 §5.1) that tokhai forms bind. */
export const OIDC_STANDARD_CLAIMS = [
  '/sub',
  '/name',
  '/family_name',
  '/middle_name',
  '/given_name',
  '/birthdate',
  '/gender',
  '/phone_number',
  '/email',
  '/address',
] as const;

/** The Vietnamese e-ID extension claims (documented in the package README). */
export const VN_EID_CLAIMS = ['/vn_pid', '/vn_assurance_level', '/vn_id_card', '/vn_nationality', '/vn_ethnicity'] as const;

/** Options of `oidcClaimsProvider`. Give `userinfo` or `idToken`. */
export interface OidcClaimsProviderOptions {
  /** Provider id. Default `vneid`. */
  id?: string;
  /** Default "VNeID" / "VNeID (electronic identification)". */
  label?: BilingualText;
  /** Default: fill in the form with your identity data from your signed-in e-ID account. */
  purpose?: BilingualText;
  /** Returns the userinfo claims (the portal calls its userinfo endpoint, usually through its backend). */
  userinfo?: (init: { signal: AbortSignal }) => Promise<Record<string, unknown>>;
  /** The ID token (compact JWS), or a function returning it. */
  idToken?: string | (() => Promise<string>);
  /** Verification key of the ID token. Without `key` or `jwks` the token is only decoded (the host verified it). */
  key?: AttestationKey;
  /** Verification key set of the ID token (its `kid` picks the key). */
  jwks?: JSONWebKeySet;
  /** Expected `iss` of the ID token. */
  issuer?: string;
  /** Expected `aud` of the ID token (the portal's client id). */
  audience?: string | string[];
  /** Allowed ID-token algorithms. Default `['ES256', 'RS256']`. */
  algorithms?: string[];
  /** Lowest `vn_assurance_level` accepted. Default 2; set 1 only where the procedure allows level-1 accounts. */
  minimumAssuranceLevel?: 1 | 2;
  /**
   * Pass the verified ID token on as the attestation of its claims. Off by default: the token carries every claim
   * of the sign-in, more than a form may need (data minimisation); turn it on only when the server must verify.
   */
  attest?: boolean;
}

const DEFAULT_LABEL: BilingualText = { vi: 'VNeID (tài khoản định danh điện tử)', en: 'VNeID (electronic identification account)' };
const DEFAULT_PURPOSE: BilingualText = {
  vi: 'Điền sẵn thông tin nhân thân của bạn từ tài khoản định danh điện tử đã đăng nhập, để bạn không phải nhập lại.',
  en: 'Fill in your identity details from the e-ID account you signed in with, so you do not have to type them again.',
};

/** A provider over the e-ID sign-in's claims. */
export function oidcClaimsProvider(options: OidcClaimsProviderOptions): CitizenDataProvider {
  if (!options.userinfo === !options.idToken) throw new TypeError('oidcClaimsProvider: give exactly one of userinfo or idToken');
  const minimum = options.minimumAssuranceLevel ?? 2;
  return {
    id: options.id ?? 'vneid',
    label: options.label ?? DEFAULT_LABEL,
    purpose: options.purpose ?? DEFAULT_PURPOSE,
    claims: [...OIDC_STANDARD_CLAIMS, ...VN_EID_CLAIMS],
    async fetch(request: ProviderRequest): Promise<ProviderResponse> {
      const { claims, token } = options.userinfo
        ? { claims: await readUserinfo(options.userinfo, request.signal), token: undefined }
        : await readIdToken(options, request.signal);
      checkAssurance(claims, minimum);
      return {
        claims: selectClaims(claims, request.claims),
        ...(options.attest && token ? { attestation: token } : {}),
      };
    },
  };
}

async function readUserinfo(
  userinfo: NonNullable<OidcClaimsProviderOptions['userinfo']>,
  signal: AbortSignal,
): Promise<Record<string, unknown>> {
  let claims: unknown;
  try {
    claims = await userinfo({ signal });
  } catch (error) {
    if (signal.aborted || isProviderError(error)) throw error;
    throw new ProviderError('unavailable', `userinfo failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) {
    throw new ProviderError('malformed', 'userinfo did not return a claims object');
  }
  return claims as Record<string, unknown>;
}

async function readIdToken(options: OidcClaimsProviderOptions, signal: AbortSignal): Promise<{ claims: JWTPayload; token: string }> {
  const token = typeof options.idToken === 'function' ? await options.idToken() : options.idToken!;
  if (signal.aborted) throw signal.reason;
  const verifyOptions = {
    algorithms: options.algorithms ?? ['ES256', 'RS256'],
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  };
  try {
    if (options.jwks) return { claims: (await jwtVerify(token, createLocalJWKSet(options.jwks), verifyOptions)).payload, token };
    if (options.key) return { claims: (await jwtVerify(token, options.key, verifyOptions)).payload, token };
    return { claims: decodeJwt(token), token };
  } catch (error) {
    throw new ProviderError('malformed', `the ID token was rejected: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Refuses accounts below the required assurance level (a missing level counts as level 1). */
function checkAssurance(claims: Record<string, unknown>, minimum: 1 | 2): void {
  const level = Number(claims.vn_assurance_level ?? 1);
  if (!(level >= minimum)) {
    throw new ProviderError(
      'assurance',
      `the e-ID account is level ${Number.isFinite(level) ? level : '?'}; level ${minimum} is required to prefill the citizen's own data`,
    );
  }
}

/**
 * A `userinfo` function for `oidcClaimsProvider` that calls an OIDC userinfo endpoint with a bearer token
 * (RFC 6750), mapping HTTP failures to `http` and non-JSON answers to `malformed`.
 */
export function userinfoEndpoint(
  url: string,
  accessToken: string | (() => Promise<string>),
  fetchImpl: typeof globalThis.fetch = (...args) => globalThis.fetch(...args),
): NonNullable<OidcClaimsProviderOptions['userinfo']> {
  return async ({ signal }) => {
    const token = typeof accessToken === 'function' ? await accessToken() : accessToken;
    let response: Response;
    try {
      response = await fetchImpl(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, signal });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new ProviderError('http', `userinfo request failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new ProviderError('http', `userinfo answered HTTP ${response.status}`, { status: response.status });
    }
    const text = await readBody(response);
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw new ProviderError('malformed', 'userinfo answered with invalid JSON', { cause: error });
    }
  };
}
