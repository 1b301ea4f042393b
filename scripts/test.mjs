// SPDX-License-Identifier: MIT
// `npm test`: every check CI needs, in order, stopping at the first failure with the step named.
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['type-check', 'npm run typecheck'],
  ['lint', 'npm run lint'],
  ['package boundaries', 'npm run check:deps'],
  ['build', 'npm run build'],
  ['package manifests (publint)', 'npm run check:packages'],
  ['bundle size', 'npm run check:size'],
  ['bundle syntax (Safari 15.4)', 'npm run check:syntax'],
  ['form catalog', 'npm run check:forms'],
  ['unit, browser and story tests', 'npm run test:unit'],
];

const only = process.argv.slice(2);
for (const [name, cmd] of STEPS) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd}`);
  const r = spawnSync(cmd, { stdio: 'inherit', shell: true });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed (${secs}s): ${cmd}`);
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${secs}s)`);
}
