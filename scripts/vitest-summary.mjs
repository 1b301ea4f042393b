// SPDX-License-Identifier: MIT
// Runs vitest once (all projects) and ends with the plain `N passed, N failed` line CI reads.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const out = 'vt.json';
rmSync(out, { force: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...process.argv.slice(2)];
// Node 20 lacks Map.groupBy, which vitest's reporter uses when it prints failures.
const polyfills = new URL('./node-polyfills.mjs', import.meta.url).href;
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${polyfills}`.trim() };
const r = spawnSync('npx', args, { stdio: 'inherit', env });
let report;
try {
  report = JSON.parse(readFileSync(out, 'utf8'));
} catch {
  console.error('tokhai: vitest wrote no report; see its output above.');
  process.exit(r.status || 1);
}
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`\ntests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
if (report.numTotalTests === 0) {
  console.error('tokhai: no test ran.');
  process.exit(1);
}
process.exit(r.status ?? 1);
