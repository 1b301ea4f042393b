// SPDX-License-Identifier: MIT
// The nationality list of the catalog is generated from @tokhai/vn-data's COUNTRIES by
// forms/scripts/generate-nationality.mjs (forms/README.md, "Choices generated from reference data"). These tests
// fail when a form's list or its `country.*` texts differ from what the script would write from vn-data's sources
// (so a vn-data update cannot silently diverge from the forms), and check what the list means to a citizen: a select
// of every country, Việt Nam first, named in both languages, storing the ISO code that the providers' claims hold.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileForm, type FormDefinition, type JsonSchemaObject, type UISchemaElement } from '@tokhai/core';
import { ajvEngine } from '@tokhai/core/ajv';
import { adminUnitLookup } from '@tokhai/vn-data/admin-units';
import { COUNTRIES } from '@tokhai/vn-data';
import { countryKey, formatDefinition, generate, nationalityForms, orderCountries, withNationality } from './scripts/generate-nationality.mjs';

const FORMS_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Every catalog definition (bundles, build output and scripts are not forms). */
const catalog = readdirSync(FORMS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !['dist', 'bundles', 'node_modules', 'scripts'].includes(d.name))
  .flatMap((d) => {
    const file = readdirSync(join(FORMS_DIR, d.name)).find((n) => n.endsWith('.form.json'));
    if (file === undefined) return [];
    const path = join(FORMS_DIR, d.name, file);
    const text = readFileSync(path, 'utf8');
    const full = JSON.parse(readFileSync(join(FORMS_DIR, d.name, 'fixtures', 'valid', 'full.json'), 'utf8')) as unknown;
    return [{ path, text, definition: JSON.parse(text) as FormDefinition, full }];
  });

/** The forms that ask for a nationality, and the data pointers they ask it at. */
const NATIONALITY_FIELDS: Record<string, string[]> = {
  'vn.moj.birth-registration': ['/child/nationality', '/mother/nationality', '/father/nationality'],
  'vn.moj.death-registration': ['/deceased/nationality'],
  'vn.bhxh.health-insurance-under6': ['/child/nationality'],
  'vn.moj.judicial-record-request': ['/applicant/nationality'],
};

const withNationalityForms = catalog.filter((c) => c.definition.schema && (c.definition.schema as JsonSchemaObject).$defs?.nationality);

/** A definition's `$defs.nationality` (an object schema in every form that has one). */
const nationalityDef = (definition: FormDefinition): JsonSchemaObject =>
  (definition.schema as JsonSchemaObject).$defs?.nationality as JsonSchemaObject;

/** Every `nationality` property of a schema, with its data pointer (array items as `*`). */
function nationalityProperties(schema: unknown, at = ''): Array<{ pointer: string; schema: JsonSchemaObject }> {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as JsonSchemaObject;
  const out: Array<{ pointer: string; schema: JsonSchemaObject }> = [];
  for (const [name, sub] of Object.entries(s.properties ?? {})) {
    if (name === 'nationality') out.push({ pointer: `${at}/${name}`, schema: sub as JsonSchemaObject });
    out.push(...nationalityProperties(sub, `${at}/${name}`));
  }
  if (s.items && typeof s.items === 'object') out.push(...nationalityProperties(s.items, `${at}/*`));
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) for (const sub of s[key] ?? []) out.push(...nationalityProperties(sub, at));
  for (const key of ['if', 'then', 'else'] as const) out.push(...nationalityProperties(s[key], at));
  return out;
}

/** Every Control of a UI schema whose scope ends in `/nationality`. */
function nationalityControls(el: UISchemaElement | undefined): UISchemaElement[] {
  if (!el) return [];
  const own = el.type === 'Control' && el.scope.endsWith('/properties/nationality') ? [el] : [];
  const detail = el.type === 'Control' ? nationalityControls(el.options?.detail) : [];
  const children = 'elements' in el ? el.elements.flatMap((c) => nationalityControls(c)) : [];
  return [...own, ...detail, ...children];
}

/** A copy of `data` with the value at a (`*`-free) pointer replaced. */
function setAt(data: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(data) as Record<string, Record<string, unknown>>;
  const [, parent, name] = pointer.split('/');
  copy[parent] = { ...copy[parent], [name]: value };
  return copy;
}

it('finds the four catalog forms that ask for a nationality', () => {
  expect(withNationalityForms.map((c) => c.definition.id).sort()).toEqual(Object.keys(NATIONALITY_FIELDS).sort());
  expect(nationalityForms().map((f) => f.path).sort()).toEqual(withNationalityForms.map((c) => c.path).sort());
});

it('every form is exactly what generate-nationality.mjs writes from vn-data (run the script when this fails)', () => {
  expect(generate({ check: true }).map((p) => relative(FORMS_DIR, p))).toEqual([]);
});

it('orders the countries with Việt Nam first, then by Vietnamese name as Vietnamese sorts it', () => {
  const codes = orderCountries(COUNTRIES).map((c) => c.code);
  expect(codes).toHaveLength(250);
  expect(new Set(codes).size).toBe(250);
  expect(codes[0]).toBe('VN');
  // "Ấn Độ" (India) sorts with A, after "Azerbaijan" and before "Ba Lan" (Poland); Đ is a letter after D.
  expect(codes.indexOf('AZ')).toBeLessThan(codes.indexOf('IN'));
  expect(codes.indexOf('IN')).toBeLessThan(codes.indexOf('PL'));
  expect(codes.indexOf('DM')).toBeLessThan(codes.indexOf('DK'));
  expect(codes.indexOf('DK')).toBeLessThan(codes.indexOf('EC'));
});

describe('the generator', () => {
  const [sample] = withNationalityForms;

  it('writes a different list when vn-data changes, and drops the texts of a removed country', () => {
    const renamed = COUNTRIES.map((c) => (c.code === 'KR' ? { ...c, name: { vi: 'Đại Hàn Dân Quốc', en: 'Republic of Korea' } } : c));
    const fewer = COUNTRIES.filter((c) => c.code !== 'XK');
    const changedNames = withNationality(sample.definition, renamed);
    const changedList = withNationality(sample.definition, fewer);
    expect(formatDefinition(changedNames)).not.toBe(sample.text);
    expect(changedNames.i18n?.vi?.[countryKey('KR')]).toBe('Đại Hàn Dân Quốc');
    expect(formatDefinition(changedList)).not.toBe(sample.text);
    expect(changedList.i18n?.en).not.toHaveProperty(countryKey('XK'));
    expect(nationalityDef(changedList).oneOf).toHaveLength(249);
  });

  it('is idempotent and leaves its input untouched', () => {
    const before = JSON.stringify(sample.definition);
    const once = withNationality(sample.definition, COUNTRIES);
    expect(JSON.stringify(sample.definition)).toBe(before);
    expect(formatDefinition(withNationality(once, COUNTRIES))).toBe(formatDefinition(once));
  });

  it('keeps a default only where the form had one', () => {
    const withoutDefault = structuredClone(sample.definition) as FormDefinition & { schema: JsonSchemaObject };
    withoutDefault.schema.$defs!.nationality = {};
    const generated = withNationality(withoutDefault, COUNTRIES);
    expect(nationalityDef(generated)).not.toHaveProperty('default');
    expect(nationalityDef(generated).oneOf).toHaveLength(250);
  });
});

describe.each(withNationalityForms)('$definition.id', ({ definition, full }) => {
  const schema = definition.schema as JsonSchemaObject;
  const nationality = nationalityDef(definition);
  const fields = NATIONALITY_FIELDS[definition.id];

  it('offers every country of vn-data as a choice, stored as its ISO code, with the default "VN" kept', () => {
    expect(nationality.type).toBe('string');
    expect(nationality.default).toBe('VN');
    expect(nationality).not.toHaveProperty('pattern');
    const branches = nationality.oneOf as JsonSchemaObject[];
    expect(branches.map((b) => b.const).sort()).toEqual(COUNTRIES.map((c) => c.code).sort());
    expect(branches[0]).toEqual({ const: 'VN', title: 'country.VN' });
  });

  it('names every country in Vietnamese and English', () => {
    const form = compileForm(definition);
    for (const c of COUNTRIES) {
      expect(form.text(countryKey(c.code), 'vi')).toBe(c.name.vi);
      expect(form.text(countryKey(c.code), 'en')).toBe(c.name.en);
    }
    expect(form.text('country.VN', 'vi')).toBe('Việt Nam');
    expect(form.text('country.US', 'en')).toBe('United States of America');
  });

  it('declares every nationality field through $defs.nationality', () => {
    const found = nationalityProperties(schema);
    expect(found.map((f) => f.pointer).sort()).toEqual([...fields].sort());
    for (const f of found) expect(f.schema, f.pointer).toEqual({ $ref: '#/$defs/nationality' });
  });

  it('shows each nationality field as a select with no code hint', () => {
    const controls = nationalityControls(definition.ui);
    expect(controls).toHaveLength(fields.length);
    for (const c of controls) expect(c.options?.format).toBe('select');
    const keys = [...Object.keys(definition.i18n?.vi ?? {}), ...Object.keys(definition.i18n?.en ?? {})];
    expect(keys.filter((k) => /nationality\.description$/.test(k))).toEqual([]);
    const texts = [...Object.values(definition.i18n?.vi ?? {}), ...Object.values(definition.i18n?.en ?? {})];
    expect(texts.filter((t) => /ISO 3166/.test(t))).toEqual([]);
  });

  describe.each([
    { name: 'interpreter', options: {} },
    { name: 'ajv', options: { engine: ajvEngine() } },
  ])('with the $name engine', ({ options }) => {
    const form = compileForm(definition, { ...options, adminUnits: adminUnitLookup });

    it.each(fields)('accepts a country code at %s and refuses a code that is no country', (pointer) => {
      const pointerAt = (errors: Array<{ pointer: string }>) => errors.map((e) => e.pointer).filter((p) => p === pointer);
      expect(pointerAt(form.validate(setAt(full, pointer, 'VN')).errors)).toEqual([]);
      expect(pointerAt(form.validate(setAt(full, pointer, 'KR')).errors)).toEqual([]);
      // "UK" (the usual slip for GB) passed the old two-letter pattern; "vn" is not how the code is stored.
      expect(pointerAt(form.validate(setAt(full, pointer, 'UK')).errors)).toEqual([pointer]);
      expect(pointerAt(form.validate(setAt(full, pointer, 'vn')).errors)).toEqual([pointer]);
    });
  });
});
