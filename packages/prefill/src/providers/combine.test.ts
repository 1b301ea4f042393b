// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../errors.js';
import { runPrefill } from '../run/run-prefill.js';
import { fakeProvider, POPULATION_CLAIMS, RESIDENCE_FORM } from '../test/fixtures.js';
import { combineProviders } from './combine.js';

const meta = { id: 'population', label: { vi: 'CSDLQG về dân cư', en: 'National population database' }, purpose: { vi: 'Điền tờ khai', en: 'Fill in the form' } };
const { permanentResidence, father, ...identity } = POPULATION_CLAIMS;

describe('combineProviders', () => {
  it('asks each part only for its own claims and merges the answers under one source', async () => {
    const identityPart = { ...fakeProvider('identity', { claims: identity, attestation: 'h.i.s' }), claims: ['/fullName', '/dateOfBirth', '/sex', '/ethnicity', '/father'] };
    const residencePart = { ...fakeProvider('residence', { claims: { permanentResidence }, attestation: 'h.r.s' }), claims: ['/permanentResidence'] };
    const combined = combineProviders(meta, [identityPart, residencePart]);
    const r = await combined.fetch({ claims: ['/fullName', '/permanentResidence'], signal: new AbortController().signal });
    expect(r.claims).toEqual({ fullName: identity.fullName, permanentResidence });
    expect(r.attestation).toEqual(['h.i.s', 'h.r.s']);
    expect(identityPart.calls[0].claims).toEqual(['/fullName']);
    expect(residencePart.calls[0].claims).toEqual(['/permanentResidence']);
  });

  it('loses only the failed part\'s fields, each reported with the part\'s failure kind', async () => {
    const identityPart = { ...fakeProvider('identity', { claims: { ...identity, father } }), claims: ['/fullName', '/dateOfBirth', '/sex', '/ethnicity', '/father'] };
    const residencePart = { ...fakeProvider('residence', { error: new ProviderError('http', 'HTTP 500', { status: 500 }) }), claims: ['/permanentResidence'] };
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [combineProviders(meta, [identityPart, residencePart])], decisions: { population: 'granted' } });
    expect(r.failures).toEqual([expect.objectContaining({ pointer: '/requester/residence', kind: 'http', status: 500 })]);
    expect(r.values['/requester/sex']).toBe('male');
  });

  it('times a slow part out without costing the other parts', async () => {
    const identityPart = { ...fakeProvider('identity', { claims: identity }), claims: ['/fullName', '/dateOfBirth', '/sex', '/ethnicity', '/father'] };
    const slowPart = { ...fakeProvider('residence', { delayMs: 5000, claims: { permanentResidence } }), claims: ['/permanentResidence'] };
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [combineProviders({ ...meta, partTimeoutMs: 100 }, [identityPart, slowPart])], decisions: { population: 'granted' }, timeoutMs: 2000 });
    expect(r.failures.map((f) => [f.pointer, f.kind])).toEqual([['/requester/residence', 'timeout']]);
    expect(r.values['/requester/dateOfBirth']).toBe('1990-03-05');
  });

  it('requires every part to declare its claims', () => {
    expect(() => combineProviders(meta, [fakeProvider('x')])).toThrow(TypeError);
  });
});
