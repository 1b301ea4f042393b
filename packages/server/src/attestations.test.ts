// SPDX-License-Identifier: MIT
// Every attestation a stored envelope carries has been verified, whoever cites it, and an editable entry that cites
// one records what that attestation says: a client cannot store "the e-ID supplied X" next to a forged, expired or
// someone else's signature, nor for an X the source never said, nor slip in a signed statement nothing uses.
import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileForm } from '@tokhai/core';
import type { CompiledForm, FormDefinition, JsonSchemaObject } from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';
import { signAttestation } from '@tokhai/prefill';
import { verifySubmission } from './verify.js';
import type { VerifyOptions } from './verify.js';
import type { VerifyFailure, VerifyResult } from './result.js';
import { CITIZEN, definition, validSubmission, vneidKeys } from './test/fixture-form.js';

/** A second signing source, for attestations of the wrong source. */
const populationKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const keys = () => ({ vneid: vneidKeys.publicKey, population: populationKeys.publicKey });
/** The e-ID claims the fixture's attestation 0 covers. */
const CLAIMS = { '/name': CITIZEN.name, '/vn_pid': CITIZEN.pid, '/phone_number': CITIZEN.phone };
/** The phone the citizen typed over the supplied one in the fixture (the entry is marked modified). */
const TYPED_PHONE = '0987654321';

let form: CompiledForm;

beforeAll(() => {
  form = compileForm(definition, { engine: ajvEngine() });
});

const failure = (r: VerifyResult): VerifyFailure => {
  if (r.ok) throw new Error('expected a refusal, got provenance ' + JSON.stringify(r.envelope.provenance));
  return r;
};

/** A valid fixture submission whose editable phone entry cites a second attestation, signed as `sign` says. */
async function phoneCiting(sign: Partial<Parameters<typeof signAttestation>[0]>) {
  const s = await validSubmission();
  const jws = await signAttestation({ source: 'vneid', subject: CITIZEN.pid, claims: CLAIMS, privateKey: vneidKeys.privateKey, ...sign });
  s.attestations = [...s.attestations!, { source: sign.source ?? 'vneid', jws }];
  s.provenance['/requester/phone'] = { ...s.provenance['/requester/phone'], attestation: 1 };
  return s;
}

describe('verifySubmission: the attestation an editable entry cites', () => {
  it('accepts an editable prefilled value the citizen changed, and stores the entry and its attestation as cited', async () => {
    const s = await validSubmission();
    expect(s.data.requester.phone).toBe(TYPED_PHONE);
    const r = await verifySubmission(form, s, { keys: keys(), subject: CITIZEN.pid });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.envelope.data).toMatchObject({ requester: { phone: TYPED_PHONE } });
    expect(r.envelope.provenance['/requester/phone']).toEqual({
      source: 'vneid', fetchedAt: s.submittedAt, mode: 'editable', value: CITIZEN.phone, modified: true, attestation: 0,
    });
    expect(r.envelope.attestations).toEqual(s.attestations);
  });

  it('refuses an editable entry citing a forged attestation (signed by a key the source does not hold), at the entry', async () => {
    const forger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const f = failure(await verifySubmission(form, await phoneCiting({ privateKey: forger.privateKey }), { keys: keys() }));
    expect(f).toMatchObject({ status: 422, reason: 'attestation-invalid' });
    expect(f.errors).toEqual([
      expect.objectContaining({
        pointer: '/requester/phone', keyword: 'attestation', messageKey: 'server.attestation.bad-signature', params: expect.objectContaining({ reason: 'bad-signature', attestation: 1 }),
      }),
    ]);
  });

  it('refuses an editable entry citing an expired attestation', async () => {
    const s = await phoneCiting({ issuedAt: new Date(Date.now() - 7_200_000), expiresIn: 60 });
    expect(failure(await verifySubmission(form, s, { keys: keys() }))).toMatchObject({
      status: 422, reason: 'attestation-invalid', errors: [{ pointer: '/requester/phone', params: { reason: 'expired' } }],
    });
  });

  it('refuses an editable entry citing an attestation about another person, with one subject or a list', async () => {
    const s = await phoneCiting({ subject: '079203000123' });
    for (const subject of [CITIZEN.pid, [CITIZEN.pid, 'vneid-account-1']]) {
      expect(failure(await verifySubmission(form, s, { keys: keys(), subject }))).toMatchObject({
        reason: 'attestation-invalid', errors: [{ pointer: '/requester/phone', messageKey: 'server.attestation.wrong-subject' }],
      });
    }
  });

  it('refuses an editable entry citing an attestation whose source has no key (it cannot be verified)', async () => {
    const s = await phoneCiting({ source: 'telecom' });
    expect(failure(await verifySubmission(form, s, { keys: keys() }))).toMatchObject({
      reason: 'attestation-invalid', errors: [{ pointer: '/requester/phone', params: { reason: 'unknown-key', source: 'telecom' } }],
    });
  });

  it('refuses an editable entry citing a genuine attestation of another source than the entry’s', async () => {
    const s = await phoneCiting({ source: 'population', privateKey: populationKeys.privateKey });
    expect(failure(await verifySubmission(form, s, { keys: keys() }))).toMatchObject({
      status: 422, reason: 'attestation-invalid', errors: [{ pointer: '/requester/phone', messageKey: 'server.attestation.wrong-issuer' }],
    });
  });

  it('refuses an entry whose supplied value is not what the attested claim gives (422 provenance.value-not-attested)', async () => {
    const s = await validSubmission({ locale: 'en' });
    s.provenance['/requester/phone'] = { ...s.provenance['/requester/phone'], value: '0999999999' };
    const f = failure(await verifySubmission(form, s, { keys: keys() }));
    expect(f).toMatchObject({ status: 422, reason: 'provenance-mismatch' });
    expect(f.errors).toEqual([
      expect.objectContaining({
        pointer: '/requester/phone',
        keyword: 'provenance',
        messageKey: 'server.provenance.value-not-attested',
        message: 'The value recorded as supplied by the source is not what the cited attestation states.',
        params: expect.objectContaining({ reason: 'value-mismatch', expected: CITIZEN.phone, actual: '0999999999', attestation: 0 }),
      }),
    ]);
  });

  it('refuses a typed value disguised as supplied (entry value = data value, unmarked, but not what was attested)', async () => {
    const s = await validSubmission();
    s.provenance['/requester/phone'] = { source: 'vneid', fetchedAt: s.submittedAt, mode: 'editable', value: TYPED_PHONE, attestation: 0 };
    expect(failure(await verifySubmission(form, s, { keys: keys() }))).toMatchObject({
      reason: 'provenance-mismatch', errors: [{ pointer: '/requester/phone', messageKey: 'server.provenance.value-not-attested' }],
    });
  });

  it('refuses an entry citing an attestation that does not cover its claim', async () => {
    const s = await validSubmission();
    const partial = await signAttestation({
      source: 'vneid', subject: CITIZEN.pid, claims: { '/name': CITIZEN.name, '/vn_pid': CITIZEN.pid }, privateKey: vneidKeys.privateKey,
    });
    s.attestations = [{ source: 'vneid', jws: partial }];
    const f = failure(await verifySubmission(form, s, { keys: keys() }));
    expect(f).toMatchObject({ reason: 'provenance-mismatch', errors: [{ pointer: '/requester/phone', params: { reason: 'claim-not-attested' } }] });
  });

  it('verifies an attestation cited only by the provenance of a value that is not kept (the envelope still stores it)', async () => {
    const forger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const s = await validSubmission();
    const forged = await signAttestation({ source: 'vneid', subject: CITIZEN.pid, claims: { '/ghost': 'x' }, privateKey: forger.privateKey });
    s.attestations = [...s.attestations!, { source: 'vneid', jws: forged }];
    s.data.ghost = 'x';
    s.provenance['/ghost'] = { source: 'vneid', fetchedAt: s.submittedAt, mode: 'editable', value: 'x', attestation: 1 };
    expect(failure(await verifySubmission(form, s, { keys: keys() }))).toMatchObject({
      reason: 'attestation-invalid', errors: [{ pointer: '/ghost', params: { reason: 'bad-signature', attestation: 1 } }],
    });
  });
});

describe('verifySubmission: an attestation nothing cites', () => {
  it('refuses it with 400 invalid-submission at /attestations/<i>, even when it is genuine', async () => {
    const s = await validSubmission();
    const extra = await signAttestation({ source: 'vneid', subject: CITIZEN.pid, claims: { '/email': 'mai@example.vn' }, privateKey: vneidKeys.privateKey });
    s.attestations = [...s.attestations!, { source: 'vneid', jws: extra }];
    const f = failure(await verifySubmission(form, s, { keys: keys() }));
    expect(f).toMatchObject({ status: 400, reason: 'invalid-submission' });
    expect(f.errors).toEqual([
      expect.objectContaining({ pointer: '/attestations/1', keyword: 'submission', messageKey: 'server.submission.unreferenced' }),
    ]);
    expect(f.errors[0].message).toBe('Không có thông tin điền sẵn nào dẫn chiếu đến chứng thực này.');
  });
});

describe('verifySubmission: editable values without an attestation', () => {
  /** The fixture with the phone offered by a source that does not sign (an address book, a userinfo read as JSON). */
  const unsigned: FormDefinition = {
    ...definition,
    prefill: [...definition.prefill!.filter((b) => b.target !== '/requester/phone'), { target: '/requester/phone', source: 'contacts', claim: '/phone', mode: 'editable' }],
  };
  const unsignedForm = () => compileForm(unsigned, { engine: ajvEngine() });
  const fromContacts = async () => {
    const s = await validSubmission();
    s.provenance['/requester/phone'] = { source: 'contacts', fetchedAt: s.submittedAt, mode: 'editable', value: CITIZEN.phone, modified: true };
    return s;
  };

  it('keeps the entry as stated when its source has no key (the source cannot sign)', async () => {
    const s = await fromContacts();
    const r = await verifySubmission(unsignedForm(), s, { keys: keys() });
    expect(r.ok && r.envelope.provenance['/requester/phone']).toEqual(s.provenance['/requester/phone']);
  });

  it('refuses it, as a locked one, when its source has a key (422 attestation.missing-attestation)', async () => {
    const options: VerifyOptions = { keys: { ...keys(), contacts: populationKeys.publicKey } };
    expect(failure(await verifySubmission(unsignedForm(), await fromContacts(), options))).toMatchObject({
      status: 422, reason: 'attestation-invalid', errors: [{ pointer: '/requester/phone', keyword: 'attestation', params: { reason: 'missing-attestation' } }],
    });
    const s = await validSubmission();
    delete s.provenance['/requester/phone'].attestation;
    expect(failure(await verifySubmission(form, s, { keys: keys() }))).toMatchObject({
      reason: 'attestation-invalid', errors: [{ pointer: '/requester/phone', messageKey: 'server.attestation.missing-attestation' }],
    });
  });
});

describe('verifySubmission: the binding’s transform decides what an attested claim supplied', () => {
  /** The fixture with the family name offered from the e-ID's full name (`name.family`). */
  const withFamily: FormDefinition = structuredClone(definition);
  const requester = (withFamily.schema as JsonSchemaObject).properties!.requester as JsonSchemaObject;
  requester.properties!.familyName = { type: 'string', maxLength: 50 };
  withFamily.prefill!.push({ target: '/requester/familyName', source: 'vneid', claim: '/name', transform: 'name.family', mode: 'editable' });
  const entry = (value: string) => ({ source: 'vneid', fetchedAt: new Date().toISOString(), mode: 'editable' as const, value, attestation: 0 });

  it('accepts the transformed claim and refuses the raw one', async () => {
    const family = compileForm(withFamily, { engine: ajvEngine() });
    const s = await validSubmission();
    s.data.requester.familyName = 'Trần';
    s.provenance['/requester/familyName'] = entry('Trần');
    await expect(verifySubmission(family, s, { keys: keys() })).resolves.toMatchObject({ ok: true });
    s.provenance['/requester/familyName'] = { ...entry(CITIZEN.name), modified: true };
    expect(failure(await verifySubmission(family, s, { keys: keys() }))).toMatchObject({
      reason: 'provenance-mismatch', errors: [{ pointer: '/requester/familyName', params: { reason: 'value-mismatch', expected: 'Trần' } }],
    });
  });
});
