// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileForm } from '../compile/compile-form.js';
import { definitionFromSchema } from '../compile/definition-from-schema.js';
import type { FormDefinition } from '../models/definition.js';
import type { RawError } from '../models/engine.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { LocatedError } from '../models/errors.js';
import { ajvEngine } from '../engines/ajv-engine.js';
import { precompiledEngine } from '../engines/precompiled.js';
import { precompileForm } from '../ajv.js';
import { loadPrecompiled } from '../engines/load-module.test.helper.js';
import { MAX_ADDED, MAX_EXPANDED, missingGroupExpander } from './expand-missing-groups.js';

const text = { type: 'string', minLength: 1 } as const;

const schema: JsonSchemaObject = {
  type: 'object',
  $defs: {
    address: {
      type: 'object',
      properties: { street: text, communeCode: { type: 'string', format: 'vn-commune-code' }, provinceCode: { type: 'string', format: 'vn-province-code' } },
      required: ['street', 'communeCode', 'provinceCode'],
    },
    person: {
      type: 'object',
      properties: {
        fullName: text,
        sex: { enum: ['male', 'female'] },
        dateOfBirth: { type: 'string', format: 'date' },
        contact: { type: 'object', properties: { phone: text, email: { type: 'string', format: 'email' } }, required: ['phone'] },
        residence: { $ref: '#/$defs/address' },
        documents: { type: 'array', minItems: 1, items: { type: 'object', properties: { name: text }, required: ['name'] } },
        relationship: text,
      },
      required: ['fullName', 'sex', 'dateOfBirth', 'contact', 'residence', 'documents', 'relationship'],
    },
  },
  properties: {
    kind: { enum: ['self', 'other'] },
    submitter: { $ref: '#/$defs/person' },
    extra: { type: 'object', properties: { note: { type: 'string' } } },
    hasWitness: { type: 'boolean' },
    witness: { type: 'object', properties: { fullName: text, pid: { type: 'string', format: 'vn-pid' } }, required: ['fullName', 'pid'] },
    consent: { const: true },
  },
  required: ['submitter', 'extra', 'witness', 'consent'],
};

const definition: FormDefinition = {
  id: 'vn.test.missing-groups',
  version: '1.0.0',
  title: { vi: 'Tờ khai thử', en: 'Test form' },
  schema,
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/kind' },
      {
        type: 'Group',
        label: 'submitter.section',
        elements: [
          { type: 'Control', scope: '#/properties/submitter/properties/fullName' },
          { type: 'Control', scope: '#/properties/submitter/properties/sex' },
          { type: 'Control', scope: '#/properties/submitter/properties/dateOfBirth' },
          { type: 'Control', scope: '#/properties/submitter/properties/contact/properties/phone' },
          { type: 'Control', scope: '#/properties/submitter/properties/contact/properties/email' },
          { type: 'Control', scope: '#/properties/submitter/properties/residence', options: { format: 'admin-unit' } },
          { type: 'Control', scope: '#/properties/submitter/properties/documents' },
          {
            type: 'Control',
            scope: '#/properties/submitter/properties/relationship',
            rule: { effect: 'SHOW', condition: { scope: '#/properties/kind', schema: { const: 'other' } } },
          },
        ],
      },
      { type: 'Control', scope: '#/properties/extra/properties/note' },
      { type: 'Control', scope: '#/properties/hasWitness' },
      {
        type: 'Group',
        label: 'witness.section',
        rule: { effect: 'SHOW', condition: { scope: '#/properties/hasWitness', schema: { const: true } } },
        elements: [
          { type: 'Control', scope: '#/properties/witness/properties/fullName' },
          { type: 'Control', scope: '#/properties/witness/properties/pid' },
        ],
      },
      { type: 'Control', scope: '#/properties/consent', label: 'consent.label' },
    ],
  },
  i18n: {
    vi: {
      'submitter.section': 'Người nộp',
      'witness.section': 'Người làm chứng',
      'submitter.fullName.label': 'Họ, chữ đệm và tên',
      'submitter.sex.label': 'Giới tính',
      'submitter.dateOfBirth.label': 'Ngày sinh',
      'submitter.contact.phone.label': 'Số điện thoại',
      'submitter.residence.label': 'Nơi cư trú',
      'submitter.documents.label': 'Giấy tờ kèm theo',
      'submitter.relationship.label': 'Quan hệ',
      'witness.fullName.label': 'Họ tên người làm chứng',
      'witness.pid.label': 'Số định danh người làm chứng',
      'consent.label': 'Tôi cam đoan',
    },
    en: {
      'submitter.section': 'Submitter',
      'witness.section': 'Witness',
      'submitter.fullName.label': 'Full name',
      'submitter.sex.label': 'Sex',
      'submitter.dateOfBirth.label': 'Date of birth',
      'submitter.contact.phone.label': 'Phone number',
      'submitter.residence.label': 'Place of residence',
      'submitter.documents.label': 'Attached documents',
      'submitter.relationship.label': 'Relationship',
      'witness.fullName.label': "Witness's full name",
      'witness.pid.label': "Witness's personal identification number",
      'consent.label': 'I declare',
    },
  },
};

const form = compileForm(definition);
const pointers = (errors: readonly LocatedError[]) => errors.map((e) => e.pointer);

describe('a missing group lists its required fields', () => {
  it('replaces the error of a missing object with one required error per required field, in layout order', () => {
    expect(pointers(form.validate({}).errors)).toEqual([
      '/submitter/fullName',
      '/submitter/sex',
      '/submitter/dateOfBirth',
      '/submitter/contact/phone',
      '/submitter/residence',
      '/submitter/documents',
      '/consent',
      '/extra',
    ]);
  });

  it('gives each listed field the error an engine reports for the present, empty object (keyword, schema path, parameters)', () => {
    const [fullName, , , phone] = form.validate({}).errors;
    expect(fullName).toEqual({
      pointer: '/submitter/fullName',
      keyword: 'required',
      schemaPath: '/$defs/person/required',
      params: { missingProperty: 'fullName' },
      messageKey: 'required',
      message: 'Vui lòng nhập Họ, chữ đệm và tên',
    });
    // Two levels: submitter, then its required contact, both absent.
    expect(phone).toMatchObject({ pointer: '/submitter/contact/phone', keyword: 'required', schemaPath: '/$defs/person/properties/contact/required', params: { missingProperty: 'phone' } });
  });

  it("words each field's message with its own label, in Vietnamese and in English", () => {
    expect(form.validate({}).errors.slice(0, 4).map((e) => e.message)).toEqual([
      'Vui lòng nhập Họ, chữ đệm và tên',
      'Vui lòng chọn Giới tính',
      'Vui lòng nhập Ngày sinh',
      'Vui lòng nhập Số điện thoại',
    ]);
    expect(form.validate({}, { locale: 'en' }).errors.slice(0, 4).map((e) => e.message)).toEqual(['Enter Full name', 'Select Sex', 'Enter Date of birth', 'Enter Phone number']);
  });

  it('gives the same errors for an absent object as for the object present and empty', () => {
    for (const locale of ['vi', 'en'] as const) expect(form.validate({}, { locale })).toEqual(form.validate({ submitter: {} }, { locale }));
    expect(form.validate({ kind: 'other', hasWitness: true })).toEqual(form.validate({ kind: 'other', hasWitness: true, submitter: { contact: {} }, witness: {} }));
  });

  it('keeps one error for a required object without required properties of its own', () => {
    expect(form.validate({}).errors.find((e) => e.pointer === '/extra')).toMatchObject({ keyword: 'required', schemaPath: '/required', params: { missingProperty: 'extra' } });
  });

  it('does not invent array items: a missing required array stays one error', () => {
    const errors = form.validate({}).errors.filter((e) => e.pointer.startsWith('/submitter/documents'));
    expect(errors).toEqual([expect.objectContaining({ pointer: '/submitter/documents', keyword: 'required', params: { missingProperty: 'documents' } })]);
  });

  it('keeps one error for an object one Control answers by itself (an address in the admin-unit widget), worded with its label', () => {
    const residence = form.validate({}).errors.filter((e) => e.pointer.startsWith('/submitter/residence'));
    expect(residence).toEqual([expect.objectContaining({ pointer: '/submitter/residence', schemaPath: '/$defs/person/required', message: 'Vui lòng nhập Nơi cư trú' })]);
  });

  it('lists the parts of an address whose parts the layout shows as Controls of their own', () => {
    const parts = compileForm({
      ...definition,
      ui: {
        type: 'VerticalLayout',
        elements: ['street', 'provinceCode', 'communeCode'].map((p) => ({ type: 'Control', scope: `#/properties/submitter/properties/residence/properties/${p}` })),
      },
    });
    const errors = parts.validate({}, { includeHidden: true }).errors.filter((e) => e.pointer.startsWith('/submitter/residence'));
    expect(errors.map((e) => [e.pointer, e.schemaPath])).toEqual([
      ['/submitter/residence/street', '/$defs/address/required'],
      ['/submitter/residence/provinceCode', '/$defs/address/required'],
      ['/submitter/residence/communeCode', '/$defs/address/required'],
    ]);
  });

  it('expands before dropping hidden errors: a hidden field is not listed, a hidden group hides every field it stands for', () => {
    // `relationship` shows only for kind "other"; the witness group only when hasWitness.
    expect(pointers(form.validate({}).errors)).not.toContain('/submitter/relationship');
    expect(pointers(form.validate({}).errors).filter((p) => p.startsWith('/witness'))).toEqual([]);
    expect(pointers(form.validate({ kind: 'other' }).errors)).toContain('/submitter/relationship');
    expect(pointers(form.validate({ hasWitness: true }).errors).filter((p) => p.startsWith('/witness'))).toEqual(['/witness/fullName', '/witness/pid']);
    expect(pointers(form.validate({}, { includeHidden: true }).errors)).toEqual(expect.arrayContaining(['/submitter/relationship', '/witness/fullName', '/witness/pid']));
    // The same with the caller's evaluation.
    const data = {};
    expect(form.validate(data, { evaluation: form.evaluate(data) })).toEqual(form.validate(data));
  });

  it("keeps one error for a group whose required message the author wrote, and uses the author's message", () => {
    const worded = compileForm({ ...definition, messages: { '/witness': { required: { vi: 'Vui lòng khai người làm chứng', en: 'Tell us about the witness' } } } });
    const witness = worded.validate({ hasWitness: true }).errors.filter((e) => e.pointer.startsWith('/witness'));
    expect(witness).toEqual([expect.objectContaining({ pointer: '/witness', message: 'Vui lòng khai người làm chứng' })]);
  });

  it('gives the same errors with every engine: interpreter, ajv and a precompiled module', async () => {
    const withAjv = compileForm(definition, { engine: ajvEngine() });
    const pre = compileForm(definition, { engine: precompiledEngine(await loadPrecompiled(precompileForm(definition))) });
    for (const data of [{}, { kind: 'other', hasWitness: true }, { submitter: { fullName: 'An' } }, { submitter: { contact: {} }, witness: {} }]) {
      for (const options of [{}, { includeHidden: true }, { locale: 'en' as const }]) {
        const expected = form.validate(data, options);
        expect(withAjv.validate(data, options)).toEqual(expected);
        expect(pre.validate(data, options)).toEqual(expected);
      }
    }
  });
});

describe('what a missing object is expanded through', () => {
  // No Controls: no object is answered by one Control, so only the schema decides.
  const located = (s: JsonSchemaObject, data: unknown = {}) =>
    compileForm({ ...definitionFromSchema(s, { id: 'vn.test.expand' }), ui: { type: 'VerticalLayout', elements: [] } })
      .validate(data, { includeHidden: true })
      .errors.map((e) => [e.pointer, e.schemaPath]);

  it('follows a $ref together with the 2020-12 keywords beside it', () => {
    const s: JsonSchemaObject = {
      $defs: { base: { type: 'object', properties: { a: text, b: text }, required: ['a'] } },
      type: 'object',
      properties: { x: { $ref: '#/$defs/base', required: ['b'] } },
      required: ['x'],
    };
    expect(located(s)).toEqual([['/x/b', '/properties/x/required'], ['/x/a', '/$defs/base/required']]);
  });

  it('ignores the keywords beside a draft-07 $ref, as the engines do', () => {
    const s: JsonSchemaObject = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      definitions: { base: { type: 'object', properties: { a: text, b: text }, required: ['a'] } },
      type: 'object',
      properties: { x: { $ref: '#/definitions/base', required: ['b'] } },
      required: ['x'],
    };
    expect(located(s)).toEqual([['/x/a', '/definitions/base/required']]);
  });

  it('finds the declaration of a property a then branch requires in the object schema around it', () => {
    const s: JsonSchemaObject = {
      type: 'object',
      properties: {
        applicant: {
          type: 'object',
          properties: { hasTemp: { type: 'boolean' }, temp: { type: 'object', properties: { a: text, b: text }, required: ['a', 'b'] } },
          if: { properties: { hasTemp: { const: true } }, required: ['hasTemp'] },
          then: { required: ['temp'] },
        },
      },
    };
    expect(located(s, { applicant: { hasTemp: true } })).toEqual([
      ['/applicant/temp/a', '/properties/applicant/properties/temp/required'],
      ['/applicant/temp/b', '/properties/applicant/properties/temp/required'],
    ]);
  });

  it('keeps the parent error where requirements come only through allOf, if/then or a type other than object', () => {
    const s: JsonSchemaObject = {
      type: 'object',
      properties: {
        viaAllOf: { type: 'object', properties: { a: text }, allOf: [{ required: ['a'] }] },
        viaIf: { type: 'object', properties: { a: text }, if: true, then: { required: ['a'] } },
        nullable: { type: ['object', 'null'], properties: { a: text }, required: ['a'] },
      },
      required: ['viaAllOf', 'viaIf', 'nullable'],
    };
    expect(located(s).map(([p]) => p).sort()).toEqual(['/nullable', '/viaAllOf', '/viaIf']);
  });

  it('lists the plain required fields of an object that also has conditional ones, not evaluating the condition', () => {
    const s: JsonSchemaObject = {
      type: 'object',
      properties: { o: { type: 'object', properties: { a: text, b: text }, required: ['a'], if: true, then: { required: ['b'] } } },
      required: ['o'],
    };
    expect(located(s)).toEqual([['/o/a', '/properties/o/required']]);
    // Once the object exists the engine decides the branch, as before.
    expect(located(s, { o: {} }).map(([p]) => p)).toEqual(['/o/a', '/o/b']);
  });

  it('stops a recursive schema where it repeats', () => {
    const s: JsonSchemaObject = {
      $defs: { node: { type: 'object', properties: { value: text, next: { $ref: '#/$defs/node' } }, required: ['value', 'next'] } },
      type: 'object',
      properties: { list: { $ref: '#/$defs/node' } },
      required: ['list'],
    };
    expect(located(s)).toEqual([['/list/value', '/$defs/node/required'], ['/list/next', '/$defs/node/required']]);
  });

  it(`keeps the parent error when the expansion would pass ${MAX_EXPANDED} errors`, () => {
    // Twelve levels of two required objects: 4,096 fields.
    const $defs: Record<string, JsonSchemaObject> = { l12: { type: 'object', properties: { v: text }, required: ['v'] } };
    for (let i = 11; i >= 0; i--) $defs[`l${i}`] = { type: 'object', properties: { a: { $ref: `#/$defs/l${i + 1}` }, b: { $ref: `#/$defs/l${i + 1}` } }, required: ['a', 'b'] };
    const root: JsonSchemaObject = { $defs, type: 'object', properties: { top: { $ref: '#/$defs/l0' }, small: { $ref: '#/$defs/l10' } }, required: ['top', 'small'] };
    const expand = missingGroupExpander(root);
    const errors: RawError[] = [
      { instancePath: '', schemaPath: '/required', keyword: 'required', params: { missingProperty: 'top' } },
      { instancePath: '', schemaPath: '/required', keyword: 'required', params: { missingProperty: 'small' } },
    ];
    const out = expand(errors);
    expect(out[0]).toBe(errors[0]);
    expect(out.slice(1)).toHaveLength(4);
    expect(out[1]).toEqual({ instancePath: '/small/a/a', schemaPath: '/$defs/l12/required', keyword: 'required', params: { missingProperty: 'v' } });
  });

  it(`adds at most ${MAX_ADDED} errors per validation, whatever the data (an untrusted array of items lacking a group each)`, () => {
    const s: JsonSchemaObject = {
      type: 'object',
      properties: { items: { type: 'array', items: { type: 'object', properties: { g: { type: 'object', properties: { a: text, b: text, c: text }, required: ['a', 'b', 'c'] } }, required: ['g'] } } },
    };
    const f = compileForm({ ...definitionFromSchema(s, { id: 'vn.test.many' }), ui: { type: 'VerticalLayout', elements: [] } });
    const n = 20_000;
    const errors = f.validate({ items: Array.from({ length: n }, () => ({})) }, { includeHidden: true }).errors;
    // Each expanded item adds two errors (three instead of one) until the budget is spent; the rest keep one.
    expect(errors).toHaveLength(n + MAX_ADDED);
    expect(errors[0]).toMatchObject({ pointer: '/items/0/g/a', schemaPath: '/properties/items/items/properties/g/required' });
    expect(errors.filter((e) => e.pointer.endsWith('/g/a'))).toHaveLength(MAX_ADDED / 2);
    expect(errors.filter((e) => e.pointer.endsWith('/g') && e.schemaPath === '/properties/items/items/required')).toHaveLength(n - MAX_ADDED / 2);
  });

  it('leaves other errors, and lists without a missing group, as they are', () => {
    const expand = missingGroupExpander(schema);
    const errors: RawError[] = [
      { instancePath: '/submitter', schemaPath: '/$defs/person/properties/fullName/minLength', keyword: 'minLength', params: { limit: 1 } },
      { instancePath: '', schemaPath: '/required', keyword: 'required', params: { missingProperty: 'extra' } },
      { instancePath: '', schemaPath: '/required', keyword: 'dependentRequired', params: { missingProperty: 'witness' } },
    ];
    expect(expand(errors)).toBe(errors);
  });

  it('keeps an object whole when the caller says so, at any depth', () => {
    const expand = missingGroupExpander(schema, (pointer) => pointer === '/submitter/contact');
    const out = expand([{ instancePath: '', schemaPath: '/required', keyword: 'required', params: { missingProperty: 'submitter' } }]);
    expect(out.map((e) => `${e.instancePath} ${String(e.params.missingProperty)}`)).toContain('/submitter contact');
    expect(missingGroupExpander(schema, () => true)([{ instancePath: '', schemaPath: '/required', keyword: 'required', params: { missingProperty: 'submitter' } }])).toHaveLength(1);
  });
});

describe('an absent object and the object present and empty give the same errors (random plain schemas)', () => {
  /** A random object schema: up to four properties, each text or a nested object, some required. */
  const objectSchema = fc.letrec<{ node: JsonSchemaObject }>((tie) => ({
    node: fc
      .array(fc.tuple(fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant<JsonSchemaObject>(text), tie('node')), fc.boolean()), { minLength: 1, maxLength: 4 })
      .map((props) => ({
        type: 'object',
        properties: Object.fromEntries(props.map(([s], i) => [`p${i}`, s])),
        required: props.flatMap(([, req], i) => (req ? [`p${i}`] : [])),
      })),
  })).node;

  /**
   * The data with every required object that has required properties present and empty, recursively (a required
   * object without any stays absent: its own error is kept, and present and empty it would be valid).
   */
  const filled = (s: JsonSchemaObject): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const name of s.required ?? []) {
      const child = s.properties?.[name] as JsonSchemaObject;
      if (child.type === 'object' && child.required?.length) out[name] = filled(child);
    }
    return out;
  };

  const sorted = (errors: readonly LocatedError[]) => errors.map((e) => JSON.stringify([e.pointer, e.schemaPath, e.params, e.message])).sort();

  it('holds for every engine-independent validation of a generated form', () => {
    fc.assert(
      fc.property(objectSchema, (s) => {
        const f = compileForm(definitionFromSchema(s, { id: 'vn.test.random' }));
        expect(sorted(f.validate({}, { includeHidden: true }).errors)).toEqual(sorted(f.validate(filled(s), { includeHidden: true }).errors));
      }),
      { numRuns: 200 },
    );
  });
});
