// SPDX-License-Identifier: MIT
// The main entry ships inside the 40 KB-gzip browser bundle, so its size is a tested budget: this bundles it
// the way a portal's bundler would (tree-shaken, minified) and gzips it.
import { describe, expect, it } from 'vitest';
import { rollup, type Plugin } from 'rollup';
import terser from '@rollup/plugin-terser';
import ts from 'typescript';
import { OLD_COMMUNE_TABLE } from './generated/old-to-new.js';

// Typed locally: the package compiles without Node's types, and only this test needs zlib.
const NODE_ZLIB = 'node:zlib' as string;
const { gzipSync } = (await import(NODE_ZLIB)) as { gzipSync(data: string): Uint8Array };

const MAIN_ENTRY_BUDGET = 6 * 1024;

/** Resolves `./x.js` to `./x.ts` and strips types, as the package build does. */
const typescriptSource = (): Plugin => ({
  name: 'typescript-source',
  async resolveId(source, importer) {
    if (!importer || !source.startsWith('.')) return null;
    return this.resolve(source.replace(/\.js$/, '.ts'), importer, { skipSelf: true });
  },
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = ts.transpileModule(code, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
    });
    return { code: out.outputText, map: null };
  },
});

async function bundle(entry: string, code = `export * from '${entry}';`): Promise<string> {
  const build = await rollup({
    input: 'virtual-entry',
    plugins: [
      { name: 'virtual', resolveId: (id) => (id === 'virtual-entry' ? id : null), load: (id) => (id === 'virtual-entry' ? code : null) },
      typescriptSource(),
      terser({ module: true, ecma: 2022, format: { comments: false } }),
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

describe('bundle size', () => {
  it(`keeps the whole main entry under ${MAIN_ENTRY_BUDGET / 1024} KB gzip`, async () => {
    const code = await bundle('./packages/vn-data/src/index.ts');
    const gzip = gzipSync(code).length;
    expect(gzip).toBeLessThanOrEqual(MAIN_ENTRY_BUDGET);
    expect(gzip).toBeGreaterThan(2000); // it really contains the tables
    // No commune data leaks into the main entry.
    expect(code).not.toContain('Ba Đình');
  });

  it('tree-shakes the country table away when only provinces are used', async () => {
    const code = await bundle('./packages/vn-data/src/index.ts', `export { PROVINCES } from './packages/vn-data/src/index.ts';`);
    expect(code).toContain('Hà Nội');
    expect(code).not.toContain('Andorra');
    expect(code).not.toContain('Khơ-me');
  });

  it('tree-shakes the old→new map away when only communes are used', async () => {
    const code = await bundle('./packages/vn-data/src/admin-units.ts', `export { communesOf } from './packages/vn-data/src/admin-units.ts';`);
    expect(code).toContain('Ba Đình');
    expect(code).not.toContain(OLD_TABLE_START);
    expect(gzipSync(code).length).toBeLessThan(20 * 1024);
  });

  it('keeps the old→new map out of the communes chunk when a page loads both parts on demand', async () => {
    // A widget loads only communes; prefill loads the whole entry (convertOldAddress): code splitting must give
    // the widget a chunk without the old→new table, which only works while the two live in separate modules.
    const chunks = await split({
      'widget.js': `export const load = () => import('./communes-only.js');`,
      'communes-only.js': `export { communesOf, unit } from './packages/vn-data/src/admin-units.ts';`,
      'prefill.js': `export const load = () => import('./packages/vn-data/src/admin-units.ts');`,
    });
    const widgetChunks = chunks.filter((c) => c.code.includes('Ba Đình'));
    expect(widgetChunks).toHaveLength(1);
    expect(widgetChunks[0].code).not.toContain(OLD_TABLE_START);
    expect(chunks.some((c) => c.code.includes(OLD_TABLE_START))).toBe(true);
  });
});

/** The first entries of the generated old→new commune table, as they appear in any bundle that carries it. */
const OLD_TABLE_START = OLD_COMMUNE_TABLE.slice(0, 24);

/** Bundles several entries with code splitting; returns every chunk's code. */
async function split(files: Record<string, string>): Promise<Array<{ name: string; code: string }>> {
  const build = await rollup({
    input: Object.keys(files).filter((f) => f !== 'communes-only.js'),
    plugins: [
      {
        name: 'virtual',
        resolveId: (id) => (Object.hasOwn(files, id.replace(/^\.\//, '')) ? id.replace(/^\.\//, '') : null),
        load: (id) => (Object.hasOwn(files, id) ? files[id] : null),
      },
      typescriptSource(),
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.flatMap((o) => (o.type === 'chunk' ? [{ name: o.fileName, code: o.code }] : []));
}
