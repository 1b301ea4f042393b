// SPDX-License-Identifier: MIT
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { dataTypeName, generateTypes, schemaToTypeScript } from './types.js';
import { validateCatalog } from './validate.js';

/** The type name whose generation fails (fault injection), or none. */
const generator = vi.hoisted(() => ({ failFor: undefined as string | undefined }));
vi.mock('json-schema-to-typescript', async (importOriginal) => {
  const original = await importOriginal<typeof import('json-schema-to-typescript')>();
  return {
    ...original,
    compile: (...args: Parameters<typeof original.compile>) => (args[1] === generator.failFor ? Promise.reject(new Error('generator crashed')) : original.compile(...args)),
  };
});

const FIXTURES = fileURLToPath(new URL('../__fixtures__/catalog', import.meta.url));
const CATALOG = fileURLToPath(new URL('../../../../forms', import.meta.url));
const BIRTH = join(CATALOG, 'birth-registration');

/** The i18n `vi` keys of a definition that appear as words in `text` (a dotted key such as `country.VN`). */
function keysIn(text: string, table: Record<string, string>): string[] {
  const escape = (k: string) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return Object.keys(table).filter((k) => new RegExp(`(?<![\\w.])${escape(k)}(?![\\w.])`, 'u').test(text));
}

/** The `/** … *\/` comment right above `export type <name> =` or `export interface <name>` in a declaration. */
function docOf(source: string, name: string): string {
  const at = source.search(new RegExp(`^export (type ${name} =|interface ${name} )`, 'm'));
  expect(at, `${name} is declared`).toBeGreaterThan(0);
  const before = source.slice(0, at).trimEnd();
  expect(before.endsWith('*/'), `${name} has a doc comment`).toBe(true);
  return before.slice(before.lastIndexOf('/**'));
}

/** Every file under `dir` → its text, for telling whether a failed run touched the output. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit fixtures as untyped JSON
async function editJson(file: string, change: (json: Record<string, any>) => void): Promise<void> {
  const json = JSON.parse(await readFile(file, 'utf8'));
  change(json);
  await writeFile(file, JSON.stringify(json, null, 2));
}

/** Type-checks `files` (name → source) in `dir` with strict settings; returns the diagnostics as text. */
async function typeCheck(dir: string, files: Record<string, string>): Promise<string[]> {
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  const program = ts.createProgram(
    Object.keys(files).map((f) => join(dir, f)),
    { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [], skipLibCheck: false },
  );
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

// Each test runs the TypeScript compiler (and prettier through json-schema-to-typescript): seconds, not ms.
describe('tokhai types', { timeout: 120_000 }, () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'tokhai-types-'));
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('names the data type after the form id', () => {
    expect(dataTypeName('vn.moj.birth-registration')).toBe('VnMojBirthRegistrationData');
    expect(dataTypeName('vn.bca.residence-change-ct01')).toBe('VnBcaResidenceChangeCt01Data');
  });

  it('writes one declaration per form and an index, marked as generated', async () => {
    const r = await generateTypes([FIXTURES], { out: join(out, 'types') });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.index).toBe(join(out, 'types', 'index.d.ts'));
    expect(r.types.map((t) => t.file)).toEqual([join(out, 'types', 'vn.test.contact.d.ts'), join(out, 'types', 'vn.test.person.d.ts')]);
    expect(r.types.map((t) => t.typeName)).toEqual(['VnTestContactData', 'VnTestPersonData']);
    expect((await readdir(join(out, 'types'))).sort()).toEqual(['index.d.ts', 'vn.test.contact.d.ts', 'vn.test.person.d.ts']);
    const person = await readFile(join(out, 'types', 'vn.test.person.d.ts'), 'utf8');
    expect(person).toContain('Do not edit');
    // The banner tells how to regenerate in any project, not with this repository's npm script.
    expect(person).toContain('run `tokhai types` again');
    expect(person).not.toContain('npm run');
    expect(person).toContain('export interface VnTestPersonData');
    expect(person).toMatch(/sex: "male" \| "female"/);
    // Vietnamese titles document fields; they do not become type names.
    expect(person).toContain('Họ, chữ đệm và tên');
    expect(person).not.toMatch(/type H[A-Za-z]*Ten\b/);
    const index = await readFile(join(out, 'types', 'index.d.ts'), 'utf8');
    expect(index).toContain("'vn.test.person': VnTestPersonData;");
  });

  it('documents fields and choices whose titles are i18n keys with their Vietnamese texts, and literal titles as written', async () => {
    const catalog = join(out, 'key-titles');
    await cp(FIXTURES, catalog, { recursive: true });
    const file = join(catalog, 'person', 'vn.test.person.form.json');
    await editJson(file, (def) => {
      const p = def.schema.properties;
      p.sex.oneOf = [{ const: 'male', title: 'sex.male' }, { const: 'female', title: 'sex.female' }];
      p.pid.title = 'person.pid';
      p.pid.description = 'person.pid.hint';
      // Not a key of the tables: a literal text, documented as written.
      p.hasChildren.title = 'Có con đẻ hoặc con nuôi';
      p.hasChildren.description = 'Đánh dấu nếu có';
      Object.assign(def.i18n.vi, { 'sex.male': 'Nam giới', 'sex.female': 'Nữ giới', 'person.pid': 'Số ĐDCN', 'person.pid.hint': 'Gồm 12 chữ số' });
      Object.assign(def.i18n.en, { 'sex.male': 'Male', 'sex.female': 'Female', 'person.pid': 'PIN', 'person.pid.hint': '12 digits' });
    });
    const written = await readFile(file, 'utf8');
    const r = await generateTypes([catalog], { out: join(out, 'key-titles-types') });
    expect(r.problems).toEqual([]);
    const person = await readFile(join(out, 'key-titles-types', 'vn.test.person.d.ts'), 'utf8');
    expect(person).toContain('"male": Nam giới; "female": Nữ giới');
    expect(person).toContain('Số ĐDCN — Gồm 12 chữ số');
    expect(person).toContain('Có con đẻ hoặc con nuôi — Đánh dấu nếu có');
    expect(person).toContain('Họ, chữ đệm và tên');
    for (const key of ['sex.male', 'sex.female', 'person.pid', 'person.pid.hint']) expect(person).not.toContain(key);
    // Vietnamese is the documented language: the English texts of the same keys are not used.
    expect(person).not.toMatch(/\bMale\b|\bPIN\b|12 digits/);
    // The types are generated from a resolved copy: the definition is not rewritten.
    expect(await readFile(file, 'utf8')).toBe(written);
    // The values stay the schema's: a title is documentation, never a literal type.
    expect(person).toMatch(/sex: "male" \| "female"/);
  });

  it('documents the nationality of the birth registration as "Việt Nam", not by its i18n key', async () => {
    const r = await generateTypes([BIRTH], { out: join(out, 'birth-types') });
    expect(r.problems).toEqual([]);
    const source = await readFile(join(out, 'birth-types', 'vn.moj.birth-registration.d.ts'), 'utf8');
    const nationality = docOf(source, 'Nationality');
    expect(nationality).toContain('"VN": Việt Nam;');
    expect(nationality).not.toContain('country.');
    const definition = JSON.parse(await readFile(join(BIRTH, 'vn.moj.birth-registration.form.json'), 'utf8'));
    // Address parts are titled by key too (`address.part.street`): documented by their text.
    expect(source).toContain(definition.i18n.vi['address.part.street']);
    expect(keysIn(source, definition.i18n.vi)).toEqual([]);
  });

  it('gives a type that accepts valid data and rejects a wrong field or value', async () => {
    await generateTypes([FIXTURES], { out: join(out, 'types') });
    const usage = `
import type { VnTestPersonData, FormDataById } from './types/index.js';
export const ok: VnTestPersonData = { fullName: 'Nguyễn Thị Lan', sex: 'female', children: [{ fullName: 'An', yearOfBirth: 2020 }] };
export const byId: FormDataById['vn.test.person'] = ok;
// @ts-expect-error: not a field of the form
export const extra: VnTestPersonData = { fullName: 'Lan', sex: 'female', nickname: 'Lan' };
// @ts-expect-error: not an allowed value
export const badSex: VnTestPersonData = { fullName: 'Lan', sex: 'f' };
// @ts-expect-error: a required field is missing
export const missing: VnTestPersonData = { fullName: 'Lan' };
`;
    expect(await typeCheck(out, { 'usage.ts': usage })).toEqual([]);
    // The same wrong field without the expectation is a real type error, so the check above can fail.
    const errors = await typeCheck(out, { 'wrong.ts': `import type { VnTestPersonData } from './types/index.js';\nexport const x: VnTestPersonData = { fullName: 'Lan', sex: 'female', nickname: 'Lan' };\n` });
    expect(errors.join('\n')).toContain("'nickname' does not exist in type 'VnTestPersonData'");
  });

  it('types every valid fixture of the real catalog, and rejects a misspelt field', async () => {
    const r = await generateTypes([CATALOG], { out: join(out, 'catalog-types') });
    expect(r.problems).toEqual([]);
    expect(r.types.map((t) => t.formId)).toContain('vn.moj.birth-registration');
    const lines = ["import type { FormDataById } from './catalog-types/index.js';"];
    let n = 0;
    for (const t of r.types) {
      const dir = join(dirname(t.source), 'fixtures', 'valid');
      for (const f of (await readdir(dir)).filter((x) => x.endsWith('.json'))) {
        lines.push(`export const f${n++}: FormDataById['${t.formId}'] = ${await readFile(join(dir, f), 'utf8')};`);
      }
    }
    expect(n).toBeGreaterThanOrEqual(r.types.length);
    // No form is documented by its i18n keys instead of its texts.
    for (const t of r.types) {
      const definition = JSON.parse(await readFile(t.source, 'utf8'));
      expect(keysIn(await readFile(t.file, 'utf8'), definition.i18n?.vi ?? {}), t.formId).toEqual([]);
    }
    expect(await typeCheck(out, { 'catalog-usage.ts': lines.join('\n') })).toEqual([]);
    const wrong = `import type { VnMojBirthRegistrationData } from './catalog-types/index.js';\ndeclare const d: VnMojBirthRegistrationData;\nexport const x = d.child.fullNmae;\n`;
    expect((await typeCheck(out, { 'catalog-wrong.ts': wrong })).join('\n')).toContain("Property 'fullNmae' does not exist");
  });
});

describe('tokhai types writes all or nothing', { timeout: 120_000 }, () => {
  let parent: string;
  let catalog: string;
  let target: string;
  let previous: Record<string, string>;
  beforeAll(async () => {
    parent = await mkdtemp(join(tmpdir(), 'tokhai-types-swap-'));
    catalog = join(parent, 'catalog');
    target = join(parent, 'out', 'types');
  });
  afterAll(() => rm(parent, { recursive: true, force: true }));

  /** A fresh copy of the fixture catalog, and an output folder holding a previous run's files. */
  async function prepare(): Promise<void> {
    await rm(catalog, { recursive: true, force: true });
    await cp(FIXTURES, catalog, { recursive: true });
    await rm(target, { recursive: true, force: true });
    await mkdir(target, { recursive: true });
    await writeFile(join(target, 'index.d.ts'), 'export type FormId = "vn.test.removed";\n');
    await writeFile(join(target, 'vn.test.removed.d.ts'), 'export interface VnTestRemovedData {}\n');
    previous = await snapshot(target);
  }

  it('refuses a catalog with definition errors, locates them as tokhai validate does, and leaves the previous types as they were', async () => {
    await prepare();
    await editJson(join(catalog, 'person', 'vn.test.person.form.json'), (def) => {
      def.ui.elements[0].scope = '#/properties/fullNmae';
    });
    await writeFile(join(catalog, 'contact', 'vn.test.contact.form.json'), '{\n  "id": "vn.test.contact",\n  "version": 1.2.0\n}');
    const r = await generateTypes([catalog], { out: target });
    expect(r.ok).toBe(false);
    expect(r.types).toEqual([]);
    expect(r.index).toBeUndefined();
    // The very problems `tokhai validate --no-fixtures` reports: file, JSON Pointer, and line and column for JSON.
    const validated = await validateCatalog([catalog], { fixtures: false });
    expect(r.problems).toEqual(validated.problems.filter((p) => p.severity === 'error'));
    expect(r.problems.map((p) => `${p.file.split('/').pop()}#${p.pointer} [${p.code}]`)).toEqual(
      expect.arrayContaining(['vn.test.contact.form.json# [json]', 'vn.test.person.form.json#/ui/elements/0/scope [scope]']),
    );
    expect(r.problems.find((p) => p.code === 'json')?.message).toMatch(/\(line 3, column \d+\)/);
    expect(await snapshot(target)).toEqual(previous);
    expect(await readdir(join(parent, 'out'))).toEqual(['types']);
  });

  it('leaves the previous types as they were when one type cannot be generated after others were written', async () => {
    await prepare();
    // vn.test.contact comes first in id order: its file is in the staging folder when vn.test.person fails.
    generator.failFor = 'VnTestPersonData';
    try {
      const r = await generateTypes([catalog], { out: target });
      expect(r.ok).toBe(false);
      expect(r.types).toEqual([]);
      expect(r.problems.map((p) => `${p.file.split('/').pop()}#${p.pointer} [${p.code}] ${p.message}`)).toEqual([
        'vn.test.person.form.json#/schema [types] cannot generate a type: generator crashed',
      ]);
    } finally {
      generator.failFor = undefined;
    }
    expect(await snapshot(target)).toEqual(previous);
    expect(await readdir(join(parent, 'out'))).toEqual(['types']);
  });

  it('replaces the previous types whole when it succeeds, so the type of a removed form disappears', async () => {
    await prepare();
    const r = await generateTypes([catalog], { out: target });
    expect(r.ok).toBe(true);
    expect(Object.keys(await snapshot(target)).sort()).toEqual(['index.d.ts', 'vn.test.contact.d.ts', 'vn.test.person.d.ts']);
    expect(await readFile(join(target, 'index.d.ts'), 'utf8')).not.toContain('vn.test.removed');
    expect(await readdir(join(parent, 'out'))).toEqual(['types']);
  });

  it('creates the output folder and its parents when they do not exist', async () => {
    const fresh = join(parent, 'new', 'nested', 'types');
    const r = await generateTypes([FIXTURES], { out: fresh });
    expect(r.ok).toBe(true);
    expect((await readdir(fresh)).sort()).toEqual(['index.d.ts', 'vn.test.contact.d.ts', 'vn.test.person.d.ts']);
  });
});

describe('schemaToTypeScript', () => {
  it("does not let a definition steer the generator: tsType is not pasted into the declaration, id names no type", async () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'string', tsType: 'string }\nexport const injected = 1;\ninterface Z {' },
        b: { type: 'string', id: 'Chosen' },
        c: { type: 'string', enum: ['x', 'y'], tsEnumNames: ['X', 'Y'] },
      },
      additionalProperties: false,
    };
    const source = await schemaToTypeScript(schema as never, 'VnTestData', 'test');
    expect(source).not.toContain('injected');
    expect(source).not.toContain('Chosen');
    expect(source).not.toMatch(/enum /);
    expect(source).toMatch(/a\?: string;/);
    expect(source).toMatch(/c\?: "x" \| "y";/);
  });

  it('resolves references by $anchor and by $id, which core accepts', async () => {
    const schema = {
      type: 'object',
      $defs: { nick: { $anchor: 'nick', type: 'string' }, code: { $id: 'urn:tokhai:code', type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] } },
      properties: { a: { $ref: '#nick' }, b: { $ref: 'urn:tokhai:code' }, c: { $ref: 'urn:tokhai:code#/properties/n' } },
      required: ['a', 'b', 'c'],
      additionalProperties: false,
    };
    const source = await schemaToTypeScript(schema as never, 'VnTestData', 'test');
    expect(source).toMatch(/a: Nick;/);
    expect(source).toMatch(/export type Nick = string;/);
    expect(source).toMatch(/b: Code;/);
    expect(source).toMatch(/export interface Code \{\s+n: number;/);
    expect(source).toMatch(/c: number;/);
  });

  it('resolves titles and descriptions through the texts given, on a copy, and takes other strings literally', async () => {
    const schema = {
      type: 'object',
      properties: {
        n: { type: 'string', oneOf: [{ const: 'VN', title: 'country.VN' }, { const: 'XX', title: 'Khác' }] },
        a: { type: 'string', title: 'a.title', description: 'a.hint' },
        // Names of Object.prototype members are literals, not inherited entries of the table.
        c: { type: 'string', title: 'constructor', description: 'toString' },
      },
      additionalProperties: false,
    };
    const before = structuredClone(schema);
    const texts = { 'country.VN': 'Việt Nam', 'a.title': 'Địa chỉ', 'a.hint': 'Ghi đầy đủ' };
    const source = await schemaToTypeScript(schema as never, 'VnTestData', 'test', { texts });
    expect(source).toContain('"VN": Việt Nam; "XX": Khác');
    expect(source).toContain('Địa chỉ — Ghi đầy đủ');
    expect(source).toContain('constructor — toString');
    expect(source).not.toMatch(/country\.VN|a\.title|a\.hint|\[native code\]/);
    expect(schema).toEqual(before);
    // Without the texts a key is documented as written: the resolution above is what makes the difference.
    expect(await schemaToTypeScript(schema as never, 'VnTestData', 'test')).toContain('"VN": country.VN');
  });

  it('keeps enum and const values as written (they are data, not schemas)', async () => {
    const source = await schemaToTypeScript({ type: 'object', properties: { k: { const: 'title' }, e: { enum: ['$id', 'title'] } } } as never, 'VnTestData', 'test');
    expect(source).toMatch(/k\?: "title";/);
    expect(source).toMatch(/e\?: "\$id" \| "title";/);
  });
});
