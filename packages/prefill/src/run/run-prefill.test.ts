// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from 'jose';
import { compileForm } from '@tokhai/core';
import { signAttestation } from '../attestation/sign.js';
import { ProviderError } from '../errors.js';
import { fakeProvider, HEALTH_CLAIMS, POPULATION_CLAIMS, RESIDENCE_FORM, SUBJECT, VNEID_CLAIMS } from '../test/fixtures.js';
import { runPrefill } from './run-prefill.js';

const ALL_GRANTED = { vneid: 'granted', population: 'granted', health: 'granted' } as const;
const fixedNow = () => new Date('2026-11-24T03:00:00.000Z');

describe('runPrefill', () => {
  it('fills every bound field with transformed values and provenance, and records consent', async () => {
    const providers = [
      fakeProvider('vneid', { claims: VNEID_CLAIMS }),
      fakeProvider('population', { claims: POPULATION_CLAIMS }),
      fakeProvider('health', { claims: HEALTH_CLAIMS }),
    ];
    const r = await runPrefill({ form: RESIDENCE_FORM, providers, decisions: ALL_GRANTED, subject: SUBJECT, now: fixedNow });
    expect(r.failures).toEqual([]);
    expect(r.values).toEqual({
      '/requester/fullName': 'Nguyễn Văn Thử',
      '/requester/upperName': 'NGUYỄN VĂN THỬ',
      '/requester/pid': SUBJECT,
      '/requester/phone': '0912345678',
      '/requester/familyName': 'Nguyễn',
      '/requester/givenName': 'Thử',
      '/requester/dateOfBirth': '1990-03-05',
      '/requester/yearOfBirth': 1990,
      '/requester/sex': 'male',
      '/requester/ethnicity': '01',
      '/requester/residence': POPULATION_CLAIMS.permanentResidence,
      '/father/fullName': 'Nguyễn Văn Mẫu',
      '/healthCertificate': HEALTH_CLAIMS.healthCertificates[0],
    });
    expect(r.provenance['/requester/fullName']).toEqual({
      source: 'vneid',
      fetchedAt: '2026-11-24T03:00:00.000Z',
      mode: 'locked',
      value: 'Nguyễn Văn Thử',
    });
    expect(r.provenance['/requester/phone'].mode).toBe('editable');
    expect(r.consent).toEqual([
      { source: 'vneid', purpose: 'Mục đích vneid', claims: ['/name', '/vn_pid', '/phone_number'], decision: 'granted', decidedAt: '2026-11-24T03:00:00.000Z' },
      expect.objectContaining({ source: 'population', decision: 'granted' }),
      expect.objectContaining({ source: 'health', decision: 'granted' }),
    ]);
    // Each provider is asked once, for the distinct claims, with the subject.
    expect(providers[1].calls).toHaveLength(1);
    expect(providers[1].calls[0].claims).toEqual(['/fullName', '/dateOfBirth', '/sex', '/ethnicity', '/permanentResidence', '/father/fullName']);
    expect(providers[1].calls[0].subject).toBe(SUBJECT);
  });

  it('never calls declined or undecided sources and reports their fields as declined', async () => {
    const vneid = fakeProvider('vneid', { claims: VNEID_CLAIMS });
    const population = fakeProvider('population', { claims: POPULATION_CLAIMS });
    const health = fakeProvider('health', { claims: HEALTH_CLAIMS });
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [vneid, population, health], decisions: { vneid: 'granted', population: 'declined' } });
    expect(population.calls).toHaveLength(0);
    expect(health.calls).toHaveLength(0);
    expect(r.values['/requester/fullName']).toBe('Nguyễn Văn Thử');
    expect(r.values['/requester/sex']).toBeUndefined();
    const declined = r.failures.filter((f) => f.kind === 'declined');
    expect(declined.map((f) => f.pointer)).toContain('/requester/sex');
    expect(declined.map((f) => f.pointer)).toContain('/healthCertificate');
    expect(r.consent.map((c) => [c.source, c.decision])).toEqual([['vneid', 'granted'], ['population', 'declined']]);
  });

  it('reports a wrong-typed value on its field only; the rest of the source still fills', async () => {
    const population = fakeProvider('population', { claims: { ...POPULATION_CLAIMS, sex: 'unknown', dateOfBirth: 19900305 } });
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [population], decisions: { population: 'granted' } });
    expect(r.failures.map((f) => [f.pointer, f.kind])).toEqual([
      ['/requester/dateOfBirth', 'type'],
      ['/requester/yearOfBirth', 'type'],
      ['/requester/sex', 'type'],
    ]);
    expect(r.values['/requester/familyName']).toBe('Nguyễn');
    expect(r.values).not.toHaveProperty('/requester/sex');
    expect(r.provenance).not.toHaveProperty('/requester/sex');
  });

  it('checks values against the target schema after the transform', async () => {
    const population = fakeProvider('population', {
      claims: { ...POPULATION_CLAIMS, permanentResidence: { street: 'x', communeCode: '00004', provinceCode: '79', unitsVersion: '2025-07-01' } },
    });
    const vneid = fakeProvider('vneid', { claims: { ...VNEID_CLAIMS, name: { given: 'Thử' } } });
    const health = fakeProvider('health', { claims: { healthCertificates: [{ issuedOn: '2025-10-01' }] } });
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [population, vneid, health], decisions: ALL_GRANTED });
    const kinds = Object.fromEntries(r.failures.map((f) => [f.pointer, f.kind]));
    expect(kinds['/requester/residence']).toBe('type'); // commune outside the province
    expect(kinds['/requester/fullName']).toBe('type'); // object for a string field
    expect(kinds['/healthCertificate']).toBe('type'); // missing required code
    expect(r.failures.find((f) => f.pointer === '/healthCertificate')!.message).toMatch(/code/);
  });

  it('reports an old commune that was split as ambiguous, with the candidates', async () => {
    const population = fakeProvider('population', {
      claims: { ...POPULATION_CLAIMS, permanentResidence: { street: 'Ngõ Giả', communeCode: '00007', provinceCode: '01', unitsVersion: 'pre-2025' } },
    });
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [population], decisions: { population: 'granted' } });
    const f = r.failures.find((x) => x.pointer === '/requester/residence')!;
    expect(f.kind).toBe('ambiguous');
    expect((f.candidates as Array<{ communeCode: string }>).map((c) => c.communeCode)).toEqual(['00008', '00025']);
  });

  it('lists claims the source has no data for as missing, not as failures', async () => {
    const { father: _f, ...noFather } = POPULATION_CLAIMS;
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [fakeProvider('population', { claims: noFather })], decisions: { population: 'granted' } });
    expect(r.failures).toEqual([]);
    expect(r.missing).toEqual([{ source: 'population', pointer: '/father/fullName', claim: '/father/fullName' }]);
  });

  it('classifies provider errors per field: http with status, malformed, unavailable', async () => {
    const r = await runPrefill({
      form: RESIDENCE_FORM,
      providers: [
        fakeProvider('vneid', { error: new ProviderError('http', 'HTTP 500', { status: 500 }) }),
        fakeProvider('population', { raw: { data: {} } }),
        fakeProvider('health', { error: new Error('socket hang up') }),
      ],
      decisions: ALL_GRANTED,
    });
    const by = (p: string) => r.failures.find((f) => f.pointer === p)!;
    expect(by('/requester/fullName')).toMatchObject({ source: 'vneid', kind: 'http', status: 500 });
    expect(by('/requester/sex')).toMatchObject({ source: 'population', kind: 'malformed' });
    expect(by('/healthCertificate')).toMatchObject({ source: 'health', kind: 'unavailable' });
    expect(r.values).toEqual({});
  });

  it('links each value to the attestation that covers its claim', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const jws = await signAttestation({ source: 'population', subject: SUBJECT, privateKey, claims: { '/fullName': POPULATION_CLAIMS.fullName, '/permanentResidence': POPULATION_CLAIMS.permanentResidence } });
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [fakeProvider('population', { claims: POPULATION_CLAIMS, attestation: jws })], decisions: { population: 'granted' } });
    expect(r.attestations).toEqual([{ source: 'population', jws }]);
    expect(r.provenance['/requester/familyName'].attestation).toBe(0);
    expect(r.provenance['/requester/residence'].attestation).toBe(0);
    expect(r.provenance['/requester/sex'].attestation).toBeUndefined();
  });

  it('uses a compiled form\'s validation: a value core rejects (vn-pid format) keeps its field empty', async () => {
    const compiled = compileForm(RESIDENCE_FORM);
    const providers = [fakeProvider('vneid', { claims: { ...VNEID_CLAIMS, vn_pid: '12345' } })];
    const r = await runPrefill({ form: compiled, providers, decisions: { vneid: 'granted' }, data: {} });
    expect(r.failures.map((f) => [f.pointer, f.kind])).toEqual([['/requester/pid', 'type']]);
    expect(r.failures[0].message).toMatch(/format/);
    expect(r.values['/requester/fullName']).toBe('Nguyễn Văn Thử');
    // The same value passes a raw definition (no formats there): core is what knows the ĐDCN format.
    const raw = await runPrefill({ form: RESIDENCE_FORM, providers, decisions: { vneid: 'granted' } });
    expect(raw.values['/requester/pid']).toBe('12345');
  });

  it('refuses a claim value nested deeper, or holding more, than a submission may carry, on its field only', async () => {
    const form = compileForm({
      id: 'vn.test.claim-limits',
      version: '1.0.0',
      title: { vi: 'Giới hạn' },
      schema: { type: 'object', properties: { notes: { type: 'object' }, list: { type: 'array' }, name: { type: 'string' }, ok: { type: 'object' } } },
      prefill: [
        { target: '/notes', source: 'src', claim: '/notes' },
        { target: '/list', source: 'src', claim: '/list' },
        { target: '/name', source: 'src', claim: '/name' },
        { target: '/ok', source: 'src', claim: '/ok' },
      ],
    });
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    let fine: unknown = 'x';
    for (let i = 0; i < 20; i++) fine = { a: fine };
    const providers = [fakeProvider('src', { claims: { notes: deep, list: Array.from({ length: 20_000 }, (_, i) => i), name: 'Nguyễn Văn Thử', ok: fine } })];
    const r = await runPrefill({ form, providers, decisions: { src: 'granted' } });
    expect(r.failures.map((f) => [f.pointer, f.kind])).toEqual([
      ['/notes', 'malformed'],
      ['/list', 'malformed'],
    ]);
    expect(r.failures[0].message).toMatch(/nested more than 32 levels/);
    expect(r.failures[1].message).toMatch(/more than 10000 values/);
    expect(r.values).toEqual({ '/name': 'Nguyễn Văn Thử', '/ok': fine });
    // Without the bound, the deep value went into the data and every validation of the form said "unprocessable".
    expect(form.validate({ notes: deep }).errors.map((e) => e.keyword)).toEqual(['unprocessable']);
  });

  it('fills a compiled form exactly as its definition', async () => {
    const providers = () => [
      fakeProvider('vneid', { claims: VNEID_CLAIMS }),
      fakeProvider('population', { claims: POPULATION_CLAIMS }),
      fakeProvider('health', { claims: HEALTH_CLAIMS }),
    ];
    const fromDefinition = await runPrefill({ form: RESIDENCE_FORM, providers: providers(), decisions: ALL_GRANTED, now: fixedNow });
    const fromCompiled = await runPrefill({ form: compileForm(RESIDENCE_FORM), providers: providers(), decisions: ALL_GRANTED, now: fixedNow });
    expect(fromCompiled).toEqual(fromDefinition);
  });
});

describe('runPrefill timing and cancellation', () => {
  it('calls sources in parallel: the total time is about the slowest source, not the sum', async () => {
    const delay = 400;
    const providers = ['vneid', 'population', 'health'].map((id) => fakeProvider(id, { delayMs: delay, claims: {} }));
    const started = performance.now();
    await runPrefill({ form: RESIDENCE_FORM, providers, decisions: ALL_GRANTED });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(delay - 20);
    expect(elapsed).toBeLessThan(3 * delay - 400); // the sum would be 1200 ms
  });

  it('gives up on a source at its time limit even when the adapter ignores its signal', async () => {
    const hung = fakeProvider('population', { delayMs: 60_000, ignoreSignal: true, claims: POPULATION_CLAIMS });
    const fast = fakeProvider('vneid', { claims: VNEID_CLAIMS });
    const started = performance.now();
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [hung, fast], decisions: { population: 'granted', vneid: 'granted' }, timeoutMs: 150 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.failures.filter((f) => f.source === 'population').every((f) => f.kind === 'timeout')).toBe(true);
    expect(r.values['/requester/fullName']).toBe('Nguyễn Văn Thử');
    expect(hung.calls[0].signal.aborted).toBe(true);
  });

  it('reports unfinished sources as aborted when the caller aborts, keeping what already arrived', async () => {
    const controller = new AbortController();
    const slow = fakeProvider('population', { delayMs: 5_000, claims: POPULATION_CLAIMS });
    const fast = fakeProvider('vneid', { claims: VNEID_CLAIMS });
    setTimeout(() => controller.abort(), 100);
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [slow, fast], decisions: { population: 'granted', vneid: 'granted' }, signal: controller.signal });
    expect(r.failures.filter((f) => f.source === 'population').map((f) => f.kind)).toEqual(Array(8).fill('aborted'));
    expect(r.values['/requester/pid']).toBe(SUBJECT);
  });

  it('does not call anything when the signal is already aborted', async () => {
    const p = fakeProvider('vneid', { claims: VNEID_CLAIMS });
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [p], decisions: { vneid: 'granted' }, signal: AbortSignal.abort() });
    expect(p.calls).toHaveLength(0);
    expect(r.failures.every((f) => f.kind === 'aborted')).toBe(true);
  });
});

describe('runPrefill with badly behaved providers', () => {
  it('reports a provider that throws synchronously as unavailable instead of rejecting', async () => {
    const throwing = { ...fakeProvider('vneid'), fetch: () => { throw new Error('boom'); } };
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [throwing], decisions: { vneid: 'granted' } });
    expect(new Set(r.failures.map((f) => f.kind))).toEqual(new Set(['unavailable']));
  });

  it('reports a non-JWS attestation as a malformed answer', async () => {
    const r = await runPrefill({ form: RESIDENCE_FORM, providers: [fakeProvider('vneid', { claims: VNEID_CLAIMS, attestation: 'not-a-jws' })], decisions: { vneid: 'granted' } });
    expect(new Set(r.failures.map((f) => f.kind))).toEqual(new Set(['malformed']));
    expect(r.values).toEqual({});
  });
});
