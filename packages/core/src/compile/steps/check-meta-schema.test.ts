/**
 * The meta-schema check answers "conforms" from the fast matcher and asks the interpreter only otherwise. That is
 * only sound if the two never disagree, so this compares them: on every catalog form, on a definition that uses
 * every part of the format, and on thousands of random edits of those (the bad definitions an author writes are
 * small edits of good ones).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conformsToMetaSchema } from './check-meta-schema.js';
import { formDefinitionSchema } from '../form-schema.js';
import { interpreterEngine } from '../../engines/interpreter.js';
import type { JsonSchema } from '../../models/json-schema.js';

declare global {
  interface ImportMeta {
    glob<T>(pattern: string | string[], options: { eager: true; import: 'default'; query?: string }): Record<string, T>;
  }
}

const catalog = import.meta.glob<string>('../../../../../forms/*/*.form.json', { eager: true, import: 'default', query: '?raw' });

/** Every part of the format the catalog forms leave out (LEAF/AND/OR, migrations, patternProperties…). */
const EVERYTHING = {
  $schema: '../../packages/core/schema/form.schema.json',
  id: 'vn.test.everything',
  version: '1.2.3-rc.1+build.5',
  title: { vi: 'Thử', en: 'Test' },
  description: { vi: 'Mô tả' },
  procedure: { code: '1.000001', formCode: 'CT01', agency: { vi: 'Bộ Công an' }, level: 'partial', legalBasis: 'TT 53/2025', inPerson: { vi: 'Nộp bản gốc' } },
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    $defs: { name: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[^0-9]*$' } },
    properties: {
      a: { $ref: '#/$defs/name', title: 'A' },
      b: { type: ['string', 'null'], enum: ['x', 'y', null] },
      c: { type: 'integer', minimum: 0, maximum: 9, exclusiveMinimum: -1, multipleOf: 1 },
      d: { type: 'array', items: { type: 'object', properties: { e: { type: 'boolean' } } }, minItems: 0, maxItems: 3, uniqueItems: true },
      f: { type: 'object', patternProperties: { '^k[0-9]+$': { type: 'string' } }, propertyNames: { pattern: '^k' }, additionalProperties: false },
      g: { anyOf: [{ type: 'string', format: 'vn-pid' }, { const: 0 }], 'x-file': { accept: ['image/png'], maxSize: 1000 } },
      h: { if: { const: 'x' }, then: { readOnly: true }, else: { not: { type: 'null' } } },
    },
    required: ['a'],
    dependentRequired: { b: ['a'] },
  },
  ui: {
    type: 'Categorization',
    elements: [
      {
        type: 'Category',
        label: 'one',
        elements: [
          { type: 'Control', scope: '#/properties/a', label: false, options: { placeholder: 'x', autocomplete: 'name' } },
          { type: 'Control', scope: '#/properties/b', rule: { effect: 'SHOW', condition: { type: 'LEAF', scope: '#/properties/a', expectedValue: 'x' } } },
          {
            type: 'Group',
            label: 'g',
            rule: { effect: 'DISABLE', condition: { type: 'AND', conditions: [{ scope: '#/properties/c', schema: { minimum: 1 } }, { type: 'OR', conditions: [{ scope: '#/properties/b', schema: { const: 'x' }, failWhenUndefined: true }] }] } },
            elements: [{ type: 'Label', text: 'hello' }, { type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/c' }] }],
          },
          { type: 'Control', scope: '#/properties/d', options: { detail: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/e' }] }, showSortButtons: true } },
        ],
      },
      { type: 'Category', label: 'two', i18n: 'two', elements: [{ type: 'Control', scope: '#/properties/f' }, { type: 'Control', scope: '#/properties/g' }, { type: 'Control', scope: '#/properties/h' }] },
    ],
  },
  prefill: [{ target: '/a', source: 'vneid', claim: '/name', transform: 'name.upper', mode: 'locked' }],
  computed: [{ target: '/c', expr: { '+': [1, 2] }, show: false }],
  i18n: { vi: { 'a.label': 'A' }, en: { 'a.label': 'A' } },
  messages: { '/a': { minLength: 'too short', pattern: { vi: 'sai', en: 'wrong' } }, '/d/*/e': { type: 'x' } },
  migrations: [{ from: '<1.0.0', operations: [{ move: { from: '/x', to: '/a' } }, { remove: '/old', reason: { vi: 'bỏ' } }] }],
  'x-note': { anything: [1, 2] },
};

const SEEDS: unknown[] = [EVERYTHING, ...Object.values(catalog).map((text) => JSON.parse(text) as unknown)];

const interpreter = interpreterEngine().compile(formDefinitionSchema as unknown as JsonSchema, { draft: '2020-12' });
const interpreterSays = (definition: unknown): boolean => interpreter(definition).length === 0;

/** Every location (tokens) of a JSON value, the root included. */
const locations = (value: unknown): string[][] => {
  const out: string[][] = [];
  const stack: Array<[unknown, string[]]> = [[value, []]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    out.push(path);
    if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) stack.push([(v as Record<string, unknown>)[k], [...path, k]]);
  }
  return out;
};

/** Values an author might put in the wrong place: keywords of neighbouring shapes, near-miss strings and numbers. */
const plausible = fc.oneof(
  fc.constantFrom('Control', 'Group', 'Category', 'Categorization', 'Label', 'VerticalLayout', 'LEAF', 'AND', 'OR', 'SHOW', 'HIDE', 'partial'),
  fc.constantFrom('#/properties/a', '#', '/a', 'a', '', 'vi', 'string', 'object', '(', '^[a-z]+$', '1.0', 'vn.x', 'locked', 'name.upper', 'date'),
  fc.constantFrom(0, 1, -1, 1.5, true, false, null),
  fc.constantFrom<unknown>([], {}, ['string'], ['string', 'string'], { vi: '' }, { vi: 'x' }, { type: 'Control' }, { type: 'Control', scope: '#' }, [{ type: 'Label', text: 't' }], { scope: '#', schema: {} }),
  fc.jsonValue({ maxDepth: 2 }),
);
const KEYS = ['type', 'scope', 'elements', 'label', 'rule', 'options', 'text', 'i18n', 'effect', 'condition', 'conditions', 'expectedValue', 'schema', 'failWhenUndefined', 'detail', 'properties', 'items', 'required', 'enum', 'pattern', 'format', 'minLength', 'x-extra', 'vi', 'en', 'unknown', 'target', 'source', 'claim', 'reason', 'move', 'remove'];

type Edit = { kind: 'set' | 'delete' | 'add'; at: number; key: string; value: unknown };
const edit = fc.record({ kind: fc.constantFrom<Edit['kind']>('set', 'set', 'delete', 'add'), at: fc.nat(), key: fc.constantFrom(...KEYS), value: plausible });

const applyEdit = (root: unknown, e: Edit): unknown => {
  const all = locations(root);
  const path = all[e.at % all.length];
  if (path.length === 0) return e.kind === 'set' ? e.value : root;
  let parent = root as Record<string, unknown>;
  for (const t of path.slice(0, -1)) parent = parent[t] as Record<string, unknown>;
  const last = path[path.length - 1];
  const target = parent[last];
  if (e.kind === 'set') parent[last] = e.value;
  else if (e.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[e.key] = e.value;
  else if (Array.isArray(target)) target.push(e.value);
  return root;
};

describe('checkMetaSchema: the fast matcher agrees with the interpreter', () => {
  it('on every catalog form and on a definition that uses every part of the format (all conform)', () => {
    expect(SEEDS.length).toBeGreaterThan(5);
    for (const seed of SEEDS) {
      expect(interpreterSays(seed)).toBe(true);
      expect(conformsToMetaSchema(seed)).toBe(true);
    }
  });

  it('on random edits of those definitions, valid and invalid alike', () => {
    let invalid = 0;
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), (seed, edits) => {
        let def: unknown = JSON.parse(JSON.stringify(SEEDS[seed]));
        for (const e of edits) def = applyEdit(def, e);
        const expected = interpreterSays(def);
        if (!expected) invalid++;
        expect(conformsToMetaSchema(def)).toBe(expected);
      }),
      { numRuns: 400, seed: 20261124 },
    );
    // Most edits break the definition; some leave it valid. Both sides must have been exercised.
    expect(invalid).toBeGreaterThan(130);
    expect(invalid).toBeLessThan(390);
  });

  it('accepts a layout nested 150 levels deep (the interpreter alone ran out of stack there and rejected it)', () => {
    let ui: unknown = { type: 'Control', scope: '#/properties/a' };
    for (let i = 0; i < 150; i++) ui = { type: 'Group', label: `g${i}`, elements: [ui] };
    const deep = { id: 'vn.test.deep', version: '1.0.0', title: { vi: 'Sâu' }, schema: { type: 'object', properties: { a: { type: 'string' } } }, ui };
    expect(conformsToMetaSchema(deep)).toBe(true);
  });

  it('leaves data JSON cannot hold, and undefined members, to the interpreter', () => {
    const withUndefined = { ...(JSON.parse(JSON.stringify(EVERYTHING)) as Record<string, unknown>), computed: [{ target: '/c', expr: undefined }] };
    expect(conformsToMetaSchema(withUndefined)).toBe(false);
    expect(interpreterSays(withUndefined)).toBe(false);
    const withFunction = { ...(JSON.parse(JSON.stringify(EVERYTHING)) as Record<string, unknown>), 'x-fn': () => 1 };
    expect(conformsToMetaSchema(withFunction)).toBe(false);
  });
});
