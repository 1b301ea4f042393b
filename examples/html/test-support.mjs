// SPDX-License-Identifier: MIT
/* global location */
/**
 * Shared by the plain-HTML example's Chromium tests (csp.node.test.mjs, draft.node.test.mjs): the build-output
 * check, the browser, a page that records CSP violations and console errors, and a citizen who answers a
 * `<tk-form>` with real clicks and keystrokes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PATHS } from './serve.mjs';

/** How long one step of the UI may take (CI machines are slow and shared). */
export const STEP_TIMEOUT = 15_000;

/** The catalog form the examples use. */
export const BIRTH = 'vn.moj.birth-registration';

/** Fails with one clear message when the build outputs the pages load are missing. */
export function requireBuildOutputs() {
  const need = [
    [join(PATHS.bundle, 'tokhai.bundle.js'), 'packages/elements/dist/tokhai.bundle.js'],
    [join(PATHS.forms, 'catalog.json'), 'forms/dist/catalog.json'],
    [join(PATHS.forms, `${BIRTH}.form.json`), `forms/dist/${BIRTH}.form.json`],
    [join(PATHS.forms, `${BIRTH}.validator.js`), `forms/dist/${BIRTH}.validator.js`],
  ];
  const missing = need.filter(([file]) => !existsSync(file)).map(([, name]) => name);
  if (missing.length) {
    throw new Error(`The plain-HTML example tests need build outputs that are missing: ${missing.join(', ')}. Run \`npm run build\` first.`);
  }
}

/** A built catalog file, parsed. */
export const builtJson = (name) => JSON.parse(readFileSync(join(PATHS.forms, name), 'utf8'));

/** Chromium, headless, as every browser test of the project launches it. */
export const launchBrowser = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });

/**
 * A new page (of a browser: in a fresh context; or of a given context) that records every `securitypolicyviolation` event (the listener is installed before any page
 * script runs, on every navigation) and every console error and uncaught exception.
 */
export async function watchedPage(browserOrContext) {
  const page = await browserOrContext.newPage();
  const violations = [];
  const errors = [];
  const requests = [];
  await page.exposeBinding('__reportCspViolation', (_source, violation) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      globalThis.__reportCspViolation({
        page: location.pathname,
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: e.sourceFile,
        sample: e.sample,
      }),
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(m.text())) errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  return { page, violations, errors, requests };
}

/** `<tk-form>`'s DOM id for a data pointer (the element's documented `tk-field<pointer>` scheme). */
export const fieldId = (pointer) => 'tk-field' + pointer.replace(/[^A-Za-z0-9-]/g, (c) => '_' + c.charCodeAt(0).toString(16) + '_');

/** The value at a JSON Pointer. */
export const valueAt = (data, pointer) =>
  pointer
    .split('/')
    .slice(1)
    .reduce((v, k) => (v == null ? undefined : v[k.replace(/~1/g, '/').replace(/~0/g, '~')]), data);

const scopeToPointer = (scope) => {
  const parts = scope.replace(/^#\//, '').split('/');
  const out = [];
  for (let i = 0; i < parts.length; i++) if (parts[i] === 'properties' && i + 1 < parts.length) out.push(parts[++i]);
  return '/' + out.join('/');
};

/** The controls of a UI element (a step, or the whole form) in layout order, with their schema. */
export function controlsOf(compiled, ui = compiled.ui) {
  const out = [];
  const walk = (el) => {
    if (el.type === 'Control') out.push({ pointer: scopeToPointer(el.scope), schema: compiled.resolveScope(el.scope) ?? {} });
    for (const child of el.elements ?? []) walk(child);
  };
  walk(ui);
  return out;
}

/** The option index a radio group or select uses for a value (the widgets' option values are indexes). */
function choiceIndex(schema, value) {
  if (schema.type === 'boolean') return value === true ? 0 : 1;
  if (Array.isArray(schema.enum)) return schema.enum.findIndex((v) => v === value);
  return (schema.oneOf ?? schema.anyOf ?? []).findIndex((o) => o.const === value);
}

const isEmpty = (v) => v === undefined || v === null || v === '';

/** Types text into a control the way a person does: click into it, then keystrokes. */
async function typeInto(page, locator, text) {
  await locator.click();
  await page.keyboard.type(text);
}

/**
 * Answers every visible, editable and still empty control of the current step for which `answers` has a value:
 * typing into text boxes (dates as day, month, year), picking options, ticking boxes, then Tab out of it.
 */
export async function answerVisible(page, compiled, answers) {
  for (const { pointer, schema } of controlsOf(compiled)) {
    const value = valueAt(answers, pointer);
    if (isEmpty(value) || Array.isArray(value)) continue;
    const id = fieldId(pointer);
    const control = page.locator(`tk-form #${id}`);
    if ((await control.count()) === 0 || !(await control.first().isVisible())) continue;
    if (!(await control.first().isEditable().catch(() => false))) continue;
    const kind = await control.first().evaluate((el) => `${el.localName}:${el.getAttribute('type') ?? ''}`);
    const commune = page.locator(`tk-form #${id}-commune`);
    if (kind.startsWith('select') && (await commune.count())) {
      // Administrative unit: the province, then a commune of the list it loads, then the street if asked.
      if (await control.inputValue()) continue;
      await control.selectOption(value.provinceCode);
      await commune.locator(`option[value="${value.communeCode}"]`).waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
      await commune.selectOption(value.communeCode);
      const street = page.locator(`tk-form #${id}-street`);
      if (value.street && (await street.count())) await typeInto(page, street, value.street);
    } else if (kind.startsWith('select')) {
      if (await control.inputValue()) continue;
      await control.selectOption(String(choiceIndex(schema, value)));
    } else if (kind === 'input:radio') {
      if (await page.locator(`tk-form input[name="${id}"]:checked`).count()) continue;
      const i = choiceIndex(schema, value);
      await page.locator(`tk-form #${i === 0 ? id : `${id}-${i}`}`).check();
    } else if (kind === 'input:checkbox') {
      if (value === true && !(await control.isChecked())) await control.check();
      continue;
    } else if (await page.locator(`tk-form #${id}-month`).count()) {
      if (await control.inputValue()) continue;
      const [year, month, day] = String(value).split('-');
      for (const [suffix, text] of [['', day], ['-month', month], ['-year', year]]) {
        const box = page.locator(`tk-form #${id}${suffix}`);
        if (text && (await box.count())) await typeInto(page, box, String(Number(text)));
      }
    } else {
      if (await control.inputValue()) continue;
      await typeInto(page, control, String(value));
    }
    await page.keyboard.press('Tab');
  }
}

/** The primary button of `<tk-form>` by its exact text. */
export const formButton = (page, name) => page.locator('tk-form').getByRole('button', { name, exact: true });

/** The texts of the error summary's entries, or [] when there is no summary. */
export async function summaryMessages(page) {
  const summary = page.locator('tk-form [part~="error-summary"]');
  if (!(await summary.count())) return [];
  return (await summary.locator('li').allInnerTexts()).map((s) => s.trim());
}

/** Resolves when `check()` returns a truthy value; rejects after `timeout` ms. */
export async function until(check, timeout = STEP_TIMEOUT, what = 'a condition') {
  const end = Date.now() + timeout;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The heading of the wizard's current step ("Bước 2/5: …"), or the review's title. */
export const stepHeading = (page) => page.locator('tk-form [part~="step-heading"], tk-form [part~="review-title"]').first();

/** Clicks "Tiếp tục" and waits for the next step, or for the error summary when the step is refused. */
export async function next(page) {
  const before = await stepHeading(page).innerText();
  await formButton(page, 'Tiếp tục').click();
  return until(
    async () => {
      const errors = await summaryMessages(page);
      if (errors.length) return { errors };
      const now = await stepHeading(page).innerText().catch(() => before);
      return now !== before && { heading: now };
    },
    STEP_TIMEOUT,
    'the next step or the error summary',
  );
}

/**
 * Walks the wizard: answers each step, "Tiếp tục" until the review step, then submits. Fails with the summary's
 * text when a step is refused.
 */
export async function completeWizard(page, compiled, answers) {
  for (let step = 0; step < 12; step++) {
    const submit = formButton(page, 'Xác nhận và gửi hồ sơ');
    if (await submit.isVisible()) {
      await submit.click();
      return;
    }
    await answerVisible(page, compiled, answers);
    const { errors } = await next(page);
    if (errors) throw new Error(`the form refused the step: ${errors.join(' | ')}`);
  }
  throw new Error('the wizard did not reach the review step');
}
