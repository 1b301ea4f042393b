// SPDX-License-Identifier: MIT
/**
 * Test support: a rollup plugin that resolves `@tokhai/*` to the workspace's TypeScript sources and strips their
 * types, so `tokhai build` can be tested without building the packages first (as vitest's aliases do).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'rollup';
import ts from 'typescript';

const src = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

/** Package entry → source file, as in vitest.config.ts. */
export const WORKSPACE_ENTRIES: Readonly<Record<string, string>> = {
  '@tokhai/core/ajv': src('core/src/ajv.ts'),
  '@tokhai/core': src('core/src/index.ts'),
  '@tokhai/vn-data/admin-units': src('vn-data/src/admin-units.ts'),
  '@tokhai/vn-data': src('vn-data/src/index.ts'),
};

/** Resolves workspace packages to their sources and `./x.js` imports between sources to `./x.ts`. */
export const workspaceSources = (): Plugin => ({
  name: 'tokhai-workspace-sources',
  async resolveId(source, importer) {
    if (Object.hasOwn(WORKSPACE_ENTRIES, source)) return WORKSPACE_ENTRIES[source];
    if (importer?.endsWith('.ts') && source.startsWith('.') && source.endsWith('.js')) {
      return this.resolve(source.replace(/\.js$/, '.ts'), importer, { skipSelf: true });
    }
    return null;
  },
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = ts.transpileModule(code, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true, experimentalDecorators: true, useDefineForClassFields: false },
      fileName: id,
    });
    return { code: out.outputText, map: null };
  },
});
