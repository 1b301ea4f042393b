// SPDX-License-Identifier: MIT
/**
 * Choice lists (`oneOf` of distinct constants) validate as `enum`s in every engine: which `oneOf`s are rewritten,
 * that the rewrite never changes a verdict (the JSON Schema Test Suite and random choice lists, through the libraries
 * themselves, without tokhai's adapters), and that errors, messages and precompiled code follow.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dereference, validate as cfValidate, type Schema } from '@cfworker/json-schema';
import type { JsonSchema } from '../models/json-schema.js';
import type { SchemaEngine } from '../models/engine.js';
import { choiceConstants, choicesAsEnum, rewriteChoicesAsEnum } from './choices-as-enum.js';
import { interpreterEngine } from './interpreter.js';
import { ajvEngine, createAjv, standaloneModule } from './ajv-engine.js';
import { precompiledEngine } from './precompiled.js';
import { loadPrecompiled } from './load-module.test.helper.js';
import { SUITE } from './suite-cases.test.helper.js';
import { schemaHash } from '../util/hash.js';
import { cloneJson } from '../util/json.js';
import { compileForm } from '../compile/compile-form.js';
import { definitionFromSchema } from '../compile/definition-from-schema.js';

type Draft = '2020-12' | 'draft-07';

const COUNTRIES = [
  { const: 'VN', title: 'country.VN' },
  { const: 'LA', title: 'country.LA', description: 'Lào' },
  { const: 'KH', title: 'country.KH', $comment: 'generated', examples: ['KH'], deprecated: false, readOnly: false, writeOnly: false },
];

/** What a library answers for one case: the verdict, or that it refused the schema or data. */
type Outcome = 'valid' | 'invalid' | 'throws';

const outcome = (run: () => boolean): Outcome => {
  try {
    return run() ? 'valid' : 'invalid';
  } catch {
    return 'throws';
  }
};

/** @cfworker/json-schema on its own (the interpreter's library), without tokhai's adapter. */
const cfworkerOutcome = (schema: unknown, draft: Draft, data: unknown): Outcome =>
  outcome(() => {
    const s = cloneJson(schema) as Schema | boolean;
    return cfValidate(data, s, draft === 'draft-07' ? '7' : '2020-12', dereference(s), false).valid;
  });

/** ajv on its own (tokhai's formats, no adapter), one instance per draft. */
const ajvs = { '2020-12': createAjv('2020-12'), 'draft-07': createAjv('draft-07') };
const ajvOutcome = (schema: unknown, draft: Draft, data: unknown): Outcome =>
  outcome(() => {
    const ajv = ajvs[draft];
    const s = cloneJson(schema) as object;
    try {
      return ajv.compile(s)(data);
    } finally {
      if (typeof s === 'object') ajv.removeSchema(s);
    }
  });

describe('which oneOf lists are rewritten', () => {
  it('rewrites a oneOf of constants with annotations into an enum of the constants, in order', () => {
    const copy = choicesAsEnum({ type: 'string', oneOf: COUNTRIES, title: 'Quốc tịch' });
    expect(copy).toEqual({ type: 'string', enum: ['VN', 'LA', 'KH'], title: 'Quốc tịch' });
  });

  it('rewrites nested occurrences in every subschema location, and nothing inside data keywords', () => {
    const choice = { oneOf: [{ const: 'a' }, { const: 'b' }] };
    const schema = {
      $defs: { c: choice },
      properties: { p: choice, q: { items: choice }, r: { prefixItems: [choice] } },
      patternProperties: { '^x': choice },
      dependentSchemas: { p: choice },
      allOf: [choice],
      anyOf: [{ not: choice }],
      if: choice,
      then: choice,
      else: { additionalProperties: choice, propertyNames: choice, contains: choice },
      const: choice,
      enum: [choice],
      default: choice,
      examples: [choice],
      'x-unknown': choice,
    };
    const copy = cloneJson(schema);
    const pointers = rewriteChoicesAsEnum(copy);
    expect(pointers.sort()).toEqual([
      '/$defs/c', '/allOf/0', '/anyOf/0/not', '/dependentSchemas/p', '/else/additionalProperties', '/else/contains',
      '/else/propertyNames', '/if', '/patternProperties/^x', '/properties/p', '/properties/q/items', '/properties/r/prefixItems/0', '/then',
    ]);
    const c = copy as Record<string, unknown>;
    expect(c.const).toEqual(choice);
    expect(c.enum).toEqual([choice]);
    expect(c.default).toEqual(choice);
    expect(c['x-unknown']).toEqual(choice);
  });

  it('rewrites draft-07 locations too (definitions, items arrays, dependencies)', () => {
    const choice = { oneOf: [{ const: 1 }, { const: 2 }] };
    const copy = cloneJson({ definitions: { c: choice }, items: [choice], additionalItems: choice, dependencies: { a: choice, b: ['a'] } });
    expect(rewriteChoicesAsEnum(copy).sort()).toEqual(['/additionalItems', '/definitions/c', '/dependencies/a', '/items/0']);
  });

  it('keeps a oneOf whose constants are not pairwise distinct (1 and 1.0, equal objects in any key order)', () => {
    expect(choiceConstants(JSON.parse('[{"const":1},{"const":1.0}]'))).toBeUndefined();
    expect(choiceConstants([{ const: { a: 1, b: [1, { c: null }] } }, { const: { b: [1, { c: null }], a: 1 } }])).toBeUndefined();
    expect(choiceConstants([{ const: 'x' }, { const: 'y' }, { const: 'x', title: 'again' }])).toBeUndefined();
    // Distinct: different types, different nesting, 0 and false.
    expect(choiceConstants([{ const: 1 }, { const: '1' }, { const: [1] }, { const: { a: 1 } }, { const: 0 }, { const: false }, { const: null }])).toHaveLength(7);
  });

  it('keeps a oneOf with a branch that is not a bare constant', () => {
    for (const extra of [{ type: 'string' }, { minimum: 0 }, { enum: ['VN'] }, { $ref: '#' }, { default: 'VN' }, { $id: 'x' }]) {
      const schema = { oneOf: [{ const: 'VN', ...extra }, { const: 'LA' }] };
      expect(choicesAsEnum(schema), JSON.stringify(extra)).toEqual(schema);
    }
    for (const oneOf of [[], [true, { const: 1 }], [{ const: 1 }, false], [{ title: 'no const' }, { const: 1 }], [null], 'not an array']) {
      const schema = { oneOf };
      expect(choicesAsEnum(schema), JSON.stringify(oneOf)).toEqual(schema);
    }
  });

  it('keeps a oneOf beside an enum of the same object, and one a $ref points into', () => {
    const withEnum = { enum: ['VN', 'LA', 'TH'], oneOf: COUNTRIES };
    expect(choicesAsEnum(withEnum)).toEqual(withEnum);
    const pointedInto = { $defs: { c: { oneOf: COUNTRIES } }, properties: { vn: { $ref: '#/$defs/c/oneOf/0' }, any: { $ref: '#/$defs/c' } } };
    expect(choicesAsEnum(pointedInto)).toEqual(pointedInto);
    const escaped = { $defs: { c: { oneOf: COUNTRIES } }, properties: { vn: { $ref: '#/%24defs/c/one%4Ff/1' } } };
    expect(choicesAsEnum(escaped)).toEqual(escaped);
    // A $ref to the list's object itself is fine: the object stays where it is.
    expect(choicesAsEnum({ $defs: { c: { oneOf: COUNTRIES } }, properties: { any: { $ref: '#/$defs/c' } } })).toEqual({
      $defs: { c: { enum: ['VN', 'LA', 'KH'] } }, properties: { any: { $ref: '#/$defs/c' } },
    });
  });

  it('never modifies the schema it is given (the definition hash stays the same)', () => {
    const schema = { type: 'object', properties: { n: { oneOf: COUNTRIES } }, $defs: { m: { oneOf: [{ const: 1 }] } } };
    const before = JSON.stringify(schema);
    const hash = schemaHash(schema);
    choicesAsEnum(schema);
    for (const engine of [interpreterEngine(), ajvEngine()]) engine.compile(schema as JsonSchema, { draft: '2020-12' })({ n: 'XX' });
    standaloneModule(schema as JsonSchema, '2020-12', hash);
    expect(JSON.stringify(schema)).toBe(before);
    expect(schemaHash(schema as JsonSchema)).toBe(hash);
  });
});

describe('the rewrite never changes a verdict', () => {
  /**
   * The suite's `enum` and `const` schemas with every `enum: [x, y]` written as `oneOf: [{const: x}, {const: y}]` and
   * every `const: x` as `oneOf: [{const: x}]`: its hard cases of equality (1 and 1.0, false and 0, [false] and [0],
   * nested objects, NUL characters, empty lists) as choice lists, and every other group unchanged.
   */
  const asChoiceLists = (schema: unknown): unknown => {
    if (Array.isArray(schema)) return schema.map(asChoiceLists);
    if (typeof schema !== 'object' || schema === null) return schema;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'enum' && Array.isArray(v) && !('oneOf' in schema)) out.oneOf = v.map((c: unknown) => ({ const: c, title: 'choice' }));
      else if (k === 'const' && !('oneOf' in schema) && !('enum' in schema)) out.oneOf = [{ const: v }];
      else if (['default', 'examples', 'enum', 'const'].includes(k)) out[k] = v;
      else out[k] = asChoiceLists(v);
    }
    return out;
  };

  it('the JSON Schema Test Suite, its enum and const cases written as choice lists, gives the same answers in ajv and @cfworker/json-schema with and without it', { timeout: 180_000 }, () => {
    let rewrittenGroups = 0;
    let compared = 0;
    const differ: string[] = [];
    for (const f of SUITE) {
      for (const g of f.groups) {
        const original = asChoiceLists(g.schema);
        const rewritten = choicesAsEnum(original);
        if (JSON.stringify(rewritten) === JSON.stringify(original)) continue;
        rewrittenGroups++;
        for (const t of g.tests) {
          compared++;
          for (const [name, run] of [['ajv', ajvOutcome], ['cfworker', cfworkerOutcome]] as const) {
            const [before, after] = [run(original, f.draft, t.data), run(rewritten, f.draft, t.data)];
            if (before !== after) differ.push(`${name} ${f.file} :: ${g.description} :: ${t.description}: ${before} → ${after}`);
          }
        }
      }
    }
    expect(differ).toEqual([]);
    expect(rewrittenGroups).toBeGreaterThan(50);
    expect(compared).toBeGreaterThan(200);
  });

  /** Constants that collide in JSON Schema's equality and ones that only look alike. */
  const constant = fc.constantFrom<unknown>(
    0, 1, 1.5, -1, '1', '', 'VN', 'vn', true, false, null, [], [1], [1, 2], [2, 1], {}, { a: 1 }, { a: 1, b: 2 }, { b: 2, a: 1 }, { a: [1] }, { a: '1' },
  );
  const branch = fc.record(
    { const: constant, title: fc.string({ maxLength: 3 }), description: fc.string({ maxLength: 3 }), type: fc.constantFrom('string', 'number', 'object') },
    { requiredKeys: ['const'] },
  );

  it('random choice lists (duplicates and other keywords included) validate the same in ajv and cfworker, with and without it', () => {
    fc.assert(
      fc.property(fc.array(branch, { minLength: 1, maxLength: 6 }), fc.array(constant, { minLength: 1, maxLength: 6 }), fc.constantFrom<Draft>('2020-12', 'draft-07'), (oneOf, values, draft) => {
        const schema = { type: 'object', properties: { v: { oneOf } } };
        const rewritten = choicesAsEnum(schema);
        for (const v of values) {
          const data = { v };
          expect(ajvOutcome(rewritten, draft, data)).toBe(ajvOutcome(schema, draft, data));
          expect(cfworkerOutcome(rewritten, draft, data)).toBe(cfworkerOutcome(schema, draft, data));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a oneOf with equal constants still fails for that value (it matches two branches)', () => {
    const schema = JSON.parse('{"properties":{"v":{"oneOf":[{"const":1},{"const":1.0},{"const":2}]},"o":{"oneOf":[{"const":{"a":1,"b":2}},{"const":{"b":2,"a":1}}]}}}') as JsonSchema;
    for (const engine of [interpreterEngine(), ajvEngine()]) {
      const validate = engine.compile(schema, { draft: '2020-12' });
      for (const data of [{ v: 1 }, { o: { a: 1, b: 2 } }, { v: 2, o: {} }]) {
        const keywords = validate(data).map((e) => e.keyword);
        expect(keywords, `${engine.name} ${JSON.stringify(data)}`).toContain('oneOf');
        expect(keywords, `${engine.name} ${JSON.stringify(data)}`).not.toContain('enum');
      }
      expect(validate({ v: 2 }), engine.name).toEqual([]);
    }
  });
});

describe('errors and messages of choice lists', () => {
  const SCHEMA: JsonSchema = {
    type: 'object',
    $defs: { nationality: { type: 'string', title: 'Quốc tịch', oneOf: COUNTRIES } },
    properties: {
      nationality: { $ref: '#/$defs/nationality', title: 'Quốc tịch' },
      sex: { type: 'string', oneOf: [{ const: 'male', title: 'Nam' }, { const: 'female', title: 'Nữ' }], title: 'Giới tính' },
      children: { type: 'array', items: { type: 'object', properties: { sex: { $ref: '#/properties/sex' } } } },
      mixed: { oneOf: [{ type: 'string' }, { const: 'a' }], title: 'Hỗn hợp' },
    },
    required: ['nationality', 'sex'],
  };

  const engines = async (): Promise<SchemaEngine[]> => [
    interpreterEngine(),
    ajvEngine(),
    ajvEngine({ ajv: {} }),
    precompiledEngine(await loadPrecompiled(standaloneModule(SCHEMA, '2020-12', schemaHash(SCHEMA)))),
  ];

  it('a value outside the list fails enum where the list is written, with the allowed values, in every engine', async () => {
    const data = { nationality: 'XX', sex: 'other', children: [{ sex: 'male' }, { sex: 'x' }], mixed: 'a' };
    const expected = [
      { instancePath: '/children/1/sex', schemaPath: '/properties/sex/enum', keyword: 'enum', params: { allowedValues: ['male', 'female'] } },
      { instancePath: '/mixed', schemaPath: '/properties/mixed/oneOf', keyword: 'oneOf', params: {} },
      { instancePath: '/nationality', schemaPath: '/$defs/nationality/enum', keyword: 'enum', params: { allowedValues: ['VN', 'LA', 'KH'] } },
      { instancePath: '/sex', schemaPath: '/properties/sex/enum', keyword: 'enum', params: { allowedValues: ['male', 'female'] } },
    ];
    for (const engine of await engines()) {
      const validate = engine.compile(SCHEMA, { draft: '2020-12' });
      expect(validate(data), engine.name).toEqual(expected);
      expect(validate({ nationality: 'KH', sex: 'female', children: [{ sex: 'male' }] }), engine.name).toEqual([]);
    }
  });

  it('places the errors of a recursive schema holding choice lists identically in every engine (the precompiled engine needs the rewritten copy)', async () => {
    // `person` refers to itself, so ajv compiles it as a function of its own whose errors are relative to it; the
    // root has a `required` at the same relative path. Placed in the schema as written, the person's `required`
    // would land on the root's (its subschema holds a choice list, so it no longer equals the module's) and the
    // `enum` errors would lose their allowed values.
    const sex: JsonSchema = { type: 'string', oneOf: [{ const: 'male', title: 'Nam' }, { const: 'female', title: 'Nữ' }] };
    const recursive: JsonSchema = {
      type: 'object',
      $defs: { person: { type: 'object', properties: { name: { type: 'string' }, sex, parent: { $ref: '#/$defs/person' } }, required: ['name'] } },
      properties: { name: { type: 'string' }, applicant: { $ref: '#/$defs/person' } },
      required: ['name'],
    };
    const data = { name: 'x', applicant: { sex: 'y', parent: { sex: 'female' } } };
    const expected = [
      { instancePath: '/applicant', schemaPath: '/$defs/person/required', keyword: 'required', params: { missingProperty: 'name' } },
      { instancePath: '/applicant/parent', schemaPath: '/$defs/person/required', keyword: 'required', params: { missingProperty: 'name' } },
      { instancePath: '/applicant/sex', schemaPath: '/$defs/person/properties/sex/enum', keyword: 'enum', params: { allowedValues: ['male', 'female'] } },
    ];
    const module = await loadPrecompiled(standaloneModule(recursive, '2020-12', schemaHash(recursive)));
    for (const engine of [interpreterEngine(), ajvEngine(), precompiledEngine(module)]) expect(engine.compile(recursive, { draft: '2020-12' })(data), engine.name).toEqual(expected);
  });

  it('the precompiled module of a choice list is the module of its enum', () => {
    const asOneOf: JsonSchema = { type: 'object', properties: { a: { oneOf: COUNTRIES }, b: { items: { oneOf: COUNTRIES } } } };
    const asEnum: JsonSchema = { type: 'object', properties: { a: { enum: ['VN', 'LA', 'KH'] }, b: { items: { enum: ['VN', 'LA', 'KH'] } } } };
    expect(standaloneModule(asOneOf, '2020-12', 'h')).toBe(standaloneModule(asEnum, '2020-12', 'h'));
    expect(standaloneModule(asOneOf, 'draft-07', 'h')).toBe(standaloneModule(asEnum, 'draft-07', 'h'));
  });

  it('a form says "choose from the list" for a wrong choice and "choose" for a missing one, with the field label', () => {
    const form = compileForm(definitionFromSchema(SCHEMA, { id: 'vn.test.choices', title: 'Biểu mẫu' }));
    const wrong = form.validate({ nationality: 'XX', sex: 'x' }, { locale: 'vi' }).errors;
    expect(wrong.map((e) => [e.pointer, e.keyword, e.messageKey, e.message])).toEqual([
      ['/nationality', 'enum', 'enum', 'Vui lòng chọn Quốc tịch trong danh sách'],
      ['/sex', 'enum', 'enum', 'Vui lòng chọn Giới tính trong danh sách'],
    ]);
    const missing = form.validate({}, { locale: 'en' }).errors;
    expect(missing.map((e) => [e.pointer, e.messageKey, e.message])).toEqual([
      ['/nationality', 'required.choice', 'Select Quốc tịch'],
      ['/sex', 'required.choice', 'Select Giới tính'],
    ]);
  });
});
