// SPDX-License-Identifier: MIT
/// <reference types="node" />
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProviderError } from '../errors.js';
import { runPrefill } from '../run/run-prefill.js';
import { RESIDENCE_FORM, SUBJECT, VNEID_CLAIMS } from '../test/fixtures.js';
import type { ProviderRequest } from '../types.js';
import { oidcClaimsProvider, userinfoEndpoint } from './oidc-claims.js';

// A local OIDC-style userinfo endpoint: access token → claims.
const TOKENS: Record<string, object> = {
  'level-2': { ...VNEID_CLAIMS, address: { street_address: 'Số 1 phố Thử Nghiệm', locality: 'Phường Ba Đình', region: 'Hà Nội' }, vn_id_card: { number: SUBJECT, issued_on: '2021-04-01', expires_on: '2030-03-05', issuer: 'Cục Cảnh sát QLHC về TTXH' } },
  'level-1': { ...VNEID_CLAIMS, vn_assurance_level: 1 },
};
let server: Server;
let base: string;
const idp = await generateKeyPair('ES256');
const other = await generateKeyPair('ES256');

beforeAll(async () => {
  server = createServer((req, res) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const claims = token && TOKENS[token];
    if (req.url === '/userinfo-huge') {
      // A broken source streaming 3 MiB of JSON text without a length.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"name":"');
      for (let i = 0; i < 48; i++) res.write('x'.repeat(65_536));
      return res.end('"}');
    }
    if (req.url === '/userinfo-declared-huge') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(5 * 1_048_576) });
      return res.write('{');
    }
    if (req.url === '/userinfo-html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<html>');
    }
    if (!claims) {
      res.writeHead(401, { 'www-authenticate': 'Bearer error="invalid_token"' });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(claims));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const req = (claims: string[]): ProviderRequest => ({ claims, signal: new AbortController().signal });
async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
const idToken = (claims: object, key = idp.privateKey) =>
  new SignJWT({ ...claims }).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setIssuer('https://sso.example.invalid').setAudience('portal').setSubject('vneid-test-0001').setIssuedAt().setExpirationTime('5m').sign(key);

describe('oidcClaimsProvider with a userinfo endpoint', () => {
  it('reads standard and vn_* claims and passes on only the requested ones', async () => {
    const p = oidcClaimsProvider({ userinfo: userinfoEndpoint(`${base}/userinfo`, () => Promise.resolve('level-2')) });
    expect(p.id).toBe('vneid');
    const r = await p.fetch(req(['/name', '/vn_pid', '/vn_id_card/expires_on', '/address/street_address']));
    expect(r.claims).toEqual({ name: 'Nguyễn Văn Thử', vn_pid: SUBJECT, vn_id_card: { expires_on: '2030-03-05' }, address: { street_address: 'Số 1 phố Thử Nghiệm' } });
    expect(r.attestation).toBeUndefined();
  });

  it('refuses a level-1 account for the citizen\'s own data unless configured', async () => {
    const userinfo = userinfoEndpoint(`${base}/userinfo`, 'level-1');
    const e = await rejection(oidcClaimsProvider({ userinfo }).fetch(req(['/name'])));
    expect(isProviderError(e) && e.kind).toBe('assurance');
    const allowed = await oidcClaimsProvider({ userinfo, minimumAssuranceLevel: 1 }).fetch(req(['/name']));
    expect(allowed.claims).toEqual({ name: 'Nguyễn Văn Thử' });
  });

  it('reports a rejected token as http 401 and a non-JSON answer as malformed', async () => {
    const bad = await rejection(oidcClaimsProvider({ userinfo: userinfoEndpoint(`${base}/userinfo`, 'expired') }).fetch(req(['/name'])));
    expect(isProviderError(bad) && [bad.kind, bad.status]).toEqual(['http', 401]);
    const html = await rejection(oidcClaimsProvider({ userinfo: userinfoEndpoint(`${base}/userinfo-html`, 'level-2') }).fetch(req(['/name'])));
    expect(isProviderError(html) && html.kind).toBe('malformed');
  });

  it('refuses an answer over 1 MiB as malformed, streamed or declared, without reading it all', async () => {
    for (const path of ['/userinfo-huge', '/userinfo-declared-huge']) {
      const error = await rejection(oidcClaimsProvider({ userinfo: userinfoEndpoint(`${base}${path}`, 'level-2') }).fetch(req(['/name'])));
      expect(isProviderError(error) && error.kind, path).toBe('malformed');
      expect((error as Error).message).toMatch(/more than 1048576 bytes/);
    }
  });

  it('keeps level-1 fields empty and editable in a real prefill run', async () => {
    const provider = oidcClaimsProvider({ userinfo: userinfoEndpoint(`${base}/userinfo`, 'level-1') });
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [provider], decisions: { vneid: 'granted' } });
    expect(r.values).toEqual({});
    expect(new Set(r.failures.map((f) => f.kind))).toEqual(new Set(['assurance']));
  });
});

describe('oidcClaimsProvider with an ID token', () => {
  it('verifies the ID token signature with the given key or key set', async () => {
    const token = await idToken(VNEID_CLAIMS);
    const jwk = await exportJWK(idp.publicKey);
    const withKey = oidcClaimsProvider({ idToken: token, key: idp.publicKey, issuer: 'https://sso.example.invalid', audience: 'portal' });
    expect((await withKey.fetch(req(['/vn_pid']))).claims).toEqual({ vn_pid: SUBJECT });
    const withJwks = oidcClaimsProvider({ idToken: () => Promise.resolve(token), jwks: { keys: [{ ...jwk, kid: 'k1', alg: 'ES256' }] } });
    expect((await withJwks.fetch(req(['/name']))).claims).toEqual({ name: 'Nguyễn Văn Thử' });
  });

  it('rejects an ID token signed by another key or for another audience', async () => {
    const forged = await idToken(VNEID_CLAIMS, other.privateKey);
    const e = await rejection(oidcClaimsProvider({ idToken: forged, key: idp.publicKey }).fetch(req(['/name'])));
    expect(isProviderError(e) && e.kind).toBe('malformed');
    const wrongAud = await rejection(oidcClaimsProvider({ idToken: await idToken(VNEID_CLAIMS), key: idp.publicKey, audience: 'someone-else' }).fetch(req(['/name'])));
    expect(isProviderError(wrongAud) && wrongAud.kind).toBe('malformed');
  });

  it('checks the assurance level inside the token and can pass the token on as attestation', async () => {
    const low = await idToken({ ...VNEID_CLAIMS, vn_assurance_level: 1 });
    const e = await rejection(oidcClaimsProvider({ idToken: low, key: idp.publicKey }).fetch(req(['/name'])));
    expect(isProviderError(e) && e.kind).toBe('assurance');
    const token = await idToken(VNEID_CLAIMS);
    const r = await oidcClaimsProvider({ idToken: token, key: idp.publicKey, attest: true }).fetch(req(['/name']));
    expect(r.attestation).toBe(token);
  });

  it('needs exactly one of userinfo and idToken', () => {
    expect(() => oidcClaimsProvider({})).toThrow(TypeError);
  });
});
