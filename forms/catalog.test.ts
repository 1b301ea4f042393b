// SPDX-License-Identifier: MIT
// The catalog's own checks: every definition compiles in both schema engines, every fixture behaves as declared
// (valid → no error; invalid → exactly the listed pointers), every control has its texts in both locales, and no
// binding fills another person's data from the signed-in citizen's record. `tokhai validate forms/` runs the same
// fixture contract in CI; these tests keep it runnable from vitest while a form is being written.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileForm, type FormDefinition, type UISchemaElement, type JsonSchemaObject } from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';
import { adminUnitLookup } from '@tokhai/vn-data/admin-units';

const FORMS_DIR = fileURLToPath(new URL('.', import.meta.url));

interface InvalidFixture {
  description: string;
  data: unknown;
  errors: string[];
}

interface CatalogEntry {
  folder: string;
  file: string;
  definition: FormDefinition;
  valid: Array<[name: string, data: unknown]>;
  invalid: Array<[name: string, fixture: InvalidFixture]>;
}

/** Build output (`tokhai build` writes forms/dist) and installs are not catalog folders. */
const BUILD_DIRS = new Set(['dist', 'node_modules']);
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const jsonFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')).sort() : []);

const catalog: CatalogEntry[] = readdirSync(FORMS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !BUILD_DIRS.has(d.name))
  .flatMap((d) => {
    const file = readdirSync(join(FORMS_DIR, d.name)).find((n) => n.endsWith('.form.json'));
    if (file === undefined) return [];
    const fixtures = join(FORMS_DIR, d.name, 'fixtures');
    return [{
      folder: d.name,
      file,
      definition: readJson(join(FORMS_DIR, d.name, file)) as FormDefinition,
      valid: jsonFiles(join(fixtures, 'valid')).map((n) => [n, readJson(join(fixtures, 'valid', n))] as [string, unknown]),
      invalid: jsonFiles(join(fixtures, 'invalid')).map((n) => [n, readJson(join(fixtures, 'invalid', n)) as InvalidFixture] as [string, InvalidFixture]),
    }];
  });

/** Data pointers (array indices as `*`) that hold another person's data in each form: never bound to a provider. */
const OTHER_PEOPLE: Record<string, string[]> = {
  'vn.moj.birth-registration': ['/child', '/mother', '/father'],
  'vn.bca.residence-change-ct01': ['/members'],
  'vn.moj.death-registration': ['/deceased', '/death', '/deathNotice'],
  'vn.bhxh.health-insurance-under6': ['/child', '/existingCard'],
  'vn.bca.driving-licence-renewal': [],
  'vn.moj.judicial-record-request': ['/family', '/residenceHistory'],
  'vn.bhxh.funeral-allowance': ['/deceased'],
};

const ENGINES = [
  { name: 'interpreter', options: {} },
  { name: 'ajv', options: { engine: ajvEngine() } },
] as const;

/** The dotted data path of a control scope relative to a base path (`#/properties/a/properties/b` → `a.b`). */
const dottedScope = (scope: string, base: string[]): string[] =>
  [...base, ...scope.replace(/^#\/?/, '').split('/').filter((t, i) => i % 2 === 1)];

/** Every control's dotted path and every layout text key of a UI schema (array details included). */
function walkUi(el: UISchemaElement, base: string[] = [], out = { controls: [] as string[], texts: [] as string[] }) {
  if (el.type === 'Control') {
    const path = dottedScope(el.scope, base);
    out.controls.push(path.join('.'));
    const detail = el.options?.detail;
    if (detail) walkUi(detail, path, out);
    return out;
  }
  if (el.type === 'Label') out.texts.push(el.text);
  if ((el.type === 'Group' || el.type === 'Category') && el.label) out.texts.push(el.label);
  if ('elements' in el) for (const child of el.elements) walkUi(child, base, out);
  return out;
}

/** Every string of an i18n table and of the definition's LocalizedTexts. */
function localizedStrings(def: FormDefinition): string[] {
  const out = [...Object.values(def.i18n?.vi ?? {}), ...Object.values(def.i18n?.en ?? {}), def.title.vi, def.title.en ?? ''];
  if (def.description) out.push(def.description.vi, def.description.en ?? '');
  return out;
}

it('finds the seven catalog forms', () => {
  expect(catalog.map((c) => c.definition.id).sort()).toEqual(Object.keys(OTHER_PEOPLE).sort());
});

describe.each(catalog)('$definition.id', ({ folder, file, definition, valid, invalid }) => {
  it('lives in a file named after its id', () => {
    expect(file).toBe(`${definition.id}.form.json`);
    expect(definition.$schema).toBe('../../packages/core/schema/form.schema.json');
  });

  it.each(ENGINES)('compiles with the $name engine', ({ options }) => {
    expect(() => compileForm(definition, { ...options, file, adminUnits: adminUnitLookup })).not.toThrow();
  });

  it('has at least a minimal and a full valid fixture and three invalid ones', () => {
    expect(valid.map(([n]) => n)).toEqual(expect.arrayContaining(['minimal.json', 'full.json']));
    expect(invalid.length).toBeGreaterThanOrEqual(3);
    for (const [, fx] of invalid) {
      expect(fx.description.length).toBeGreaterThan(0);
      expect(fx.errors.length).toBeGreaterThan(0);
    }
  });

  describe.each(ENGINES)('with the $name engine', ({ options }) => {
    const form = compileForm(definition, { ...options, file, adminUnits: adminUnitLookup });

    it.each(valid)('accepts valid/%s', (_name, data) => {
      expect(form.validate(data).errors.map((e) => `${e.pointer} ${e.keyword}`)).toEqual([]);
    });

    it.each(invalid)('rejects invalid/%s at exactly its listed pointers', (_name, fx) => {
      const result = form.validate(fx.data);
      expect(result.valid).toBe(false);
      expect([...new Set(result.errors.map((e) => e.pointer))].sort()).toEqual([...fx.errors].sort());
    });
  });

  it('labels every control in Vietnamese and English', () => {
    const { controls } = walkUi(definition.ui!);
    for (const locale of ['vi', 'en'] as const) {
      const missing = controls.filter((p) => !Object.hasOwn(definition.i18n?.[locale] ?? {}, `${p}.label`));
      expect(missing, `${locale} labels`).toEqual([]);
    }
  });

  it('keeps every step, group and notice text in i18n', () => {
    const { texts } = walkUi(definition.ui!);
    expect(texts.filter((k) => !Object.hasOwn(definition.i18n?.vi ?? {}, k))).toEqual([]);
  });

  it('writes its texts in NFC', () => {
    expect(localizedStrings(definition).filter((s) => s !== s.normalize('NFC'))).toEqual([]);
  });

  it('names only values the schema allows in its enum labels', () => {
    const form = compileForm(definition);
    for (const key of Object.keys(definition.i18n?.vi ?? {})) {
      const m = /^(.+)\.enum\.([^.]+)$/.exec(key);
      if (!m) continue;
      // Array item fields resolve relative to the item schema, as a detail layout's scopes do.
      let schema: JsonSchemaObject | undefined = form.schema;
      for (const segment of m[1].split('.')) {
        if (schema?.type === 'array') schema = schema.items as JsonSchemaObject;
        schema = schema && (form.resolveScope(`#/properties/${segment}`, schema) as JsonSchemaObject | undefined);
      }
      if (schema?.type === 'array') schema = schema.items as JsonSchemaObject;
      const values = (schema?.oneOf ?? []).map((o) => String((o as JsonSchemaObject).const)).concat((schema?.enum ?? []).map(String));
      expect(values, key).toContain(m[2]);
    }
  });

  it("binds no other person's data to the signed-in citizen's claims", () => {
    const forbidden = OTHER_PEOPLE[definition.id] ?? [];
    const offending = (definition.prefill ?? []).filter((b) => forbidden.some((p) => b.target === p || b.target.startsWith(p + '/')));
    expect(offending).toEqual([]);
  });

  it('locks identity data and leaves contact data and addresses editable', () => {
    for (const b of definition.prefill ?? []) {
      if (['/name', '/vn_pid', '/gender', '/birthdate'].includes(b.claim)) expect(b.mode, b.target).toBe('locked');
      if (['/phone_number', '/email'].includes(b.claim) || /Residence$/.test(b.claim)) expect(b.mode, b.target).toBe('editable');
    }
  });

  it('documents its legal template and uncertain fields in its README', () => {
    const readme = readFileSync(join(FORMS_DIR, folder, 'README.md'), 'utf8');
    expect(readme).toContain(definition.id);
    expect(readme).toMatch(/## Legal source/);
    expect(readme).toMatch(/Confidence/);
    expect(readme).toMatch(/## Accessibility notes/);
    expect(readme).toContain(definition.procedure!.code);
  });
});
