// SPDX-License-Identifier: MIT
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { dataTypeName, generateTypes } from './types.js';

const FIXTURES = fileURLToPath(new URL('../__fixtures__/catalog', import.meta.url));
const CATALOG = fileURLToPath(new URL('../../../../forms', import.meta.url));

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
    expect(r.types.map((t) => t.typeName)).toEqual(['VnTestContactData', 'VnTestPersonData']);
    expect((await readdir(join(out, 'types'))).sort()).toEqual(['index.d.ts', 'vn.test.contact.d.ts', 'vn.test.person.d.ts']);
    const person = await readFile(join(out, 'types', 'vn.test.person.d.ts'), 'utf8');
    expect(person).toContain('Do not edit');
    expect(person).toContain('export interface VnTestPersonData');
    expect(person).toMatch(/sex: "male" \| "female"/);
    // Vietnamese titles document fields; they do not become type names.
    expect(person).toContain('Họ, chữ đệm và tên');
    expect(person).not.toMatch(/type H[A-Za-z]*Ten\b/);
    const index = await readFile(join(out, 'types', 'index.d.ts'), 'utf8');
    expect(index).toContain("'vn.test.person': VnTestPersonData;");
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
    expect(await typeCheck(out, { 'catalog-usage.ts': lines.join('\n') })).toEqual([]);
    const wrong = `import type { VnMojBirthRegistrationData } from './catalog-types/index.js';\ndeclare const d: VnMojBirthRegistrationData;\nexport const x = d.child.fullNmae;\n`;
    expect((await typeCheck(out, { 'catalog-wrong.ts': wrong })).join('\n')).toContain("Property 'fullNmae' does not exist");
  });
});

