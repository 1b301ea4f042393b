// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The parts of a rollup config this test reads. */
interface Plugin {
  name: string;
  writeBundle?: (options: { dir: string }, bundle: Record<string, { type: string; isEntry?: boolean; name?: string; fileName: string }>) => Promise<void>;
}
interface Config {
  output: { dir?: string };
  plugins?: Plugin[];
}

// A variable specifier: the root config is plain JavaScript outside this package's TypeScript project.
const ROLLUP_CONFIG = new URL('../../../rollup.config.mjs', import.meta.url).href;

describe('the tokhai executable', () => {
  it('is written with the executable bit by the build, so `npx tokhai` runs it', async () => {
    const configs = ((await import(ROLLUP_CONFIG)) as { default: Config[] }).default;
    const cli = configs.find((c) => c.output.dir === 'packages/cli/dist');
    const plugin = cli?.plugins?.find((p) => p.name === 'executable-bin');
    expect(plugin?.writeBundle, 'the cli build has the executable-bin plugin').toBeTypeOf('function');

    const dir = await mkdtemp(join(tmpdir(), 'tokhai-bin-'));
    try {
      await writeFile(join(dir, 'bin.js'), '#!/usr/bin/env node\n', { mode: 0o644 });
      await writeFile(join(dir, 'index.js'), '', { mode: 0o644 });
      await plugin!.writeBundle!({ dir }, {
        'bin.js': { type: 'chunk', isEntry: true, name: 'bin', fileName: 'bin.js' },
        'index.js': { type: 'chunk', isEntry: true, name: 'index', fileName: 'index.js' },
      });
      expect((await stat(join(dir, 'bin.js'))).mode & 0o111).toBe(0o111);
      expect((await stat(join(dir, 'index.js'))).mode & 0o111).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
