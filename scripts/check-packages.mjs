// SPDX-License-Identifier: MIT
// Checks every publishable package: required manifest fields, then publint --strict on the built package.
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
process.exit(failed ? 1 : 0);
