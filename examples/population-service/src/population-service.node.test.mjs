// SPDX-License-Identifier: MIT
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtVerify, createLocalJWKSet, generateKeyPair, exportJWK } from 'jose';
import { convertOldAddress, isCommuneOf } from '@tokhai/vn-data/admin-units';
import { applyPrefill, oidcClaimsProvider, runPrefill, verifyAttestations } from '@tokhai/prefill';
import { startPopulationService, GROUPS } from './server.mjs';
import { CITIZENS, DEMO_ACCESS_TOKENS, DEMO_PIDS, DEMO_SERVICE_TOKEN, UNITS_2025 } from './fixtures.mjs';
import { populationServiceProviders } from './providers.mjs';

let service;
beforeAll(async () => {
  service = await startPopulationService();
});
afterAll(() => service?.close());

const get = (path, headers = {}) => fetch(service.url + path, { headers: { authorization: `Bearer ${DEMO_SERVICE_TOKEN}`, ...headers } });
const keys = () => Object.fromEntries(['population', 'health', 'insurance', 'licences'].map((s) => [s, service.publicJwk]));

/** A driving-licence-renewal-like form over every source. */
const FORM = {
  id: 'example.licence-renewal',
  version: '1.0.0',
  title: { vi: 'Đề nghị đổi giấy phép lái xe (ví dụ)', en: 'Driving licence renewal (example)' },
  schema: {
    type: 'object',
    properties: {
      applicant: {
        type: 'object',
        properties: {
          fullName: { type: 'string' },
          dateOfBirth: { type: 'string' },
          sex: { type: 'string', enum: ['male', 'female'] },
          pid: { type: 'string' },
          phone: { type: 'string' },
          residence: { type: 'object', required: ['communeCode', 'provinceCode'], properties: { street: { type: 'string' }, communeCode: { type: 'string' }, provinceCode: { type: 'string' }, unitsVersion: { type: 'string' } } },
          householdHead: { type: 'string' },
          socialInsuranceCode: { type: 'string' },
        },
      },
      currentLicence: { type: 'object', properties: { number: { type: 'string' }, class: { type: 'string' }, issuedOn: { type: 'string' }, expiresOn: { type: 'string' }, issuer: { type: 'string' } } },
      healthCertificate: { type: 'object', required: ['code'], properties: { code: { type: 'string' }, issuedOn: { type: 'string' }, validUntil: { type: 'string' } } },
    },
  },
  prefill: [
    { target: '/applicant/fullName', source: 'population', claim: '/fullName', mode: 'locked' },
    { target: '/applicant/dateOfBirth', source: 'population', claim: '/dateOfBirth', transform: 'date.iso', mode: 'locked' },
    { target: '/applicant/sex', source: 'population', claim: '/sex', transform: 'sex.code', mode: 'locked' },
    { target: '/applicant/pid', source: 'vneid', claim: '/vn_pid' },
    { target: '/applicant/phone', source: 'vneid', claim: '/phone_number' },
    { target: '/applicant/residence', source: 'population', claim: '/permanentResidence', transform: 'address.units', mode: 'locked' },
    { target: '/applicant/householdHead', source: 'population', claim: '/household/headName' },
    { target: '/applicant/socialInsuranceCode', source: 'insurance', claim: '/socialInsuranceCode', mode: 'locked' },
    { target: '/currentLicence', source: 'licences', claim: '/drivingLicences/0', mode: 'locked' },
    { target: '/healthCertificate', source: 'health', claim: '/healthCertificates/0' },
  ],
};
const ALL = { vneid: 'granted', population: 'granted', health: 'granted', insurance: 'granted', licences: 'granted' };

describe('the synthetic fixture', () => {
  const citizens = Object.values(CITIZENS);

  it('has at least six clearly fake citizens with ĐDCN numbers that fit their birth year and sex', () => {
    expect(citizens.length).toBeGreaterThanOrEqual(6);
    for (const { identity: i } of citizens) {
      expect(i.pid).toMatch(/^\d{12}$/);
      expect(i.fullName).toMatch(/Thử|Mẫu|Giả|Ví Dụ/);
      const year = Number(i.dateOfBirth.slice(0, 4));
      const century = Math.floor((year - 1900) / 100) * 2 + (i.sex === 'female' ? 1 : 0);
      expect(i.pid[3]).toBe(String(century));
      expect(i.pid.slice(4, 6)).toBe(String(year).slice(2));
    }
  });

  it('uses 2025 administrative codes where it says so, and old codes that convert (one of them split)', () => {
    const outcomes = [];
    for (const c of citizens) {
      for (const a of Object.values(c.residence)) {
        if (a.unitsVersion === UNITS_2025) expect(isCommuneOf(a.communeCode, a.provinceCode)).toBe(true);
        else outcomes.push(convertOldAddress(a).status);
      }
    }
    expect(outcomes).toContain('converted');
    expect(outcomes).toContain('split');
    expect(outcomes).not.toContain('unknown');
  });

  it('has exactly one level-1 account, a household, parents, a health certificate, an insurance card and a licence', () => {
    expect(citizens.filter((c) => c.account?.assuranceLevel === 1)).toHaveLength(1);
    const thu = CITIZENS[DEMO_PIDS.thu];
    expect(thu.household.members.length).toBeGreaterThan(1);
    expect(thu.identity.father.fullName).toBeTruthy();
    expect(thu.health.healthCertificates).toHaveLength(1);
    expect(thu.insurance.healthInsuranceCard.number).toMatch(/^\d{10}$/);
    expect(thu.licences.drivingLicences[0].number).toMatch(/^\d{12}$/);
  });
});

describe('the HTTP interface', () => {
  it('answers every endpoint group with data and an attestation verifiable with the published key', async () => {
    const jwks = createLocalJWKSet(await (await fetch(`${service.url}/.well-known/jwks.json`)).json());
    for (const group of GROUPS) {
      const res = await get(`/citizens/${DEMO_PIDS.thu}/${group}`);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(Object.keys(body.data).length).toBeGreaterThan(0);
      const { payload } = await jwtVerify(body.attestation, jwks, { algorithms: ['ES256'] });
      expect(payload.sub).toBe(DEMO_PIDS.thu);
      expect(Object.keys(payload.claims)).toEqual(Object.keys(body.data).map((k) => '/' + k));
    }
  });

  it('requires the bearer token and knows only its citizens', async () => {
    expect((await fetch(`${service.url}/citizens/${DEMO_PIDS.thu}/identity`)).status).toBe(401);
    expect((await get(`/citizens/${DEMO_PIDS.thu}/identity`, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await get('/citizens/001099999999/identity')).status).toBe(404);
    expect((await get(`/citizens/${DEMO_PIDS.thu}/secrets`)).status).toBe(404);
  });

  it('answers only the requested claims, and attests only those', async () => {
    const body = await (await get(`/citizens/${DEMO_PIDS.thu}/identity?claims=/fullName,/sex`)).json();
    expect(body.data).toEqual({ fullName: 'Nguyễn Văn Thử', sex: 'male' });
    const { payload } = await jwtVerify(body.attestation, service.publicJwk);
    expect(payload.claims).toEqual({ '/fullName': 'Nguyễn Văn Thử', '/sex': 'male' });
  });

  it('serves OIDC userinfo by access token, as JSON or as a signed JWT', async () => {
    const res = await fetch(`${service.url}/userinfo`, { headers: { authorization: 'Bearer demo-access-thu' } });
    const claims = await res.json();
    expect(claims).toMatchObject({ name: 'Nguyễn Văn Thử', family_name: 'Nguyễn', given_name: 'Thử', vn_pid: DEMO_PIDS.thu, vn_assurance_level: 2, gender: 'male' });
    expect((await fetch(`${service.url}/userinfo`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    const jwt = await (await fetch(`${service.url}/userinfo`, { headers: { authorization: 'Bearer demo-access-vidu', accept: 'application/jwt' } })).text();
    const provider = oidcClaimsProvider({ idToken: jwt, key: service.publicJwk, audience: 'tokhai-demo-portal' });
    expect((await provider.fetch({ claims: ['/vn_pid'], signal: new AbortController().signal })).claims).toEqual({ vn_pid: DEMO_PIDS.viDu });
  });

  it('injects faults from the query or from headers', async () => {
    const path = `/citizens/${DEMO_PIDS.thu}/identity`;
    let t = performance.now();
    await get(`${path}?delay=300`);
    expect(performance.now() - t).toBeGreaterThanOrEqual(280);
    t = performance.now();
    await get(path, { 'x-fault-delay': '300' });
    expect(performance.now() - t).toBeGreaterThanOrEqual(280);
    expect((await get(`${path}?status=500`)).status).toBe(500);
    expect((await get(path, { 'x-fault-status': '503' })).status).toBe(503);
    await expect((await get(`${path}?fault=malformed`)).json()).rejects.toThrow();
    const wrong = await (await get(path, { 'x-fault': 'wrong-types' })).json();
    expect(typeof wrong.data.fullName).toBe('number');
    expect(typeof wrong.data.pid).toBe('number');
  });
});

describe('prefill from the service', () => {
  it('fills a form from every source with attestations that verify on the server side', async () => {
    const providers = populationServiceProviders({ url: service.url, accessToken: 'demo-access-thu' });
    const result = await runPrefill({ form: FORM, providers, decisions: { ...ALL, vneid: 'granted' }, subject: DEMO_PIDS.thu });
    expect(result.failures).toEqual([]);
    expect(result.values['/applicant/residence']).toEqual(CITIZENS[DEMO_PIDS.thu].residence.permanentResidence);
    expect(result.values['/applicant/householdHead']).toBe('Nguyễn Văn Thử');
    expect(result.values['/currentLicence']).toMatchObject({ class: 'B2' });
    expect(result.values['/applicant/pid']).toBe(DEMO_PIDS.thu);
    const { data, provenance } = applyPrefill({}, result);
    const submission = { data, provenance, attestations: result.attestations };
    const verdict = await verifyAttestations(submission, FORM, keys(), { subject: DEMO_PIDS.thu });
    expect(verdict.failures).toEqual([]);
    expect(verdict.verified).toHaveLength(6);
    // A value changed after prefill no longer verifies.
    data.applicant.dateOfBirth = '1990-03-06';
    expect((await verifyAttestations(submission, FORM, keys())).failures.map((f) => [f.pointer, f.reason])).toEqual([['/applicant/dateOfBirth', 'value-mismatch']]);
    // Nor does a submission checked against another service's key.
    const stranger = await exportJWK((await generateKeyPair('ES256')).publicKey);
    expect((await verifyAttestations(submission, FORM, { ...keys(), population: stranger })).valid).toBe(false);
  });

  it('converts an old-units address, and leaves a split one for the citizen to choose', async () => {
    const vidu = await runPrefill({ form: FORM, providers: populationServiceProviders({ url: service.url }), decisions: ALL, subject: DEMO_PIDS.viDu });
    expect(vidu.values['/applicant/residence']).toEqual({ street: 'Thôn Ví Dụ', communeCode: '20335', provinceCode: '48', unitsVersion: '2025-07-01' });
    const kiem = await runPrefill({ form: FORM, providers: populationServiceProviders({ url: service.url }), decisions: ALL, subject: DEMO_PIDS.kiemThu });
    const failure = kiem.failures.find((f) => f.pointer === '/applicant/residence');
    expect(failure.kind).toBe('ambiguous');
    expect(failure.candidates.map((c) => c.communeName)).toEqual(['Phường Ngọc Hà', 'Phường Giảng Võ']);
  });

  it('refuses the level-1 account\'s e-ID data but keeps the form usable', async () => {
    const providers = populationServiceProviders({ url: service.url, accessToken: Object.keys(DEMO_ACCESS_TOKENS).find((t) => DEMO_ACCESS_TOKENS[t] === DEMO_PIDS.gia) });
    const r = await runPrefill({ form: FORM, providers, decisions: { vneid: 'granted' }, subject: DEMO_PIDS.gia });
    const kinds = Object.fromEntries(r.failures.map((f) => [f.pointer, f.kind]));
    // Her own e-ID data is refused (level 1); the other sources were not consented, so they were not called.
    expect(kinds['/applicant/pid']).toBe('assurance');
    expect(kinds['/applicant/phone']).toBe('assurance');
    expect(Object.entries(kinds).filter(([, k]) => k === 'declined')).toHaveLength(8);
    expect(r.values).toEqual({});
  });

  it('asks every endpoint in parallel: six 400 ms endpoints take about 400 ms, not 2.4 s', async () => {
    const slow = Object.fromEntries([...GROUPS, 'userinfo'].map((g) => [g, 'delay=400']));
    const providers = populationServiceProviders({ url: service.url, accessToken: 'demo-access-thu', query: slow });
    const started = performance.now();
    const r = await runPrefill({ form: FORM, providers, decisions: ALL, subject: DEMO_PIDS.thu });
    const elapsed = performance.now() - started;
    expect(r.failures).toEqual([]);
    expect(elapsed).toBeGreaterThanOrEqual(380);
    expect(elapsed).toBeLessThan(7 * 400 - 1200);
  });

  it('reports each injected fault on its own fields and still fills the rest', async () => {
    const providers = populationServiceProviders({
      url: service.url,
      accessToken: 'demo-access-thu',
      partTimeoutMs: 300,
      query: { household: 'delay=2000', health: 'status=500', insurance: 'fault=malformed', licences: 'fault=wrong-types', userinfo: 'status=503' },
    });
    const r = await runPrefill({ form: FORM, providers, decisions: ALL, subject: DEMO_PIDS.thu, timeoutMs: 1500 });
    expect(Object.fromEntries(r.failures.map((f) => [f.pointer, f.kind]))).toEqual({
      '/applicant/householdHead': 'timeout',
      '/healthCertificate': 'http',
      '/applicant/socialInsuranceCode': 'malformed',
      '/currentLicence': 'type',
      '/applicant/pid': 'http',
      '/applicant/phone': 'http',
    });
    expect(r.values['/applicant/fullName']).toBe('Nguyễn Văn Thử');
    expect(r.values['/applicant/residence']).toBeDefined();
  });
});
