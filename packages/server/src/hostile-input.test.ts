// SPDX-License-Identifier: MIT
// Hostile bodies through the whole path a portal runs (parseSubmissionBody, then verifySubmission): each one gets a
// located 4xx or is kept as plain data, never a throw, a 500 or a polluted prototype.
import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, UnsecuredJWT } from 'jose';
import { compileForm } from '@tokhai/core';
import type { CompiledForm, JsonSchemaObject } from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';
import { signAttestation } from '@tokhai/prefill';
import { parseSubmissionBody } from './body.js';
import { canonicalJson } from './canonical.js';
import { digestData, signEnvelope, verifyEnvelope } from './envelope.js';
import { verifySubmission } from './verify.js';
import { MAX_REPORTED_ERRORS, type VerifyResult } from './result.js';
import { CITIZEN, definition, validSubmission, vneidKeys } from './test/fixture-form.js';

let form: CompiledForm;
const keys = () => ({ vneid: vneidKeys.publicKey });
const JSON_TYPE = 'application/json; charset=utf-8';

/** Parses `text` as a portal would, then verifies it. */
async function post(text: string, target: CompiledForm = form): Promise<VerifyResult> {
  const body = parseSubmissionBody(Buffer.from(text, 'utf8'), JSON_TYPE);
  return body.ok ? verifySubmission(target, body.value, { keys: keys() }) : body;
}
/** The valid fixture submission as JSON text, with `edit` applied to the text. */
const text = async (edit: (t: string) => string = (t) => t) => edit(JSON.stringify(await validSubmission()));

beforeAll(() => {
  form = compileForm(definition, { engine: ajvEngine() });
});

describe('hostile submission bodies', () => {
  it('refuses "__proto__" at the top level and in the provenance with located 400s, and never pollutes Object.prototype', async () => {
    const top = await post(await text((t) => t.replace('{"formId"', '{"__proto__":{"polluted":1},"formId"')));
    expect(top).toMatchObject({ ok: false, status: 400, errors: [{ pointer: '/__proto__', messageKey: 'server.submission.unknown' }] });
    const prov = await post(await text((t) => t.replace('"provenance":{', '"provenance":{"__proto__":{"source":"x"},')));
    expect(prov).toMatchObject({ ok: false, status: 400, errors: [{ pointer: '/provenance/__proto__' }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops "__proto__" and "constructor" members the schema does not describe, as unknown data', async () => {
    const r = await post(await text((t) => t.replace('"data":{', '"data":{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}},')));
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.dropped.unknown.sort()).toEqual(['/__proto__', '/constructor']);
    expect(Object.keys(r.envelope.data as object)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('keeps "__proto__" inside a free-form object as an own data member, with a plain prototype', async () => {
    const schema = structuredClone(definition.schema) as JsonSchemaObject & { properties: Record<string, unknown> };
    schema.properties.notes = { type: 'object' };
    const free = compileForm({ ...definition, schema }, { engine: ajvEngine() });
    const r = await post(await text((t) => t.replace('"data":{', '"data":{"notes":{"__proto__":{"isAdmin":true},"a":1},')), free);
    if (!r.ok) throw new Error(JSON.stringify(r));
    const notes = (r.envelope.data as { notes: Record<string, unknown> }).notes;
    expect(Object.getPrototypeOf(notes)).toBe(Object.prototype);
    expect(Object.keys(notes)).toEqual(['__proto__', 'a']);
    expect(notes.isAdmin).toBeUndefined();
    expect(r.envelope.digest).toBe(digestData(r.envelope.data));
  });

  it('refuses a number that overflows to Infinity (1e400) with 400 and its pointer', async () => {
    const r = await post(await text((t) => t.replace('"copies":2', '"copies":1e400')));
    expect(r).toMatchObject({ ok: false, status: 400, reason: 'not-i-json', errors: [{ pointer: '/data/copies', keyword: 'limit' }] });
  });

  it('accepts other spellings of the same numbers (2.0, 1.6e4, -0) and stores them canonically', async () => {
    const r = await post(await text((t) => t.replace('"copies":2', '"copies":2.0').replace('"fee":16000', '"fee":1.6e4')));
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.envelope.digest).toBe(digestData((await validSubmission()).data));
    const zero = await post(await text((t) => t.replace('"copies":2', '"copies":-0').replace('"fee":16000', '"fee":0')));
    if (!zero.ok) throw new Error(JSON.stringify(zero));
    expect(canonicalJson(zero.envelope.data)).toContain('"copies":0,');
    expect(zero.envelope.digest).toBe(digestData({ ...(zero.envelope.data as object), copies: 0 }));
  });

  it('refuses an escaped lone surrogate anywhere, keys included, with 400 and its pointer', async () => {
    const r = await post(await text((t) => t.replace('"data":{', '"data":{"\\udc00x":1,')));
    expect(r).toMatchObject({ ok: false, status: 400, reason: 'not-i-json', errors: [{ pointer: '/data/\udc00x' }] });
  });

  it('resolves duplicate member names as JSON.parse does (last wins) and digests exactly what it verified', async () => {
    const r = await post(await text((t) => t.replace('"copies":2', '"copies":9,"copies":2')));
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect((r.envelope.data as { copies: number }).copies).toBe(2);
    expect(r.envelope.digest).toBe(digestData(r.envelope.data));
  });

  it('answers 413 for a small body of many values (10,001 empty objects, 30 kB), before any validation', async () => {
    const many = await text((t) => t.replace('"data":{', `"data":{"notes":[${Array.from({ length: 10_001 }, () => '{}').join(',')}],`));
    expect(Buffer.byteLength(many)).toBeLessThan(64 * 1024);
    const r = await post(many);
    expect(r).toMatchObject({ ok: false, status: 413, reason: 'body-too-large', errors: [{ messageKey: 'server.limit.body-too-large', params: { limit: 'maxValues 10000' } }] });
  });

  it('lists at most MAX_REPORTED_ERRORS errors and counts the others, so a small body cannot get megabytes back', async () => {
    const consent = Array.from({ length: 500 }, () => '{}').join(',');
    const r = await post(await text((t) => t.replace(/"consent":\[.*?\],"attestations"/, `"consent":[${consent}],"attestations"`)));
    if (r.ok) throw new Error('accepted');
    expect(r.status).toBe(400);
    expect(r.errors).toHaveLength(MAX_REPORTED_ERRORS);
    // Five required members missing in each of 500 consent records.
    expect(r.omittedErrors).toBe(500 * 5 - MAX_REPORTED_ERRORS);
    expect(r.errors[0]).toMatchObject({ pointer: '/consent/0/source', messageKey: 'server.submission.required' });
  });

  it('leaves omittedErrors out when every error is listed', async () => {
    const r = await post(await text((t) => t.replace('"locale":"vi"', '"locale":"fr"')));
    expect(r).toMatchObject({ ok: false, status: 400 });
    expect(r).not.toHaveProperty('omittedErrors');
  });

  it('answers 413 for nesting deeper than the limit, even 260,000 levels deep', () => {
    const deep = '['.repeat(260_000) + ']'.repeat(260_000);
    expect(parseSubmissionBody(deep, JSON_TYPE, { limits: { maxBytes: 1e6 } })).toMatchObject({ ok: false, status: 413, reason: 'too-deep' });
  });
});

describe('hostile attestations', () => {
  const claims = { '/name': CITIZEN.name, '/vn_pid': CITIZEN.pid };
  const withJws = async (jws: string) => verifySubmission(form, { ...(await validSubmission()), attestations: [{ source: 'vneid', jws }] }, { keys: keys() });
  const reasons = (r: VerifyResult) => (r.ok ? [] : r.errors.map((e) => (e.params as { reason?: string }).reason ?? e.messageKey));

  it('refuses an unsecured JWS (alg: none), with or without a signature part', async () => {
    const none = new UnsecuredJWT({ claims }).setIssuer('vneid').setSubject(CITIZEN.pid).setIssuedAt().encode();
    expect(await withJws(none)).toMatchObject({ ok: false, status: 400, errors: [{ pointer: '/attestations/0/jws' }] });
    const padded = await withJws(`${none}c2ln`);
    expect(padded).toMatchObject({ ok: false, status: 422, reason: 'attestation-invalid' });
    expect(reasons(padded)).toEqual(['bad-signature', 'bad-signature']);
  });

  it('refuses an HMAC attestation (algorithm confusion) and one signed by a key the server does not trust for the source', async () => {
    const hs = await new SignJWT({ claims }).setProtectedHeader({ alg: 'HS256' }).setIssuer('vneid').setSubject(CITIZEN.pid).setIssuedAt().sign(new Uint8Array(32));
    expect(reasons(await withJws(hs))).toEqual(['bad-signature', 'bad-signature']);
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const forged = await signAttestation({ source: 'vneid', subject: CITIZEN.pid, claims, privateKey: other.privateKey });
    expect(reasons(await withJws(forged))).toEqual(['bad-signature', 'bad-signature']);
  });

  it('refuses an expired attestation and one issued by another source', async () => {
    const expired = await signAttestation({
      source: 'vneid', subject: CITIZEN.pid, claims, privateKey: vneidKeys.privateKey, issuedAt: new Date(Date.now() - 7_200_000), expiresIn: 60,
    });
    expect(reasons(await withJws(expired))).toEqual(['expired', 'expired']);
    const population = await signAttestation({ source: 'population', subject: CITIZEN.pid, claims, privateKey: vneidKeys.privateKey });
    expect(reasons(await withJws(population))).toEqual(['wrong-issuer', 'wrong-issuer']);
  });

  it('refuses an attestation about another person when the portal gives several identifiers of the citizen', async () => {
    const other = await signAttestation({ source: 'vneid', subject: '079203000123', claims, privateKey: vneidKeys.privateKey });
    const s = { ...(await validSubmission()), attestations: [{ source: 'vneid', jws: other }] };
    const r = await verifySubmission(form, s, { keys: keys(), subject: [CITIZEN.pid, 'vneid-account-1'] });
    expect(reasons(r)).toEqual(['wrong-subject', 'wrong-subject']);
  });
});

describe('canonical form', () => {
  it('verifies an envelope whatever the member order of the stored JSON', async () => {
    const r = await verifySubmission(form, await validSubmission(), { keys: keys() });
    if (!r.ok) throw new Error(r.reason);
    const portal = generateKeyPairSync('ed25519');
    const signature = await signEnvelope(r.envelope, portal.privateKey);
    const reversed = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reversed) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;
    await expect(verifyEnvelope(reversed(r.envelope) as typeof r.envelope, signature, portal.publicKey)).resolves.toMatchObject({ ok: true });
  });
});

describe('attestation subjects', () => {
  /** The e-ID's signed userinfo (an ID token): its `sub` is the e-ID account, `vn_pid` the ĐDCN. */
  const idToken = () =>
    new SignJWT({ name: CITIZEN.name, vn_pid: CITIZEN.pid, phone_number: CITIZEN.phone })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
      .setIssuer('https://vneid.example')
      .setSubject('vneid-account-1')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(vneidKeys.privateKey);

  it('judges an e-ID ID token by the same identifiers whether the subject is one ĐDCN or a list of them', async () => {
    const s = { ...(await validSubmission()), attestations: [{ source: 'vneid', jws: await idToken() }] };
    await expect(verifySubmission(form, s, { keys: keys(), subject: CITIZEN.pid })).resolves.toMatchObject({ ok: true });
    await expect(verifySubmission(form, s, { keys: keys(), subject: [CITIZEN.pid] })).resolves.toMatchObject({ ok: true });
    await expect(verifySubmission(form, s, { keys: keys(), subject: ['vneid-account-1'] })).resolves.toMatchObject({ ok: true });
    const other = await verifySubmission(form, s, { keys: keys(), subject: ['079203000123', 'vneid-account-2'] });
    expect(other).toMatchObject({ ok: false, reason: 'attestation-invalid', errors: [{ params: { reason: 'wrong-subject' } }, { params: { reason: 'wrong-subject' } }] });
  });
});
