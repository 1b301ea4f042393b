// SPDX-License-Identifier: MIT
// `npm run dev`: Vue's esm-bundler build expects its feature flags to be defined at build time. This app uses
// render functions and `setup()` only, so the Options API and the production devtools hooks are compiled out.
import { defineConfig } from 'vite';

export default defineConfig({
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
});
