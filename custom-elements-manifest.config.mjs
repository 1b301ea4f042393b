// SPDX-License-Identifier: MIT
// Custom Elements Manifest for @tokhai/elements, read from the component classes only (*.component.ts) and
// published as dist/custom-elements.json; Storybook's docs pages read the same file.
export default {
  globs: ['packages/elements/src/**/*.component.ts'],
  exclude: ['**/*.test.ts', '**/*.stories.ts'],
  outdir: 'packages/elements/dist',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
