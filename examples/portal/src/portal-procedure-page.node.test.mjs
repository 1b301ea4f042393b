// SPDX-License-Identifier: MIT
/* global location, sessionStorage */
// End to end in Chromium (playwright-core): what a citizen meets on a procedure page. Switching language mid-form
// keeps the answers and the place (in place, no navigation) and the address, so a reload stays in that language and
// offers the answers back (draft="session"); signing out removes the draft; the page says its title once, with
// the in-person note titled as the question it answers and targets of at least 24 px; a refusal of the portal is
// told in plain words with the field's label (never a JSON Pointer); a received submission removes the draft and
// the receipt reads the time as Vietnamese writes it. Needs the full build (forms/dist and packages/elements/dist).
import { describe, expect, it } from 'vitest';
import { fixtureData } from './test-support.mjs';
import { portalInChromium } from './portal-in-chromium.mjs';
import { STEP_TIMEOUT, completeAndSubmit, consentAll, fieldId } from './e2e-driver.mjs';

const FORM = 'vn.moj.birth-registration';
const CITIZEN_NAME = 'Nguyễn Văn Thử';

let portal;
let browser;
portalInChromium((started) => ({ portal, browser } = started));

/** A page in a fresh browser context (its own cookies and sessionStorage) that records console errors and CSP reports. */
async function openPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(m.text())) problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { page, problems, close: () => context.close() };
}

const signIn = async (page) => {
  await page.goto(`${portal.url}/login`);
  await page.getByRole('button', { name: `Đăng nhập với tư cách ${CITIZEN_NAME}` }).click();
  await page.waitForURL(`${portal.url}/`);
};

/** The wizard's step heading ("Bước 1/5: …" / "Step 1 of 5: …"). */
const stepHeading = (page) => page.locator('tk-form [part="step-heading"]').innerText();

describe('a procedure page of the demo portal', () => {
  it('switching language mid-form keeps the answers, the step and the focus, without leaving the page; the address keeps the language, and a reload offers the answers back', async () => {
    const { page, problems, close } = await openPage();
    const url = `${portal.url}/forms/${FORM}`;
    await page.goto(url);
    await page.locator('tk-form [part="step-heading"]').waitFor({ timeout: STEP_TIMEOUT });
    const name = page.locator(`tk-form #${fieldId('/requester/fullName')}`);
    await name.click();
    await page.keyboard.type('Nguyễn Thị Lan');
    await page.keyboard.press('Tab');
    // A mark on this document: a navigation would lose it.
    await page.evaluate(() => (window.__samePage = true));

    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => stepHeading(page), { timeout: STEP_TIMEOUT }).toMatch(/^Step 1 of 5/);
    expect(await page.evaluate(() => window.__samePage)).toBe(true);
    expect(await name.inputValue()).toBe('Nguyễn Thị Lan');
    expect(page.url()).toBe(`${url}?lang=en`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The page's own texts are English too, and focus is on the link that switches back.
    const form = portal.catalog.latest(FORM);
    await expect.poll(() => page.locator('h1').innerText()).toBe(form.title.en);
    expect(await page.title()).toContain(form.title.en);
    expect(await page.locator('header').innerText()).toContain('Sign in');
    expect(await page.getByRole('note', { name: 'Do you need to go in person?' }).innerText()).toContain(form.procedure.inPerson.en);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tiếng Việt');

    // A reload keeps the language (the address says it) and offers the answers back.
    await page.reload();
    const restore = page.locator('tk-form').getByRole('button', { name: 'Restore draft' });
    await restore.waitFor({ timeout: STEP_TIMEOUT });
    await restore.click();
    await expect.poll(() => name.inputValue(), { timeout: STEP_TIMEOUT }).toBe('Nguyễn Thị Lan');
    expect(await stepHeading(page)).toMatch(/^Step 1 of 5/);

    // And back to Vietnamese: the default has no parameter.
    await page.getByRole('link', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => stepHeading(page), { timeout: STEP_TIMEOUT }).toMatch(/^Bước 1\/5/);
    expect(page.url()).toBe(url);
    expect(await name.inputValue()).toBe('Nguyễn Thị Lan');
    expect(await page.locator('h1').innerText()).toBe(form.title.vi);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('the answers typed before signing in are offered back after it, and signing out removes them from the browser', async () => {
    const { page, problems, close } = await openPage();
    const url = `${portal.url}/forms/${FORM}`;
    await page.goto(url);
    await page.locator('tk-form [part="step-heading"]').waitFor({ timeout: STEP_TIMEOUT });
    await page.locator(`tk-form #${fieldId('/requester/idDocument/number')}`).click();
    await page.keyboard.type('001190012345');
    await page.keyboard.press('Tab');
    await page.getByRole('note').getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: `Đăng nhập với tư cách ${CITIZEN_NAME}` }).click();
    await page.waitForURL(url);
    await page.locator('tk-form').getByRole('button', { name: 'Khôi phục bản nháp' }).waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.evaluate(() => JSON.stringify(Object.values(sessionStorage)))).toContain('001190012345');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(`${portal.url}/`);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.goto(url);
    await page.locator('tk-form [part="step-heading"]').waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('tk-form').getByRole('button', { name: 'Khôi phục bản nháp' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  }, 120_000);

  it('says the title once, titles the in-person note as a question, shows no unconfirmed code as official, and its links are at least 24 px tall', async () => {
    const { page, problems, close } = await openPage();
    await page.goto(`${portal.url}/forms/vn.bca.driving-licence-renewal`);
    await page.locator('tk-form [part="step-heading"]').waitFor({ timeout: STEP_TIMEOUT });
    const form = portal.catalog.latest('vn.bca.driving-licence-renewal');
    const title = page.getByText(form.title.vi, { exact: true });
    // The page's h1, and the form's own title hidden: one visible title, one visible description.
    const visible = [];
    for (const t of await title.all()) if (await t.isVisible()) visible.push(await t.evaluate((el) => el.tagName));
    expect(visible).toEqual(['H1']);
    expect(await page.locator('tk-form [part="description"]').isVisible()).toBe(false);
    expect(await page.locator('.lead').innerText()).toBe(form.description.vi);
    // The form is still named by its title.
    expect(await page.getByRole('form', { name: form.title.vi }).count()).toBe(1);

    const note = page.getByRole('note', { name: 'Có cần đến cơ quan không?' });
    expect(await note.innerText()).toContain(form.procedure.inPerson.vi);
    // A gap after each note: the sign-in note follows, then the form's steps.
    const signInNote = page.getByRole('note').filter({ hasText: 'Bạn cần đăng nhập để nộp hồ sơ.' });
    const gap = async (above, below) => {
      const [a, b] = [await above.boundingBox(), await below.boundingBox()];
      return b.y - (a.y + a.height);
    };
    expect(await gap(note, signInNote)).toBeGreaterThanOrEqual(16);
    expect(await gap(signInNote, page.locator('tk-form [part="step-list"]'))).toBeGreaterThanOrEqual(16);
    const back = page.getByRole('link', { name: '← Quay lại danh mục' });
    expect((await back.boundingBox()).height).toBeGreaterThanOrEqual(24);

    // The catalog: the placeholder of an unconfirmed code is not shown as a code.
    await page.goto(`${portal.url}/`);
    const card = page.locator('.cards li').filter({ has: page.getByRole('link', { name: form.title.vi }) });
    expect(await card.innerText()).toContain('Mã thủ tục: chưa xác nhận');
    expect(await page.locator('main').innerText()).not.toMatch(/UNCONFIRMED/i);
    expect(problems).toEqual([]);
    await close();
  }, 60_000);

  it('a refusal is told in plain words with the field’s label, never a JSON Pointer; the next submit is received, the draft goes, and the receipt reads the time in Vietnamese', async () => {
    const { page, problems, close } = await openPage();
    await signIn(page);
    const url = `${portal.url}/forms/${FORM}`;
    await page.goto(url);
    await consentAll(page);
    const nameField = page.locator(`tk-form #${fieldId('/requester/fullName')}`);
    await expect.poll(() => nameField.inputValue(), { timeout: STEP_TIMEOUT }).toBe(CITIZEN_NAME);

    // The first submission is changed on its way, as a tampered browser would: the locked name the e-ID gave.
    const refusals = [];
    page.on('console', (m) => m.type() === 'warning' && /refused/.test(m.text()) && refusals.push(m.text()));
    let tampered = 0;
    await page.route(
      `${portal.url}/api/submissions`,
      async (route) => {
        const submission = JSON.parse(route.request().postData());
        submission.data.requester.fullName = 'Tên Đã Bị Sửa';
        tampered++;
        await route.continue({ postData: JSON.stringify(submission) });
      },
      { times: 1 },
    );
    await completeAndSubmit(page, portal.catalog.latest(FORM).compiled, fixtureData(FORM, 'minimal.json'));
    const box = page.locator('#submit-error');
    await expect.poll(() => tampered, { timeout: STEP_TIMEOUT }).toBe(1);
    await box.getByRole('heading', { name: 'Không gửi được hồ sơ' }).waitFor({ timeout: STEP_TIMEOUT });
    const text = await box.innerText();
    expect(text).toContain('Một thông tin lấy từ cơ sở dữ liệu (không được sửa) đã bị thay đổi.');
    expect(text).toContain('Họ, chữ đệm, tên người yêu cầu: Thông tin này lấy từ cơ sở dữ liệu và không được sửa.');
    expect(text).not.toMatch(/\/requester|\(422\)/);
    // The pointer is in the console, for whoever helps the citizen.
    expect(refusals.join('\n')).toMatch(/HTTP 422, locked-value-changed/);
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);

    // The same answers, sent again as they are: received. (The form ignores a second submit of the same answers
    // within 1 s of the first, as a double click.)
    await page.waitForTimeout(1_100);
    await page.locator('tk-form').getByRole('button', { name: /gửi hồ sơ$/i }).click();
    await page.waitForURL(/\/receipts\//, { timeout: STEP_TIMEOUT });
    const received = page.locator('dt', { hasText: 'Thời điểm tiếp nhận' }).locator('xpath=following-sibling::dd[1]');
    expect(await received.innerText()).toMatch(/^\d{2}:\d{2}:\d{2} ngày \d{1,2} tháng \d{1,2} năm \d{4} \(/);

    // The draft was removed once the portal had the submission: the form starts anew.
    await page.goto(url);
    await page.locator('tk-form tk-consent-panel').waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.locator('tk-form').getByRole('button', { name: 'Khôi phục bản nháp' }).count()).toBe(0);
    expect(await page.evaluate(() => location.pathname)).toBe(`/forms/${FORM}`);
    // The browser reports the refused request itself; nothing else.
    expect(problems.filter((p) => !/Failed to load resource: .*\b422\b/.test(p))).toEqual([]);
    await close();
  }, 180_000);
});
