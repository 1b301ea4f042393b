// SPDX-License-Identifier: MIT
// The portal's HTTP API against a real server on 127.0.0.1: verification, idempotency, the 4xx answers, the
// stored rows and their signatures. Needs `forms/dist` (npm run build).
import { createHash, createPublicKey, verify } from 'node:crypto';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, importJWK } from 'jose';
import { digestData, verifyEnvelope } from '@tokhai/server';
import { escapeHtml } from './http.mjs';
import { CITIZEN_PID, OTHER_PID, makeSubmission, post, requireBuildOutputs, rowsOnDisk, signIn, startTestPortal } from './test-support.mjs';

const BIRTH = 'vn.moj.birth-registration';
const BUNDLE = 'vn.gov.bundle.birth-residence-insurance';

let portal;
let cookie;

beforeAll(async () => {
  requireBuildOutputs();
  portal = await startTestPortal();
  cookie = await signIn(portal.url);
}, 60_000);

afterAll(async () => {
  await portal?.cleanup();
});

describe('POST /api/submissions', () => {
  it('verifies, signs and stores a prefilled submission, and answers 201 with the receipt', async () => {
    const submission = await makeSubmission(portal, cookie, BIRTH);
    expect(Object.values(submission.provenance).some((p) => p.mode === 'locked')).toBe(true);
    const r = await post(portal.url, '/api/submissions', cookie, submission);
    expect(r.status).toBe(201);
    expect(r.json).toMatchObject({ status: 'received', filingId: submission.submissionId, receiptUrl: `/receipts/${submission.submissionId}` });
    const [receipt] = r.json.submissions;
    expect(receipt.digest).toBe(digestData(receipt.envelope.data));
    const onDisk = await rowsOnDisk(portal.dbFile);
    expect(onDisk.filter((row) => row.submission_id === submission.submissionId)).toEqual([
      { submission_id: submission.submissionId, form_id: BIRTH, filing_id: submission.submissionId, owner: CITIZEN_PID, digest: receipt.digest },
    ]);
  });

  it('stores an envelope whose signature a third party verifies with the published JWKS', async () => {
    const submission = await makeSubmission(portal, cookie, BIRTH);
    const r = await post(portal.url, '/api/submissions', cookie, submission);
    const stored = await (await fetch(`${portal.url}/api/submissions/${submission.submissionId}`, { headers: { cookie } })).json();
    const jwks = await (await fetch(`${portal.url}/.well-known/jwks.json`)).json();
    const key = jwks.keys.find((k) => k.kid === stored.kid);
    expect(key).toBeDefined();
    await expect(verifyEnvelope(stored.envelope, stored.signature, await importJWK(key, 'EdDSA'))).resolves.toMatchObject({ ok: true });
    expect(createLocalJWKSet(jwks)).toBeTypeOf('function');
    const tampered = { ...stored.envelope, data: { ...stored.envelope.data, copies: { requested: true, count: 9 } } };
    await expect(verifyEnvelope(tampered, stored.signature, await importJWK(key, 'EdDSA'))).resolves.toMatchObject({ ok: false });
    expect(r.json.submissions[0].signature).toBe(stored.signature);
  });

  it('can be verified by the steps of packages/server/README.md, with node:crypto and canonicalize only', async () => {
    const submission = await makeSubmission(portal, cookie, BIRTH);
    await post(portal.url, '/api/submissions', cookie, submission);
    const { envelope, signature, kid } = await (await fetch(`${portal.url}/api/submissions/${submission.submissionId}`, { headers: { cookie } })).json();
    const jwks = await (await fetch(`${portal.url}/.well-known/jwks.json`)).json();
    const jwk = jwks.keys.find((k) => k.kid === kid);
    const digest = createHash('sha256').update(canonicalize(envelope.data), 'utf8').digest('hex');
    expect(digest).toBe(envelope.digest);
    const [header, , sig] = signature.split('.');
    const input = `${header}.${Buffer.from(canonicalize(envelope), 'utf8').toString('base64url')}`;
    const key = createPublicKey({ key: jwk, format: 'jwk' });
    expect(verify(null, Buffer.from(input), key, Buffer.from(sig, 'base64url'))).toBe(true);
    const changed = { ...envelope, receivedAt: new Date(0).toISOString() };
    const changedInput = `${header}.${Buffer.from(canonicalize(changed), 'utf8').toString('base64url')}`;
    expect(verify(null, Buffer.from(changedInput), key, Buffer.from(sig, 'base64url'))).toBe(false);
  });

  it('is idempotent: a resubmission returns the stored receipt (200) and stores nothing new', async () => {
    const submission = await makeSubmission(portal, cookie, BIRTH);
    const first = await post(portal.url, '/api/submissions', cookie, submission);
    const again = await post(portal.url, '/api/submissions', cookie, submission);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json.status).toBe('already-received');
    expect(again.json.submissions[0]).toEqual(first.json.submissions[0]);
    expect((await rowsOnDisk(portal.dbFile)).filter((row) => row.submission_id === submission.submissionId)).toHaveLength(1);
  });

  it('stores concurrent duplicates once: one 201, every other answer the same receipt', async () => {
    const submission = await makeSubmission(portal, cookie, BIRTH);
    const answers = await Promise.all(Array.from({ length: 12 }, () => post(portal.url, '/api/submissions', cookie, submission)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const signatures = new Set(answers.map((a) => a.json.submissions[0].signature));
    expect(signatures.size).toBe(1);
    expect(portal.store.list().filter((row) => row.submission_id === submission.submissionId)).toHaveLength(1);
  });

  it('answers 409 when a submission id is reused for different data, and keeps the first', async () => {
    const submission = await makeSubmission(portal, cookie, BIRTH);
    await post(portal.url, '/api/submissions', cookie, submission);
    const other = { ...submission, data: { ...submission.data, copies: { requested: true, count: 3 } } };
    const r = await post(portal.url, '/api/submissions', cookie, other);
    expect(r.status).toBe(409);
    expect(r.json.reason).toBe('submission-id-conflict');
    expect(portal.store.get(submission.submissionId).digest).toBe(digestData(submission.data));
  });

  it('answers 409 when another citizen resubmits someone else’s submission id', async () => {
    const submission = await makeSubmission(portal, cookie, BIRTH, { prefill: false });
    expect((await post(portal.url, '/api/submissions', cookie, submission)).status).toBe(201);
    const otherCookie = await signIn(portal.url, OTHER_PID);
    expect((await post(portal.url, '/api/submissions', otherCookie, submission)).status).toBe(409);
  });

  describe('refuses, stores nothing, and says why', () => {
    const countAfter = async (fn) => {
      const before = portal.store.count();
      const r = await fn();
      expect(portal.store.count()).toBe(before);
      return r;
    };

    it('401 without a session', async () => {
      const r = await countAfter(async () => post(portal.url, '/api/submissions', undefined, await makeSubmission(portal, cookie, BIRTH, { prefill: false })));
      expect(r).toMatchObject({ status: 401, json: { reason: 'not-signed-in' } });
    });

    it('422 with the pointer and the field’s label when a locked prefilled value was changed in the browser', async () => {
      const submission = await makeSubmission(portal, cookie, BIRTH);
      const locked = Object.entries(submission.provenance).find(([, p]) => p.mode === 'locked')[0];
      const [, group, field] = locked.split('/');
      submission.data[group][field] = 'Tên Đã Bị Sửa';
      const r = await countAfter(() => post(portal.url, '/api/submissions', cookie, submission));
      expect(r.status).toBe(422);
      expect(r.json).toMatchObject({ reason: 'locked-value-changed', errors: [{ pointer: locked, keyword: 'locked' }] });
      // The form's own name of the field, so the page can say which answer without the pointer.
      expect(locked).toBe('/requester/fullName');
      expect(r.json.errors[0].label).toBe('Họ, chữ đệm, tên người yêu cầu');
    });

    it('422 when a computed value differs from the server’s', async () => {
      const submission = await makeSubmission(portal, cookie, BIRTH, { prefill: false });
      submission.data.child.dateOfBirthInWords = 'Ngày mười lăm';
      const r = await countAfter(() => post(portal.url, '/api/submissions', cookie, submission));
      expect(r.json).toMatchObject({ reason: 'computed-mismatch', errors: [{ pointer: '/child/dateOfBirthInWords' }] });
      expect(r.status).toBe(422);
    });

    it('422 with located, localized errors for invalid data', async () => {
      const submission = await makeSubmission(portal, cookie, BIRTH, { prefill: false, locale: 'en' });
      submission.data.child.dateOfBirth = '2025-02-30';
      submission.data = portal.catalog.latest(BIRTH).compiled.prepareSubmission(submission.data);
      const r = await countAfter(() => post(portal.url, '/api/submissions', cookie, submission));
      expect(r.status).toBe(422);
      expect(r.json.reason).toBe('invalid-data');
      expect(r.json.errors.map((e) => e.pointer)).toContain('/child/dateOfBirth');
      expect(r.json.errors.find((e) => e.pointer === '/child/dateOfBirth').label).toBe('Date of birth');
    });

    it('400 for malformed JSON', async () => {
      const r = await countAfter(() => post(portal.url, '/api/submissions', cookie, '{"formId": "vn.moj', { raw: true }));
      expect(r).toMatchObject({ status: 400, json: { reason: 'malformed-json' } });
    });

    it('415 for another content type', async () => {
      const r = await countAfter(() => post(portal.url, '/api/submissions', cookie, 'formId=vn.moj.birth-registration', { raw: true, contentType: 'application/x-www-form-urlencoded' }));
      expect(r).toMatchObject({ status: 415, json: { reason: 'unsupported-media-type' } });
    });

    it('413 for a body over the limit', async () => {
      const submission = await makeSubmission(portal, cookie, BIRTH, { prefill: false });
      submission.data.child.fullName = 'A'.repeat(600_000);
      const r = await countAfter(() => post(portal.url, '/api/submissions', cookie, submission));
      expect(r).toMatchObject({ status: 413, json: { reason: 'body-too-large' } });
    });

    it('413 with the pointer for a string over maxStringLength, before validation', async () => {
      const submission = await makeSubmission(portal, cookie, BIRTH, { prefill: false });
      submission.data.child.fullName = 'Ă'.repeat(20_000);
      const r = await countAfter(() => post(portal.url, '/api/submissions', cookie, submission));
      expect(r).toMatchObject({ status: 413, json: { reason: 'string-too-long', errors: [{ pointer: '/data/child/fullName' }] } });
    });

    it('404 for an unknown form and 422 for a version the portal does not serve', async () => {
      const submission = await makeSubmission(portal, cookie, BIRTH, { prefill: false });
      const unknown = await countAfter(() => post(portal.url, '/api/submissions', cookie, { ...submission, formId: 'vn.moj.unknown-procedure' }));
      expect(unknown).toMatchObject({ status: 404, json: { reason: 'unknown-form' } });
      const old = await countAfter(() => post(portal.url, '/api/submissions', cookie, { ...submission, formVersion: '0.9.0' }));
      expect(old).toMatchObject({ status: 422, json: { reason: 'unknown-form-version' } });
    });

    it('400 for a body that is not a submission', async () => {
      // The version the portal serves, so the body fails on its shape and not on an unknown version.
      const { formVersion } = await makeSubmission(portal, cookie, BIRTH, { prefill: false });
      const r = await countAfter(() => post(portal.url, '/api/submissions', cookie, { formId: BIRTH, formVersion }));
      expect(r.status).toBe(400);
      expect(r.json.reason).toBe('invalid-submission');
      expect(r.json.errors.map((e) => e.pointer)).toContain('/submissionId');
      // A pointer into the submission, not into the form's data: no field to name.
      expect(r.json.errors.every((e) => e.label === undefined)).toBe(true);
    });

    it('answers in English when the submission is in English', async () => {
      const r = await post(portal.url, '/api/submissions?lang=en', cookie, '{', { raw: true });
      expect(r.json.message).toBe('The body is not valid JSON.');
    });
  });
});

describe('POST /api/bundles/:id/submissions', () => {
  const members = ['vn.moj.birth-registration', 'vn.bca.residence-change-ct01', 'vn.bhxh.health-insurance-under6'];

  it('stores one envelope per member procedure under one filing, and is idempotent', async () => {
    const submissions = await Promise.all(members.map((id) => makeSubmission(portal, cookie, id)));
    const filingId = crypto.randomUUID();
    const first = await post(portal.url, `/api/bundles/${BUNDLE}/submissions`, cookie, { filingId, submissions });
    expect(first.status).toBe(201);
    expect(first.json.submissions.map((s) => s.formId)).toEqual(members);
    const again = await post(portal.url, `/api/bundles/${BUNDLE}/submissions`, cookie, { filingId, submissions });
    expect(again.status).toBe(200);
    const rows = (await rowsOnDisk(portal.dbFile)).filter((row) => row.filing_id === filingId);
    expect(rows.map((row) => row.form_id)).toEqual(members);
  });

  it('stores nothing of the bundle when one member is refused', async () => {
    const submissions = await Promise.all(members.map((id) => makeSubmission(portal, cookie, id, { prefill: false })));
    submissions[2].data.child = { ...submissions[2].data.child, dateOfBirth: 'yesterday' };
    submissions[2].data = portal.catalog.latest(members[2]).compiled.prepareSubmission(submissions[2].data);
    const before = portal.store.count();
    const r = await post(portal.url, `/api/bundles/${BUNDLE}/submissions`, cookie, { submissions });
    expect(r.status).toBe(422);
    expect(r.json).toMatchObject({ index: 2, formId: members[2] });
    expect(portal.store.count()).toBe(before);
  });

  it('stores nothing of the bundle when one member’s id is already another citizen’s, even with the same data', async () => {
    const submissions = await Promise.all(members.map((id) => makeSubmission(portal, cookie, id, { prefill: false })));
    const otherCookie = await signIn(portal.url, OTHER_PID);
    expect((await post(portal.url, '/api/submissions', otherCookie, submissions[1])).status).toBe(201);
    const r = await post(portal.url, `/api/bundles/${BUNDLE}/submissions`, cookie, { submissions });
    expect(r.status).toBe(409);
    expect(r.json).toMatchObject({ reason: 'submission-id-conflict', submissionId: submissions[1].submissionId });
    expect(portal.store.get(submissions[0].submissionId)).toBeUndefined();
    expect(portal.store.get(submissions[2].submissionId)).toBeUndefined();
  });

  it('refuses forms that are not members, and duplicates (400), and unknown bundles (404)', async () => {
    const birth = await makeSubmission(portal, cookie, BIRTH, { prefill: false });
    const judicial = await makeSubmission(portal, cookie, 'vn.moj.judicial-record-request', { prefill: false });
    expect((await post(portal.url, `/api/bundles/${BUNDLE}/submissions`, cookie, { submissions: [birth, judicial] })).status).toBe(400);
    expect((await post(portal.url, `/api/bundles/${BUNDLE}/submissions`, cookie, { submissions: [birth, birth] })).status).toBe(400);
    expect((await post(portal.url, `/api/bundles/${BUNDLE}/submissions`, cookie, { submissions: [] })).status).toBe(400);
    expect((await post(portal.url, '/api/bundles/vn.gov.bundle.none/submissions', cookie, { submissions: [birth] })).status).toBe(404);
  });
});

describe('pages', () => {
  const get = async (path, headers = {}) => {
    const r = await fetch(portal.url + path, { headers });
    return { status: r.status, text: await r.text(), headers: r.headers };
  };

  it('lists every catalog form and bundle, in Vietnamese by default and in English with ?lang=en', async () => {
    const vi = await get('/');
    expect(vi.text).toContain('<html lang="vi">');
    for (const form of portal.catalog.forms) expect(vi.text).toContain(`/forms/${form.id}`);
    for (const bundle of portal.catalog.bundles) expect(vi.text).toContain(`/bundles/${bundle.id}`);
    expect(vi.text).toContain('Tờ khai đăng ký khai sinh');
    const en = await get('/?lang=en');
    expect(en.text).toContain('<html lang="en">');
    expect(en.text).toContain('Birth registration declaration');
  });

  it('a procedure page says its title and description once, titles the in-person note as the question it answers, and marks the parts a language switch replaces', async () => {
    const form = portal.catalog.latest(BIRTH);
    for (const [path, locale, question] of [[`/forms/${BIRTH}`, 'vi', 'Có cần đến cơ quan không?'], [`/forms/${BIRTH}?lang=en`, 'en', 'Do you need to go in person?']]) {
      const page = await get(path);
      // The escaped title: in <title>, in the h1, and nowhere else in the page (the form's own is in its shadow root).
      const escaped = escapeHtml(form.title[locale]);
      expect(page.text.split(escaped)).toHaveLength(3);
      expect(page.text).toMatch(new RegExp(`<h1 data-localized="title">${escaped}</h1>`));
      expect(page.text).toContain(`<p class="notice-title" id="in-person-title">${question}</p>`);
      expect(page.text).not.toMatch(/Cần làm trực tiếp|To do in person/);
      for (const part of ['skip', 'header', 'footer', 'back', 'title', 'lead', 'in-person', 'login']) {
        expect(page.text).toContain(`data-localized="${part}"`);
      }
      expect(page.text).toContain(`data-switch-locale="${locale === 'en' ? 'vi' : 'en'}"`);
    }
  });

  it('shows a code the forms mark UNCONFIRMED as “not yet confirmed”, never the placeholder', async () => {
    const unconfirmed = portal.catalog.forms.filter((f) => /^UNCONFIRMED/.test(f.procedure.code));
    expect(unconfirmed.length).toBeGreaterThan(0);
    const vi = await get('/');
    const en = await get('/?lang=en');
    expect(vi.text).not.toMatch(/UNCONFIRMED/i);
    expect(en.text).not.toMatch(/UNCONFIRMED/i);
    expect(vi.text.split('Mã thủ tục: chưa xác nhận')).toHaveLength(unconfirmed.length + 1);
    expect(en.text.split('Procedure code: not yet confirmed')).toHaveLength(unconfirmed.length + 1);
    expect(vi.text).toContain('Mã thủ tục: 1.001193');
    expect(vi.text).toContain('Mẫu tờ khai: CT01');
  });

  it('signing out asks the browser to clear the site’s storage (the drafts of the answers)', async () => {
    const own = await signIn(portal.url);
    const r = await fetch(`${portal.url}/logout`, { method: 'POST', headers: { cookie: own }, redirect: 'manual' });
    expect(r.status).toBe(303);
    expect(r.headers.get('clear-site-data')).toBe('"storage"');
    // The session is gone too.
    expect((await fetch(`${portal.url}/api/providers/population/identity`, { headers: { cookie: own } })).status).toBe(401);
  });

  it('sends a strict CSP and has no inline script or style on any page', async () => {
    for (const path of ['/', '/?lang=en', '/login', `/forms/${BIRTH}`, `/bundles/${BUNDLE}`]) {
      const page = await get(path, { cookie });
      expect(page.status).toBe(200);
      const csp = page.headers.get('content-security-policy');
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/unsafe-(inline|eval)/);
      expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(page.text).not.toMatch(/\sstyle=|<style/);
      expect(page.text).not.toMatch(/\son[a-z]+=/);
    }
  });

  it('embeds the definition and the precompiled validator URLs in each procedure page', async () => {
    const page = await get(`/forms/${BIRTH}`);
    expect(page.text).toContain('/static/tokhai.bundle.js');
    expect(page.text).toContain(`/static/forms/${BIRTH}.form.json`);
    expect(page.text).toContain(`/static/forms/${BIRTH}.validator.js`);
    const validator = await get(`/static/forms/${BIRTH}.validator.js`);
    expect(validator.status).toBe(200);
    expect(validator.headers.get('content-type')).toMatch(/text\/javascript/);
    const code = validator.text.split('\n').filter((line) => !line.startsWith('//')).join('\n');
    expect(code).not.toMatch(/new Function\s*\(|\beval\s*\(/);
  });

  it('answers 404 for unknown procedures and files outside the catalog', async () => {
    expect((await get('/forms/vn.moj.nothing')).status).toBe(404);
    expect((await get('/static/forms/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await get('/assets/..%2Fsrc%2Fportal.mjs')).status).toBe(404);
  });

  it('shows the receipt with the form’s labels and the answers to its owner only, printable', async () => {
    const submission = await makeSubmission(portal, cookie, BIRTH);
    const r = await post(portal.url, '/api/submissions', cookie, submission);
    const page = await get(r.json.receiptUrl, { cookie });
    expect(page.status).toBe(200);
    expect(page.text).toContain(submission.submissionId);
    expect(page.text).toContain(r.json.submissions[0].digest);
    expect(page.text).toContain(submission.data.child.fullName);
    expect(page.text).toContain('15/03/2025');
    // The time of receipt as Vietnamese writes it ("10:37:58 ngày 25 tháng 11 năm 2026"), in Vietnam's time.
    const when = new Date(r.json.submissions[0].receivedAt);
    const local = new Date(when.getTime() + 7 * 3_600_000);
    const pad = (n) => String(n).padStart(2, '0');
    expect(page.text).toContain(
      `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ngày ${local.getUTCDate()} tháng ${local.getUTCMonth() + 1} năm ${local.getUTCFullYear()}`,
    );
    const english = await get(`${r.json.receiptUrl}?lang=en`, { cookie });
    expect(english.text).toMatch(new RegExp(`${local.getUTCDate()} [A-Z][a-z]+ ${local.getUTCFullYear()} at ${pad(local.getUTCHours())}:`));
    expect(page.text).toContain('/assets/portal.css');
    const otherCookie = await signIn(portal.url, OTHER_PID);
    expect((await get(r.json.receiptUrl, { cookie: otherCookie })).status).toBe(404);
    const css = await get('/assets/portal.css');
    expect(css.text).toMatch(/@media print/);
    expect(css.text).toMatch(/size:\s*A4/);
  });
});

describe('provider proxy', () => {
  it('answers for the signed-in citizen only, and 401 without a session', async () => {
    expect((await fetch(`${portal.url}/api/providers/population/identity`)).status).toBe(401);
    const r = await (await fetch(`${portal.url}/api/providers/population/identity?claims=/pid,/fullName`, { headers: { cookie } })).json();
    expect(r.data).toEqual({ pid: CITIZEN_PID, fullName: 'Nguyễn Văn Thử' });
    expect(typeof r.attestation).toBe('string');
  });
});
