// SPDX-License-Identifier: MIT
/* global location */
// End to end in Chromium (playwright-core): a synthetic citizen signs in, opens the birth bundle from the catalog,
// consents, gets the prefill, completes the three member declarations with real clicks and keystrokes, submits,
// and sees the receipt; then the envelopes are in the database with valid signatures, and no page reported a
// Content Security Policy violation. Needs the full build (forms/dist and packages/elements/dist).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { verifyEnvelope } from '@tokhai/server';
import { CITIZEN_PID, fixtureData, requireBuildOutputs, rowsOnDisk, startTestPortal } from './test-support.mjs';
import { STEP_TIMEOUT, completeAndSubmit, consentAll, fieldId } from './e2e-driver.mjs';

const BUNDLE = 'vn.gov.bundle.birth-residence-insurance';
/** Each member and the catalog fixture the citizen's own answers are taken from. */
const MEMBERS = [
  ['vn.moj.birth-registration', 'minimal.json'],
  ['vn.bca.residence-change-ct01', 'newborn-permanent-registration.json'],
  ['vn.bhxh.health-insurance-under6', 'minimal.json'],
];
const CITIZEN_NAME = 'Nguyễn Văn Thử';

let portal;
let browser;

beforeAll(async () => {
  requireBuildOutputs({ bundle: true });
  portal = await startTestPortal();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await portal?.cleanup();
});

describe('the demo portal in Chromium', () => {
  it('a citizen signs in, consents, prefills, completes and submits the birth bundle; the envelopes are stored and signed; no CSP violation', async () => {
    const page = await browser.newPage();
    const violations = [];
    const errors = [];
    await page.exposeBinding('__reportCsp', (_source, v) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__reportCsp({ page: location.pathname, directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
      );
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(m.text())) errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));

    // Sign in from the catalog, as a synthetic citizen.
    await page.goto(`${portal.url}/`);
    await page.getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: `Đăng nhập với tư cách ${CITIZEN_NAME}` }).click();
    await page.waitForURL(`${portal.url}/`);
    expect(await page.locator('header').innerText()).toContain(CITIZEN_NAME);

    // Open the bundle from the catalog.
    const bundle = portal.catalog.bundle(BUNDLE);
    await page.getByRole('link', { name: bundle.title.vi }).click();
    await page.waitForURL(`${portal.url}/bundles/${BUNDLE}`);

    for (const [i, [formId, fixture]] of MEMBERS.entries()) {
      const compiled = portal.catalog.latest(formId).compiled;
      await page.getByRole('heading', { name: new RegExp(`^Bước ${i + 1}/${MEMBERS.length}`) }).waitFor({ timeout: STEP_TIMEOUT });
      await consentAll(page);
      if (i === 0) {
        // The requester's name is locked and prefilled from the e-ID.
        const name = page.locator(`tk-form #${fieldId('/requester/fullName')}`);
        await expect.poll(() => name.inputValue(), { timeout: STEP_TIMEOUT }).toBe(CITIZEN_NAME);
        expect(await name.isEditable()).toBe(false);
      }
      await completeAndSubmit(page, compiled, fixtureData(formId, fixture));
    }

    // The receipt: one article per member procedure, printable.
    // The receipt, or the portal's refusal shown on the page (then the test says why).
    const refused = page.locator('#submit-error h2');
    await Promise.race([
      page.waitForURL(/\/receipts\//, { timeout: STEP_TIMEOUT }),
      refused.waitFor({ timeout: STEP_TIMEOUT }).then(async () => {
        throw new Error(`the portal refused the bundle: ${await page.locator('#submit-error').innerText()}`);
      }),
    ]);
    await page.getByRole('heading', { name: 'Biên nhận hồ sơ', level: 1 }).waitFor();
    expect(await page.locator('article.receipt').count()).toBe(MEMBERS.length);
    expect(await page.getByRole('button', { name: 'In biên nhận' }).isVisible()).toBe(true);

    // The database: three envelopes under one filing, owned by the citizen, each signed by the portal.
    const filingId = new URL(page.url()).pathname.split('/').pop();
    const rows = portal.store.byFiling(filingId);
    expect(rows.map((r) => r.form_id)).toEqual(MEMBERS.map(([id]) => id));
    for (const row of rows) {
      expect(row.owner).toBe(CITIZEN_PID);
      expect(row.bundle_id).toBe(BUNDLE);
      const envelope = JSON.parse(row.envelope);
      await expect(verifyEnvelope(envelope, row.signature, portal.signingKey)).resolves.toMatchObject({ ok: true });
    }
    // …and on disk, where a restart would find them.
    const onDisk = (await rowsOnDisk(portal.dbFile)).filter((r) => r.filing_id === filingId);
    expect(onDisk.map((r) => r.submission_id)).toEqual(rows.map((r) => r.submission_id));
    const birth = JSON.parse(rows[0].envelope);
    expect(birth.provenance['/requester/fullName']).toMatchObject({ source: 'vneid', mode: 'locked' });
    expect(birth.attestations?.length).toBeGreaterThan(0);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);
});
