// SPDX-License-Identifier: MIT
// tokhai's <tk-form> against @rjsf/core (+ @rjsf/validator-ajv8) and JSON Forms (React + vanilla renderers), side by
// side in ONE run of real Chromium, on the SAME generated form of 50, 200 and 1000 fields (bench/renderers/
// generate-form.mjs): bundle size (min + gzip -9), time to first complete render, keystroke-to-error latency and
// heap after render. A benchmark, not a test: it prints what it measures, marks each target PASS or MISS, and exits
// non-zero only when it cannot measure (a library that does not render the form, a missing build).
//
//   npm run build && node bench/renderers.bench.mjs
//   node bench/renderers.bench.mjs --sizes=1000 --runs=7 --keys=31 --profile --json=/tmp/r.json
//
// Options: --sizes=50,200,1000  --runs=5 (fresh page per run)  --keys=21 (keystrokes per library and size)
//          --libs=tokhai,rjsf,jsonforms  --json=<file> (all samples; default bench/renderers/dist/results.json)
//          --profile: always print where tokhai's bytes and time go (bundle composition from the source map; CPU
//          profiles of one render and of typing at the largest size, source-mapped); by default only for a missed
//          target; --no-profile: never.
// Chromium: $CHROMIUM_PATH or /usr/bin/chromium, headless, --no-sandbox --disable-gpu --disable-background-networking
// --js-flags=--expose-gc; heap is read through CDP after HeapProfiler.collectGarbage. Besides wall-clock times, every
// render and keystroke reports the page's main-thread CPU time (CDP ThreadTime), which other load on the machine
// does not inflate.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { SourceMap } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { basename, dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateForm } from './renderers/generate-form.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HERE = join(ROOT, 'bench', 'renderers');
const DIST = join(HERE, 'dist');
const TOKHAI_DIST = join(ROOT, 'packages', 'elements', 'dist');
/** The copy of tokhai's bundle this run serves and measures (see snapshotTokhai); one per process, removed at the end. */
const TOKHAI_SNAPSHOT = join(DIST, `tokhai-snapshot-${process.pid}`);
const TOKHAI_ENTRY = 'tokhai.bundle.js';
const ESBUILD = join(ROOT, 'node_modules', '.bin', 'esbuild');

const TARGETS = { bundleKB: 40, renderRatio: 0.5, keystrokeMs: 16, keystrokeSize: 1000 };
const LIBS = ['tokhai', 'rjsf', 'jsonforms'];
const PEERS = {
  rjsf: { entry: 'peers/rjsf.entry.mjs', title: '@rjsf/core 6 + validator-ajv8', packages: ['react', 'react-dom', '@rjsf/core', '@rjsf/utils', '@rjsf/validator-ajv8'] },
  jsonforms: { entry: 'peers/jsonforms.entry.mjs', title: 'JSON Forms 3 (React, vanilla)', packages: ['react', 'react-dom', '@jsonforms/core', '@jsonforms/react', '@jsonforms/vanilla-renderers'] },
};
const TITLES = { tokhai: 'tokhai `<tk-form>`', rjsf: PEERS.rjsf.title, jsonforms: PEERS.jsonforms.title };

// ---------------------------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------------------------

const option = (name, fallback) => {
  const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!hit) return fallback;
  return hit.includes('=') ? hit.slice(hit.indexOf('=') + 1) : true;
};
const SIZES = String(option('sizes', '50,200,1000')).split(',').map(Number);
const RUNS = Math.max(1, Number(option('runs', 5)));
const KEYS = Math.max(1, Number(option('keys', 21)));
const ONLY = String(option('libs', LIBS.join(','))).split(',');
const RUN_LIBS = LIBS.filter((l) => ONLY.includes(l));
const PROFILE = option('profile', false) === true ? 'always' : option('no-profile', false) === true ? 'never' : 'on-miss';
const JSON_OUT = String(option('json', join(DIST, 'results.json')));
/**
 * What `<tk-form>` is given: `definition` (default; a form the build never saw: the page loads core's compiler chunk
 * and checks the definition before rendering) or `built` (a catalog form: `tokhai build`'s validator module for the
 * generated form, served beside the bundle, and `compileBuiltForm(definition, module)` inside the timed render).
 */
const TOKHAI_MODE = String(option('tokhai', 'definition'));
if (!['definition', 'built'].includes(TOKHAI_MODE)) throw new Error(`--tokhai must be definition or built, not ${TOKHAI_MODE}`);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// ---------------------------------------------------------------------------------------------------------------
// Statistics and formatting
// ---------------------------------------------------------------------------------------------------------------

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => {
  const s = sorted(xs);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
};
const median = (xs) => quantile(xs, 0.5);
const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : '–');
const kb = (bytes) => (bytes / 1024).toFixed(1);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const spread = (xs) => `${ms(quantile(xs, 0.25))}–${ms(quantile(xs, 0.75))}`;
const verdict = (ok) => (ok ? '**PASS**' : '**MISS**');
const log = (...a) => console.error('  ·', ...a);

/** Median ms of `fn` over 15 calls after 5 warm-up calls. */
function timeEach(fn) {
  for (let i = 0; i < 5; i++) fn();
  const times = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

// ---------------------------------------------------------------------------------------------------------------
// Builds and sizes
// ---------------------------------------------------------------------------------------------------------------

/** The installed version of a package (read from its package.json, wherever npm hoisted it). */
function versionOf(name) {
  for (const base of [join(ROOT, 'bench', 'node_modules'), join(ROOT, 'node_modules')]) {
    const file = join(base, name, 'package.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version;
  }
  return '?';
}

/** Bundles each peer's minimal entry with esbuild: production React, minified, one ES module, no legal comments. */
function buildPeers() {
  if (!existsSync(ESBUILD)) throw new Error(`esbuild not found at ${ESBUILD} (it comes with vite; run npm ci)`);
  mkdirSync(DIST, { recursive: true });
  for (const [lib, peer] of Object.entries(PEERS)) {
    if (!RUN_LIBS.includes(lib)) continue;
    const out = join(DIST, `${lib}.js`);
    const r = spawnSync(
      ESBUILD,
      [
        join(HERE, peer.entry),
        '--bundle',
        '--minify',
        '--format=esm',
        '--platform=browser',
        '--target=es2022',
        '--define:process.env.NODE_ENV="production"',
        '--legal-comments=none',
        '--log-level=warning',
        `--outfile=${out}`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`esbuild failed for ${lib}:\n${r.stderr}`);
  }
}

/**
 * Copies tokhai's bundle and every chunk it imports (statically or lazily), with their source maps, into
 * bench/renderers/dist/tokhai-snapshot-<pid>/, so one run measures one build even if someone rebuilds
 * packages/elements meanwhile (and two runs at once do not share it).
 * Retries while the graph is incomplete (a build in progress).
 */
async function snapshotTokhai() {
  const out = TOKHAI_SNAPSHOT;
  for (let attempt = 1; ; attempt++) {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const missing = [];
    const queue = [TOKHAI_ENTRY];
    const copied = new Set();
    while (queue.length) {
      const name = queue.shift();
      if (copied.has(name)) continue;
      copied.add(name);
      const from = join(TOKHAI_DIST, name);
      if (!existsSync(from)) {
        missing.push(name);
        continue;
      }
      const code = readFileSync(from, 'utf8');
      writeFileSync(join(out, name), code);
      if (existsSync(`${from}.map`)) copyFileSync(`${from}.map`, join(out, `${name}.map`));
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.\/[^"']+\.js)["']/g)) queue.push(m[1].slice(2));
    }
    if (missing.length === 0) return out;
    if (attempt === 5) throw new Error(`tokhai's bundle imports missing files: ${missing.join(', ')} (run \`npm run build\`)`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/** Raw and gzip -9 bytes of a file, as a server would send it. */
function sizeOf(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The JavaScript a library's page requested (from the server log), with sizes; for tokhai, lazy chunks only if fetched. */
function loadedBytes(lib, requested) {
  // The per-form validator modules (--tokhai=built) are reported per size (see validatorBytes), not summed here.
  const files = [...(requested.get(lib) ?? [])].filter((f) => f.endsWith('.js') && !/validator-\d+\.js$/.test(f)).sort();
  const rows = files.map((file) => ({ file: relative(ROOT, file), ...sizeOf(file) }));
  return { files: rows, raw: rows.reduce((s, r) => s + r.raw, 0), gzip: rows.reduce((s, r) => s + r.gzip, 0) };
}

// ---------------------------------------------------------------------------------------------------------------
// The local server: the harness page, the libraries and the generated forms, from 127.0.0.1 on a free port
// ---------------------------------------------------------------------------------------------------------------

const TYPES = { '.html': 'text/html; charset=utf-8', '.mjs': 'text/javascript', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/** Serves `/` (page.html), `/harness.mjs`, `/tokhai/*` (the snapshot of packages/elements/dist), `/peers/*` (bench/renderers/dist), `/form/<n>.json`. */
function startServer(forms, requested) {
  const inside = (base, path) => {
    const file = normalize(join(base, decodeURIComponent(path)));
    return file.startsWith(base + sep) ? file : undefined;
  };
  const routes = [
    [/^\/(\?.*)?$/, () => ({ lib: undefined, file: join(HERE, 'page.html') })],
    [/^\/harness\.mjs$/, () => ({ lib: undefined, file: join(HERE, 'harness.mjs') })],
    [/^\/tokhai\/([^?]+)/, (m) => ({ lib: 'tokhai', file: inside(TOKHAI_SNAPSHOT, m[1]) })],
    [/^\/peers\/([^?]+)/, (m) => ({ lib: basename(m[1], '.js'), file: inside(DIST, m[1]) })],
  ];
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const formMatch = /^\/form\/(\d+)\.json$/.exec(url);
    if (formMatch && forms.has(Number(formMatch[1]))) {
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
      res.end(JSON.stringify(forms.get(Number(formMatch[1]))));
      return;
    }
    for (const [pattern, resolve] of routes) {
      const m = pattern.exec(url);
      if (!m) continue;
      const { lib, file } = resolve(m);
      if (!file || !existsSync(file)) break;
      if (lib) {
        if (!requested.has(lib)) requested.set(lib, new Set());
        requested.get(lib).add(file);
      }
      const ext = file.slice(file.lastIndexOf('.'));
      res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements in the browser
// ---------------------------------------------------------------------------------------------------------------

/** A fresh context and page with the library and the form loaded, and a CDP session for heap and profiles. */
async function openPage(browser, base, lib, n) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/?lib=${lib}&n=${n}${lib === 'tokhai' && TOKHAI_MODE === 'built' ? '&built=1' : ''}`);
  try {
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 });
  } catch (e) {
    throw new Error(`${lib} did not load: ${errors.join(' | ') || e.message}`, { cause: e });
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp, errors };
}

/**
 * CPU time the page's main thread has used, in ms (CDP `ThreadTime`). Wall-clock times stretch when other
 * processes take the cores; this does not, so it shows how much work each library does, whatever the load.
 */
async function threadMs(cdp) {
  return (await mainThread(cdp)).cpu;
}

/** Main-thread CPU time and the wall time it spent in tasks (CDP `TaskDuration`), in ms. */
async function mainThread(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name).value * 1000;
  return { cpu: metric('ThreadTime'), tasks: metric('TaskDuration') };
}

/** JS heap (and Blink's garbage-collected DOM heap, when Chromium reports it) after a full collection. */
async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { js: usage.usedSize, dom: usage.embedderHeapUsedSize };
}

/** One first render on a fresh page: timings, and the heap before (empty host) and after (form rendered). */
async function measureRender(browser, base, lib, n) {
  const { context, page, cdp, errors } = await openPage(browser, base, lib, n);
  try {
    await page.evaluate(() => window.bench.mount());
    const { load, mount } = await page.evaluate(() => ({ load: window.bench.loadMs, mount: window.bench.mountMs }));
    await page.evaluate(() => window.bench.idle(50));
    const before = await heap(cdp);
    const main0 = await mainThread(cdp);
    const result = await page.evaluate(() => window.bench.render());
    const main1 = await mainThread(cdp);
    const cpu = main1.cpu - main0.cpu;
    // Wall time inside tasks: far above `cpu` means the thread was runnable but not running (other load).
    const tasks = main1.tasks - main0.tasks;
    await page.evaluate(() => window.bench.idle(50));
    const after = await heap(cdp);
    if (errors.length) throw new Error(`${lib} threw while rendering: ${errors.join(' | ')}`);
    return { ...result, load, mount, cpu, tasks, heapJs: after.js, heapDom: after.dom, heapJsDelta: after.js - before.js, heapDomDelta: after.dom !== undefined ? after.dom - before.dom : undefined };
  } finally {
    await context.close();
  }
}

/**
 * Real keystrokes into the target name field: click it, leave it (Tab: tokhai marks the field touched, so its
 * errors show live from then on, as after any real visit), click back in, then `keys` times: type a digit
 * (breaks the pattern; time until the inline error text is in the DOM, and until the next frame) and Backspace
 * (time until it is gone). Each pair starts from an idle page.
 */
async function measureKeystrokes(browser, base, lib, form, keys, { profile } = {}) {
  const { n, target: { breakKey } } = form;
  const { context, page, cdp, errors } = await openPage(browser, base, lib, n);
  try {
    await page.evaluate(() => window.bench.mount());
    await page.evaluate(() => window.bench.render());
    const initial = await page.evaluate(() => window.bench.markTarget());
    if (initial.error) throw new Error(`${lib}: the target shows an error before typing: "${initial.error}"`);
    const target = page.locator('[data-bench-target]');
    await target.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await page.evaluate(() => window.bench.idle(100));
    await target.click();
    await page.keyboard.press('End');
    await page.evaluate(() => window.bench.idle(100));
    const ready = await page.evaluate(() => window.bench.targetState());
    if (!ready.focused || ready.error) throw new Error(`${lib}: the target is not ready for typing (${JSON.stringify(ready)})`);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const show = [];
    const clear = [];
    for (let i = 0; i < keys; i++) {
      const cpu0 = await threadMs(cdp);
      await page.evaluate(() => window.bench.arm('error'));
      await page.keyboard.press(breakKey);
      const shown = await page.evaluate(() => window.bench.settled());
      // Main-thread CPU of this keystroke up to its next frame, the harness's own two calls included.
      show.push({ ...shown, cpu: (await threadMs(cdp)) - cpu0 });
      await page.evaluate(() => window.bench.arm('clear'));
      await page.keyboard.press('Backspace');
      clear.push(await page.evaluate(() => window.bench.settled()));
      await page.evaluate(() => window.bench.idle(20));
    }
    const cpu = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
    const end = await page.evaluate(() => window.bench.targetState());
    if (!end.connected) throw new Error(`${lib}: the target input was replaced while typing`);
    if (errors.length) throw new Error(`${lib} threw while typing: ${errors.join(' | ')}`);
    return { show, clear, cpu };
  } finally {
    await context.close();
  }
}

/** A CPU profile of one tokhai first render (fresh page). */
async function profileRender(browser, base, n) {
  const { context, page, cdp } = await openPage(browser, base, 'tokhai', n);
  try {
    await page.evaluate(() => window.bench.mount());
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const result = await page.evaluate(() => window.bench.render());
    return { result, cpu: (await cdp.send('Profiler.stop')).profile };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Profiles: where tokhai's time goes, mapped back to source through the bundle's source map
// ---------------------------------------------------------------------------------------------------------------

const sourceMaps = new Map();

/** The original source, line, name and line text of a generated position in a tokhai bundle file, or undefined. */
function originalOf(url, line, column) {
  const m = /\/tokhai\/([^?#]+\.js)$/.exec(url);
  if (!m) return undefined;
  if (!sourceMaps.has(m[1])) {
    const file = join(TOKHAI_SNAPSHOT, `${m[1]}.map`);
    sourceMaps.set(m[1], existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : undefined);
  }
  const map = sourceMaps.get(m[1]);
  const e = map?.findEntry(line, column);
  if (!e?.originalSource) return undefined;
  // Source paths in the map are relative to packages/elements/dist; node_modules paths are shortened to the package.
  const source = relative(ROOT, join(TOKHAI_DIST, e.originalSource)).replace(/^(\.\.\/)*node_modules\//, '');
  const index = map.payload.sources.indexOf(e.originalSource);
  // Lit ships minified: a line of it says nothing, so only tokhai's own sources get their line quoted.
  const text = source.startsWith('packages/') ? (map.payload.sourcesContent?.[index]?.split('\n')[e.originalLine]?.trim() ?? '') : '';
  return { source, where: `${source}:${e.originalLine + 1}`, name: e.name, text: text.length > 70 ? `${text.slice(0, 69)}…` : text };
}

/** Frames that are not work: the idle loop, the profiler's own program frame, the root. */
const NOT_WORK = new Set(['(idle)', '(program)', '(root)']);

/**
 * Self and inclusive time per function (counted once per sample even when recursive), and self time per source
 * file, in ms, from a V8 CPU profile. Frames in tokhai's bundle are mapped to their original sources.
 */
function summarizeProfile(profile) {
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const info = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const orig = url ? originalOf(url, lineNumber, columnNumber) : undefined;
    // A minified name means nothing: take the original one when the frame maps to a named function.
    const name = (functionName && orig?.name) || functionName || '(anonymous)';
    const shortUrl = url.replace(/^https?:\/\/[^/]+/, '');
    const where = orig ? orig.where : url ? `${shortUrl}:${lineNumber + 1}` : '';
    const file = orig ? orig.source : url ? shortUrl : functionName.startsWith('(') ? functionName : '(native DOM calls)';
    info.set(node.id, { key: `${name}${where ? ` — ${where}` : ''}`, file, text: orig?.text ?? '' });
  }
  const self = new Map();
  const total = new Map();
  const byFile = new Map();
  const add = (map, key, v) => map.set(key, (map.get(key) ?? 0) + v);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // timeDeltas[i] is the time before sample i; the sample stands for the time until the next one.
    const dt = (deltas[i + 1] ?? 0) / 1000;
    let id = samples[i];
    add(self, info.get(id).key, dt);
    add(byFile, info.get(id).file, dt);
    const seen = new Set();
    while (id !== undefined) {
      const { key } = info.get(id);
      if (!seen.has(key)) {
        seen.add(key);
        add(total, key, dt);
      }
      id = parent.get(id);
    }
  }
  const texts = new Map([...info.values()].map((v) => [v.key, v.text]));
  const work = ([key]) => !NOT_WORK.has(key) && !key.includes('/harness.mjs') && key !== '(anonymous)';
  const top = (map, k) => [...map.entries()].filter(work).sort((a, b) => b[1] - a[1]).slice(0, k);
  return {
    duration: (profile.endTime - profile.startTime) / 1000,
    gc: self.get('(garbage collector)') ?? 0,
    idle: self.get('(idle)') ?? 0,
    self: top(self, 15),
    total: top(total, 30),
    files: top(byFile, 15),
    texts,
  };
}

/** Prints a profile summary as markdown tables; `per` divides every time (e.g. per keystroke). */
function printProfile(title, summary, per = 1, unit = '') {
  const t = (v) => ms(v / per);
  console.log(`\n#### ${title}\n`);
  console.log(`Profile of ${ms(summary.duration)} ms (idle ${ms(summary.idle)} ms); times in ms${unit}; garbage collection ${t(summary.gc)}.\n`);
  const code = (key) => {
    const text = summary.texts.get(key);
    return text ? `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|')}\`` : '';
  };
  console.log(`| Self by source file | ms${unit} |\n|---|---:|`);
  for (const [file, v] of summary.files) console.log(`| \`${file}\` | ${t(v)} |`);
  console.log(`\n| Inclusive ms${unit} | Function — original source | Source line |\n|---:|---|---|`);
  for (const [key, v] of summary.total) console.log(`| ${t(v)} | \`${key}\` | ${code(key)} |`);
  console.log(`\n| Self ms${unit} | Function — original source | Source line |\n|---:|---|---|`);
  for (const [key, v] of summary.self) console.log(`| ${t(v)} | \`${key}\` | ${code(key)} |`);
}

// ---------------------------------------------------------------------------------------------------------------
// Bytes: where tokhai's bundle size comes from, by original source, from the source map
// ---------------------------------------------------------------------------------------------------------------

const BASE64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = BASE64.get(c);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** The module group a source belongs to: an npm package, or a tokhai package and folder. */
function groupOf(source) {
  const path = relative(ROOT, join(TOKHAI_DIST, source));
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  const own = /^packages\/([^/]+)\/(?:src|dist)\/(?:([^/]+)\/)?/.exec(path);
  if (own) return `@tokhai/${own[1]}${own[2] ? `/${own[2]}` : ''}`;
  return path;
}

/**
 * Minified bytes of each JavaScript file tokhai loaded, attributed to original sources through the source map
 * (each mapped segment owns the bytes up to the next one), grouped by package and folder.
 */
function bundleComposition(files) {
  const groups = new Map();
  let total = 0;
  for (const { file } of files) {
    const path = join(ROOT, file);
    if (!existsSync(`${path}.map`)) continue;
    const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
    const lines = readFileSync(path, 'utf8').split('\n');
    let source = 0;
    map.mappings.split(';').forEach((line, i) => {
      const length = lines[i]?.length ?? 0;
      let column = 0;
      const segments = line ? line.split(',').map(decodeVlq) : [];
      const starts = [];
      for (const seg of segments) {
        column += seg[0];
        if (seg.length > 1) source += seg[1];
        starts.push({ column, source: seg.length > 1 ? source : -1 });
      }
      starts.forEach((s, k) => {
        const bytes = (starts[k + 1]?.column ?? length) - s.column;
        const key = s.source >= 0 ? groupOf(map.sources[s.source]) : '(unmapped)';
        groups.set(key, (groups.get(key) ?? 0) + bytes);
        total += bytes;
      });
    });
  }
  return { total, groups: [...groups.entries()].sort((a, b) => b[1] - a[1]) };
}

function printComposition(bytes) {
  const { total, groups } = bundleComposition(bytes.files);
  if (!total) return;
  const share = (v) => v / total;
  console.log(`\n#### Where tokhai's ${kb(bytes.gzip)} KB gzip come from (minified bytes by original source, from the source map; gzip share estimated pro rata)\n`);
  console.log('| Module group | Min (KB) | Share | ≈ gzip (KB) |\n|---|---:|---:|---:|');
  for (const [group, v] of groups.slice(0, 20)) console.log(`| \`${group}\` | ${kb(v)} | ${(share(v) * 100).toFixed(1)} % | ${kb(share(v) * bytes.gzip)} |`);
  const rest = groups.slice(20).reduce((sum, [, v]) => sum + v, 0);
  if (rest) console.log(`| ${groups.length - 20} more groups | ${kb(rest)} | ${(share(rest) * 100).toFixed(1)} % | ${kb(share(rest) * bytes.gzip)} |`);
}

// ---------------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const bundle = join(TOKHAI_DIST, TOKHAI_ENTRY);
  if (RUN_LIBS.includes('tokhai') && !existsSync(bundle)) throw new Error(`${relative(ROOT, bundle)} is missing: run \`npm run build\` first`);
  if (!existsSync(join(ROOT, 'packages', 'core', 'dist', 'index.js'))) throw new Error('packages/core/dist is missing: run `npm run build` first');
  const load0 = loadavg();
  if (RUN_LIBS.includes('tokhai')) await snapshotTokhai();
  buildPeers();

  // The forms, checked with tokhai's own compiler (the data valid, the broken key invalid) before anything is timed.
  const forms = new Map();
  const { compileForm } = await import('../packages/core/dist/index.js');
  const core = {};
  for (const n of SIZES) {
    const form = generateForm(n);
    const compileRuns = [];
    let compiled;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      compiled = compileForm(form.definition);
      compileRuns.push(performance.now() - t);
    }
    const valid = compiled.validate(form.data);
    if (!valid.valid) throw new Error(`generated ${n}-field data is invalid: ${JSON.stringify(valid.errors.slice(0, 3))}`);
    const broken = structuredClone(form.data);
    broken[form.target.section].fullName += form.target.breakKey;
    if (compiled.validate(broken).valid) throw new Error('the keystroke target does not become invalid');
    const compileMs = median(compileRuns);
    const validateMs = timeEach(() => compiled.validate(broken, { locale: 'vi' }));
    const evaluateMs = timeEach(() => compiled.evaluate(broken));
    core[n] = { compileMs, validateMs, evaluateMs };
    forms.set(n, form);
    if (TOKHAI_MODE === 'built' && RUN_LIBS.includes('tokhai')) {
      // What `tokhai build` writes for this form, next to the bundle copy this run serves (so its bytes count).
      const { bundleValidator } = await import('../packages/cli/dist/index.js');
      const code = await bundleValidator(form.definition, `generated ${n}-field form`);
      if (typeof code !== 'string') throw new Error(`tokhai build cannot build the ${n}-field form: ${JSON.stringify(code)}`);
      writeFileSync(join(TOKHAI_SNAPSHOT, `validator-${n}.js`), code);
    }
  }

  const requested = new Map();
  const server = await startServer(forms, requested);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc'],
  });
  const results = { date: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavg: { start: load0 } }, chromium: browser.version(), versions: {}, sizes: {}, core };
  for (const lib of Object.keys(PEERS)) for (const p of PEERS[lib].packages) results.versions[p] = versionOf(p);
  results.versions.lit = versionOf('lit');

  try {
    for (const n of SIZES) {
      log(`${n} fields: ${RUNS} first renders per library (fresh page each, libraries interleaved)`);
      const renders = Object.fromEntries(RUN_LIBS.map((l) => [l, []]));
      for (let run = 0; run < RUNS; run++) {
        for (const lib of RUN_LIBS) renders[lib].push(await measureRender(browser, base, lib, n));
      }
      log(`${n} fields: ${KEYS} keystrokes per library`);
      const keystrokes = {};
      for (const lib of RUN_LIBS) keystrokes[lib] = await measureKeystrokes(browser, base, lib, forms.get(n), KEYS);
      results.sizes[n] = { renders, keystrokes: Object.fromEntries(Object.entries(keystrokes).map(([l, k]) => [l, { show: k.show, clear: k.clear }])) };
    }
    results.bytes = Object.fromEntries(RUN_LIBS.map((lib) => [lib, loadedBytes(lib, requested)]));
    results.machine.loadavg.end = loadavg();
    results.seconds = (Date.now() - started) / 1000;

    const misses = report(results);
    if (RUN_LIBS.includes('tokhai') && (PROFILE === 'always' || (PROFILE === 'on-miss' && misses.includes('bundle')))) printComposition(results.bytes.tokhai);

    if (RUN_LIBS.includes('tokhai') && (PROFILE === 'always' || (PROFILE === 'on-miss' && misses.some((m) => m !== 'bundle')))) {
      const n = Math.max(...SIZES);
      log(`profiling tokhai at ${n} fields`);
      console.log(`\n### Where tokhai's time goes (${n} fields, CPU profile, 100 µs sampling, source-mapped)`);
      const render = await profileRender(browser, base, n);
      printProfile(`First render (one run: ${ms(render.result.dom)} ms to DOM, ${ms(render.result.frame)} ms to frame)`, summarizeProfile(render.cpu));
      const typed = await measureKeystrokes(browser, base, 'tokhai', forms.get(n), 10, { profile: true });
      // Open these in Chrome DevTools (Performance panel) for the full flame chart.
      writeFileSync(join(DIST, `tokhai-render-${n}.cpuprofile`), JSON.stringify(render.cpu));
      writeFileSync(join(DIST, `tokhai-typing-${n}.cpuprofile`), JSON.stringify(typed.cpu));
      console.log(`\nRaw profiles (open in Chrome DevTools): bench/renderers/dist/tokhai-render-${n}.cpuprofile, tokhai-typing-${n}.cpuprofile`);
      printProfile('Typing (10 pairs of keystrokes: the digit that shows the error, the Backspace that clears it)', summarizeProfile(typed.cpu), 20, ' per keystroke');
    }
    mkdirSync(dirname(JSON_OUT), { recursive: true });
    writeFileSync(JSON_OUT, JSON.stringify(results, null, 2));
    console.log(`\nAll samples: ${relative(ROOT, JSON_OUT)}. Run took ${Math.round((Date.now() - started) / 1000)} s.`);
  } finally {
    await browser.close();
    server.close();
    rmSync(TOKHAI_SNAPSHOT, { recursive: true, force: true });
  }
}

/** Prints the tables (markdown) and returns the targets tokhai missed. */
function report(results) {
  const misses = [];
  /** One row per target: what, tokhai's number, the bar, the verdict. */
  const summary = [];
  const { machine } = results;
  console.log(`### Renderers: tokhai vs @rjsf/core vs JSON Forms (${results.date.slice(0, 10)})\n`);
  console.log(
    `Chromium ${results.chromium} headless, ${machine.cpus} cores (${machine.model ?? 'unknown CPU'}), load average ${machine.loadavg.start.map((x) => x.toFixed(1)).join('/')} at start, ` +
      `${machine.loadavg.end.map((x) => x.toFixed(1)).join('/')} at end (a shared machine: medians of fresh-page runs; the interquartile range shows the noise). ` +
      `Versions: ${Object.entries(results.versions).map(([p, v]) => `${p} ${v}`).join(', ')}.\n`,
  );

  // Bundle size
  console.log(`#### Bundle: what a portal loads to render the form (minified, gzip -9); tokhai given ${TOKHAI_MODE === 'built' ? 'the form built by `tokhai build` (`compileBuiltForm`)' : 'the definition (compiled in the page)'}\n`);
  console.log('| Library | Files | Min (KB) | Min + gzip (KB) | Target |\n|---|---|---:|---:|---|');
  const tokhaiBytes = results.bytes.tokhai;
  for (const lib of RUN_LIBS) {
    const b = results.bytes[lib];
    let target = '';
    if (lib === 'tokhai') {
      const ok = b.gzip <= TARGETS.bundleKB * 1024;
      if (!ok) misses.push('bundle');
      target = `≤ ${TARGETS.bundleKB} KB: ${verdict(ok)}`;
      summary.push([`\`tokhai.bundle.js\` (+ chunks the form loads) ≤ ${TARGETS.bundleKB} KB min + gzip`, `${kb(b.gzip)} KB`, `${TARGETS.bundleKB} KB`, verdict(ok)]);
    }
    console.log(`| ${TITLES[lib]} | ${b.files.map((f) => `\`${basename(f.file)}\``).join(' + ')} | ${kb(b.raw)} | ${kb(b.gzip)} | ${target} |`);
  }
  if (tokhaiBytes?.files.length > 1) {
    console.log(`\ntokhai files: ${tokhaiBytes.files.map((f) => `\`${basename(f.file)}\` ${kb(f.gzip)} KB`).join(', ')} (everything the page requested; lazy chunks count only when the form fetched them).`);
  }
  if (TOKHAI_MODE === 'built' && tokhaiBytes) {
    const modules = SIZES.map((n) => ({ n, ...sizeOf(join(TOKHAI_SNAPSHOT, `validator-${n}.js`)) }));
    console.log(`\nPlus the form's own validator module from \`tokhai build\` (one per form, like a form's JSON): ${modules.map((m) => `${m.n} fields ${kb(m.gzip)} KB`).join(', ')} min + gzip.`);
  }

  // Per size
  for (const n of Object.keys(results.sizes).map(Number)) {
    const { renders, keystrokes } = results.sizes[n];
    const core = results.core[n];
    const med = (lib, key) => median(renders[lib].map((r) => r[key]));
    const peers = RUN_LIBS.filter((l) => l !== 'tokhai');
    const fasterPeer = peers.length ? Math.min(...peers.map((l) => med(l, 'dom'))) : NaN;
    const fasterName = peers.find((l) => med(l, 'dom') === fasterPeer);
    const fasterPeerFrame = peers.length ? Math.min(...peers.map((l) => med(l, 'frame'))) : NaN;
    const fasterPeerCpu = peers.length ? Math.min(...peers.map((l) => med(l, 'cpu'))) : NaN;
    console.log(`\n#### ${n} fields (${RUNS} fresh-page renders and ${KEYS} keystrokes per library)\n`);
    console.log('| Library | Load: import → ready (ms) | Mount empty host (ms) | First render → all controls in DOM (ms, median [IQR]) | … → next frame (ms) | Main-thread CPU (ms) | JS heap after (MB) | of which the form (MB) | DOM heap after (MB) |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const lib of RUN_LIBS) {
      const r = renders[lib];
      const dom = r.map((x) => x.heapDom).filter((x) => x !== undefined);
      console.log(
        `| ${TITLES[lib]} | ${ms(med(lib, 'load'))} | ${ms(med(lib, 'mount'))} | ${ms(med(lib, 'dom'))} [${spread(r.map((x) => x.dom))}] | ${ms(med(lib, 'frame'))} | ${ms(med(lib, 'cpu'))} | ${mb(median(r.map((x) => x.heapJs)))} | ${mb(median(r.map((x) => x.heapJsDelta)))} | ${dom.length ? mb(median(dom)) : '–'} |`,
      );
    }
    console.log('\n| Library | Keystroke → inline error in DOM (ms, median [IQR]) | … → next frame (ms) | Backspace → error gone (ms) | Main-thread CPU to that frame (ms) |');
    console.log('|---|---:|---:|---:|---:|');
    for (const lib of RUN_LIBS) {
      const k = keystrokes[lib];
      console.log(
        `| ${TITLES[lib]} | ${ms(median(k.show.map((x) => x.dom)))} [${spread(k.show.map((x) => x.dom))}] | ${ms(median(k.show.map((x) => x.frame)))} | ${ms(median(k.clear.map((x) => x.dom)))} | ${ms(median(k.show.map((x) => x.cpu)))} |`,
      );
    }
    if (RUN_LIBS.includes('tokhai')) {
      const t = med('tokhai', 'dom');
      const lines = [];
      if (peers.length) {
        const ok = t <= fasterPeer * TARGETS.renderRatio;
        if (!ok) misses.push(`render-${n}`);
        summary.push([`First render ≤ ½ of the faster peer, ${n} fields`, `${ms(t)} ms`, `${ms(fasterPeer * TARGETS.renderRatio)} ms (½ of ${fasterName} ${ms(fasterPeer)} ms)`, verdict(ok)]);
        lines.push(
          `first render ≤ ½ of the faster peer: tokhai ${ms(t)} ms vs ${ms(fasterPeer)} ms (ratio ${(t / fasterPeer).toFixed(2)}) ${verdict(ok)}` +
            ` (to next frame: ${ms(med('tokhai', 'frame'))} vs ${ms(fasterPeerFrame)} ms, ratio ${(med('tokhai', 'frame') / fasterPeerFrame).toFixed(2)};` +
            ` main-thread CPU: ${ms(med('tokhai', 'cpu'))} vs ${ms(fasterPeerCpu)} ms, ratio ${(med('tokhai', 'cpu') / fasterPeerCpu).toFixed(2)})`,
        );
      }
      const key = median(keystrokes.tokhai.show.map((x) => x.dom));
      const ok = key <= TARGETS.keystrokeMs;
      if (n === TARGETS.keystrokeSize) {
        if (!ok) misses.push('keystroke');
        summary.push([`Keystroke → error ≤ ${TARGETS.keystrokeMs} ms median, ${n} fields`, `${ms(key)} ms`, `${TARGETS.keystrokeMs} ms`, verdict(ok)]);
        lines.push(`keystroke latency ≤ ${TARGETS.keystrokeMs} ms median at ${n} fields: ${ms(key)} ms ${verdict(ok)} (to next frame ${ms(median(keystrokes.tokhai.show.map((x) => x.frame)))} ms)`);
      } else {
        lines.push(`keystroke latency (the ≤ ${TARGETS.keystrokeMs} ms target is set at ${TARGETS.keystrokeSize} fields): ${ms(key)} ms (${ok ? 'within' : 'over'} ${TARGETS.keystrokeMs} ms)`);
      }
      lines.push(`tokhai's core alone in Node (same form): compileForm ${ms(core.compileMs)} ms, validate ${ms(core.validateMs)} ms, evaluate ${ms(core.evaluateMs)} ms`);
      console.log('\nTargets for tokhai:\n');
      for (const l of lines) console.log(`- ${l}`);
    }
  }
  if (summary.length) {
    console.log('\n#### Targets (wall-clock medians)\n\n| Target | tokhai | Bar | Verdict |\n|---|---:|---:|---|');
    for (const row of summary) console.log(`| ${row.join(' | ')} |`);
  }
  console.log(`\n${misses.length ? `tokhai misses: ${misses.join(', ')}` : 'tokhai meets every target'} (measured in ${Math.round(results.seconds)} s).`);
  return misses;
}

main().catch((e) => {
  rmSync(TOKHAI_SNAPSHOT, { recursive: true, force: true });
  console.error(`renderers bench failed: ${e instanceof Error ? e.stack ?? e.message : e}`);
  process.exit(1);
});
