// SPDX-License-Identifier: MIT
// Load on the portal's submission endpoint: verification (@tokhai/server), signing and the SQLite store under
// concurrency. Starts the portal as a child process on 127.0.0.1 with a temporary database, drives it with
// autocannon (loopback only, bounded), and then checks the database on disk: every acknowledged submission is
// stored exactly once. Exits 1 on a lost or duplicated submission, or on any unexpected answer.
//
//   node bench/verify-load.bench.mjs [--duration 10] [--connections 20]     (npm run bench builds first)
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import initSqlJs from 'sql.js';
import { loadCatalog } from '../examples/portal/src/catalog.mjs';
import { PATHS } from '../examples/portal/src/portal.mjs';
import { makeSubmission, requireBuildOutputs, signIn } from '../examples/portal/src/test-support.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION = arg('duration', 10);
const CONNECTIONS = arg('connections', 20);
const FORM = 'vn.moj.birth-registration';

requireBuildOutputs();
const dir = mkdtempSync(join(tmpdir(), 'tokhai-bench-'));
const dbFile = join(dir, 'portal.sqlite');

/** Starts `npm start`'s entry point on a free port with the temporary database; resolves with its URL. */
function startPortal() {
  const child = spawn(process.execPath, [join(PATHS.public, '../src/main.mjs')], {
    env: { ...process.env, PORT: '0', PORTAL_DB: dbFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /portal: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`the portal exited (${code}) before listening:\n${out}`)));
  });
}

const stopPortal = (child) =>
  new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

/** Runs autocannon against the submission endpoint; `nextId` picks each request's submission id. */
function run(title, url, cookie, template, nextId, acknowledged, sent) {
  return autocannon({
    title,
    url: `${url}/api/submissions`,
    connections: CONNECTIONS,
    duration: DURATION,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    requests: [
      {
        setupRequest: (request) => {
          const submissionId = nextId();
          sent.add(submissionId);
          return { ...request, body: JSON.stringify({ ...template, submissionId }) };
        },
        onResponse: (status, body) => {
          if (status !== 200 && status !== 201) return;
          const id = JSON.parse(body).submissions[0].submissionId;
          acknowledged.set(id, (acknowledged.get(id) ?? 0) + 1);
        },
      },
    ],
  });
}

const { child, url } = await startPortal();
let failed;
try {
  const cookie = await signIn(url);
  const catalog = loadCatalog(PATHS.formsDist);
  // One prefilled submission (with its attestations), as <tk-form> sends it; each request gets a new id.
  const template = await makeSubmission({ url, catalog }, cookie, FORM);

  const acknowledged = new Map();
  const sent = new Set();
  const unique = await run('unique submissions', url, cookie, template, () => randomUUID(), acknowledged, sent);

  // Resubmissions: the connections cycle through a small pool of ids, so each id arrives many times, often at once.
  const pool = Array.from({ length: 50 }, () => randomUUID());
  let next = 0;
  const resubmitted = await run('concurrent resubmissions (50 ids)', url, cookie, template, () => pool[next++ % pool.length], acknowledged, sent);

  // Requests still in flight when a phase ended were answered to nobody. A client retries them with the same id:
  // 200 means the first attempt was stored, 201 that it never arrived. Either way the id is now acknowledged.
  const inFlight = [...sent].filter((id) => !acknowledged.has(id));
  const retried = { 200: 0, 201: 0, other: 0 };
  for (const submissionId of inFlight) {
    const r = await fetch(`${url}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ ...template, submissionId }),
    });
    await r.arrayBuffer();
    retried[r.status === 200 || r.status === 201 ? r.status : 'other']++;
    if (r.ok) acknowledged.set(submissionId, 1);
  }

  await stopPortal(child);
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(dbFile));
  const rows = db.exec('SELECT submission_id FROM submissions')[0]?.values.map(([id]) => id) ?? [];
  db.close();

  const stored = new Set(rows);
  const lost = [...acknowledged.keys()].filter((id) => !stored.has(id));
  const duplicated = rows.length - stored.size;
  const unexpected = [...stored].filter((id) => !acknowledged.has(id));
  const firstReceipts = pool.filter((id) => acknowledged.has(id)).length;

  const row = (r) =>
    `| ${r.title} | ${r.connections} | ${r.duration} s | ${r.requests.total} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx} | ${r.errors} |`;
  console.log('| phase | connections | duration | requests | req/s (mean) | p50 ms | p99 ms | non-2xx | errors |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  console.log(row(unique));
  console.log(row(resubmitted));
  console.log('');
  console.log('| database check | value |');
  console.log('|---|---:|');
  console.log(`| acknowledged submission ids | ${acknowledged.size} |`);
  console.log(`| rows stored | ${rows.length} |`);
  console.log(`| pool ids stored (expected ${pool.length}) | ${pool.filter((id) => stored.has(id)).length} |`);
  console.log(`| lost (acknowledged, not stored) | ${lost.length} |`);
  console.log(`| duplicated rows | ${duplicated} |`);
  console.log(`| stored without acknowledgement | ${unexpected.length} |`);
  console.log(`| in flight at a phase end, retried: already stored (200) / stored now (201) | ${retried[200]} / ${retried[201]} |`);
  console.log(
    `\nform: ${FORM}; Node ${process.version}; ${DURATION} s per phase, ${CONNECTIONS} connections, loopback; ` +
      `load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (other processes share the CPU).`,
  );

  failed =
    lost.length > 0 || duplicated > 0 || unexpected.length > 0 || firstReceipts !== pool.length || retried.other > 0 ||
    unique.non2xx > 0 || resubmitted.non2xx > 0 || unique.errors > 0 || resubmitted.errors > 0;
  if (failed) console.error('\nFAILED: lost, duplicated or refused submissions (see the tables).');
} catch (error) {
  console.error(error);
  failed = true;
  if (child.exitCode === null) await stopPortal(child);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
