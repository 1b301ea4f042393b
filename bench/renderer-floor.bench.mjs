// SPDX-License-Identifier: MIT
// What a renderer's design costs before any form logic runs: the same minimal form (N text fields, each a label
// with a required marker and an input, ten to a fieldset) drawn in Chromium as one Lit element per field (how the
// Lit widgets draw), as nested Lit templates in one render (widgets as template functions), as one template-free
// ReactiveElement per field, as one plain element per field drawing with DOM calls (how the built-in widgets draw,
// DomFieldElement), and with plain DOM calls (the floor of any renderer that makes these nodes). See
// renderer-floor/floor.entry.mjs.
//
//   node bench/renderer-floor.bench.mjs [--sizes=200,1000] [--runs=9] [--modes=lit-elements,plain-elements,dom]
//
// Renders are interleaved (mode by mode, run by run), each on a fresh page; medians of the wall-clock time to the
// last input (what renderers.bench.mjs times) and of main-thread CPU (CDP ThreadTime, which also holds the style and
// layout that follow). No target: the table sizes what a different renderer could
// gain against renderers.bench.mjs's first-render target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HERE = join(ROOT, 'bench', 'renderer-floor');
const DIST = join(HERE, 'dist');
const ESBUILD = join(ROOT, 'node_modules', '.bin', 'esbuild');

const option = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const MODES = option('modes', 'lit-elements,lit-templates,direct-elements,plain-elements,dom').split(',');
const sizes = option('sizes', '200,1000').split(',').map(Number);
const runs = Number(option('runs', '9'));

/** Bundles the page's entry with Lit, minified, as renderers.bench.mjs bundles its peers. */
function bundle() {
  if (!existsSync(ESBUILD)) throw new Error(`esbuild not found at ${ESBUILD} (it comes with vite; run npm ci)`);
  mkdirSync(DIST, { recursive: true });
  const r = spawnSync(ESBUILD, [join(HERE, 'floor.entry.mjs'), '--bundle', '--minify', '--format=esm', '--legal-comments=none', `--outfile=${join(DIST, 'floor.js')}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`esbuild failed:\n${r.stderr}`);
}

function serve() {
  const files = { '/': join(HERE, 'page.html'), '/floor.js': join(DIST, 'floor.js') };
  const server = createServer((req, res) => {
    const file = files[req.url.split('?')[0]];
    if (!file) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('content-type', file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript');
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function threadMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
}

bundle();
const server = await serve();
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const url = `http://127.0.0.1:${server.address().port}/`;
try {
  console.log(`| Fields | ${MODES.map((m) => `${m}: to last input (ms) | CPU (ms)`).join(' | ')} | lit-elements ÷ dom (to last input) |`);
  console.log(`|---:|${MODES.map(() => '---:|---:').join('|')}|---:|`);
  for (const n of sizes) {
    const samples = Object.fromEntries(MODES.map((m) => [m, { wall: [], cpu: [] }]));
    for (let i = 0; i < runs; i++) {
      for (const mode of MODES) {
        const page = await browser.newPage();
        await page.goto(url);
        await page.waitForFunction(() => window.floor);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.evaluate(([m, k]) => window.floor.prepare(m, k), [mode, n]);
        const before = await threadMs(cdp);
        const wall = await page.evaluate(() => window.floor.render());
        const cpu = (await threadMs(cdp)) - before;
        samples[mode].wall.push(wall);
        samples[mode].cpu.push(cpu);
        await page.close();
      }
    }
    const cells = MODES.map((m) => `${median(samples[m].wall).toFixed(1)} | ${median(samples[m].cpu).toFixed(1)}`);
    const ratio = samples['lit-elements'] && samples.dom ? median(samples['lit-elements'].wall) / median(samples.dom.wall) : NaN;
    console.log(`| ${n} | ${cells.join(' | ')} | ${ratio.toFixed(2)} |`);
  }
  console.log(`\n${runs} fresh-page renders per mode and size, interleaved; medians. "To last input" is what renderers.bench.mjs times as first render; CPU is main-thread time until the harness reads it, so it also holds the style and layout of the new nodes, which every design pays alike.`);
} finally {
  await browser.close();
  server.close();
}
