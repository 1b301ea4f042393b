// SPDX-License-Identifier: MIT
// Storybook for QA: every widget (hand-written stories beside each component) and every catalog form (stories
// generated from forms/ by scripts/generate-form-stories.mjs, so adding a form adds its stories).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { alias } from '../scripts/aliases.mjs';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../packages/elements/src/**/*.stories.ts', './generated/*.stories.ts', './docs/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // Serves packages/elements/dist/custom-elements.json (the API docs source) and forms/dist (precompiled validators).
  staticDirs: [{ from: '../packages/elements/dist', to: '/elements' }],
  viteFinal(config) {
    config.resolve ??= {};
    config.resolve.alias = { ...(config.resolve.alias as Record<string, string>), ...alias };
    return config;
  },
};
export default config;
