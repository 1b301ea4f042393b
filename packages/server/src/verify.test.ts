// SPDX-License-Identifier: MIT
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FormDefinitionError, compileForm } from '@tokhai/core';
import type { CompiledForm, FormDefinition } from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';
import { digestData, signEnvelope, verifyEnvelope } from './envelope.js';
import { verifySubmission } from './verify.js';
import type { VerifyResult } from './result.js';
import { CITIZEN, definition, validSubmission, vneidKeys } from './test/fixture-form.js';

let form: CompiledForm;
const keys = () => ({ vneid: vneidKeys.publicKey });
const failure = (r: VerifyResult) => {
  if (r.ok) throw new Error('expected a refusal, got ' + JSON.stringify(r.envelope.data));
  return r;
};

beforeAll(() => {
  form = compileForm(definition, { engine: ajvEngine() });
});

describe('verifySubmission', () => {
  describe('when the submission is valid', () => {
    it('returns the canonical envelope with a digest of the kept data', async () => {
      const s = await validSubmission();
      // The server's clock: after the attestations were signed (an `iat` in the future would be refused).
      const now = new Date(Date.now() + 1000);
      const r = await verifySubmission(form, s, { keys: keys(), now, subject: CITIZEN.pid });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.envelope).toMatchObject({
        formId: s.formId,
        formVersion: '1.2.0',
        submissionId: s.submissionId,
        submittedAt: s.submittedAt,
        receivedAt: now.toISOString(),
        consent: s.consent,
        attestations: s.attestations,
      });
      expect(r.envelope.data).toEqual(s.data);
      expect(r.envelope.digest).toBe(digestData(s.data));
      expect(Object.keys(r.envelope.provenance).sort()).toEqual(['/requester/fullName', '/requester/phone', '/requester/pid']);
      expect(r.dropped).toEqual({ unknown: [], hidden: [] });
    });

    it('accepts an editable prefilled value the citizen changed', async () => {
      const s = await validSubmission();
      s.data.requester.phone = '0900000000';
      await expect(verifySubmission(form, s, { keys: keys() })).resolves.toMatchObject({ ok: true });
    });

    it('accepts a locked field the citizen typed because prefill was declined (no provenance)', async () => {
      const s = await validSubmission({ provenance: {}, attestations: [] });
      s.consent[0].decision = 'declined';
      await expect(verifySubmission(form, s, { keys: keys() })).resolves.toMatchObject({ ok: true });
    });

    it('lower-cases the submission id so that idempotency does not depend on case', async () => {
      const s = await validSubmission();
      const r = await verifySubmission(form, { ...s, submissionId: s.submissionId.toUpperCase() }, { keys: keys() });
      expect(r.ok && r.envelope.submissionId).toBe(s.submissionId);
    });

    it('produces an envelope that signs and verifies', async () => {
      const r = await verifySubmission(form, await validSubmission(), { keys: keys() });
      if (!r.ok) throw new Error(r.reason);
      const portal = generateKeyPairSync('ed25519');
      const jws = await signEnvelope(r.envelope, portal.privateKey);
      await expect(verifyEnvelope(r.envelope, jws, portal.publicKey)).resolves.toMatchObject({ ok: true });
    });
  });

  describe('dropping data', () => {
    it('drops the values of fields hidden by rules', async () => {
      const s = await validSubmission();
      s.data.father = { fullName: 'Trần Văn Hùng' };
      const r = await verifySubmission(form, s, { keys: keys() });
      if (!r.ok) throw new Error(JSON.stringify(r));
      expect(r.envelope.data).not.toHaveProperty('father');
      expect(r.dropped.hidden.some((p) => p.startsWith('/father'))).toBe(true);
      expect(r.envelope.digest).toBe(digestData(r.envelope.data));
    });

    it('keeps the same values when the rule shows them', async () => {
      const s = await validSubmission();
      s.data.fatherDeclared = true;
      s.data.father = { fullName: 'Trần Văn Hùng' };
      const r = await verifySubmission(form, s, { keys: keys() });
      expect(r.ok && r.envelope.data).toMatchObject({ father: { fullName: 'Trần Văn Hùng' } });
    });

    it('drops members the schema does not describe and reports their pointers', async () => {
      const s = await validSubmission();
      s.data.isApproved = true;
      s.data.child.nickname = 'Bin';
      const r = await verifySubmission(form, s, { keys: keys() });
      if (!r.ok) throw new Error(JSON.stringify(r));
      expect(r.envelope.data).not.toHaveProperty('isApproved');
      expect(r.envelope.data).not.toHaveProperty('child.nickname');
      expect(r.dropped.unknown.sort()).toEqual(['/child/nickname', '/isApproved']);
    });

    it('drops the provenance of values that were dropped', async () => {
      const s = await validSubmission();
      s.data.ghost = 'x';
      s.provenance['/ghost'] = { source: 'vneid', fetchedAt: s.submittedAt, mode: 'editable', value: 'x' };
      const r = await verifySubmission(form, s, { keys: keys() });
      expect(r.ok && Object.keys(r.envelope.provenance)).not.toContain('/ghost');
    });
  });

  describe('the submission time', () => {
    it('refuses a submittedAt ahead of the server clock by more than the allowed skew, at /submittedAt', async () => {
      const s = await validSubmission();
      // The server's clock ten minutes behind the client's: more than the default five minutes of skew.
      const behind = new Date(Date.parse(s.submittedAt) - 10 * 60_000);
      const f = failure(await verifySubmission(form, s, { keys: keys(), now: behind }));
      expect(f).toMatchObject({ status: 400, reason: 'invalid-submission' });
      expect(f.errors).toEqual([
        expect.objectContaining({ pointer: '/submittedAt', messageKey: 'server.submission.in-future', params: expect.objectContaining({ maxClockSkew: 300 }) }),
      ]);
      // A larger allowed skew passes this check (the attestations, signed after that `now`, are then refused as issued
      // in the future); a submission time in the past is accepted.
      await expect(verifySubmission(form, s, { keys: keys(), now: behind, maxClockSkew: 900 })).resolves.toMatchObject({ ok: false, reason: 'attestation-invalid' });
      await expect(verifySubmission(form, s, { keys: keys(), now: new Date(Date.now() + 3_600_000) })).resolves.toMatchObject({ ok: true });
    });

    it('refuses a submittedAt older than maxSubmissionAge when set (a backdated $now), and accepts any past one when not', async () => {
      const s = await validSubmission();
      const dayLater = new Date(Date.parse(s.submittedAt) + 2 * 86_400_000);
      await expect(verifySubmission(form, s, { keys: keys(), now: dayLater, maxAttestationAge: 7 * 86_400 })).resolves.toMatchObject({ ok: true });
      const f = failure(await verifySubmission(form, s, { keys: keys(), now: dayLater, maxSubmissionAge: 86_400 }));
      expect(f).toMatchObject({ status: 400, reason: 'invalid-submission' });
      expect(f.errors).toEqual([
        expect.objectContaining({ pointer: '/submittedAt', messageKey: 'server.submission.too-old', params: expect.objectContaining({ maxSubmissionAge: 86_400 }) }),
      ]);
      await expect(verifySubmission(form, s, { keys: keys(), now: dayLater, maxSubmissionAge: 3 * 86_400 })).resolves.toMatchObject({ ok: true });
    });
  });

  describe('computed values', () => {
    it('refuses a computed value that differs from the server’s, with its pointer', async () => {
      const s = await validSubmission();
      s.data.fee = 1000;
      const f = failure(await verifySubmission(form, s, { keys: keys() }));
      expect(f).toMatchObject({ status: 422, reason: 'computed-mismatch' });
      expect(f.errors).toEqual([expect.objectContaining({ pointer: '/fee', keyword: 'computed', params: { expected: 16000, actual: 1000 } })]);
    });

    it('refuses a submission that leaves a computed value out', async () => {
      const s = await validSubmission();
      delete s.data.fee;
      expect(failure(await verifySubmission(form, s, { keys: keys() }))).toMatchObject({ reason: 'computed-mismatch', errors: [{ pointer: '/fee' }] });
    });
  });

  describe('locked prefilled values', () => {
    it('refuses a locked value changed in the browser, with its pointer', async () => {
      const s = await validSubmission();
      s.data.requester.fullName = 'Nguyễn Văn Giả';
      const f = failure(await verifySubmission(form, s, { keys: keys() }));
      expect(f).toMatchObject({ status: 422, reason: 'locked-value-changed' });
      expect(f.errors).toEqual([expect.objectContaining({ pointer: '/requester/fullName', keyword: 'locked', messageKey: 'server.locked.changed' })]);
    });

    it('refuses a locked field re-labelled editable in the provenance', async () => {
      const s = await validSubmission();
      s.data.requester.pid = '079203000123';
      s.provenance['/requester/pid'] = { ...s.provenance['/requester/pid'], mode: 'editable' };
      expect(failure(await verifySubmission(form, s, { keys: keys() }))).toMatchObject({ reason: 'locked-value-changed', errors: [{ pointer: '/requester/pid' }] });
    });

    it('refuses an attestation signed by another key', async () => {
      const s = await validSubmission();
      const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      const f = failure(await verifySubmission(form, s, { keys: { vneid: other.publicKey } }));
      expect(f).toMatchObject({ status: 422, reason: 'attestation-invalid' });
      expect(f.errors[0]).toMatchObject({ keyword: 'attestation', params: { reason: 'bad-signature' } });
    });

    it('refuses locked values when no key is configured for their source', async () => {
      const f = failure(await verifySubmission(form, await validSubmission()));
      expect(f).toMatchObject({ reason: 'attestation-invalid', errors: [{ params: { reason: 'unknown-key' } }, { params: { reason: 'unknown-key' } }] });
    });

    it('refuses an attestation about another citizen', async () => {
      const f = failure(await verifySubmission(form, await validSubmission(), { keys: keys(), subject: '079203000123' }));
      expect(f.errors[0]).toMatchObject({ params: { reason: 'wrong-subject' } });
    });
  });

  describe('invalid data', () => {
    it('refuses data the form’s validator rejects, with located messages in the submission’s locale', async () => {
      const s = await validSubmission({ locale: 'en' });
      s.data.child.dateOfBirth = '31/02/2026';
      s.data.child.fullName = 'Khang 2';
      const f = failure(await verifySubmission(form, s, { keys: keys() }));
      expect(f).toMatchObject({ status: 422, reason: 'invalid-data', message: 'The declaration data is not valid.' });
      expect(f.errors.map((e) => e.pointer).sort()).toEqual(['/child/dateOfBirth', '/child/fullName']);
      expect(f.errors.every((e) => e.message.length > 0)).toBe(true);
    });

    it('enforces maxStringLength before the validator sees the string (413)', async () => {
      const s = await validSubmission();
      s.data.child.fullName = 'a'.repeat(50_000) + '1';
      const f = failure(await verifySubmission(form, s, { keys: keys() }));
      expect(f).toMatchObject({ status: 413, reason: 'string-too-long', errors: [{ pointer: '/data/child/fullName', keyword: 'limit' }] });
    });

    it('never needs to run a catastrophic pattern: core refuses such a definition before any submission arrives', () => {
      const redos = structuredClone(definition);
      (redos.schema as { $defs: Record<string, { pattern: string }> }).$defs.personName.pattern = '^(a+)+$';
      expect(() => compileForm(redos, { engine: ajvEngine() })).toThrow(FormDefinitionError);
    });

    it('enforces maxBytes and maxDepth given by the caller', async () => {
      const s = await validSubmission();
      expect(failure(await verifySubmission(form, s, { keys: keys(), limits: { maxBytes: 500 } }))).toMatchObject({ status: 413, reason: 'body-too-large' });
      expect(failure(await verifySubmission(form, s, { keys: keys(), limits: { maxDepth: 2 } }))).toMatchObject({ status: 413, reason: 'too-deep' });
    });
  });

  describe('the envelope part', () => {
    it.each([null, 'x', 42, [], {}])('refuses %j with 400', async (v) => {
      expect(failure(await verifySubmission(form, v))).toMatchObject({ status: 400, reason: 'invalid-submission' });
    });

    it('refuses a submission for another version of the form with 409', async () => {
      const f = failure(await verifySubmission(form, await validSubmission({ formVersion: '1.1.0' }), { keys: keys() }));
      expect(f).toMatchObject({ status: 409, reason: 'form-mismatch', errors: [{ pointer: '/formVersion' }] });
    });

    it('refuses a submission for another form with 409', async () => {
      const f = failure(await verifySubmission(form, await validSubmission({ formId: 'vn.moj.death-registration' }), { keys: keys() }));
      expect(f).toMatchObject({ status: 409, errors: [{ pointer: '/formId' }] });
    });

    it('answers in Vietnamese by default', async () => {
      expect(failure(await verifySubmission(form, {})).message).toBe('Hồ sơ không đúng cấu trúc của một bản nộp tokhai.');
    });
  });

  describe('on hostile input', () => {
    it('never throws, and refuses with a 4xx, for arbitrary JSON values', async () => {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue(), async (v) => {
          const r = await verifySubmission(form, v);
          return !r.ok && [400, 409, 413, 422].includes(r.status);
        }),
        { numRuns: 300 },
      );
    });

    it('never throws for a valid submission with arbitrary data, and only accepts data it re-validated', async () => {
      const base = await validSubmission();
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom('requester', 'child', 'father', 'fatherDeclared', 'copies', 'fee', 'x'), fc.jsonValue()), async (patch) => {
          const s = { ...base, submissionId: randomUUID(), data: { ...base.data, ...patch } };
          const r = await verifySubmission(form, s, { keys: keys() });
          if (r.ok) return form.validate(r.envelope.data).valid && r.envelope.digest === digestData(r.envelope.data);
          return [400, 409, 413, 422].includes(r.status) && typeof r.message === 'string';
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('verifySubmission with the catalog forms', () => {
  const formsDir = fileURLToPath(new URL('../../../forms/', import.meta.url));
  const catalog = existsSync(formsDir)
    ? readdirSync(formsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(`${formsDir}${d.name}/fixtures/valid`))
        .map((d) => d.name)
    : [];

  it.each(catalog)('accepts every valid fixture of %s, as the browser would submit it', async (dir) => {
    const file = readdirSync(`${formsDir}${dir}`).find((f) => f.endsWith('.form.json'))!;
    const def = JSON.parse(readFileSync(`${formsDir}${dir}/${file}`, 'utf8')) as FormDefinition;
    const compiled = compileForm(def, { engine: ajvEngine() });
    for (const fixture of readdirSync(`${formsDir}${dir}/fixtures/valid`)) {
      const data = compiled.prepareSubmission(JSON.parse(readFileSync(`${formsDir}${dir}/fixtures/valid/${fixture}`, 'utf8')));
      const submission = {
        formId: def.id, formVersion: def.version, submissionId: randomUUID(), submittedAt: new Date().toISOString(),
        locale: 'vi', data, provenance: {}, consent: [],
      };
      const r = await verifySubmission(compiled, submission);
      expect(r.ok ? 'ok' : `${fixture}: ${JSON.stringify(r.errors.slice(0, 3))}`).toBe('ok');
    }
  });
});
