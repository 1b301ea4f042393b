// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { Submission } from '@tokhai/core';
import { applyPrefill } from '../provenance/apply.js';
import { runPrefill } from '../run/run-prefill.js';
import { fakeProvider, POPULATION_CLAIMS, RESIDENCE_FORM, SUBJECT, VNEID_CLAIMS } from '../test/fixtures.js';
import { signAttestation } from './sign.js';
import { verifyAttestations } from './verify.js';

const population = await generateKeyPair('ES256', { extractable: true });
const vneid = await generateKeyPair('ES256', { extractable: true });
const keys = { population: await exportJWK(population.publicKey), vneid: await exportJWK(vneid.publicKey) };

/** Runs a real prefill with signing providers and returns the submission the form would send. */
async function prefilledSubmission(options: { populationClaims?: object; expiresIn?: number; issuedAt?: Date } = {}) {
  const popClaims = { ...POPULATION_CLAIMS, ...options.populationClaims };
  const attest = (source: string, key: CryptoKey, claims: Record<string, unknown>) =>
    signAttestation({
      source,
      subject: SUBJECT,
      privateKey: key,
      claims: Object.fromEntries(Object.entries(claims).map(([k, v]) => ['/' + k, v])),
      ...(options.expiresIn !== undefined ? { expiresIn: options.expiresIn } : {}),
      ...(options.issuedAt ? { issuedAt: options.issuedAt } : {}),
    });
  const providers = [
    fakeProvider('vneid', { claims: VNEID_CLAIMS, attestation: await attest('vneid', vneid.privateKey, VNEID_CLAIMS) }),
    fakeProvider('population', { claims: popClaims, attestation: await attest('population', population.privateKey, popClaims) }),
  ];
  const result = await runPrefill({ form: RESIDENCE_FORM, providers, decisions: { vneid: 'granted', population: 'granted' } });
  const applied = applyPrefill({}, result);
  return {
    data: applied.data,
    provenance: applied.provenance,
    attestations: result.attestations,
  } satisfies Pick<Submission, 'data' | 'provenance' | 'attestations'>;
}

describe('verifyAttestations', () => {
  it('accepts every locked value that equals the transformed attested claim', async () => {
    const s = await prefilledSubmission();
    const v = await verifyAttestations(s, RESIDENCE_FORM, keys, { subject: SUBJECT });
    expect(v.failures).toEqual([]);
    expect(v.valid).toBe(true);
    expect(v.verified.sort()).toEqual(['/requester/dateOfBirth', '/requester/fullName', '/requester/pid', '/requester/residence', '/requester/sex']);
  });

  it('re-applies transforms, including old-to-new address conversion', async () => {
    const s = await prefilledSubmission({ populationClaims: { permanentResidence: { street: 'Số 2', communeCode: '00001', provinceCode: '01', unitsVersion: 'pre-2025' } } });
    expect((s.data as { requester: { residence: { communeCode: string } } }).requester.residence.communeCode).toBe('00097');
    expect((await verifyAttestations(s, RESIDENCE_FORM, keys)).valid).toBe(true);
  });

  it('rejects a locked value altered after prefill, at its pointer', async () => {
    const s = await prefilledSubmission();
    (s.data as { requester: { dateOfBirth: string } }).requester.dateOfBirth = '1991-03-05';
    const v = await verifyAttestations(s, RESIDENCE_FORM, keys);
    expect(v.valid).toBe(false);
    expect(v.failures).toEqual([expect.objectContaining({ pointer: '/requester/dateOfBirth', source: 'population', reason: 'value-mismatch' })]);
  });

  it('rejects attestations checked with the wrong key', async () => {
    const s = await prefilledSubmission();
    const v = await verifyAttestations(s, RESIDENCE_FORM, { ...keys, population: keys.vneid });
    expect(v.failures.map((f) => f.reason)).toEqual(['bad-signature', 'bad-signature', 'bad-signature']);
    expect(v.failures.every((f) => f.source === 'population')).toBe(true);
  });

  it('rejects a forged JWS (payload changed, signature kept)', async () => {
    const s = await prefilledSubmission();
    const i = s.attestations.findIndex((a) => a.source === 'population');
    const [h, p, sig] = s.attestations[i].jws.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    payload.claims['/dateOfBirth'] = '1991-03-05';
    s.attestations[i] = { source: 'population', jws: [h, Buffer.from(JSON.stringify(payload)).toString('base64url'), sig].join('.') };
    (s.data as { requester: { dateOfBirth: string } }).requester.dateOfBirth = '1991-03-05';
    const v = await verifyAttestations(s, RESIDENCE_FORM, keys);
    expect(v.failures.find((f) => f.pointer === '/requester/dateOfBirth')!.reason).toBe('bad-signature');
  });

  it('rejects an unsigned token (alg none) and a token signed by a key of another algorithm', async () => {
    const s = await prefilledSubmission();
    const i = s.attestations.findIndex((a) => a.source === 'vneid');
    const [, p] = s.attestations[i].jws.split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    s.attestations[i] = { source: 'vneid', jws: `${none}.${p}.` };
    const v = await verifyAttestations(s, RESIDENCE_FORM, keys);
    expect(v.failures.filter((f) => f.source === 'vneid').every((f) => f.reason === 'bad-signature')).toBe(true);
  });

  it('rejects expired attestations and ones older than maxAge', async () => {
    const old = new Date(Date.now() - 2 * 86_400_000);
    const s = await prefilledSubmission({ expiresIn: 3600, issuedAt: old });
    const expired = await verifyAttestations(s, RESIDENCE_FORM, keys);
    expect(new Set(expired.failures.map((f) => f.reason))).toEqual(new Set(['expired']));
    const fresh = await prefilledSubmission({ issuedAt: old });
    expect((await verifyAttestations(fresh, RESIDENCE_FORM, keys)).valid).toBe(true);
    expect(new Set((await verifyAttestations(fresh, RESIDENCE_FORM, keys, { maxAge: '1d' })).failures.map((f) => f.reason))).toEqual(new Set(['expired']));
  });

  it('rejects attestations issued in the future beyond the clock tolerance, with or without maxAge', async () => {
    const future = await prefilledSubmission({ issuedAt: new Date(Date.now() + 2 * 3_600_000) });
    expect(new Set((await verifyAttestations(future, RESIDENCE_FORM, keys)).failures.map((f) => f.reason))).toEqual(new Set(['expired']));
    expect(new Set((await verifyAttestations(future, RESIDENCE_FORM, keys, { maxAge: '1d' })).failures.map((f) => f.reason))).toEqual(new Set(['expired']));
    // A signer's clock 30 s ahead is within the default tolerance of 60 s.
    const skewed = await prefilledSubmission({ issuedAt: new Date(Date.now() + 30_000) });
    expect((await verifyAttestations(skewed, RESIDENCE_FORM, keys)).valid).toBe(true);
  });

  it('rejects attestations about another person, or issued by another source', async () => {
    const s = await prefilledSubmission();
    expect(new Set((await verifyAttestations(s, RESIDENCE_FORM, keys, { subject: '001090099999' })).failures.map((f) => f.reason))).toEqual(new Set(['wrong-subject']));
    const i = s.attestations.findIndex((a) => a.source === 'population');
    // Signed with population's key but claiming to be vneid's statement.
    const impostor = await new SignJWT({ claims: { '/dateOfBirth': '1990-03-05' } }).setProtectedHeader({ alg: 'ES256' }).setIssuer('vneid').setSubject(SUBJECT).setIssuedAt().sign(population.privateKey);
    s.attestations[i] = { source: 'population', jws: impostor };
    const v = await verifyAttestations(s, RESIDENCE_FORM, keys);
    expect(v.failures.find((f) => f.pointer === '/requester/dateOfBirth')!.reason).toBe('wrong-issuer');
  });

  it('refuses a locked field downgraded to editable, and locked provenance no binding supports', async () => {
    const s = await prefilledSubmission();
    s.provenance['/requester/sex'] = { ...s.provenance['/requester/sex'], mode: 'editable' };
    s.provenance['/email'] = { source: 'vneid', fetchedAt: new Date().toISOString(), mode: 'locked', value: 'x' };
    const v = await verifyAttestations(s, RESIDENCE_FORM, keys);
    expect(v.failures.map((f) => [f.pointer, f.reason])).toEqual([
      ['/requester/sex', 'mode-mismatch'],
      ['/email', 'unknown-binding'],
    ]);
  });

  it('leaves locked values of trusted sources to the caller', async () => {
    const s = await prefilledSubmission();
    const { attestation: _i, ...unattested } = s.provenance['/requester/pid'];
    s.provenance['/requester/pid'] = unattested; // no attestation and no key needed for a trusted source
    const v = await verifyAttestations(s, RESIDENCE_FORM, { population: keys.population }, { trustedSources: ['vneid'] });
    expect(v.failures).toEqual([]);
    expect(v.trusted.sort()).toEqual(['/requester/fullName', '/requester/pid']);
  });

  it('accepts an OIDC ID token as the attestation of e-ID claims, its subject being vn_pid', async () => {
    const s = await prefilledSubmission();
    const idToken = await new SignJWT({ ...VNEID_CLAIMS }).setProtectedHeader({ alg: 'ES256' }).setIssuer('https://sso.example.invalid').setSubject('vneid-test-0001').setIssuedAt().setExpirationTime('5m').sign(vneid.privateKey);
    const i = s.attestations.findIndex((a) => a.source === 'vneid');
    s.attestations[i] = { source: 'vneid', jws: idToken };
    const v = await verifyAttestations(s, RESIDENCE_FORM, keys, { subject: SUBJECT });
    expect(v.failures).toEqual([]);
    expect(v.verified).toContain('/requester/pid');
  });

  it('requires an attestation and a key for every locked value', async () => {
    const s = await prefilledSubmission();
    const { attestation: _a, ...noIndex } = s.provenance['/requester/pid'];
    s.provenance['/requester/pid'] = noIndex;
    const v = await verifyAttestations(s, RESIDENCE_FORM, { population: keys.population });
    const reasons = Object.fromEntries(v.failures.map((f) => [f.pointer, f.reason]));
    expect(reasons['/requester/pid']).toBe('missing-attestation');
    expect(reasons['/requester/fullName']).toBe('unknown-key');
  });

  it('treats a locked field the citizen filled after a failed prefill as declared, not as a failure', async () => {
    const v = await verifyAttestations({ data: { requester: { fullName: 'Tự nhập' } }, provenance: {}, attestations: [] }, RESIDENCE_FORM, keys);
    expect(v).toEqual({ valid: true, failures: [], verified: [], trusted: [], declared: ['/requester/fullName'] });
  });
});
