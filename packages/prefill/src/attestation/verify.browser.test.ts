// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair } from 'jose';
import { applyPrefill } from '../provenance/apply.js';
import { runPrefill } from '../run/run-prefill.js';
import { fakeProvider, POPULATION_CLAIMS, RESIDENCE_FORM, SUBJECT } from '../test/fixtures.js';
import { signAttestation } from './sign.js';
import { verifyAttestations } from './verify.js';

// The same code path as on the server, in real Chromium: jose on WebCrypto, the administrative units loaded lazily.
describe('prefill and attestations in a browser', () => {
  it('prefills with an old-units address and verifies the signed values; a changed value fails', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const claims = { ...POPULATION_CLAIMS, permanentResidence: { street: 'Số 2', communeCode: '00001', provinceCode: '01', unitsVersion: 'pre-2025' } };
    const jws = await signAttestation({ source: 'population', subject: SUBJECT, privateKey, claims: Object.fromEntries(Object.entries(claims).map(([k, v]) => ['/' + k, v])) });
    const result = await runPrefill({ form: RESIDENCE_FORM, providers: [fakeProvider('population', { claims, attestation: jws })], decisions: { population: 'granted' } });
    expect(result.values['/requester/residence']).toEqual({ street: 'Số 2', communeCode: '00097', provinceCode: '01', unitsVersion: '2025-07-01' });
    const { data, provenance } = applyPrefill({}, result);
    const keys = { population: await exportJWK(publicKey) };
    const ok = await verifyAttestations({ data, provenance, attestations: result.attestations }, RESIDENCE_FORM, keys);
    expect(ok.failures).toEqual([]);
    expect(ok.verified).toHaveLength(3);
    const altered = { ...(data as object), requester: { ...(data as { requester: object }).requester, sex: 'female' } };
    const bad = await verifyAttestations({ data: altered, provenance, attestations: result.attestations }, RESIDENCE_FORM, keys);
    expect(bad.failures.map((f) => [f.pointer, f.reason])).toEqual([['/requester/sex', 'value-mismatch']]);
  });
});
