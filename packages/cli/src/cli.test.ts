// SPDX-License-Identifier: MIT
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli.js';

const FIXTURES = fileURLToPath(new URL('./__fixtures__/catalog', import.meta.url));

/** Runs the CLI and collects what it prints. */
async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('the tokhai command', { timeout: 60_000 }, () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'tokhai-cli-'));
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it('prints usage for --help (exit 0) and for no command (exit 2)', async () => {
    expect((await run('--help')).out.join('\n')).toMatch(/^Usage: tokhai <command>/);
    expect((await run()).code).toBe(2);
  });

  it('exits 2 on an unknown command, a bad option or a missing file', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    const bad = await run('validate', '--frobnicate', FIXTURES);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/^tokhai validate: Unknown option '--frobnicate'/);
    expect((await run('validate', join(tmp, 'nowhere'))).code).toBe(2);
    expect((await run('diff', 'only-one.form.json')).code).toBe(2);
  });

  it('validate: exit 0 and a summary line for a good catalog', async () => {
    const r = await run('validate', FIXTURES);
    expect(r.code).toBe(0);
    expect(r.out).toEqual(['tokhai validate: 2 forms, 1 bundle, 3 valid + 3 invalid fixtures: 0 errors, 0 warnings']);
  });

  it('validate: exit 1 and one `file#/pointer  message` line per problem', async () => {
    const dir = join(tmp, 'broken');
    await cp(FIXTURES, dir, { recursive: true });
    const fixture = join(dir, 'person/fixtures/invalid/name-with-digit.json');
    await writeFile(fixture, JSON.stringify({ data: { fullName: 'Lan 2' }, errors: ['/fullName'] }));
    const r = await run('validate', dir);
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(2);
    expect(r.out[0]).toMatch(/person\/fixtures\/invalid\/name-with-digit\.json#\/data\/sex {2}unexpected error at \/sex: .+ \[fixture\]$/);
    expect(r.out[1]).toMatch(/: 1 error, 0 warnings$/);
  });

  it('types: writes the declarations', async () => {
    const out = join(tmp, 'types');
    const r = await run('types', FIXTURES, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^tokhai types: 2 types written to /);
    expect((await readdir(out)).sort()).toEqual(['index.d.ts', 'vn.test.contact.d.ts', 'vn.test.person.d.ts']);
  });

  describe('diff', () => {
    let before: string;
    beforeAll(async () => {
      before = join(tmp, 'old.form.json');
      await writeFile(before, await readFile(join(FIXTURES, 'contact/vn.test.contact.form.json'), 'utf8'));
    });

    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit fixtures as untyped JSON
    async function newVersion(version: string, edit: (def: Record<string, any>) => void): Promise<string> {
      const def = JSON.parse(await readFile(before, 'utf8'));
      def.version = version;
      edit(def);
      const file = join(tmp, `new-${version}-${Math.random().toString(36).slice(2)}.form.json`);
      await writeFile(file, JSON.stringify(def));
      return file;
    }

    it('exits 1 when the version bump understates a breaking change, and says which version to use', async () => {
      const after = await newVersion('1.3.0', (d) => (d.schema.properties.name.maxLength = 50));
      const r = await run('diff', before, after);
      expect(r.code).toBe(1);
      expect(r.out[0]).toBe('BREAKING  /name  maxLength 100 → 50 (tightened)  (#/schema/properties/name/maxLength)');
      expect(r.out.at(-1)).toBe('version 1.2.0 → 1.3.0 (minor) understates the changes: a major bump is needed, use 2.0.0 or later.');
    });

    it('exits 0 when the bump is honest', async () => {
      const after = await newVersion('1.3.0', (d) => (d.schema.properties.note = { type: 'string' }));
      const r = await run('diff', before, after);
      expect(r.code).toBe(0);
      expect(r.out).toEqual([
        'minor     /note  optional field added  (#/schema/properties/note)',
        '1 change (0 major, 1 minor, 0 patch): they imply a minor bump.',
        'version 1.2.0 → 1.3.0 (minor): honest.',
      ]);
    });

    it('says when nothing changed', async () => {
      const r = await run('diff', before, before);
      expect(r.code).toBe(0);
      expect(r.out).toEqual(['No changes: no version bump needed.', 'version 1.2.0 → 1.2.0 (none): honest.']);
    });

    it('prints JSON with --json', async () => {
      const after = await newVersion('1.2.1', (d) => (d.title.en = 'Contact (test)'));
      const r = await run('diff', before, after, '--json');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out.join('\n'))).toMatchObject({ implied: 'patch', actual: 'patch', honest: true, changes: [{ kind: 'text-changed', path: '/title' }] });
    });
  });
});
