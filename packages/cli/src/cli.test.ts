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

  it('prints usage with exit 0 for `<command> --help` and `-h`, without running the command', async () => {
    for (const argv of [['validate', '--help'], ['build', FIXTURES, '-h'], ['types', '--help'], ['diff', '-h']]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.out.join('\n'), argv.join(' ')).toMatch(/^Usage: tokhai <command>[\s\S]*validate <dir\|file…>/);
      expect(r.err, argv.join(' ')).toEqual([]);
    }
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

  it('validate --locale vi: the messages core writes in both languages in Vietnamese; another locale is a usage error', async () => {
    const dir = join(tmp, 'effect');
    await cp(FIXTURES, dir, { recursive: true });
    const file = join(dir, 'person/vn.test.person.form.json');
    const def = JSON.parse(await readFile(file, 'utf8'));
    def.ui.elements[4].rule.effect = 'show';
    await writeFile(file, JSON.stringify(def));
    const r = await run('validate', '--locale', 'vi', dir);
    expect(r.code).toBe(1);
    expect(r.out[0]).toMatch(/person\/vn\.test\.person\.form\.json#\/ui\/elements\/4\/rule\/effect {2}"show" không phải là hiệu ứng của quy tắc \(rule effect\): dùng SHOW, HIDE, ENABLE hoặc DISABLE \(viết hoa\)\. \[meta-schema\]$/);
    expect(r.out).toHaveLength(2);
    const bad = await run('validate', '--locale', 'fr', FIXTURES);
    expect(bad.code).toBe(2);
    expect(bad.err).toEqual(['tokhai validate: --locale must be vi or en, not "fr"']);
  });

  it('validate --source / --widget-format / --widget-mask: what the portal registers itself is not warned about', async () => {
    const dir = join(tmp, 'portal-known');
    await cp(FIXTURES, dir, { recursive: true });
    const file = join(dir, 'person/vn.test.person.form.json');
    const def = JSON.parse(await readFile(file, 'utf8'));
    def.prefill = [...(def.prefill ?? []), { target: '/fullName', source: 'land-registry', claim: '/owner/name' }];
    def.ui.elements[0].options = { ...def.ui.elements[0].options, format: 'signature-pad', mask: 'parcel' };
    await writeFile(file, JSON.stringify(def));
    const warned = await run('validate', '--no-fixtures', dir);
    expect(warned.out.filter((l) => /\[(unknown-source|unknown-widget-option)\]$/.test(l))).toHaveLength(3);
    const known = await run('validate', '--no-fixtures', '--source', 'land-registry', '--widget-format', 'signature-pad', '--widget-mask', 'parcel', dir);
    expect(known.out.filter((l) => /\[(unknown-source|unknown-widget-option)\]$/.test(l))).toEqual([]);
    expect(known.code).toBe(0);
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

  it('validate: a file that is neither a definition nor a bundle is a usage error (exit 2), not a stack trace', async () => {
    const r = await run('validate', join(FIXTURES, 'person/fixtures/valid/full.json'));
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/^tokhai validate: .*full\.json: not a \*\.form\.json or \*\.bundle\.json file/)]);
    expect(r.err[0]).not.toMatch(/\n\s+at /);
  });

  it('validate: a path that cannot be read (a file used as a folder) exits 2 with what is wrong, not a stack trace', async () => {
    const r = await run('validate', join(FIXTURES, 'person/vn.test.person.form.json/forms'));
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/^tokhai validate: .*vn\.test\.person\.form\.json\/forms: a part of the path is a file, not a folder \(ENOTDIR\)$/)]);
  });

  it('validate --json: every problem with its file and pointer, and the summary, as JSON', async () => {
    const dir = join(tmp, 'json-report');
    await cp(FIXTURES, dir, { recursive: true });
    const person = join(dir, 'person/vn.test.person.form.json');
    const def = JSON.parse(await readFile(person, 'utf8'));
    def.ui.elements[0].scope = '#/properties/nope';
    def.schema.properties.pid.format = 'vn-nope';
    await writeFile(person, JSON.stringify(def));
    await writeFile(join(dir, 'contact/vn.test.contact.form.json'), '');
    const r = await run('validate', dir, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out.join('\n'));
    expect(report.ok).toBe(false);
    expect(report.summary).toMatchObject({ forms: 2, errors: 3 });
    expect(report.problems.map((p: { file: string; pointer: string; code: string }) => `${p.file.slice(p.file.lastIndexOf('/') + 1)}#${p.pointer} ${p.code}`)).toEqual([
      'person-contact.bundle.json#/members/1/form bundle',
      'vn.test.contact.form.json# json',
      'vn.test.person.form.json#/schema/properties/pid/format format',
      'vn.test.person.form.json#/ui/elements/0/scope scope',
    ]);
  });

  it('types: writes the declarations', async () => {
    const out = join(tmp, 'types');
    const r = await run('types', FIXTURES, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^tokhai types: 2 types written to /);
    expect((await readdir(out)).sort()).toEqual(['index.d.ts', 'vn.test.contact.d.ts', 'vn.test.person.d.ts']);
  });

  it('types: exit 1 with the problems validate prints for a catalog with errors, and the previous types untouched', async () => {
    const dir = join(tmp, 'types-broken');
    await cp(FIXTURES, dir, { recursive: true });
    const person = join(dir, 'person/vn.test.person.form.json');
    const def = JSON.parse(await readFile(person, 'utf8'));
    def.ui.elements[0].scope = '#/properties/nope';
    await writeFile(person, JSON.stringify(def));
    const out = join(tmp, 'types-kept');
    expect((await run('types', FIXTURES, '--out', out)).code).toBe(0);
    const before = await readFile(join(out, 'vn.test.person.d.ts'), 'utf8');

    const r = await run('types', dir, '--out', out);
    expect(r.code).toBe(1);
    const validated = await run('validate', dir, '--no-fixtures');
    expect(r.out.slice(0, -1)).toEqual(validated.out.slice(0, -1));
    expect(r.out[0]).toMatch(/person\/vn\.test\.person\.form\.json#\/ui\/elements\/0\/scope {2}\S.* \[scope\]$/);
    expect(r.out.at(-1)).toMatch(/^tokhai types: failed with 1 problem; nothing written \(.*types-kept is unchanged\)$/);
    expect((await readdir(out)).sort()).toEqual(['index.d.ts', 'vn.test.contact.d.ts', 'vn.test.person.d.ts']);
    expect(await readFile(join(out, 'vn.test.person.d.ts'), 'utf8')).toBe(before);
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

    it('reports an old or new file that is not JSON, or not a definition, as a located problem (exit 2), not a stack trace', async () => {
      const broken = join(tmp, 'broken-diff.form.json');
      await writeFile(broken, '{\n  "id": "vn.test.contact",\n  "version": 1.2.0\n}');
      const r = await run('diff', before, broken);
      expect(r.code).toBe(2);
      expect(r.out).toEqual([expect.stringMatching(/broken-diff\.form\.json# {2}invalid JSON: .* \(line 3, column 17\) \[json\]$/)]);
      const list = join(tmp, 'list-diff.form.json');
      await writeFile(list, '[]');
      const notDefinition = await run('diff', list, before);
      expect(notDefinition.code).toBe(2);
      expect(notDefinition.out).toEqual([expect.stringMatching(/list-diff\.form\.json# {2}not a form definition: .* \[definition\]$/)]);
      const folder = await run('diff', tmp, before);
      expect(folder.code).toBe(2);
      expect(folder.out).toEqual([expect.stringMatching(/# {2}cannot read the file: a folder, where a file is expected \(EISDIR\) \[read\]$/)]);
    });

    it('prints JSON with --json', async () => {
      const after = await newVersion('1.2.1', (d) => (d.title.en = 'Contact (test)'));
      const r = await run('diff', before, after, '--json');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out.join('\n'))).toMatchObject({ implied: 'patch', actual: 'patch', honest: true, changes: [{ kind: 'text-changed', path: '/title' }] });
    });
  });
});
