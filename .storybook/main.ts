// SPDX-License-Identifier: MIT
// Storybook for portal developers and QA: every widget and prefill component (hand-written stories beside each
// component), <tk-form> itself, and every catalog form (stories generated from forms/, so adding a form adds its
// stories). The same stories run as tests in `npm test` through @storybook/addon-vitest (vitest project `storybook`).
//
// Works on a fresh clone without `npm run build`: loading this file generates the form stories and, when missing,
// the Custom Elements Manifest (the API tables of the docs pages), and `@tokhai/*` resolve to package sources.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { alias } from '../scripts/aliases.mjs';
import { generate } from '../scripts/generate-form-stories.mjs';

const MANIFEST = fileURLToPath(new URL('../packages/elements/dist/custom-elements.json', import.meta.url));

/** The docs pages import the manifest: build it once if this checkout has none (a fresh clone). */
function ensureManifest(): void {
  if (existsSync(MANIFEST)) return;
  const run = spawnSync('npm', ['run', '--silent', 'build:cem'], { cwd: fileURLToPath(new URL('..', import.meta.url)), stdio: 'inherit' });
  if (run.status !== 0 || !existsSync(MANIFEST)) throw new Error('storybook: `npm run build:cem` failed; the docs pages need packages/elements/dist/custom-elements.json');
}

generate();
ensureManifest();

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['./docs/*.mdx', '../packages/elements/src/**/*.stories.ts', './generated/*.stories.js'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  viteFinal(config) {
    config.resolve ??= {};
    config.resolve.alias = { ...(config.resolve.alias as Record<string, string>), ...alias };
    // The preview bundle carries every story, axe and the docs blocks: large by nature, and never shipped to citizens.
    config.build = { ...config.build, chunkSizeWarningLimit: 2048 };
    return config;
  },
};
export default config;
