// SPDX-License-Identifier: MIT
// Checks the Decree 63/2024 bundles against their member forms: members exist, every shared answer points at a field
// of a compatible type in each member, presets are valid answers, and whole bundle filings (fixtures/) behave as
// declared once shared answers are copied into every member — including the under-6 member condition of the birth
// bundle. The x-presets / x-memberConditions / x-systemFilled extensions are read here as README.md describes them.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileForm, type CompiledForm, type Condition, type FormBundle, type FormDefinition, type JsonSchemaObject } from '@tokhai/core';

const BUNDLES_DIR = fileURLToPath(new URL('.', import.meta.url));
const FORMS_DIR = join(BUNDLES_DIR, '..');

interface BundleExtensions {
  'x-presets'?: Record<string, Record<string, unknown>>;
  'x-memberConditions'?: Array<{ form: string; condition: Condition }>;
  'x-systemFilled'?: Record<string, string[]>;
}
type Bundle = FormBundle & BundleExtensions;

interface BundleFixture {
  description: string;
  shared: Record<string, unknown>;
  members: Record<string, unknown>;
  expected: Record<string, string[] | 'not-applicable'>;
}

/** Build output (`tokhai build` writes forms/dist) and installs are not catalog folders. */
const BUILD_DIRS = new Set(['dist', 'node_modules']);
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Every catalog form, compiled, by id. */
const forms = new Map<string, CompiledForm>(
  readdirSync(FORMS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !BUILD_DIRS.has(d.name))
    .flatMap((d) => readdirSync(join(FORMS_DIR, d.name)).filter((n) => n.endsWith('.form.json')).map((n) => join(FORMS_DIR, d.name, n)))
    .map((path) => {
      const form = compileForm(readJson(path) as FormDefinition);
      return [form.id, form] as [string, CompiledForm];
    }),
);

const bundles = readdirSync(BUNDLES_DIR)
  .filter((n) => n.endsWith('.bundle.json'))
  .sort()
  .map((file) => ({ file, bundle: readJson(join(BUNDLES_DIR, file)) as Bundle }));

const tokensOf = (pointer: string): string[] => pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));

/** The member schema at a data pointer (object properties only: shared answers never sit inside arrays). */
const schemaAt = (form: CompiledForm, pointer: string): JsonSchemaObject | undefined =>
  form.resolveScope('#' + tokensOf(pointer).map((t) => `/properties/${t}`).join('')) as JsonSchemaObject | undefined;

/** The JSON types a field admits, for the compatibility check. */
const typesOf = (s: JsonSchemaObject | undefined): string[] => {
  if (s === undefined) return [];
  if (typeof s.type === 'string') return [s.type];
  if (Array.isArray(s.type)) return s.type;
  if (s.properties) return ['object'];
  return ['string'];
};

/** Writes `value` at `pointer`, creating the objects on the way (mutates `data`). */
function setAt(data: Record<string, unknown>, pointer: string, value: unknown): void {
  const tokens = tokensOf(pointer);
  let node = data;
  for (const t of tokens.slice(0, -1)) {
    if (typeof node[t] !== 'object' || node[t] === null) node[t] = {};
    node = node[t] as Record<string, unknown>;
  }
  node[tokens[tokens.length - 1]] = structuredClone(value);
}

const getAt = (data: unknown, pointer: string): unknown =>
  tokensOf(pointer).reduce<unknown>((v, t) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[t] : undefined), data);

/** Does a rule condition (the schema-based kind the bundles use) hold for this data? */
function conditionHolds(form: CompiledForm, condition: Condition, data: unknown): boolean {
  if (condition.type !== undefined) throw new Error(`unsupported member condition ${condition.type}`);
  const pointer = condition.scope.replace(/^#/, '').replace(/\/properties\//g, '/');
  const value = getAt(data, pointer);
  if (condition.failWhenUndefined && value === undefined) return false;
  // A one-field form validating `value` against the condition schema: the same interpreter the rules use.
  const probe = compileForm({ id: 'test.condition', version: '1.0.0', title: { vi: 'điều kiện' }, schema: { type: 'object', properties: { v: condition.schema } } });
  return probe.validate(value === undefined ? {} : { v: value }).valid;
}

/** Builds each member's data for a bundle filing and validates it; returns pointers or "not-applicable" per member. */
function fileBundle(bundle: Bundle, fixture: BundleFixture): Record<string, string[] | 'not-applicable'> {
  const result: Record<string, string[] | 'not-applicable'> = {};
  for (const { form: id } of bundle.members) {
    const form = forms.get(id)!;
    const data = structuredClone((fixture.members[id] ?? {}) as Record<string, unknown>);
    for (const answer of bundle.shared) {
      const pointer = answer.pointers[id];
      if (pointer !== undefined && Object.hasOwn(fixture.shared, answer.id)) setAt(data, pointer, fixture.shared[answer.id]);
    }
    for (const [pointer, value] of Object.entries(bundle['x-presets']?.[id] ?? {})) setAt(data, pointer, value);
    const evaluated = form.evaluate(data).data;
    const conditions = (bundle['x-memberConditions'] ?? []).filter((c) => c.form === id);
    if (!conditions.every((c) => conditionHolds(form, c.condition, evaluated))) {
      result[id] = 'not-applicable';
      continue;
    }
    const systemFilled = bundle['x-systemFilled']?.[id] ?? [];
    const errors = form
      .validate(data)
      .errors.filter((e) => !(e.keyword === 'required' && systemFilled.includes(e.pointer) && getAt(data, e.pointer) === undefined));
    result[id] = [...new Set(errors.map((e) => e.pointer))].sort();
  }
  return result;
}

it('finds both Decree 63/2024 bundles', () => {
  expect(bundles.map((b) => b.bundle.id)).toEqual(['vn.gov.bundle.birth-residence-insurance', 'vn.gov.bundle.death-residence-funeral']);
});

describe.each(bundles)('$bundle.id', ({ file, bundle }) => {
  it('points at the published bundle meta-schema', () => {
    expect(bundle.$schema).toBe('../../packages/core/schema/bundle.schema.json');
    expect(file).toBe(`${bundle.id.replace('vn.gov.bundle.', '')}.bundle.json`);
  });

  it('lists three catalog forms whose major version its ranges accept', () => {
    expect(bundle.members).toHaveLength(3);
    for (const m of bundle.members) {
      const form = forms.get(m.form);
      expect(form, m.form).toBeDefined();
      expect(m.version).toBe(`^${form!.version.split('.')[0]}.0.0`);
    }
  });

  it('points every shared answer at existing fields of compatible types', () => {
    const memberIds = bundle.members.map((m) => m.form);
    for (const answer of bundle.shared) {
      expect(Object.keys(answer.pointers).length, answer.id).toBeGreaterThanOrEqual(2);
      const types = Object.entries(answer.pointers).map(([id, pointer]) => {
        expect(memberIds, `${answer.id} → ${id}`).toContain(id);
        const schema = schemaAt(forms.get(id)!, pointer);
        expect(schema, `${answer.id} → ${id}${pointer}`).toBeDefined();
        return typesOf(schema);
      });
      const common = types.reduce((a, b) => a.filter((t) => b.includes(t)));
      expect(common, answer.id).not.toEqual([]);
      expect(answer.label?.vi && answer.label.en, answer.id).toBeTruthy();
    }
  });

  it('presets only values the member schema accepts', () => {
    for (const [id, presets] of Object.entries(bundle['x-presets'] ?? {})) {
      const form = forms.get(id)!;
      for (const [pointer, value] of Object.entries(presets)) {
        const data: Record<string, unknown> = {};
        setAt(data, pointer, value);
        const errors = form.validate(data, { includeHidden: true }).errors.filter((e) => e.pointer === pointer);
        expect(errors, `${id}${pointer}`).toEqual([]);
      }
    }
  });

  const fixtureDir = join(BUNDLES_DIR, 'fixtures', file.replace('.bundle.json', ''));
  const fixtures = (existsSync(fixtureDir) ? readdirSync(fixtureDir) : [])
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => [n, readJson(join(fixtureDir, n)) as BundleFixture] as const);

  it('has bundle fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(2);
  });

  it.each(fixtures)('files fixtures/%s as declared', (_name, fixture) => {
    const expected = Object.fromEntries(Object.entries(fixture.expected).map(([id, e]) => [id, e === 'not-applicable' ? e : [...e].sort()]));
    expect(fileBundle(bundle, fixture)).toEqual(expected);
  });
});

describe('the under-6 rule of the birth bundle', () => {
  const bundle = bundles.find((b) => b.bundle.id === 'vn.gov.bundle.birth-residence-insurance')!.bundle;
  const newborn = readJson(join(BUNDLES_DIR, 'fixtures', 'birth-residence-insurance', 'newborn.json')) as BundleFixture;
  const withBirth = (dateOfBirth: string): BundleFixture => ({ ...newborn, shared: { ...newborn.shared, 'child.dateOfBirth': dateOfBirth } });

  it('keeps health insurance for a child who turns 6 the day after the declaration', () => {
    expect(fileBundle(bundle, withBirth('2019-03-21'))['vn.bhxh.health-insurance-under6']).toEqual([]);
  });

  it('drops health insurance for a child who turns 6 on the declaration date', () => {
    expect(fileBundle(bundle, withBirth('2019-03-20'))['vn.bhxh.health-insurance-under6']).toBe('not-applicable');
  });
});
