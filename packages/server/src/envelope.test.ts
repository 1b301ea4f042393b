// SPDX-License-Identifier: MIT
import { generateKeyPairSync, createPublicKey, verify as nodeVerify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportJWK } from 'jose';
import fc from 'fast-check';
import { canonicalJson } from './canonical.js';
import { ENVELOPE_JWS_TYPE, digestData, signEnvelope, verifyEnvelope } from './envelope.js';
import type { SubmissionEnvelope } from './envelope.js';

const data = { child: { fullName: 'Nguyễn Văn An', dateOfBirth: '2026-10-01', sex: 'male' }, copies: 2 };

const envelope = (): SubmissionEnvelope => ({
  formId: 'vn.moj.birth-registration',
  formVersion: '1.0.0',
  submissionId: '0b0c9a3e-5d5f-4c36-9d2b-1f2f0c8f6a11',
  submittedAt: '2026-11-24T08:00:00.000Z',
  receivedAt: '2026-11-24T08:00:01.000Z',
  data,
  provenance: {
    '/child/fullName': { source: 'population', fetchedAt: '2026-11-24T07:59:00.000Z', mode: 'editable', value: 'Nguyễn Văn An' },
  },
  consent: [{ source: 'population', purpose: 'Điền sẵn', claims: ['/fullName'], decision: 'granted', decidedAt: '2026-11-24T07:58:00.000Z' }],
  digest: digestData(data),
});

const ed25519 = generateKeyPairSync('ed25519');
const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });

describe('signEnvelope and verifyEnvelope', () => {
  it('signs with a detached compact JWS (empty payload part) that verifies with the public key', async () => {
    const e = envelope();
    const jws = await signEnvelope(e, ed25519.privateKey, { kid: 'portal-1' });
    expect(jws).toMatch(/^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/);
    const header = JSON.parse(Buffer.from(jws.split('.')[0], 'base64url').toString('utf8'));
    expect(header).toEqual({ alg: 'EdDSA', typ: ENVELOPE_JWS_TYPE, kid: 'portal-1' });
    await expect(verifyEnvelope(e, jws, ed25519.publicKey)).resolves.toMatchObject({ ok: true, header: { kid: 'portal-1' } });
  });

  it('is a plain RFC 7515 signature over base64url(JCS(envelope)), so a third party can check it without jose', async () => {
    const e = envelope();
    const jws = await signEnvelope(e, ed25519.privateKey);
    const [h, , s] = jws.split('.');
    const signingInput = `${h}.${Buffer.from(canonicalJson(e), 'utf8').toString('base64url')}`;
    const ok = nodeVerify(null, Buffer.from(signingInput, 'ascii'), createPublicKey(ed25519.publicKey.export({ format: 'pem', type: 'spki' })), Buffer.from(s, 'base64url'));
    expect(ok).toBe(true);
  });

  it('infers ES256 from a P-256 key and verifies with the public JWK', async () => {
    const e = envelope();
    const jws = await signEnvelope(e, p256.privateKey);
    expect(JSON.parse(Buffer.from(jws.split('.')[0], 'base64url').toString()).alg).toBe('ES256');
    const jwk = await exportJWK(p256.publicKey);
    await expect(verifyEnvelope(e, jws, jwk)).resolves.toMatchObject({ ok: true });
  });

  it('the signature does not depend on member order or whitespace of the stored JSON', async () => {
    const e = envelope();
    const jws = await signEnvelope(e, ed25519.privateKey);
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(e).reverse()), null, 2)) as SubmissionEnvelope;
    await expect(verifyEnvelope(reordered, jws, ed25519.publicKey)).resolves.toMatchObject({ ok: true });
  });

  describe('when anything is tampered with', () => {
    it('a changed data value breaks the digest', async () => {
      const e = envelope();
      const jws = await signEnvelope(e, ed25519.privateKey);
      const tampered = { ...e, data: { ...data, copies: 3 } };
      await expect(verifyEnvelope(tampered, jws, ed25519.publicKey)).resolves.toMatchObject({ ok: false, reason: 'digest-mismatch' });
    });

    it('changed data with a recomputed digest still breaks the signature', async () => {
      const e = envelope();
      const jws = await signEnvelope(e, ed25519.privateKey);
      const newData = { ...data, child: { ...data.child, fullName: 'Nguyễn Văn Bình' } };
      const tampered = { ...e, data: newData, digest: digestData(newData) };
      await expect(verifyEnvelope(tampered, jws, ed25519.publicKey)).resolves.toMatchObject({ ok: false, reason: 'signature-invalid' });
    });

    it.each([
      ['receivedAt', (e: SubmissionEnvelope) => ({ ...e, receivedAt: '2026-11-25T00:00:00.000Z' })],
      ['a provenance mode', (e: SubmissionEnvelope) => ({ ...e, provenance: { '/child/fullName': { ...e.provenance['/child/fullName'], mode: 'locked' as const } } })],
      ['a consent decision', (e: SubmissionEnvelope) => ({ ...e, consent: [{ ...e.consent[0], decision: 'declined' as const }] })],
      ['an added member', (e: SubmissionEnvelope) => ({ ...e, assisted: { officerId: 'x', citizenConfirmed: true } })],
    ])('a change to %s breaks the signature', async (_what, change) => {
      const e = envelope();
      const jws = await signEnvelope(e, ed25519.privateKey);
      await expect(verifyEnvelope(change(e), jws, ed25519.publicKey)).resolves.toMatchObject({ ok: false, reason: 'signature-invalid' });
    });

    it('a signature by another key does not verify', async () => {
      const e = envelope();
      const jws = await signEnvelope(e, generateKeyPairSync('ed25519').privateKey);
      await expect(verifyEnvelope(e, jws, ed25519.publicKey)).resolves.toMatchObject({ ok: false, reason: 'signature-invalid' });
    });

    it('a JWS of another type made with the same key is refused', async () => {
      const e = envelope();
      const jws = await signEnvelope(e, ed25519.privateKey);
      const { CompactSign } = await import('jose');
      const other = await new CompactSign(new TextEncoder().encode(canonicalJson(e))).setProtectedHeader({ alg: 'EdDSA', typ: 'JWT' }).sign(ed25519.privateKey);
      const [h, , s] = other.split('.');
      expect(jws).not.toBe(`${h}..${s}`);
      await expect(verifyEnvelope(e, `${h}..${s}`, ed25519.publicKey)).resolves.toMatchObject({ ok: false, reason: 'signature-invalid' });
    });

    it.each(['', 'abc', 'a.b.c', 'a..', '..b', 42])('a malformed signature %j is reported, not thrown', async (sig) => {
      await expect(verifyEnvelope(envelope(), sig as string, ed25519.publicKey)).resolves.toMatchObject({ ok: false });
    });

    it('an envelope that is not JSON is reported, not thrown', async () => {
      const e = { ...envelope(), data: { n: Number.NaN } };
      await expect(verifyEnvelope(e, 'a..b', ed25519.publicKey)).resolves.toMatchObject({ ok: false, reason: 'malformed-envelope' });
    });
  });

  it('any other data, however small the difference, changes the digest and fails verification (property)', async () => {
    const e = envelope();
    const jws = await signEnvelope(e, ed25519.privateKey);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (other) => {
        fc.pre(canonicalJson(other) !== canonicalJson(e.data));
        const tampered = { ...e, data: other };
        const withDigest = { ...tampered, digest: digestData(other) };
        return (
          digestData(other) !== e.digest &&
          (await verifyEnvelope(tampered, jws, ed25519.publicKey)).ok === false &&
          (await verifyEnvelope(withDigest, jws, ed25519.publicKey)).ok === false
        );
      }),
      { numRuns: 200 },
    );
  });

  it('refuses to guess an algorithm it cannot infer', async () => {
    await expect(signEnvelope(envelope(), { kty: 'oct' })).rejects.toThrow(/options\.alg/);
  });
});
