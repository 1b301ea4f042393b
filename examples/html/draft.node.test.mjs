// SPDX-License-Identifier: MIT
/* global localStorage, sessionStorage */
// Drafts in a real page: `<tk-form draft="local">` keeps the answers across a real reload and offers them back;
// `kiosk` (a shared device) writes nothing to Web Storage, even when the page also asks for drafts. Chromium
// through playwright-core, real keystrokes, the example's strict CSP. Needs the build outputs (`npm run build`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compileForm } from '@tokhai/core';
import { startServer } from './serve.mjs';
import {
  BIRTH,
  answerVisible,
  builtJson,
  fieldId,
  formButton,
  launchBrowser,
  next,
  requireBuildOutputs,
  stepHeading,
  until,
  watchedPage,
} from './test-support.mjs';

const answers = JSON.parse(readFileSync(new URL('../../forms/birth-registration/fixtures/valid/minimal.json', import.meta.url), 'utf8'));
const DRAFT_KEY = /^tokhai:draft:vn\.moj\.birth-registration@/;

let server;
let browser;
let compiled;

beforeAll(async () => {
  requireBuildOutputs();
  compiled = compileForm(builtJson(`${BIRTH}.form.json`));
  server = await startServer();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every Web Storage entry of the page, by area. */
const storage = (page) =>
  page.evaluate(() => {
    const dump = (s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i))]));
    return { local: dump(localStorage), session: dump(sessionStorage) };
  });

const value = (page, pointer) => page.locator(`tk-form #${fieldId(pointer)}`).inputValue();
const tkData = (page) => page.locator('tk-form').evaluate((el) => el.data ?? {});

/** Answers step 1 from the fixture, moves to step 2 and types the child's name there. */
async function answerSomeQuestions(page) {
  await answerVisible(page, compiled, answers);
  const moved = await next(page);
  expect(moved.errors, 'step 1 was refused').toBeUndefined();
  await page.locator(`tk-form #${fieldId('/child/fullName')}`).click();
  await page.keyboard.type(answers.child.fullName);
  await page.keyboard.press('Tab');
}

/** The one draft in an area once the debounced save has happened. */
async function savedDraft(page, area) {
  return until(
    async () => {
      const entries = Object.entries((await storage(page))[area]).filter(([k]) => DRAFT_KEY.test(k));
      const record = entries.length === 1 && JSON.parse(entries[0][1]);
      return record?.data?.child?.fullName === answers.child.fullName && record;
    },
    undefined,
    `a draft in ${area}Storage`,
  );
}

describe('draft="local"', () => {
  it('keeps the answers across a real reload and restores them, with the step, when the citizen accepts', async () => {
    const { page, violations, errors } = await watchedPage(browser);
    await page.goto(`${server.url}/?draft=local`);
    await stepHeading(page).waitFor();
    await answerSomeQuestions(page);
    const before = await tkData(page);
    const record = await savedDraft(page, 'local');
    expect(record).toMatchObject({ formId: BIRTH, version: compiled.version, step: 1 });
    expect(record.data).toEqual(before);

    await page.reload();
    const restore = formButton(page, 'Khôi phục bản nháp');
    await restore.waitFor();
    // Until the citizen decides, nothing of the draft is in the form.
    expect(await value(page, '/requester/fullName')).toBe('');
    await restore.click();

    await until(async () => (await stepHeading(page).innerText()).startsWith('Bước 2/'), undefined, 'step 2');
    expect(await value(page, '/child/fullName')).toBe(answers.child.fullName);
    expect(await tkData(page)).toEqual(before);
    await formButton(page, 'Quay lại').click();
    await until(async () => (await stepHeading(page).innerText()).startsWith('Bước 1/'), undefined, 'step 1');
    expect(await value(page, '/requester/fullName')).toBe(answers.requester.fullName);
    expect(await value(page, '/requester/idDocument/number')).toBe(answers.requester.idDocument.number);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('forgets the draft when the citizen discards it: empty form, nothing left in storage', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${server.url}/?draft=local`);
    await stepHeading(page).waitFor();
    await answerSomeQuestions(page);
    await savedDraft(page, 'local');
    await page.reload();
    const discard = formButton(page, 'Bỏ bản nháp');
    await discard.waitFor();
    await discard.click();
    await discard.waitFor({ state: 'detached' });
    expect(await stepHeading(page).innerText()).toMatch(/^Bước 1\//);
    expect(await value(page, '/requester/fullName')).toBe('');
    expect(Object.keys((await storage(page)).local).filter((k) => DRAFT_KEY.test(k))).toEqual([]);
    await page.reload();
    await stepHeading(page).waitFor();
    expect(await formButton(page, 'Khôi phục bản nháp').count()).toBe(0);
    await page.close();
  }, 90_000);
});

describe('draft="session"', () => {
  it('survives a reload of the tab but is not offered in another tab', async () => {
    const context = await browser.newContext();
    const { page } = await watchedPage(context);
    await page.goto(`${server.url}/?draft=session`);
    await stepHeading(page).waitFor();
    await answerSomeQuestions(page);
    await savedDraft(page, 'session');
    expect(Object.keys((await storage(page)).local)).toEqual([]);
    await page.reload();
    await formButton(page, 'Khôi phục bản nháp').waitFor();

    const other = await context.newPage();
    await other.goto(`${server.url}/?draft=session`);
    await stepHeading(other).waitFor();
    expect(await formButton(other, 'Khôi phục bản nháp').count()).toBe(0);
    await context.close();
  }, 90_000);
});

describe('kiosk', () => {
  it('writes nothing to localStorage or sessionStorage, even with draft="local" asked, before or after leaving the page', async () => {
    const { page, violations } = await watchedPage(browser);
    await page.goto(`${server.url}/?kiosk&draft=local`);
    await stepHeading(page).waitFor();
    expect(await page.locator('tk-form').evaluate((el) => el.kiosk && el.draft)).toBe('local');
    await answerSomeQuestions(page);
    // Well past the autosave delay (400 ms after the last change), then leaving the page (pagehide flushes saves).
    await page.waitForTimeout(1500);
    expect(await storage(page)).toEqual({ local: {}, session: {} });
    await page.reload();
    await stepHeading(page).waitFor();
    expect(await storage(page)).toEqual({ local: {}, session: {} });
    expect(await formButton(page, 'Khôi phục bản nháp').count()).toBe(0);
    expect(await value(page, '/requester/fullName')).toBe('');
    expect(violations).toEqual([]);
    await page.close();
  }, 90_000);

  it('the same steps without kiosk do write a draft (so the kiosk test can fail)', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${server.url}/?draft=local`);
    await stepHeading(page).waitFor();
    await answerSomeQuestions(page);
    await page.waitForTimeout(1500);
    expect(Object.keys((await storage(page)).local).filter((k) => DRAFT_KEY.test(k))).toHaveLength(1);
    await page.close();
  }, 90_000);
});
