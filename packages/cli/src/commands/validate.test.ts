// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { interpreterEngine, type RawError, type SchemaEngine } from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';
import { formatProblem, type Problem } from '../internal/problem.js';
import { formatSummary, validateCatalog } from './validate.js';

const FIXTURES = fileURLToPath(new URL('../__fixtures__/catalog', import.meta.url));

/** A copy of the fixture catalog in a temporary folder, changed by `edit`. */
async function catalogWith(edit: (dir: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tokhai-validate-'));
  await cp(FIXTURES, dir, { recursive: true });
  await edit(dir);
  return dir;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit fixtures as untyped JSON
async function editJson(file: string, change: (json: Record<string, any>) => void): Promise<void> {
  const json = JSON.parse(await readFile(file, 'utf8'));
  change(json);
  await writeFile(file, JSON.stringify(json, null, 2));
}

const PERSON = (dir: string) => join(dir, 'person', 'vn.test.person.form.json');
const BUNDLE = (dir: string) => join(dir, 'bundles', 'person-contact.bundle.json');

/** Problems as `file-suffix#pointer [code]`, the file relative to the catalog. */
const located = (problems: Problem[], dir: string) =>
  problems.map((p) => `${p.file.slice(p.file.indexOf(dir.split('/').pop()!) + dir.split('/').pop()!.length + 1)}#${p.pointer} [${p.code}]`);

describe('tokhai validate', { timeout: 60_000 }, () => {
  it('passes a correct catalog and counts what it checked', async () => {
    const r = await validateCatalog([FIXTURES]);
    expect(r.problems.map(formatProblem)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.summary).toEqual({ forms: 2, bundles: 1, validFixtures: 3, invalidFixtures: 3, errors: 0, warnings: 0 });
    expect(formatSummary(r.summary)).toBe('2 forms, 1 bundle, 3 valid + 3 invalid fixtures: 0 errors, 0 warnings');
    expect([...r.forms.keys()].sort()).toEqual(['vn.test.contact', 'vn.test.person']);
  });

  it('accepts single files as well as folders', async () => {
    const r = await validateCatalog([PERSON(FIXTURES)]);
    expect(r.ok).toBe(true);
    expect(r.summary.forms).toBe(1);
  });

  describe('definitions', () => {
    it('reports definition problems at their JSON Pointer, printed as file#pointer', async () => {
      const dir = await catalogWith((d) =>
        editJson(PERSON(d), (def) => {
          def.ui.elements[0].scope = '#/properties/fullNmae';
        }),
      );
      const r = await validateCatalog([dir]);
      expect(r.ok).toBe(false);
      const p = r.problems.find((x) => x.pointer === '/ui/elements/0/scope');
      expect(p).toBeDefined();
      expect(formatProblem(p!)).toMatch(/person\/vn\.test\.person\.form\.json#\/ui\/elements\/0\/scope {2}\S/);
      await rm(dir, { recursive: true });
    });

    it('rejects a pattern that can backtrack catastrophically (recheck), at the pattern', async () => {
      const dir = await catalogWith((d) =>
        editJson(PERSON(d), (def) => {
          def.schema.$defs.personName.pattern = '^([a-zà-ỹ]+ ?)*$';
        }),
      );
      const r = await validateCatalog([dir], { fixtures: false });
      expect(r.ok).toBe(false);
      const p = r.problems.find((x) => x.pointer === '/schema/$defs/personName/pattern');
      expect(p?.message).toMatch(/backtrack/);
      // compileForm's wording around the CLI's reason: the pattern and the advice appear once each.
      expect(p?.message.match(/rewrite/gi)).toHaveLength(1);
      expect(p?.message.split('^([a-zà-ỹ]+ ?)*$')).toHaveLength(2);
      await rm(dir, { recursive: true });
    });

    it('reports malformed JSON with line and column', async () => {
      const dir = await catalogWith((d) => writeFile(PERSON(d), '{\n  "id": "vn.test.person",\n  "version": 1.0.0\n}'));
      const r = await validateCatalog([dir]);
      const p = r.problems.find((x) => x.code === 'json');
      expect(p).toMatchObject({ pointer: '', file: expect.stringMatching(/vn\.test\.person\.form\.json$/) });
      expect(p!.message).toMatch(/line 3, column \d+/);
      // The bundle that names the unreadable form reports it as missing, not as a crash.
      expect(r.problems.some((x) => x.code === 'bundle' && x.message.includes('vn.test.person'))).toBe(true);
      await rm(dir, { recursive: true });
    });

    it('locates every JSON syntax error by line and column on one line, including those V8 gives no position for', async () => {
      const cases: [text: string, where: string, advice?: RegExp][] = [
        ['{\n  "id": "vn.test.person",\n  "sex": male\n}', 'line 3, column 10'], // V8: Unexpected token 'm', "…" is not valid JSON
        ['{\n  "id": "vn.test.person",\n  "version": "1.0.0",\n}', 'line 4, column 1', /remove the comma/],
        ['{\n  "id": "vn.test.person",\n  version": "1.0.0"\n}', 'line 3, column 3', /double quotes/],
        ['{\n  "id": "vn.test.person",\n  "title": { "vi": "Tờ khai"', 'line 3, column 29', /Expected ',' or '}'/],
      ];
      for (const [text, where, advice] of cases) {
        const dir = await catalogWith((d) => writeFile(PERSON(d), text));
        const p = (await validateCatalog([dir], { fixtures: false })).problems.find((x) => x.code === 'json');
        expect(p?.message).toContain(`(${where})`);
        expect(p?.message).not.toContain('\n');
        if (advice) expect(p?.message).toMatch(advice);
        await rm(dir, { recursive: true });
      }
    });

    it('explains an empty file and a byte order mark, and reports every broken file of the run in file order', async () => {
      const dir = await catalogWith(async (d) => {
        await writeFile(PERSON(d), '\uFEFF' + (await readFile(PERSON(d), 'utf8')));
        await writeFile(join(d, 'contact', 'vn.test.contact.form.json'), '');
      });
      const r = await validateCatalog([dir], { fixtures: false });
      const json = r.problems.filter((x) => x.code === 'json');
      expect(json.map((p) => p.file.split('/').pop())).toEqual(['vn.test.contact.form.json', 'vn.test.person.form.json']);
      expect(json[0].message).toMatch(/the file is empty/);
      expect(json[1].message).toMatch(/byte order mark \(BOM\) \(line 1, column 1\); save it as UTF-8 without BOM/);
      expect(json[1].message).not.toContain('\uFEFF');
      await rm(dir, { recursive: true });
    });

    it('does not tell a bundle its member is missing when the member file is only broken', async () => {
      const dir = await catalogWith((d) => writeFile(PERSON(d), '{'));
      const r = await validateCatalog([dir], { fixtures: false });
      const bundle = r.problems.filter((p) => p.code === 'bundle');
      expect(bundle.map((p) => [p.pointer, p.severity])).toEqual([['/members/0/form', 'warning']]);
      expect(bundle[0].message).toMatch(/vn\.test\.person.*cannot be read/);
      expect(r.summary.errors).toBe(1);
      await rm(dir, { recursive: true });
    });

    it('warns about a text not in Unicode NFC, at its pointer, with the normalized text', async () => {
      const decomposed = 'Ho\u0323 va\u0300 te\u0302n'; // "Họ và tên" as base letters + combining marks
      const dir = await catalogWith((d) => editJson(PERSON(d), (def) => (def.title = { vi: decomposed, en: 'Person' })));
      const r = await validateCatalog([dir], { fixtures: false });
      const found = r.problems.filter((p) => p.code === 'text-not-nfc');
      expect(found.map((p) => [p.pointer, p.severity])).toEqual([['/title/vi', 'warning']]);
      expect(found[0].message).toContain(JSON.stringify('Họ và tên'));
      expect(r.ok).toBe(true);
      await rm(dir, { recursive: true });
    });

    it('warns about a Vietnamese text without diacritics and a text that looks like a key, at their pointers, without failing', async () => {
      const dir = await catalogWith(async (d) => {
        await editJson(PERSON(d), (def) => {
          def.i18n.vi['fullName.label'] = 'Ho va ten';
          def.i18n.en['fullName.label'] = 'fullName.label';
          def.ui.elements[1].label = 'form.sex.label';
        });
        await editJson(BUNDLE(d), (bundle) => (bundle.title.vi = 'Thong tin ca nhan va lien he cua nguoi khai'));
      });
      const r = await validateCatalog([dir], { fixtures: false });
      expect(r.ok).toBe(true);
      expect(located(r.problems, dir)).toEqual([
        'bundles/person-contact.bundle.json#/title/vi [vi-text-without-diacritics]',
        'person/vn.test.person.form.json#/i18n/en/fullName.label [text-looks-like-key]',
        'person/vn.test.person.form.json#/i18n/vi/fullName.label [vi-text-without-diacritics]',
        'person/vn.test.person.form.json#/ui/elements/1/label [text-looks-like-key]',
      ]);
      expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
      expect(formatProblem(r.problems[2])).toMatch(/#\/i18n\/vi\/fullName\.label {2}warning: the Vietnamese text is written without diacritics \("va" → và, "ten" → tên\).* \[vi-text-without-diacritics\]$/);
      expect(r.summary.warnings).toBe(4);
      await rm(dir, { recursive: true });
    });

    it('warns about typos that compile but make the form misbehave, at their pointers, with a suggestion, without failing', async () => {
      const dir = await catalogWith((d) =>
        editJson(PERSON(d), (def) => {
          def.prefill = [
            { target: '/fullName', source: 'vneId', claim: '/name' },
            { target: '/pid', source: 'vneid', claim: '/vn_pdi' },
          ];
          def.ui.elements[1].options.format = 'radios';
          def.ui.elements[2].options = { mask: 'cccd' };
          def.i18n.vi['sex.enum.yes'] = 'Có';
          def.i18n.en['sex.enum.yes'] = 'Yes';
          delete def.i18n.vi['pid.label'];
          delete def.i18n.en['pid.label'];
        }),
      );
      const r = await validateCatalog([dir], { fixtures: false });
      expect(r.ok).toBe(true);
      expect(located(r.problems, dir)).toEqual([
        'person/vn.test.person.form.json#/i18n/vi/sex.enum.yes [i18n-unknown-enum-value]',
        'person/vn.test.person.form.json#/prefill/0/source [unknown-source]',
        'person/vn.test.person.form.json#/prefill/1/claim [unknown-claim]',
        'person/vn.test.person.form.json#/ui/elements/1/options/format [unknown-widget-option]',
        'person/vn.test.person.form.json#/ui/elements/2 [control-without-label]',
        'person/vn.test.person.form.json#/ui/elements/2/options/mask [unknown-widget-option]',
      ]);
      expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
      expect(formatProblem(r.problems[1])).toMatch(/#\/prefill\/0\/source {2}warning: prefill source "vneId" is not a known provider id .*; did you mean "vneid"\? \[unknown-source\]$/);
      expect(r.problems[2].message).toContain('did you mean "/vn_pid"?');
      expect(r.summary.warnings).toBe(6);
      const vi = await validateCatalog([dir], { fixtures: false, locale: 'vi' });
      expect(vi.problems[1].message).toMatch(/^nguồn điền sẵn "vneId" không phải là mã nhà cung cấp đã biết/);
      await rm(dir, { recursive: true });
    });

    it('explains a lower-case rule effect and element type in one problem each, in the chosen language, instead of a cascade', async () => {
      const dir = await catalogWith((d) =>
        editJson(PERSON(d), (def) => {
          def.ui.elements[4].rule.effect = 'show';
          def.ui.elements[3].type = 'control';
          def.version = '1.0';
        }),
      );
      const r = await validateCatalog([dir], { fixtures: false });
      expect(r.ok).toBe(false);
      const ofPerson = (problems: Problem[]) => problems.filter((p) => p.file.endsWith('vn.test.person.form.json'));
      expect(ofPerson(r.problems).map((p) => `${p.pointer} ${p.message}`)).toEqual([
        '/ui/elements/3/type "control" is not a UI schema element type; did you mean "Control"? (element types are case-sensitive)',
        '/ui/elements/4/rule/effect "show" is not a rule effect: use SHOW, HIDE, ENABLE or DISABLE (effects are upper-case).',
        '/version "1.0" is not a version number: use MAJOR.MINOR.PATCH (semantic versioning), e.g. "1.0.0".',
      ]);
      const vi = await validateCatalog([dir], { fixtures: false, locale: 'vi' });
      expect(ofPerson(vi.problems).map((p) => p.message)).toEqual([
        '"control" không phải là loại phần tử của bố cục (UI schema); có phải ý bạn là "Control"? (loại phần tử phân biệt chữ hoa, chữ thường)',
        '"show" không phải là hiệu ứng của quy tắc (rule effect): dùng SHOW, HIDE, ENABLE hoặc DISABLE (viết hoa).',
        '"1.0" không phải là số phiên bản hợp lệ: dùng dạng MAJOR.MINOR.PATCH (phiên bản ngữ nghĩa), ví dụ "1.0.0".',
      ]);
      await rm(dir, { recursive: true });
    });

    it('requires the file to be named after the form id', async () => {
      const dir = await catalogWith((d) => editJson(PERSON(d), (def) => (def.id = 'vn.test.someone')));
      const r = await validateCatalog([dir], { fixtures: false });
      expect(located(r.problems, dir)).toContain('person/vn.test.person.form.json#/id [file-name]');
      await rm(dir, { recursive: true });
    });
  });

  describe('fixtures', () => {
    it('reports missing and unexpected error pointers of an invalid fixture', async () => {
      const dir = await catalogWith((d) =>
        editJson(join(d, 'person/fixtures/invalid/name-with-digit.json'), (f) => {
          f.errors = ['/sex', '/pid'];
        }),
      );
      const r = await validateCatalog([dir]);
      expect(located(r.problems, dir)).toEqual([
        'person/fixtures/invalid/name-with-digit.json#/data/fullName [fixture]',
        'person/fixtures/invalid/name-with-digit.json#/errors [fixture]',
      ]);
      expect(r.problems[1].message).toBe('expected errors not reported: /pid');
      await rm(dir, { recursive: true });
    });

    it('reports a valid fixture that fails, at the failing data', async () => {
      const dir = await catalogWith((d) => editJson(join(d, 'person/fixtures/valid/full.json'), (f) => (f.pid = '12')));
      const r = await validateCatalog([dir]);
      expect(located(r.problems, dir)).toEqual(['person/fixtures/valid/full.json#/pid [fixture]']);
      await rm(dir, { recursive: true });
    });

    it('does not count errors in fields hidden by rules', async () => {
      // hidden-children-ignored.json has invalid children while hasChildren is false; showing them makes them count.
      const dir = await catalogWith((d) => editJson(join(d, 'person/fixtures/invalid/hidden-children-ignored.json'), (f) => (f.data.hasChildren = true)));
      const r = await validateCatalog([dir]);
      expect(r.problems.map((p) => p.pointer)).toEqual(['/data/children/0/fullName', '/data/children/0/yearOfBirth']);
      await rm(dir, { recursive: true });
    });

    it('rejects an invalid fixture without the data/errors shape', async () => {
      const dir = await catalogWith((d) => writeFile(join(d, 'person/fixtures/invalid/bare.json'), '{ "fullName": "x" }'));
      const r = await validateCatalog([dir]);
      expect(located(r.problems, dir)).toEqual(['person/fixtures/invalid/bare.json# [fixture]']);
      await rm(dir, { recursive: true });
    });

    it('warns about a form without valid fixtures', async () => {
      const dir = await catalogWith((d) => rm(join(d, 'contact/fixtures/valid'), { recursive: true }));
      const r = await validateCatalog([dir]);
      expect(r.ok).toBe(true);
      expect(r.problems).toMatchObject([{ severity: 'warning', code: 'fixture' }]);
      await rm(dir, { recursive: true });
    });

    it('reports fixtures on which two engines disagree', async () => {
      // An engine that never reports `pattern` failures: it disagrees with ajv on name-with-digit.json.
      const lenient = (): SchemaEngine => {
        const inner = interpreterEngine();
        return { name: 'lenient', compile: (schema, o) => { const v = inner.compile(schema, o); return (d) => v(d).filter((e: RawError) => e.keyword !== 'pattern'); } };
      };
      const r = await validateCatalog([FIXTURES], { engines: { ajv: () => ajvEngine(), lenient } });
      const disagreement = r.problems.find((p) => p.code === 'engine-disagreement');
      expect(disagreement?.file).toMatch(/name-with-digit\.json$/);
      expect(disagreement?.message).toBe('engines disagree: ajv reports /fullName, /sex, lenient reports /sex');
    });
  });

  describe('bundles', () => {
    it('reports unknown members, pointers that lead nowhere and versions outside the range', async () => {
      const dir = await catalogWith((d) =>
        editJson(BUNDLE(d), (b) => {
          b.members[1].version = '^2.0.0';
          b.members.push({ form: 'vn.test.nobody' });
          b.shared[0].pointers['vn.test.contact'] = '/fullName';
          b.shared.push({ id: 'phone', pointers: { 'vn.test.person': '/phone', 'vn.test.other': '/phone' } });
        }),
      );
      const r = await validateCatalog([dir], { fixtures: false });
      expect(r.problems.filter((p) => p.severity === 'error').map((p) => `${p.pointer}: ${p.message}`)).toEqual([
        '/members/1/version: vn.test.contact is at version 1.2.0, outside "^2.0.0"',
        '/members/2/form: member "vn.test.nobody" is not a form of the catalog',
        '/shared/0/pointers/vn.test.contact: /fullName does not exist in the schema of vn.test.contact',
        '/shared/1/pointers/vn.test.other: "vn.test.other" is not a member of this bundle',
        '/shared/1/pointers/vn.test.person: /phone does not exist in the schema of vn.test.person',
      ]);
      await rm(dir, { recursive: true });
    });

    it('checks the bundle against the bundle meta-schema', async () => {
      const dir = await catalogWith((d) =>
        editJson(BUNDLE(d), (b) => {
          delete b.title;
          b.sharedAnswers = [];
          b.shared[0].pointers['vn.test.contact'] = 'name';
        }),
      );
      const r = await validateCatalog([dir], { fixtures: false });
      expect(r.problems.map((p) => `${p.pointer}: ${p.message}`)).toEqual(expect.arrayContaining([
        ': bundle schema: missing required member "title"',
        ': bundle schema: unknown member "sharedAnswers" (extensions start with "x-")',
        '/shared/0/pointers/vn.test.contact: bundle schema: must match ^(/([^~/]|~[01])*)+$',
      ]));
      await rm(dir, { recursive: true });
    });

    it('resolves shared pointers through $ref and array items, and checks the types agree', async () => {
      const dir = await catalogWith((d) =>
        editJson(BUNDLE(d), (b) => {
          b.shared[0].pointers = { 'vn.test.person': '/children/0/fullName', 'vn.test.contact': '/name' };
          b.shared.push({ id: 'year', pointers: { 'vn.test.person': '/children/-/yearOfBirth', 'vn.test.contact': '/phone' } });
        }),
      );
      const r = await validateCatalog([dir], { fixtures: false });
      expect(r.problems.map((p) => `${p.pointer}: ${p.message}`)).toEqual([
        '/shared/1/pointers: the members disagree on the type of "year": vn.test.person integer, vn.test.contact string',
      ]);
      await rm(dir, { recursive: true });
    });
  });
});
