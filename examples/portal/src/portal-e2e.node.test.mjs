// SPDX-License-Identifier: MIT
/* global location */
// End to end in Chromium (playwright-core): a synthetic citizen signs in, opens the birth bundle from the catalog,
// consents once for the whole bundle, gets the one prefill, completes the three member declarations with real
// clicks and keystrokes, submits, and sees the receipt; then the envelopes are in the database with valid
// signatures and the same consent record, and no page reported a Content Security Policy violation. Needs the full
// build (forms/dist and packages/elements/dist).
import { describe, expect, it } from 'vitest';
import { verifyEnvelope } from '@tokhai/server';
import { CITIZEN_PID, fixtureData, rowsOnDisk } from './test-support.mjs';
import { portalInChromium } from './portal-in-chromium.mjs';
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
portalInChromium((started) => ({ portal, browser } = started));

describe('the demo portal in Chromium', () => {
  it('a citizen signs in, consents once for the whole birth bundle, gets one prefill for every member, switches language and back in place, completes and submits it; one signed envelope per procedure carries the consent; no CSP violation', async () => {
    const page = await browser.newPage();
    const violations = [];
    const errors = [];
    /** Every consent panel the citizen was shown, wherever it was (the page or a form's shadow root). */
    const consentPanels = [];
    await page.exposeBinding('__reportCsp', (_source, v) => violations.push(v));
    await page.exposeBinding('__reportConsentPanel', (_source, panel) => consentPanels.push(panel));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__reportCsp({ page: location.pathname, directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }),
      );
      // Counts consent panels as they are connected, in any tree: the element class is wrapped when it is defined.
      const define = customElements.define.bind(customElements);
      const seen = new WeakSet();
      customElements.define = (name, constructor, options) => {
        if (name === 'tk-consent-panel') {
          const connected = constructor.prototype.connectedCallback;
          constructor.prototype.connectedCallback = function () {
            if (!seen.has(this)) {
              seen.add(this);
              const inForm = this.getRootNode() !== document;
              window.__reportConsentPanel({ page: location.pathname, inForm, sources: this.requests.map((r) => r.source), forms: [...new Set(this.requests.flatMap((r) => r.forms))] });
            }
            return connected.call(this);
          };
        }
        return define(name, constructor, options);
      };
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

    // One consent for the whole bundle, before any member form, on the page itself.
    await consentAll(page, '#tk-host > tk-consent-panel');
    expect(consentPanels).toHaveLength(1);
    expect(consentPanels[0].inForm).toBe(false);
    expect(consentPanels[0].sources).toContain('vneid');
    // It asks for the data of several member procedures at once (CT01's person is the newborn: nothing to ask).
    expect(consentPanels[0].forms).toEqual(expect.arrayContaining(['vn.moj.birth-registration', 'vn.bhxh.health-insurance-under6']));

    for (const [i, [formId, fixture]] of MEMBERS.entries()) {
      const compiled = portal.catalog.latest(formId).compiled;
      await page.locator('.step-caption', { hasText: `Thủ tục ${i + 1}/${MEMBERS.length}` }).waitFor({ timeout: STEP_TIMEOUT });
      await page.locator('tk-form').waitFor({ timeout: STEP_TIMEOUT });
      if (i === 0) {
        // The member form's title is said once: under the caption, not in it.
        const member = portal.catalog.latest(formId);
        expect(await page.locator('tk-form [part="title"]').innerText()).toBe(member.title.vi);
        // Switching language in place: the member form, the caption and the page follow; nothing is asked again.
        await page.getByRole('link', { name: 'English' }).click();
        await page.locator('.step-caption', { hasText: `Procedure 1 of ${MEMBERS.length}` }).waitFor({ timeout: STEP_TIMEOUT });
        await expect.poll(() => page.locator('tk-form [part="title"]').innerText(), { timeout: STEP_TIMEOUT }).toBe(member.title.en);
        expect(page.url()).toBe(`${portal.url}/bundles/${BUNDLE}?lang=en`);
        expect(await page.locator('h1').innerText()).toBe(bundle.title.en);
        await page.getByRole('link', { name: 'Tiếng Việt' }).click();
        await page.locator('.step-caption', { hasText: `Thủ tục 1/${MEMBERS.length}` }).waitFor({ timeout: STEP_TIMEOUT });
        await expect.poll(() => page.locator('tk-form [part="title"]').innerText(), { timeout: STEP_TIMEOUT }).toBe(member.title.vi);
        // The requester's name is locked and prefilled from the e-ID, with its source badge.
        const name = page.locator(`tk-form #${fieldId('/requester/fullName')}`);
        await expect.poll(() => name.inputValue(), { timeout: STEP_TIMEOUT }).toBe(CITIZEN_NAME);
        expect(await name.isEditable()).toBe(false);
        expect(await page.locator(`tk-form #${fieldId('/requester/fullName')}-badge`).innerText()).toMatch(/VNeID/);
      }
      await completeAndSubmit(page, compiled, fixtureData(formId, fixture));
      // No member form asked again.
      expect(consentPanels).toHaveLength(1);
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
    // Every envelope carries the one consent: a granted decision per source asked, given once (same time).
    const consents = rows.map((r) => JSON.parse(r.envelope).consent);
    expect(consents[0].map((c) => c.source).sort()).toEqual([...consentPanels[0].sources].sort());
    expect(consents[0].every((c) => c.decision === 'granted')).toBe(true);
    for (const consent of consents) expect(consent).toEqual(consents[0]);
    // The prefill the bundle ran reached the health insurance member too (its guardian is the signed-in citizen).
    const insurance = JSON.parse(rows[2].envelope);
    expect(Object.values(insurance.provenance ?? {}).some((p) => p.source === 'vneid' || p.source === 'population')).toBe(true);
    expect(consentPanels).toHaveLength(1);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);
});
