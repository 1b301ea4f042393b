// SPDX-License-Identifier: MIT
// Checks every publishable package: required manifest fields, then publint --strict on the built package; then a
// portal's strict TypeScript file against the published declarations, without skipLibCheck (scripts/published-types).
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const REQUIRED = ['name', 'version', 'license', 'exports', 'types', 'files'];
let failed = false;
for (const dir of readdirSync('packages')) {
  const path = `packages/${dir}`;
  const pkg = JSON.parse(readFileSync(`${path}/package.json`, 'utf8'));
  const missing = REQUIRED.filter((k) => pkg[k] === undefined);
  // Element packages register tags on import, so only they may leave sideEffects unset (toolchain gotcha 4).
  if (dir !== 'elements' && pkg.sideEffects !== false) missing.push('sideEffects: false');
  if (pkg.license !== 'MIT') missing.push('license: MIT');
  if (missing.length) {
    console.error(`${path}/package.json: missing or wrong ${missing.join(', ')}`);
    failed = true;
  }
  const r = spawnSync('npx', ['publint', '--strict', path], { encoding: 'utf8' });
  const out = (r.stdout + r.stderr).trim();
  if (r.status !== 0) {
    console.error(`${path}: publint\n${out}`);
    failed = true;
  } else console.log(`${pkg.name}: ${out.split('\n').pop()}`);
}
const types = spawnSync('npx', ['tsc', '-p', 'scripts/published-types/tsconfig.json'], { encoding: 'utf8' });
if (types.status !== 0) {
  console.error(`published declarations: a portal's TypeScript (scripts/published-types/consumer.ts, skipLibCheck off) does not compile\n${types.stdout}${types.stderr}`);
  failed = true;
} else console.log('published declarations: a portal\'s strict TypeScript compiles against them');
process.exit(failed ? 1 : 0);
