import { describe, expect, it } from 'vitest';
import { MESSAGES, formatMessage, hasMessages, loadMessages, registerMessages } from './index.js';
import { compileForm } from '../compile/compile-form.js';
import { definitionFromSchema } from '../compile/definition-from-schema.js';
import type { JsonSchema } from '../models/json-schema.js';
import { TOKHAI_FORMATS } from '../formats/index.js';

/** One schema and value per keyword, under a property titled "Trường" (so the label is known). */
const CASES: Array<[keyword: string, schema: JsonSchema, value: unknown, messageKey?: string]> = [
  ['required', { type: 'object', properties: { x: { type: 'string', title: 'Trường' } }, required: ['x'] }, {}],
  ['type', { type: 'integer' }, 'a'],
  ['enum', { enum: ['a', 'b'] }, 'c'],
  ['const', { const: 'a' }, 'b'],
  ['const', { const: true }, false, 'const.true'],
  ['minLength', { type: 'string', minLength: 3 }, 'a'],
  ['maxLength', { type: 'string', maxLength: 1 }, 'abc'],
  ['pattern', { type: 'string', pattern: '^[0-9]+$' }, 'a'],
  ['format', { type: 'string', format: 'date' }, '2024-02-30', 'format.date'],
  ['minimum', { type: 'number', minimum: 1 }, 0],
  ['maximum', { type: 'number', maximum: 1 }, 2],
  ['exclusiveMinimum', { type: 'number', exclusiveMinimum: 1 }, 1],
  ['exclusiveMaximum', { type: 'number', exclusiveMaximum: 1 }, 1],
  ['multipleOf', { type: 'number', multipleOf: 5 }, 7],
  ['minItems', { type: 'array', minItems: 2 }, [1]],
  ['maxItems', { type: 'array', maxItems: 1 }, [1, 2]],
  ['uniqueItems', { type: 'array', uniqueItems: true }, [1, 2, 1]],
  ['contains', { type: 'array', contains: { const: 1 } }, [2]],
  ['additionalProperties', { type: 'object', additionalProperties: false }, { y: 1 }],
  ['minProperties', { type: 'object', minProperties: 1 }, {}],
  ['maxProperties', { type: 'object', maxProperties: 0 }, { a: 1 }],
  ['propertyNames', { type: 'object', propertyNames: { maxLength: 1 } }, { ab: 1 }],
  // A value matching two branches: a `oneOf` of constants alone validates as an `enum` (engines/choices-as-enum.ts).
  ['oneOf', { oneOf: [{ type: 'string' }, { const: 'a' }] }, 'a'],
  ['enum', { oneOf: [{ const: 'a', title: 'A' }, { const: 'b', title: 'B' }] }, 'c'],
  ['anyOf', { anyOf: [{ type: 'string' }, { type: 'number' }] }, null],
  ['not', { not: { const: 'a' } }, 'a'],
  ['false schema', false, 1],
];

const wrap = (sub: JsonSchema): JsonSchema => ({ type: 'object', properties: { f: sub === false ? false : { ...(sub as object), title: 'Trường' } } });

describe('messages for every standard keyword', () => {
  for (const [keyword, sub, value, key] of CASES) {
    it(`${keyword}${key ? ` (${key})` : ''} has a Vietnamese and an English message with the label`, () => {
      const topLevel = keyword === 'required';
      const form = compileForm(definitionFromSchema(topLevel ? sub : wrap(sub), { id: 'vn.test.messages', title: 'Biểu mẫu' }));
      const data = topLevel ? value : { f: value };
      for (const locale of ['vi', 'en'] as const) {
        const errors = form.validate(data, { locale }).errors.filter((e) => e.keyword === keyword);
        expect(errors.length, `${keyword} ${locale}`).toBeGreaterThan(0);
        const e = errors[0];
        expect(e.messageKey).toBe(key ?? keyword);
        expect(e.message).toContain(keyword === 'false schema' ? 'f' : 'Trường');
        expect(e.message).not.toMatch(/undefined|NaN|\[object|\$\{/);
      }
    });
  }

  it('covers dependentRequired and if', () => {
    const form = compileForm(definitionFromSchema({
      type: 'object',
      properties: { a: { type: 'string', title: 'Số hộ chiếu' }, b: { type: 'string', title: 'Ngày cấp' }, n: { type: 'number', title: 'Số' } },
      dependentRequired: { a: ['b'] },
      if: { properties: { n: { const: 1 } }, required: ['n'] },
      then: false,
    }));
    const errors = form.validate({ a: 'x', n: 1 }).errors;
    expect(errors.find((e) => e.keyword === 'dependentRequired')).toMatchObject({ pointer: '/b', message: 'Vui lòng nhập Ngày cấp (bắt buộc khi đã nhập Số hộ chiếu)' });
    expect(errors.find((e) => e.keyword === 'false schema')).toBeDefined();
    expect(formatMessage('if', 'en', { label: 'Số', params: {} })).toBe("Số does not meet the form's conditions");
  });
});

describe('message tables', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.vi).sort());
  });
  it('have a message for every format of the engine table that forms use', () => {
    for (const f of TOKHAI_FORMATS) expect(Object.hasOwn(MESSAGES.vi, `format.${f.name}`)).toBe(true);
    for (const n of ['date', 'time', 'date-time', 'email', 'uri', 'url', 'uuid']) expect(Object.hasOwn(MESSAGES.vi, `format.${n}`)).toBe(true);
  });
  it('write Vietnamese in NFC with full diacritics', () => {
    for (const [key, fn] of Object.entries(MESSAGES.vi)) {
      const text = fn({ label: 'Họ và tên', params: { limit: 2, type: 'string', j: 0, i: 1, allowedValue: 'x', multipleOf: 5 } });
      expect(text, key).toBe(text.normalize('NFC'));
    }
    expect(MESSAGES.vi.required({ label: 'Họ, chữ đệm và tên', params: {} })).toBe('Vui lòng nhập Họ, chữ đệm và tên');
  });
  it('fall back to the generic keyword message for unknown keys, never throwing', () => {
    expect(formatMessage('format.unknown-format', 'vi', { label: 'X', params: {} })).toBe('X không đúng định dạng');
    expect(formatMessage('nonsense', 'en', { label: 'X', params: {} })).toBe('X is not valid');
  });
});

describe('message tables registered at run time', () => {
  it('answers in a registered table, and loadMessages leaves the shipped ones in place', async () => {
    const ctx = { label: 'Field', params: {} };
    await loadMessages('en');
    expect(hasMessages('en')).toBe(true);
    expect(formatMessage('required', 'en', ctx)).toBe(MESSAGES.en.required(ctx));
    registerMessages('en', { ...MESSAGES.en, required: () => 'Please answer this' });
    try {
      expect(formatMessage('required', 'en', ctx)).toBe('Please answer this');
    } finally {
      registerMessages('en', MESSAGES.en);
    }
    expect(formatMessage('required', 'en', ctx)).toBe(MESSAGES.en.required(ctx));
  });
});
