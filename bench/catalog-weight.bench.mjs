// SPDX-License-Identifier: MIT
/**
 * What a citizen's browser downloads for each catalog form on the demo portal (`examples/portal`), in real Chromium:
 * every script and JSON file the page requested under tokhai's paths (the bundle, the chunks the form loaded, the
 * form's definition and its validator module from `tokhai build`), each counted at `gzip -9` of the bytes served.
 *
 * Two visits per form, each in a fresh browser context (nothing cached):
 * - **anonymous**: the form renders with no prefill; then, when its first step has an address field, the citizen
 *   picks the first province there, so the commune list loads as it would for anyone who types an address;
 * - **signed in**: a synthetic citizen consents to every source; the form is prefilled (provider code, consent
 *   panel, address conversion…).
 * The renderers benchmark measures the bundle target on a generated form; this table shows what the real
 * procedures cost, and which chunks each one pulls in.
 *
 *   node bench/catalog-weight.bench.mjs [--json=<file>]     (needs `npm run build`)
 */
import { chromium } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestPortal, requireBuildOutputs } from '../examples/portal/src/test-support.mjs';
import { consentAll, STEP_TIMEOUT } from '../examples/portal/src/e2e-driver.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const JSON_OUT = resolve(arg('json') ?? resolve(HERE, 'renderers/dist/catalog-weight.json'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CITIZEN = 'Nguyễn Văn Thử';

/** The files a page downloaded that are tokhai's: scripts and definitions, by path, with gzip -9 sizes. */
function recorder(page) {
  const files = new Map();
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (!/\.(m?js|json)$/.test(url.pathname) || response.status() !== 200) return;
    if (!/^\/(assets|static)\//.test(url.pathname)) return;
    try {
      const body = await response.body();
      files.set(url.pathname, gzipSync(body, { level: 9 }).length);
    } catch {
      // A response the page navigated away from: not downloaded in full.
    }
  });
  return files;
}

/** The kind of a downloaded file, for the table. */
function kindOf(path) {
  if (/\.validator\.js$/.test(path)) return 'validator';
  if (/\.json$/.test(path)) return 'definition';
  if (/\/tokhai\.bundle\.js$/.test(path)) return 'bundle';
  if (/^\/static\/tokhai/.test(path)) return 'chunks';
  return 'page'; // the portal's own page scripts (/assets/)
}

/** Waits until `<tk-form>` shows its first native control (the form rendered). */
async function formRendered(page) {
  await page.waitForFunction(
    () => [...document.querySelectorAll('tk-form')].some((f) => f.shadowRoot?.querySelector('input, select, textarea')),
    null,
    { timeout: STEP_TIMEOUT },
  );
  await page.waitForLoadState('networkidle');
}

/** Picks the first province of the first address field, when the form shows one, and waits for its communes. */
async function chooseProvince(page) {
  const province = page.locator('tk-form select[id$="-province"], tk-form select[id$="_provinceCode"]').first();
  const communeSelects = page.locator('tk-form select[id$="-commune"]');
  if ((await communeSelects.count()) === 0) return false;
  const id = await communeSelects.first().getAttribute('id');
  const provinceSelect = page.locator(`tk-form #${id.replace(/-commune$/, '')}`);
  const target = (await provinceSelect.count()) ? provinceSelect : province;
  if (!(await target.isVisible().catch(() => false))) return false;
  await target.selectOption({ index: 1 });
  await page.locator(`tk-form #${id} option:nth-child(3)`).waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
  await page.waitForLoadState('networkidle');
  return true;
}

async function visit(browser, url, { signedIn }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = recorder(page);
  let chose = false;
  try {
    if (signedIn) {
      await page.goto(`${url.origin}/login?next=${encodeURIComponent(url.pathname)}`);
      await page.getByRole('button', { name: `Đăng nhập với tư cách ${CITIZEN}` }).click();
      await page.waitForURL(url.href);
      await consentAll(page);
      await formRendered(page);
    } else {
      await page.goto(url.href);
      await formRendered(page);
      chose = await chooseProvince(page);
    }
    return { chose, files: [...files].map(([path, gzip]) => ({ path, gzip, kind: kindOf(path) })) };
  } finally {
    await context.close();
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const sum = (rows, kind) => rows.filter((r) => !kind || r.kind === kind).reduce((s, r) => s + r.gzip, 0);

async function main() {
  requireBuildOutputs({ bundle: true });
  const portal = await startTestPortal();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const results = [];
  try {
    for (const form of portal.catalog.forms) {
      const url = new URL(`/forms/${form.id}`, portal.url);
      for (const signedIn of [false, true]) {
        const { chose, files } = await visit(browser, url, { signedIn });
        results.push({ form: form.id, signedIn, choseProvince: chose, files });
      }
    }
  } finally {
    await browser.close();
    await portal.cleanup();
  }
  console.log('### Catalog forms: what the browser downloads (gzip -9 KB, fresh context per visit)\n');
  console.log('| Form | Visit | Bundle | Chunks | Validator module | Definition | Total | Chunks loaded |');
  console.log('|---|---|---:|---:|---:|---:|---:|---|');
  for (const r of results) {
    const chunks = r.files.filter((f) => f.kind === 'chunks').map((f) => f.path.replace(/^.*\/tokhai2?\./, '').replace(/\.js$/, '')).sort();
    const tokhai = r.files.filter((f) => f.kind !== 'page');
    console.log(
      `| \`${r.form}\` | ${r.signedIn ? 'signed in, prefilled' : r.choseProvince ? 'anonymous, a province chosen' : 'anonymous (no address on the first step)'} | ${kb(sum(r.files, 'bundle'))} | ${kb(sum(r.files, 'chunks'))} | ${kb(sum(r.files, 'validator'))} | ${kb(sum(r.files, 'definition'))} | ${kb(sum(tokhai))} | ${chunks.join(', ')} |`,
    );
  }
  mkdirSync(dirname(JSON_OUT), { recursive: true });
  writeFileSync(JSON_OUT, JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
  console.log(`\nAll files: ${JSON_OUT}`);
}

await main();
