// SPDX-License-Identifier: MIT
// Two test projects (plus Storybook's): `node` runs everything that must work without a DOM (core, vn-data,
// prefill, server, cli, portal); `browser` runs components in real Chromium through Playwright. Packages resolve to
// their src/ (no build needed), except build outputs such as forms/dist which `npm run build` makes first.
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './scripts/chromium.mjs';
import { alias } from './scripts/aliases.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

// A factory: vitest writes into `browser.instances`, so projects must not share one object (toolchain gotcha 5).
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  instances: [{ browser: 'chromium' as const }],
  provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: ARGS } }),
});

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{core,vn-data,prefill,server,cli}/src/**/*.test.ts', 'examples/**/*.node.test.{ts,mjs}', 'forms/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['packages/elements/src/**/*.test.ts', 'packages/*/src/**/*.browser.test.ts', 'examples/**/*.browser.test.ts'],
          browser: browser(),
          testTimeout: 30_000,
        },
      },
      {
        // Every story of .storybook/main.ts as a test: render, play (interactions), then axe (a11y test: 'error').
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: { name: 'storybook', browser: browser(), testTimeout: 30_000 },
      },
    ],
  },
});
