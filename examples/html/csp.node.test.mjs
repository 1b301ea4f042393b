// SPDX-License-Identifier: MIT
// The plain-HTML example in Chromium under its strict Content Security Policy (no 'unsafe-eval', no
// 'unsafe-inline'): a catalog form validated by its precompiled validator, and a definition the build never saw
// validated by core's eval-free interpreter, both filled with real keystrokes, refused with localized errors, then
// submitted; no page may report a CSP violation. A control page proves the violation listener sees eval.
// Needs the build outputs (`npm run build`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileForm } from '@tokhai/core';
import { CSP, PATHS, startServer } from './serve.mjs';
import {
  BIRTH,
  answerVisible,
  builtJson,
  completeWizard,
  controlsOf,
  fieldId,
  formButton,
  launchBrowser,
  next,
  requireBuildOutputs,
  stepHeading,
  summaryMessages,
  until,
  watchedPage,
} from './test-support.mjs';

const RUNTIME_FILE = new URL('./runtime/vn.example.citizen-feedback.form.json', import.meta.url);
const fixture = (name) => JSON.parse(readFileSync(new URL(`../../forms/birth-registration/fixtures/valid/${name}`, import.meta.url), 'utf8'));

let server;
let browser;
/** Every violation and console error of every page of this file, checked once more at the end. */
const allViolations = [];

beforeAll(async () => {
  requireBuildOutputs();
  server = await startServer();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path) {
  const watched = await watchedPage(browser);
  allViolations.push(watched.violations);
  await watched.page.goto(`${server.url}${path}`);
  return watched;
}

/** Core's messages (in `locale`) for the data, restricted to the fields of the given controls, without repeats. */
function coreMessages(compiled, data, controls, locale) {
  const pointers = controls.map((c) => c.pointer);
  const under = (p) => pointers.some((base) => p === base || p.startsWith(base + '/'));
  const { errors } = compiled.validate(data, { locale });
  return [...new Set(errors.filter((e) => under(e.pointer)).map((e) => e.message))].sort();
}

const tkData = (page) => page.locator('tk-form').evaluate((el) => el.data ?? {});

describe('the example server', () => {
  it('sends the strict policy on every response: scripts and styles from the origin only, no unsafe-* source', async () => {
    for (const path of ['/', '/app.js', '/tokhai/tokhai.bundle.js', `/forms/${BIRTH}.validator.js`, '/runtime.html', '/nothing-here']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.headers.get('content-security-policy'), path).toBe(CSP);
    }
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("style-src 'self'");
    expect(CSP).not.toMatch(/unsafe-/);
  });

  it('serves only the page files, the bundle and the catalog, never its own sources or paths outside them', async () => {
    for (const path of ['/serve.mjs', '/package.json', '/csp.node.test.mjs', '/README.md', '/tokhai/../../../package.json', '/%2e%2e/%2e%2e/package.json']) {
      expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${server.url}/forms/catalog.json`)).status).toBe(200);
  });
});

describe('the bundle beside this page', () => {
  // A part imported eagerly anywhere would be inlined into tokhai.bundle.js and its chunk would not be written.
  it('has each part loaded on first use as a chunk file of its own', () => {
    const chunks = [
      'definition-compiler', 'logic-kit', 'interpreter', 'admin-units', 'file-field.component', 'admin-unit.component',
      'repeat-group.component', 'draft-engine', 'review-step', 'assisted-fields', 'idle-clock', 'en', 'build-submission', 'failure',
    ];
    const missing = chunks.filter((name) => !existsSync(join(PATHS.bundle, `tokhai.${name}.js`)));
    expect(missing).toEqual([]);
  });
});

describe('the control', () => {
  it('a page that calls new Function is refused by the policy and the listener records the violation', async () => {
    const { page, violations } = await open('/fixtures/eval-probe.html');
    await expect.poll(() => page.locator('#result').innerText()).toBe('blocked: EvalError');
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ directive: 'script-src', blocked: 'eval' });
    allViolations.pop(); // expected here, and only here
    await page.close();
  });
});

describe('a catalog form with its precompiled validator (index.html)', () => {
  const compiled = compileForm(builtJson(`${BIRTH}.form.json`));
  const firstStep = controlsOf(compiled, compiled.ui.elements[0]);

  it('validates with the precompiled validator module of forms/dist: a stand-in that accepts everything lets an empty step through', async () => {
    // Same schema hash as the real module (the engine refuses any other), but `validate` accepts anything: if the
    // page really validates with this module, the empty first step is no longer refused.
    const real = await import(pathToFileURL(join(PATHS.forms, `${BIRTH}.validator.js`)).href);
    const standIn = `export const schemaHash = ${JSON.stringify(real.schemaHash)};\nexport const draft = ${JSON.stringify(real.draft)};\nexport const definitionHash = ${JSON.stringify(real.definitionHash)};\nexport function validate() { return true; }\n`;
    const { page, requests, violations, errors } = await watchedPage(browser);
    allViolations.push(violations);
    await page.route(`**/forms/${BIRTH}.validator.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: standIn }));
    await page.goto(`${server.url}/`);
    await stepHeading(page).waitFor();
    expect(requests).toContain(`/forms/${BIRTH}.validator.js`);
    expect(await next(page)).toEqual({ heading: expect.stringMatching(/^Bước 2\/\d+: /) });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the same empty step is refused with the real module', async () => {
    const { page } = await open('/');
    await stepHeading(page).waitFor();
    const refused = await next(page);
    expect(refused.errors?.length).toBeGreaterThan(0);
    expect(await stepHeading(page).innerText()).toMatch(/^Bước 1\/\d+: /);
    await page.close();
  });

  it('refuses wrong answers with core’s Vietnamese messages, then submits what was typed, with no CSP violation', async () => {
    const { page, violations, errors } = await open('/');
    await stepHeading(page).waitFor();

    // Wrong answers first: a digit in a name, an identity number that is not 12 digits, the rest empty.
    await page.locator(`tk-form #${fieldId('/requester/fullName')}`).click();
    await page.keyboard.type('Nguyễn Thị Lan 2');
    await page.locator(`tk-form #${fieldId('/requester/idDocument/number')}`).click();
    await page.keyboard.type('12345');
    await page.keyboard.press('Tab');
    const refused = await next(page);
    expect(refused.errors, 'the step was accepted with wrong answers').toBeDefined();
    expect(await page.locator('tk-form [part~="error-summary-title"]').innerText()).toBe('Có lỗi cần sửa');
    const typed = await tkData(page);
    expect(typed.requester).toMatchObject({ fullName: 'Nguyễn Thị Lan 2' });
    const expected = coreMessages(compiled, typed, firstStep, 'vi');
    expect(expected.filter((m) => m.includes('không được chứa chữ số'))).toHaveLength(1);
    expect(expected.filter((m) => m.startsWith('Vui lòng')).length).toBeGreaterThan(0);
    expect([...refused.errors].sort()).toEqual(expected);

    // Then the right answers (the catalog's own valid fixture), all steps, review, submit.
    for (const pointer of ['/requester/fullName', '/requester/idDocument/number']) {
      await page.locator(`tk-form #${fieldId(pointer)}`).click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
    }
    const answers = fixture('minimal.json');
    await completeWizard(page, compiled, answers);
    await page.locator('#receipt').waitFor({ state: 'visible' });
    const submission = JSON.parse(await page.locator('#submission').innerText());
    expect(submission).toMatchObject({ formId: BIRTH, formVersion: compiled.version, locale: 'vi' });
    expect(submission.data).toMatchObject(answers);
    expect(compiled.validate(submission.data).valid).toBe(true);
    expect(await page.locator('#submission-id').innerText()).toBe(submission.submissionId);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('gives the same errors in English with ?lang=en, also when Continue is clicked straight from a field', async () => {
    const { page, violations, errors } = await open('/?lang=en');
    await stepHeading(page).waitFor();
    await page.locator(`tk-form #${fieldId('/requester/idDocument/number')}`).click();
    await page.keyboard.type('0011900');
    // Straight from the field to the button (no Tab first): the field's commit on blur must not swallow the click.
    const before = await stepHeading(page).innerText();
    await page.locator('tk-form').getByRole('button', { name: 'Continue', exact: true }).click();
    const shown = await until(async () => (await summaryMessages(page)).length && summaryMessages(page), undefined, 'the error summary');
    expect(await stepHeading(page).innerText()).toBe(before);
    expect(await page.locator('tk-form [part~="error-summary-title"]').innerText()).toBe('There is a problem');
    expect([...shown].sort()).toEqual(coreMessages(compiled, await tkData(page), firstStep, 'en'));
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a definition loaded at run time, validated by the interpreter (runtime.html)', () => {
  const definition = JSON.parse(readFileSync(RUNTIME_FILE, 'utf8'));
  const compiled = compileForm(definition);
  const all = controlsOf(compiled);

  it('is not a catalog form: the build produced no validator for it', () => {
    expect(builtJson('catalog.json').map((f) => f.id)).not.toContain(definition.id);
  });

  it('refuses empty and wrong answers with core’s messages, submits the right ones, with no CSP violation', async () => {
    const { page, violations, errors, requests } = await open('/runtime.html');
    const submit = formButton(page, 'Gửi hồ sơ');
    await submit.waitFor();

    // Empty: one message per required field.
    await submit.click();
    const empty = await until(async () => (await summaryMessages(page)).length && summaryMessages(page), undefined, 'the error summary');
    expect([...empty].sort()).toEqual(coreMessages(compiled, {}, all, 'vi'));

    // Wrong: a digit in the name, a short identity number, a landline without its area code, a short text.
    const type = async (pointer, text) => {
      await page.locator(`tk-form #${fieldId(pointer)}`).click();
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    };
    await type('/fullName', 'Lê Thị Hoa 3');
    await type('/pid', '0011900');
    await type('/phone', '12345');
    await type('/content', 'Quá ngắn');
    await page.locator(`tk-form #${fieldId('/replyByEmail')}`).check();
    await submit.click();
    const wrong = await until(
      async () => {
        const m = await summaryMessages(page);
        return m.some((s) => s.includes('chữ số')) && m;
      },
      undefined,
      'the errors of the wrong answers',
    );
    const typed = await tkData(page);
    expect(typed).toMatchObject({ fullName: 'Lê Thị Hoa 3', replyByEmail: true, content: 'Quá ngắn' });
    expect([...wrong].sort()).toEqual(coreMessages(compiled, typed, all, 'vi'));
    expect(wrong).toContain('Vui lòng nhập Thư điện tử');

    // Right: clear the wrong ones and answer as a person would.
    for (const pointer of ['/fullName', '/pid', '/phone', '/content']) {
      await page.locator(`tk-form #${fieldId(pointer)}`).click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
    }
    const answers = {
      fullName: 'Lê Thị Hoa',
      pid: '001190012345',
      phone: '0987654321',
      replyByEmail: true,
      email: 'hoa.le@example.vn',
      topic: 'procedure',
      content: 'Trang đăng ký khai sinh báo lỗi khi tải giấy chứng sinh lên.',
    };
    await answerVisible(page, compiled, answers);
    // The submission code is a chunk of its own, fetched by the first valid submit only (failed ones show errors).
    const submissionChunk = (r) => r.endsWith('/tokhai.build-submission.js');
    expect(requests.filter(submissionChunk)).toEqual([]);
    await submit.click();
    await page.locator('#receipt').waitFor({ state: 'visible' });
    expect(requests.filter(submissionChunk)).toHaveLength(1);
    const submission = JSON.parse(await page.locator('#submission').innerText());
    expect(submission).toMatchObject({ formId: definition.id, formVersion: definition.version });
    expect(submission.data).toEqual(answers);

    expect(requests.filter((r) => r.endsWith('.validator.js'))).toEqual([]);
    // A form that loads never fetches the load-failure message's code.
    expect(requests.filter((r) => r.endsWith('/tokhai.failure.js'))).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('over every page of this file', () => {
  it('no CSP violation was reported, except the control’s', () => {
    expect(allViolations.flat()).toEqual([]);
  });
});
