// SPDX-License-Identifier: MIT
// `@tokhai/*` → package sources, shared by vitest and Storybook so neither needs a build of the packages first.
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/** Most specific first: Vite matches aliases in order. */
export const alias = {
  '@tokhai/core/ajv': here('packages/core/src/ajv.ts'),
  '@tokhai/core/logic-kit': here('packages/core/src/logic-kit.ts'),
  '@tokhai/core': here('packages/core/src/index.ts'),
  '@tokhai/vn-data/admin-units': here('packages/vn-data/src/admin-units.ts'),
  '@tokhai/vn-data': here('packages/vn-data/src/index.ts'),
  '@tokhai/prefill': here('packages/prefill/src/index.ts'),
  '@tokhai/elements/bundle': here('packages/elements/src/bundle.ts'),
  '@tokhai/elements': here('packages/elements/src/index.ts'),
  '@tokhai/server': here('packages/server/src/index.ts'),
  '@tokhai/cli': here('packages/cli/src/index.ts'),
};
