// SPDX-License-Identifier: MIT
// The provenance a stored envelope carries must be true of its data: a client cannot make a declared value look
// supplied by a source, nor keep a locked entry that says something else than the data.
import { beforeAll, describe, expect, it } from 'vitest';
import { compileForm } from '@tokhai/core';
import type { CompiledForm } from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';
import { verifySubmission } from './verify.js';
import type { VerifyResult } from './result.js';
import { definition, validSubmission, vneidKeys } from './test/fixture-form.js';

let form: CompiledForm;
const keys = () => ({ vneid: vneidKeys.publicKey });
const failure = (r: VerifyResult) => {
  if (r.ok) throw new Error('expected a refusal, got provenance ' + JSON.stringify(r.envelope.provenance));
  return r;
};

beforeAll(() => {
  form = compileForm(definition, { engine: ajvEngine() });
});

describe('verifySubmission: provenance must be true of the kept data', () => {
  it('refuses a locked entry whose recorded value is not the submitted value (422 locked-value-changed)', async () => {
    const s = await validSubmission();
    s.provenance['/requester/fullName'] = { ...s.provenance['/requester/fullName'], value: 'Nguyễn Văn Khác' };
    const f = failure(await verifySubmission(form, s, { keys: keys() }));
    expect(f).toMatchObject({ status: 422, reason: 'locked-value-changed' });
    expect(f.errors).toEqual([expect.objectContaining({ pointer: '/requester/fullName', keyword: 'locked' })]);
  });

  it('refuses a locked entry marked modified, which a locked value can never be', async () => {
    const s = await validSubmission();
    s.provenance['/requester/pid'] = { ...s.provenance['/requester/pid'], modified: true };
    const f = failure(await verifySubmission(form, s, { keys: keys() }));
    expect(f).toMatchObject({ status: 422, reason: 'locked-value-changed', errors: [{ pointer: '/requester/pid', keyword: 'locked' }] });
  });

  it('refuses an editable value that differs from what the source supplied but is not marked modified', async () => {
    const s = await validSubmission();
    delete s.provenance['/requester/phone'].modified; // data says 0987654321, the source supplied 0912345678
    const f = failure(await verifySubmission(form, s, { keys: keys() }));
    expect(f).toMatchObject({ status: 422, reason: 'provenance-mismatch' });
    expect(f.errors).toEqual([
      expect.objectContaining({ pointer: '/requester/phone', keyword: 'provenance', messageKey: 'server.provenance.not-marked-modified' }),
    ]);
  });

  it('refuses provenance that claims a source for a field the form does not prefill from it', async () => {
    const s = await validSubmission({ locale: 'en' });
    s.provenance['/child/fullName'] = { source: 'population', fetchedAt: s.submittedAt, mode: 'editable', value: s.data.child.fullName };
    const f = failure(await verifySubmission(form, s, { keys: keys() }));
    expect(f).toMatchObject({ status: 422, reason: 'provenance-mismatch', message: expect.stringMatching(/provenance/) });
    expect(f.errors).toEqual([expect.objectContaining({ pointer: '/child/fullName', messageKey: 'server.provenance.unknown-binding' })]);
  });

  it('refuses an editable entry that names another source than the form’s binding', async () => {
    const s = await validSubmission();
    s.provenance['/requester/phone'] = { ...s.provenance['/requester/phone'], source: 'population' };
    expect(failure(await verifySubmission(form, s, { keys: keys() }))).toMatchObject({ reason: 'provenance-mismatch', errors: [{ pointer: '/requester/phone' }] });
  });

  it('accepts what <tk-form> sends: unchanged editable values unmarked, changed ones marked modified', async () => {
    const unchanged = await validSubmission();
    unchanged.data.requester.phone = unchanged.provenance['/requester/phone'].value as string;
    delete unchanged.provenance['/requester/phone'].modified;
    await expect(verifySubmission(form, unchanged, { keys: keys() })).resolves.toMatchObject({ ok: true });
    await expect(verifySubmission(form, await validSubmission(), { keys: keys() })).resolves.toMatchObject({ ok: true });
  });

  it('does not judge provenance of values that are not kept (cleared or hidden fields lose their provenance)', async () => {
    const s = await validSubmission();
    delete s.data.requester.phone;
    delete s.provenance['/requester/phone'].modified;
    const r = await verifySubmission(form, s, { keys: keys() });
    expect(r.ok && Object.keys(r.envelope.provenance)).toEqual(['/requester/fullName', '/requester/pid']);
  });
});
