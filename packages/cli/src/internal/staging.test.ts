// SPDX-License-Identifier: MIT
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeStaged } from './staging.js';

describe('writeStaged', () => {
  let parent: string;
  let out: string;
  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), 'tokhai-staging-'));
    out = join(parent, 'dist');
    await mkdir(join(out, 'types'), { recursive: true });
    await writeFile(join(out, 'old.txt'), 'old');
    await writeFile(join(out, 'types', 'index.d.ts'), 'types');
  });
  afterEach(() => rm(parent, { recursive: true, force: true }));

  const listing = async () => (await readdir(out, { recursive: true })).sort();

  it('replaces the output whole when the run succeeds, carrying over the folders to keep', async () => {
    const r = await writeStaged(out, async (dir) => {
      await writeFile(join(dir, 'new.txt'), 'new');
      return { ok: true };
    }, ['types']);
    expect(r).toEqual({ ok: true });
    expect(await listing()).toEqual(['new.txt', 'types', 'types/index.d.ts']);
    expect(await readdir(parent)).toEqual(['dist']);
  });

  it('leaves the output untouched when the run fails, and removes what it wrote', async () => {
    await writeStaged(out, async (dir) => {
      await writeFile(join(dir, 'half.txt'), 'half');
      return { ok: false };
    });
    expect(await listing()).toEqual(['old.txt', 'types', 'types/index.d.ts']);
    expect(await readFile(join(out, 'old.txt'), 'utf8')).toBe('old');
    expect(await readdir(parent)).toEqual(['dist']);
  });

  it('leaves the output untouched when the run throws midway, and passes the error on', async () => {
    const run = writeStaged(out, async (dir) => {
      await writeFile(join(dir, 'half.txt'), 'half');
      throw new Error('interrupted');
    });
    await expect(run).rejects.toThrow('interrupted');
    expect(await listing()).toEqual(['old.txt', 'types', 'types/index.d.ts']);
    expect(await readdir(parent)).toEqual(['dist']);
  });

  it('creates the output and its parent folders when they do not exist', async () => {
    const fresh = join(parent, 'a', 'b', 'types');
    await writeStaged(fresh, async (dir) => {
      await writeFile(join(dir, 'index.d.ts'), 'x');
      return { ok: true };
    });
    expect(await readdir(fresh)).toEqual(['index.d.ts']);
    expect(await readdir(join(parent, 'a', 'b'))).toEqual(['types']);
  });
});
