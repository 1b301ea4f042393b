// SPDX-License-Identifier: MIT
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';

export default tseslint.config(
  { ignores: ['**/dist/**', 'storybook-static/**', '**/node_modules/**', 'forms/dist/**', 'coverage/**', 'examples/*/public/vendor/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        tsconfigRootDir: import.meta.dirname,
        projectService: {
          // Root configs and stories setup; TypeScript in examples/ and bench/ brings its own tsconfig.json.
          allowDefaultProject: ['*.js', '*.mjs', '*.ts', '.storybook/*.ts', 'scripts/*.d.mts'],
          defaultProject: 'tsconfig.tooling.json',
        },
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['packages/elements/src/**/*.ts'], ...litConfigs['flat/recommended'] },
  {
    // Tests and tooling may use loose types against third-party APIs.
    files: ['**/*.test.ts', '**/*.stories.ts', '**/*.mjs', '**/*.js', 'bench/**', 'examples/**', '.storybook/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } } },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', Buffer: 'readonly', performance: 'readonly', structuredClone: 'readonly', AbortController: 'readonly', TextEncoder: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', crypto: 'readonly', document: 'readonly', window: 'readonly', customElements: 'readonly', HTMLElement: 'readonly' } },
  },
);
