// SPDX-License-Identifier: MIT
// Rebuilds some of rollup.config.mjs's outputs without cleaning dist/ first (the full `npm run build` deletes every
// dist/, which breaks anything running against them meanwhile): `node scripts/build-some.mjs core elements bundle`.
// Names are package folders; `bundle` is the embeddable tokhai.bundle.js. Types come from `tsc -b` as usual.
import { rollup } from 'rollup';
import configs from '../rollup.config.mjs';

const wanted = new Set(process.argv.slice(2));
if (!wanted.size) throw new Error('usage: node scripts/build-some.mjs <package|bundle>...');
for (const config of configs) {
  const dir = config.output.dir;
  const name = dir === 'packages/elements/dist' && config.input === 'packages/elements/src/bundle.ts' ? 'bundle' : dir.split('/')[1];
  if (!wanted.has(name)) continue;
  const started = performance.now();
  const build = await rollup({ ...config, onwarn: config.onwarn ?? ((w, warn) => warn(w)) });
  await build.write(config.output);
  await build.close();
  console.log(`${name}: ${Math.round(performance.now() - started)} ms`);
}
