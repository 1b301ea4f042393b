// SPDX-License-Identifier: MIT
// The prefill README's e-ID setup, end to end on loopback: the portal signs the citizen in with the e-ID and keeps
// the userinfo in its session; the browser prefills from that userinfo (`oidcClaimsProvider({ userinfo:
// userinfoEndpoint(...) })`, unsigned) and from a population back office that signs its answers; the portal's
// submission endpoint verifies with `trustedClaims: { vneid: session.userinfo }`. A catalog form (judicial record
// request) whose locked fields come from both sources.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileForm } from '@tokhai/core';
import type { CompiledForm, FormDefinition, Submission } from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';
import { applyPrefill, getPointer, httpJsonProvider, oidcClaimsProvider, runPrefill, setPointer, signAttestation, userinfoEndpoint } from '@tokhai/prefill';
import type { CitizenDataProvider } from '@tokhai/prefill';
import { SignJWT } from 'jose';
import { parseSubmissionBody } from './body.js';
import type { VerifyFailure, VerifyResult } from './result.js';
import { verifySubmission } from './verify.js';
import type { VerifyOptions } from './verify.js';

const formsDir = fileURLToPath(new URL('../../../forms/judicial-record-request/', import.meta.url));
const definition = JSON.parse(readFileSync(`${formsDir}vn.moj.judicial-record-request.form.json`, 'utf8')) as FormDefinition;
/** The catalog's own valid fixture: the answers the citizen types besides what prefill supplies. */
const typed = JSON.parse(readFileSync(`${formsDir}fixtures/valid/minimal.json`, 'utf8')) as Record<string, unknown>;

const PID = '001198004567';
const EID_SUB = 'vneid-account-5c1e9a';
/** The userinfo of the citizen's e-ID sign-in (level 2), as the portal's session holds it. */
const USERINFO: Readonly<Record<string, unknown>> = {
  sub: EID_SUB,
  name: 'Vũ Thị Ngọc Anh',
  family_name: 'Vũ',
  middle_name: 'Thị Ngọc',
  given_name: 'Anh',
  birthdate: '1998-12-01',
  gender: 'female',
  phone_number: '0912345678',
  email: 'ngocanh@example.invalid',
  vn_pid: PID,
  vn_assurance_level: 2,
  vn_id_card: { number: PID, issued_on: '2021-03-02', expires_on: '2038-12-01', issuer: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội' },
  vn_nationality: 'VN',
  vn_ethnicity: 'Kinh',
};
/** The population database's record of the same citizen. */
const POPULATION: Readonly<Record<string, unknown>> = {
  pid: PID,
  fullName: 'Vũ Thị Ngọc Anh',
  dateOfBirth: '1998-12-01',
  sex: 'female',
  ethnicity: 'Kinh',
  nationality: 'VN',
  birthRegistrationPlace: { text: 'Xã Yên Thường, huyện Gia Lâm, thành phố Hà Nội', provinceCode: '01' },
  permanentResidence: { street: 'Số 8 ngõ 15 phố Trần Quốc Hoàn', communeCode: '00166', provinceCode: '01', unitsVersion: '2025-07-01' },
};

const populationKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const eidKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ACCESS_TOKEN = 'access-token-of-the-session';
const SERVICE_TOKEN = 'population-service-token';
/** The portal's token sources, as the README's setup names them. */
const getAccessToken = () => Promise.resolve(ACCESS_TOKEN);
const getServiceToken = () => Promise.resolve(SERVICE_TOKEN);

/** The portal's sessions: access token → the userinfo of that sign-in. */
const sessions = new Map<string, Record<string, unknown>>();
/** How the portal's submission endpoint verifies; each test sets what it needs. */
let verifyOptionsFor: (session: Record<string, unknown> | undefined) => VerifyOptions;

let form: CompiledForm;
let server: Server;
let base: string;

const bearer = (request: IncomingMessage) => /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The portal: its userinfo proxy, a population back office, and the submission endpoint of the server README. */
async function handle(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
  const url = new URL(request.url ?? '/', base);
  if (request.method === 'GET' && url.pathname === '/api/me/userinfo') {
    const session = sessions.get(bearer(request) ?? '');
    return session ? { status: 200, body: session } : { status: 401, body: { error: 'invalid_token' } };
  }
  const citizen = /^\/api\/population\/(\d{12})$/.exec(url.pathname);
  if (request.method === 'GET' && citizen) {
    if (bearer(request) !== SERVICE_TOKEN) return { status: 401, body: {} };
    if (citizen[1] !== PID) return { status: 404, body: {} };
    const asked = (url.searchParams.get('claims') ?? '').split(',').filter(Boolean);
    let data: Record<string, unknown> = {};
    const claims: Record<string, unknown> = {};
    for (const claim of asked) {
      const value = getPointer(POPULATION, claim);
      if (value === undefined) continue;
      data = setPointer(data, claim, value);
      claims[claim] = value;
    }
    const attestation = await signAttestation({ source: 'population', subject: PID, claims, privateKey: populationKeys.privateKey });
    return { status: 200, body: { data, attestation } };
  }
  if (request.method === 'POST' && url.pathname === '/api/submissions') {
    const body = parseSubmissionBody(await readBody(request), request.headers['content-type']);
    if (!body.ok) return { status: body.status, body };
    const result = await verifySubmission(form, body.value, verifyOptionsFor(sessions.get(bearer(request) ?? '')));
    return { status: result.ok ? 201 : result.status, body: result };
  }
  return { status: 404, body: {} };
}

beforeAll(async () => {
  form = compileForm(definition, { engine: ajvEngine() });
  server = createServer((request, response) => {
    handle(request).then(
      ({ status, body }) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
      (error: unknown) => response.writeHead(500).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The population provider exactly as the prefill README configures it (with this test's absolute URL). */
const populationProvider = (): CitizenDataProvider =>
  httpJsonProvider({
    id: 'population',
    label: { vi: 'Cơ sở dữ liệu quốc gia về dân cư', en: 'National population database' },
    purpose: { vi: 'Điền sẵn nhân thân và nơi cư trú của bạn.', en: 'Fill in your identity and residence.' },
    url: `${base}/api/population/{subject}`,
    headers: async () => ({ authorization: `Bearer ${await getServiceToken()}` }),
    dataPointer: '/data',
    attestationPointer: '/attestation',
    claimsParam: 'claims',
  });

/** The README's main e-ID setup: the userinfo, read through the portal, unsigned. */
const userinfoProvider = (): CitizenDataProvider =>
  oidcClaimsProvider({ userinfo: userinfoEndpoint(`${base}/api/me/userinfo`, getAccessToken) });

/** The other e-ID setup: the sign-in's ID token, passed on as the attestation of its claims. */
async function idTokenProvider(claims: Record<string, unknown>): Promise<CitizenDataProvider> {
  const idToken = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .setIssuer('https://vneid.example.invalid')
    .setAudience('portal')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(eidKeys.privateKey);
  return oidcClaimsProvider({ idToken, key: eidKeys.publicKey, audience: 'portal', attest: true });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TestSubmission = Submission & { data: Record<string, any> };

/** What `<tk-form>` submits after the citizen consents to both sources and types the rest (its `buildSubmission`). */
async function prefilledSubmission(vneid: CitizenDataProvider): Promise<TestSubmission> {
  const result = await runPrefill({ form, providers: [vneid, populationProvider()], decisions: { vneid: 'granted', population: 'granted' }, subject: PID, data: typed });
  expect(result.failures).toEqual([]);
  const { data, provenance } = applyPrefill(typed, result);
  const submittedAt = new Date().toISOString();
  const submission: Submission = {
    formId: form.id,
    formVersion: form.version,
    submissionId: randomUUID(),
    submittedAt,
    locale: 'vi',
    data: form.evaluate(data, { now: submittedAt }).submission,
    provenance,
    consent: result.consent,
  };
  if (result.attestations.length) submission.attestations = result.attestations;
  return submission as TestSubmission;
}

/** Posts a submission to the portal as the signed-in citizen's browser does. */
async function post(submission: unknown): Promise<{ status: number; body: VerifyResult }> {
  const response = await fetch(`${base}/api/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ACCESS_TOKEN}` },
    body: JSON.stringify(submission),
  });
  return { status: response.status, body: (await response.json()) as VerifyResult };
}

const refused = (r: { body: VerifyResult }): VerifyFailure => {
  if (r.body.ok) throw new Error('expected a refusal');
  return r.body;
};

/** The locked fields of the judicial record request that the e-ID fills. */
const LOCKED_EID = ['/applicant/fullName', '/applicant/idDocument/number', '/applicant/sex'];

/** The server README's configuration: keys of the sources that sign, and the session's claims of the e-ID. */
const trustingTheSession = (session: Record<string, unknown> | undefined): VerifyOptions => ({
  keys: { population: populationKeys.publicKey },
  trustedClaims: { vneid: session },
  subject: [PID, EID_SUB],
});

describe('verifySubmission with trustedClaims (the e-ID userinfo the portal holds)', () => {
  beforeAll(() => {
    sessions.set(ACCESS_TOKEN, { ...USERINFO });
    verifyOptionsFor = trustingTheSession;
  });

  it('accepts the README userinfo setup when the server passes the session claims (201)', async () => {
    const s = await prefilledSubmission(userinfoProvider());
    // The e-ID values are locked and unsigned; the population's are signed.
    expect(s.provenance['/applicant/fullName']).toMatchObject({ source: 'vneid', mode: 'locked' });
    expect(s.provenance['/applicant/fullName'].attestation).toBeUndefined();
    expect(s.provenance['/applicant/dateOfBirth']).toMatchObject({ source: 'population', mode: 'locked', attestation: 0 });
    const r = await post(s);
    expect(r.body.ok ? 'ok' : JSON.stringify(r.body.errors)).toBe('ok');
    expect(r.status).toBe(201);
    if (!r.body.ok) return;
    expect(r.body.envelope.data).toEqual(s.data);
    expect(r.body.envelope.provenance['/applicant/sex']).toMatchObject({ source: 'vneid', mode: 'locked', value: 'female' });
  });

  it('refuses the same submission with missing-attestation at each locked e-ID field when the server gives no claims', async () => {
    const s = await prefilledSubmission(userinfoProvider());
    for (const options of [{ keys: { population: populationKeys.publicKey } }, { ...trustingTheSession(undefined) }]) {
      const f = failure(await verifySubmission(form, s, options));
      expect(f).toMatchObject({ status: 422, reason: 'attestation-invalid' });
      expect(f.errors.map((e) => e.pointer).sort()).toEqual(LOCKED_EID);
      expect(f.errors.every((e) => e.messageKey === 'server.attestation.missing-attestation' && e.params.reason === 'missing-attestation')).toBe(true);
    }
  });

  it('refuses a locked e-ID value changed in the browser with trusted-value-mismatch at its pointer', async () => {
    const s = await prefilledSubmission(userinfoProvider());
    // A careful forger changes the provenance record too.
    s.data.applicant.sex = 'male';
    s.provenance['/applicant/sex'] = { ...s.provenance['/applicant/sex'], value: 'male' };
    const r = await post(s);
    expect(r.status).toBe(422);
    expect(refused(r)).toMatchObject({ reason: 'locked-value-changed' });
    expect(refused(r).errors).toEqual([
      expect.objectContaining({
        pointer: '/applicant/sex',
        keyword: 'locked',
        messageKey: 'server.locked.trusted-value-mismatch',
        params: expect.objectContaining({ source: 'vneid', reason: 'trusted-value-mismatch' }),
      }),
    ]);
  });

  it('refuses the locked e-ID values of a session of another citizen', async () => {
    const s = await prefilledSubmission(userinfoProvider());
    const someoneElse = { ...USERINFO, name: 'Lê Văn Ví Dụ', gender: 'male', vn_pid: '079203000123' };
    const f = failure(await verifySubmission(form, s, trustingTheSession(someoneElse)));
    expect(f).toMatchObject({ reason: 'locked-value-changed' });
    expect(f.errors.map((e) => [e.pointer, e.params.reason]).sort()).toEqual(LOCKED_EID.map((p) => [p, 'trusted-value-mismatch']));
  });

  it('refuses a locked e-ID value whose claim the session does not hold', async () => {
    const s = await prefilledSubmission(userinfoProvider());
    const { gender: _, ...withoutGender } = USERINFO;
    const f = failure(await verifySubmission(form, s, trustingTheSession(withoutGender)));
    expect(f.errors).toEqual([
      expect.objectContaining({ pointer: '/applicant/sex', params: expect.objectContaining({ reason: 'trusted-value-mismatch', detail: expect.stringContaining('/gender') }) }),
    ]);
  });

  it('refuses a locked e-ID value whose session claim the binding’s transform refuses, without echoing the claim', async () => {
    const s = await prefilledSubmission(userinfoProvider());
    const f = failure(await verifySubmission(form, s, trustingTheSession({ ...USERINFO, gender: 'không rõ' })));
    expect(f.errors).toEqual([
      expect.objectContaining({ pointer: '/applicant/sex', params: expect.objectContaining({ reason: 'trusted-value-mismatch', detail: expect.stringContaining('sex.code') }) }),
    ]);
    expect(JSON.stringify(f)).not.toContain('không rõ');
  });

  it('derives the expected value with the binding’s transform, as the browser did (gender "Nữ" is sex "female")', async () => {
    sessions.set(ACCESS_TOKEN, { ...USERINFO, gender: 'Nữ' });
    try {
      const s = await prefilledSubmission(userinfoProvider());
      expect(s.data.applicant.sex).toBe('female');
      expect((await post(s)).status).toBe(201);
      s.submissionId = randomUUID();
      s.data.applicant.sex = 'Nữ';
      s.provenance['/applicant/sex'] = { ...s.provenance['/applicant/sex'], value: 'Nữ' };
      expect(refused(await post(s)).errors[0]).toMatchObject({ pointer: '/applicant/sex', params: { reason: 'trusted-value-mismatch' } });
    } finally {
      sessions.set(ACCESS_TOKEN, { ...USERINFO });
    }
  });

  it('accepts an editable e-ID value the citizen changed, and refuses an entry that misstates what the session supplied', async () => {
    const s = await prefilledSubmission(userinfoProvider());
    s.data.applicant.phone = '0987654321';
    s.provenance['/applicant/phone'] = { ...s.provenance['/applicant/phone'], modified: true };
    expect((await post(s)).status).toBe(201);

    const lie = await prefilledSubmission(userinfoProvider());
    lie.data.applicant.phone = '0987654321';
    lie.provenance['/applicant/phone'] = { ...lie.provenance['/applicant/phone'], value: '0987654321' };
    const r = await post(lie);
    expect(refused(r)).toMatchObject({ status: 422, reason: 'provenance-mismatch' });
    expect(refused(r).errors).toEqual([
      expect.objectContaining({ pointer: '/applicant/phone', keyword: 'provenance', messageKey: 'server.provenance.trusted-value-mismatch' }),
    ]);
  });

  it('needs no e-ID attestation when the e-ID also has a key: the session claims are the evidence', async () => {
    const s = await prefilledSubmission(userinfoProvider());
    const both = { ...trustingTheSession(USERINFO), keys: { population: populationKeys.publicKey, vneid: eidKeys.publicKey } };
    await expect(verifySubmission(form, s, both)).resolves.toMatchObject({ ok: true });
    // Without the session claims, a key for the e-ID means its values must be signed, editable ones included.
    const f = failure(await verifySubmission(form, s, { ...both, trustedClaims: {} }));
    expect(f).toMatchObject({ reason: 'attestation-invalid' });
    expect(f.errors.map((e) => e.pointer)).toEqual(expect.arrayContaining(LOCKED_EID));
  });
});

describe('a changed locked value that feeds a computed value', () => {
  beforeAll(() => {
    sessions.set(ACCESS_TOKEN, { ...USERINFO });
    verifyOptionsFor = trustingTheSession;
  });

  // `/applicant/fullNameUpper` is computed from `/applicant/fullName`: the changed name, not the stale computed
  // value, is what was tampered with.
  it('is reported as locked-value-changed at /applicant/fullName, with the session claims', async () => {
    const s = await prefilledSubmission(userinfoProvider());
    s.data.applicant.fullName = 'Nguyễn Văn Khác';
    const r = await post(s);
    expect(refused(r)).toMatchObject({ status: 422, reason: 'locked-value-changed' });
    expect(refused(r).errors[0]).toMatchObject({ pointer: '/applicant/fullName', keyword: 'locked' });
    expect(refused(r).errors.map((e) => e.pointer)).not.toContain('/applicant/fullNameUpper');
  });

  it('is reported as locked-value-changed at /applicant/fullName, with an ID token as attestation (attest: true)', async () => {
    const s = await prefilledSubmission(await idTokenProvider(USERINFO));
    const keys = { population: populationKeys.publicKey, vneid: eidKeys.publicKey };
    await expect(verifySubmission(form, s, { keys, subject: [PID, EID_SUB] })).resolves.toMatchObject({ ok: true });
    s.data.applicant.fullName = 'Nguyễn Văn Khác';
    const f = failure(await verifySubmission(form, s, { keys }));
    expect(f).toMatchObject({ reason: 'locked-value-changed' });
    expect(f.errors).toEqual([expect.objectContaining({ pointer: '/applicant/fullName', keyword: 'locked', messageKey: 'server.locked.changed' })]);
  });

  it('is still a computed-mismatch when only the computed value was changed', async () => {
    const s = await prefilledSubmission(userinfoProvider());
    s.data.applicant.fullNameUpper = 'NGUYỄN VĂN KHÁC';
    const r = await post(s);
    expect(refused(r)).toMatchObject({ reason: 'computed-mismatch', errors: [{ pointer: '/applicant/fullNameUpper', keyword: 'computed' }] });
  });
});

function failure(r: VerifyResult): VerifyFailure {
  if (r.ok) throw new Error('expected a refusal, got ' + JSON.stringify(r.envelope.data));
  return r;
}
