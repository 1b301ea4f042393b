// SPDX-License-Identifier: MIT
// End to end in Chromium (playwright-core): a synthetic citizen signs in, opens the birth bundle from the catalog,
// consents, gets the prefill, completes the three member declarations with real clicks and keystrokes, submits,
// and sees the receipt; then the envelopes are in the database with valid signatures, and no page reported a
// Content Security Policy violation. Needs the full build (forms/dist and packages/elements/dist).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { verifyEnvelope } from '@tokhai/server';
import { CITIZEN_PID, fixtureData, requireBuildOutputs, startTestPortal } from './test-support.mjs';

const BUNDLE = 'vn.gov.bundle.birth-residence-insurance';
/** Each member and the catalog fixture the citizen's own answers are taken from. */
const MEMBERS = [
  ['vn.moj.birth-registration', 'minimal.json'],
  ['vn.bca.residence-change-ct01', 'newborn-permanent-registration.json'],
  ['vn.bhxh.health-insurance-under6', 'minimal.json'],
];
const CITIZEN_NAME = 'Nguyễn Văn Thử';
const STEP_TIMEOUT = 15_000;

/** `<tk-form>`'s DOM id of a data pointer (packages/elements internal/pointer.ts `pointerToId`). */
const fieldId = (pointer) => 'tk-field' + pointer.replace(/[^A-Za-z0-9-]/g, (c) => '_' + c.charCodeAt(0).toString(16) + '_');
const get = (data, pointer) => pointer.split('/').slice(1).reduce((v, k) => (v == null ? undefined : v[k.replace(/~1/g, '/').replace(/~0/g, '~')]), data);
const scopeToPointer = (scope) => {
  const s = scope.replace(/^#\//, '').split('/');
  const out = [];
  for (let i = 0; i < s.length; i++) if (s[i] === 'properties' && i + 1 < s.length) out.push(s[++i]);
  return '/' + out.join('/');
};

/** Every control of a definition in layout order, with its schema (array item details are not walked). */
function controlsOf(compiled) {
  const out = [];
  const walk = (el) => {
    if (el.type === 'Control') out.push({ pointer: scopeToPointer(el.scope), schema: compiled.resolveScope(el.scope) ?? {}, options: el.options ?? {} });
    for (const child of el.elements ?? []) walk(child);
  };
  walk(compiled.ui);
  return out;
}

/** The index a radio group or select gives a value (the widgets' option values are indexes of the choices). */
function choiceIndex(schema, value) {
  if (schema.type === 'boolean') return value === true ? 0 : 1;
  if (Array.isArray(schema.enum)) return schema.enum.findIndex((v) => v === value);
  const options = schema.oneOf ?? schema.anyOf ?? [];
  return options.findIndex((o) => o.const === value);
}

const isEmpty = (v) => v === undefined || v === null || v === '';

/**
 * Answers, in the current step, every empty and editable control the fixture has a value for, the way a person
 * does: typing into text boxes, picking options, ticking boxes. Prefilled and shared answers are left as they are.
 */
async function answerStep(page, compiled, answers) {
  for (const { pointer, schema } of controlsOf(compiled)) {
    const value = get(answers, pointer);
    if (isEmpty(value) || Array.isArray(value)) continue;
    const id = fieldId(pointer);
    const control = page.locator(`tk-form #${id}`);
    if ((await control.count()) === 0 || !(await control.first().isVisible())) continue;
    if (!(await control.first().isEditable().catch(() => false))) continue;
    const tag = await control.first().evaluate((el) => `${el.tagName.toLowerCase()}:${el.getAttribute('type') ?? ''}`);
    const commune = page.locator(`tk-form #${id}-commune`);
    if (tag.startsWith('select') && (await commune.count())) {
      // Administrative unit: province, then the commune list it loads, then the street when there is one.
      if (await control.inputValue()) continue;
      await control.selectOption(value.provinceCode);
      await commune.locator(`option[value="${value.communeCode}"]`).waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
      await commune.selectOption(value.communeCode);
      const street = page.locator(`tk-form #${id}-street`);
      if (value.street && (await street.count())) {
        await street.click();
        await page.keyboard.type(value.street);
      }
    } else if (tag.startsWith('select')) {
      if (await control.inputValue()) continue;
      await control.selectOption(String(choiceIndex(schema, value)));
    } else if (tag === 'input:radio') {
      if (await page.locator(`tk-form input[name="${id}"]:checked`).count()) continue;
      const i = choiceIndex(schema, value);
      await page.locator(`tk-form #${i === 0 ? id : `${id}-${i}`}`).check();
    } else if (tag === 'input:checkbox') {
      if (value === true && !(await control.isChecked())) await control.check();
    } else if (await page.locator(`tk-form #${id}-month`).count()) {
      // Date: day, month and year boxes (a partial date has only some).
      if (await control.inputValue()) continue;
      const [year, month, day] = String(value).split('-');
      for (const [part, text] of [['', day], ['-month', month], ['-year', year]]) {
        const box = page.locator(`tk-form #${id}${part}`);
        if (text && (await box.count())) {
          await box.click();
          await page.keyboard.type(String(Number(text)));
        }
      }
    } else {
      if (await control.inputValue()) continue;
      await control.click();
      await page.keyboard.type(String(value));
    }
    await page.keyboard.press('Tab');
  }
}

/** Consents to every data source the form asks about and waits for the prefill to finish. */
async function consentAll(page) {
  const panel = page.locator('tk-form tk-consent-panel');
  await panel.waitFor({ timeout: STEP_TIMEOUT });
  const accepts = panel.getByRole('button', { name: /^Đồng ý/ });
  const n = await accepts.count();
  for (let i = 0; i < n; i++) await accepts.nth(i).click();
  await panel.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await panel.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
}

/** Walks the wizard: answers each step, "Tiếp tục" until the review, then "Gửi hồ sơ". */
async function completeAndSubmit(page, compiled, answers) {
  for (let step = 0; step < 12; step++) {
    const submit = page.locator('tk-form').getByRole('button', { name: 'Gửi hồ sơ', exact: true });
    if (await submit.isVisible()) {
      await submit.click();
      return;
    }
    await answerStep(page, compiled, answers);
    await page.locator('tk-form').getByRole('button', { name: 'Tiếp tục', exact: true }).click();
    const summary = page.locator('tk-form [role="alert"]').first();
    if (await summary.isVisible().catch(() => false)) {
      throw new Error(`the form refused the step: ${(await summary.innerText()).slice(0, 800)}`);
    }
  }
  throw new Error('the wizard did not reach the review step');
}

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
    await page.waitForURL(/\/receipts\//, { timeout: STEP_TIMEOUT });
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
    const birth = JSON.parse(rows[0].envelope);
    expect(birth.provenance['/requester/fullName']).toMatchObject({ source: 'vneid', mode: 'locked' });
    expect(birth.attestations?.length).toBeGreaterThan(0);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  }, 180_000);
});
