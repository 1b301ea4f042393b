import { chromium } from 'playwright-core';
import { startTestPortal, fixtureData } from './test-support.mjs';
import { consentAll, completeAndSubmit } from './e2e-driver.mjs';
const portal = await startTestPortal();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('request', (r) => { if (r.method() === 'POST') console.log('POST', r.url()); });
page.on('response', async (r) => { if (r.request().method() === 'POST') console.log('RESP', r.status(), (await r.text().catch(() => '')).slice(0, 800)); });
const MEMBERS = [['vn.moj.birth-registration', 'minimal.json'], ['vn.bca.residence-change-ct01', 'newborn-permanent-registration.json'], ['vn.bhxh.health-insurance-under6', 'minimal.json']];
try {
  await page.goto(portal.url + '/login');
  await page.click('button[data-citizen="001090012345"]');
  await page.waitForURL(portal.url + '/');
  await page.goto(portal.url + '/bundles/vn.gov.bundle.birth-residence-insurance');
  console.log('vendor', await page.evaluate(async () => Object.keys(await import('/static/vendor/prefill.js'))));
  console.log('plan', await page.evaluate(async () => {
    const p = await import('/static/vendor/prefill.js');
    const { portalProviders } = await import('/assets/providers.js');
    const bundle = await (await fetch('/static/forms/bundles/birth-residence-insurance.bundle.json')).json();
    const ids = ['vn.moj.birth-registration', 'vn.bca.residence-change-ct01', 'vn.bhxh.health-insurance-under6'];
    const defs = await Promise.all(ids.map(async (id) => (await fetch(`/static/forms/${id}.form.json`)).json()));
    const reqs = p.planBundlePrefill(bundle, defs, portalProviders(p));
    return JSON.stringify(reqs.map((r) => [r.source, r.fields.map((f) => f.formId.split('.').pop() + f.pointer)]));
  }));
  for (const [i, [id, fx]] of MEMBERS.entries()) {
    await page.getByRole('heading', { name: new RegExp(`^Bước ${i + 1}/3`) }).waitFor({ timeout: 15000 });
    console.log('member', i);
    await consentAll(page);
    await completeAndSubmit(page, portal.catalog.latest(id).compiled, fixtureData(id, fx));
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `/tmp/srv/m${i}.png`, fullPage: true });
  }
  await page.waitForTimeout(3000);
  console.log('url', page.url());
} catch (e) { console.log('ERR', e.message.slice(0, 1000)); await page.screenshot({ path: '/tmp/srv/err.png', fullPage: true }); }
await browser.close();
await portal.cleanup();
