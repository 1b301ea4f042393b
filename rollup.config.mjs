// SPDX-License-Identifier: MIT
// One config that builds every package into its dist/: ESM modules (+ .d.ts from @rollup/plugin-typescript) with
// dependencies external, plus the self-contained, minified `tokhai.bundle.js` for <script type="module"> embedding.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import replace from './scripts/rollup-replace.mjs';
import minifyCssTemplates from './scripts/rollup-minify-css.mjs';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';

/** Package folder → extra entry points beside src/index.ts. */
const PACKAGES = {
  'vn-data': ['src/admin-units.ts'],
  core: ['src/ajv.ts', 'src/logic-kit.ts'],
  prefill: [],
  elements: ['src/bundle.ts'],
  server: [],
  cli: ['src/bin.ts'],
};

const TEST_FILES = ['**/*.test.ts', '**/*.stories.ts', '**/test/**'];

// Gotcha 2 in the toolchain notes: composite/incremental make the plugin skip .d.ts after dist/ is deleted.
const ts = (pkg, overrides = {}) =>
  typescript({
    tsconfig: `packages/${pkg}/tsconfig.json`,
    composite: false,
    incremental: false,
    emitDeclarationOnly: false,
    outputToFilesystem: true,
    exclude: TEST_FILES,
    ...overrides,
  });

// npm makes a package's `bin` executable when it links it, but here the build writes `bin.js` after `npm ci` linked
// it (and `clean` deleted the old one): without this, `npx tokhai` fails with "Permission denied".
export const executableBin = () => ({
  name: 'executable-bin',
  async writeBundle(options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && chunk.isEntry && chunk.name === 'bin') await chmod(join(options.dir, chunk.fileName), 0o755);
    }
  },
});

// Bare imports stay imports in the per-package builds; consumers' bundlers resolve them.
const external = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

const libraries = Object.entries(PACKAGES).map(([pkg, extra]) => ({
  input: ['src/index.ts', ...extra].map((f) => `packages/${pkg}/${f}`),
  output: {
    dir: `packages/${pkg}/dist`,
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: `packages/${pkg}/src`,
    banner: (chunk) => (chunk.name === 'bin' ? '#!/usr/bin/env node' : ''),
  },
  external,
  plugins: [
    json({ preferConst: true }),
    ts(pkg, { outDir: `packages/${pkg}/dist`, declarationDir: `packages/${pkg}/dist` }),
    ...(pkg === 'cli' ? [executableBin()] : []),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((i) => i.includes('node_modules'))) return;
    warn(warning);
  },
}));

/** V8's magic comment: compile every function of this file eagerly (v8.dev/blog/explicit-compile-hints). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

// The embeddable bundle: Lit and every runtime dependency inlined and minified; dev-mode warnings compiled out.
// Reference data (administrative units) is a lazily imported chunk beside it, so the form itself stays small.
const bundle = {
  input: 'packages/elements/src/bundle.ts',
  // Without this, rollup turns tokhai.bundle.js into a 300-byte facade that re-exports a `tokhai2.bundle.js`
  // chunk (the lazy admin-units chunk shares modules with it), and size-limit would measure the facade.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'packages/elements/dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: 'tokhai.bundle.js',
    // The chunk holding core's interpreter engine is named for it, whichever part imports it first (the definition
    // compiler, or prefill's response-schema errors, a module rollup would otherwise name it after).
    chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => /[\\/]core[\\/]dist[\\/]engines[\\/]interpreter\.js$/.test(id)) ? 'tokhai.interpreter.js' : 'tokhai.[name].js'),
    // A chunk of a few hundred bytes (a Lit directive, the version constant) shared by two lazy parts costs a round
    // trip of its own after the part that imports it: merge such chunks into a chunk that is loaded with them.
    experimentalMinChunkSize: 600,
    // An explicit compile hint for V8 (Chromium 136+; other engines read a comment): every function of the entry
    // is used by the first render of any form, so compile them while the script loads (off the main thread when
    // it is streamed) instead of one by one, on the main thread, inside the first render. Lazy chunks do not get
    // it: most of their functions run only in some forms. Measured in bench/README.md "Results".
    banner: (chunk) => (chunk.isEntry ? COMPILE_HINT : ''),
  },
  plugins: [
    // English messages of core: a chunk loaded on first use (packages/core/src/i18n/index.ts, `loadMessages`).
    replace({ 'const DEV_MODE = true': 'const DEV_MODE = false', 'const catalogs = { vi, en };': 'const catalogs = { vi };' }),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'default'] }),
    commonjs(),
    json({ preferConst: true, compact: true }),
    // ES2021 syntax, so Safari 15.4–16.3 (iPhones that cannot update past iOS 15) parse the bundle: ES2022 would
    // emit class static blocks for the components' static members. The packages' own dist/ stays ES2022.
    ts('elements', { declaration: false, declarationMap: false, outDir: 'packages/elements/dist', noEmitOnError: true, target: 'ES2021' }),
    // The components' CSS without its comments and indentation (terser leaves template text alone).
    minifyCssTemplates(),
    terser({ module: true, ecma: 2021, format: { comments: /^# allFunctionsCalledOnLoad$/ } }),
  ],
};

export default [...libraries, bundle];
