// SPDX-License-Identifier: MIT
/* global history */
// End to end in Chromium (playwright-core): on a procedure page (the form is the page, `step-history` on), the
// browser's Back and Forward buttons move between the wizard's steps, at the same URL, with the answers kept and
// no Content Security Policy violation (the step history code is a chunk of the bundle). Needs the full build
// (forms/dist and packages/elements/dist).
import { describe, expect, it } from 'vitest';
import { fixtureData } from './test-support.mjs';
import { portalInChromium } from './portal-in-chromium.mjs';
import { STEP_TIMEOUT, answerStep, fieldId } from './e2e-driver.mjs';

const FORM = 'vn.moj.judicial-record-request';

let portal;
let browser;
portalInChromium((started) => ({ portal, browser } = started));

/** The wizard's step heading ("Bước 2/6: …"). */
const stepHeading = (page) => page.locator('tk-form [part="step-heading"]').innerText();

describe('a procedure page of the demo portal', () => {
  it('the browser’s Back and Forward move between the form’s steps, keep the answers and stay on the page', async () => {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(m.text())) problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const url = `${portal.url}/forms/${FORM}`;
    await page.goto(url);
    await page.locator('tk-form [part="step-heading"]').waitFor({ timeout: STEP_TIMEOUT });
    expect(await stepHeading(page)).toMatch(/^Bước 1\//);
    const compiled = portal.catalog.latest(FORM).compiled;
    const answers = fixtureData(FORM, 'minimal.json');
    const entries = await page.evaluate(() => history.length);
    const summary = page.locator('tk-form [part="error-summary"]');
    // As the e2e driver does: a step refused once is answered again (the address widget is a chunk that may
    // arrive after the first pass), and a step refused with nothing new to answer fails.
    for (let attempt = 0; attempt < 2 && /^Bước 1\//.test(await stepHeading(page)); attempt++) {
      await page.waitForLoadState('networkidle');
      await answerStep(page, compiled, answers);
      await page.locator('tk-form').getByRole('button', { name: 'Tiếp tục', exact: true }).click();
      await expect.poll(async () => (await summary.isVisible()) || !/^Bước 1\//.test(await stepHeading(page)), { timeout: STEP_TIMEOUT }).toBe(true);
    }
    expect(await stepHeading(page)).toMatch(/^Bước 2\//);
    // One entry for the one move (a refused "Next" adds none).
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);

    await page.goBack();
    await expect.poll(() => stepHeading(page), { timeout: STEP_TIMEOUT }).toMatch(/^Bước 1\//);
    expect(page.url()).toBe(url);
    expect(await page.locator(`tk-form #${fieldId('/applicant/fullName')}`).inputValue()).toBe(answers.applicant.fullName);
    // Focus is on the step heading, as after the form's own Back button.
    expect(await page.locator('tk-form').evaluate((el) => el.shadowRoot.activeElement?.getAttribute('part'))).toBe('step-heading');

    await page.goForward();
    await expect.poll(() => stepHeading(page), { timeout: STEP_TIMEOUT }).toMatch(/^Bước 2\//);
    expect(page.url()).toBe(url);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
