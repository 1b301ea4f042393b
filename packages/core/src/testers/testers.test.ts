// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import type { ControlElement, UISchemaElement } from '../models/uischema.js';
import {
  NOT_APPLICABLE,
  and,
  choiceValues,
  formatIs,
  isAdminUnitControl,
  isArrayOfEnumsControl,
  isArrayOfObjectsControl,
  isBooleanControl,
  isDateControl,
  isEnumControl,
  isFileControl,
  isIdNumberControl,
  isMultiLineControl,
  isObjectControl,
  isOneOfEnumControl,
  isPartialDateControl,
  isPhoneControl,
  isSmallChoiceControl,
  isStringControl,
  maxRank,
  not,
  optionIs,
  or,
  rankWith,
  schemaMatches,
  schemaTypeIs,
  uiTypeIs,
  withIncreasedRank,
  type Tester,
} from './testers.js';
import { resolveScope, schemaTypes } from './resolve-scope.js';

/** Freezes a schema deeply, as `compileForm` does with a compiled form's schema. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const control = (scope: string, options?: Record<string, unknown>): ControlElement =>
  options === undefined ? { type: 'Control', scope } : { type: 'Control', scope, options };

/** Runs a tester on a one-property root schema `{ properties: { x: prop } }`. */
const onProp = (tester: Tester, prop: JsonSchema, options?: Record<string, unknown>, root?: JsonSchemaObject) => {
  const schema: JsonSchemaObject = root ?? { type: 'object', properties: { x: prop } };
  return tester(control('#/properties/x', options), schema, { rootSchema: schema });
};

const yes: Tester = () => true;
const no: Tester = () => false;
const group: UISchemaElement = { type: 'Group', elements: [] };

describe('combinators', () => {
  it('and holds only when every tester holds, or holds when any does, not inverts', () => {
    const schema = {};
    const ctx = { rootSchema: schema };
    expect(and(yes, yes)(group, schema, ctx)).toBe(true);
    expect(and(yes, no)(group, schema, ctx)).toBe(false);
    expect(or(no, yes)(group, schema, ctx)).toBe(true);
    expect(or(no, no)(group, schema, ctx)).toBe(false);
    expect(not(no)(group, schema, ctx)).toBe(true);
  });

  it('rankWith gives the rank or NOT_APPLICABLE, withIncreasedRank keeps NOT_APPLICABLE', () => {
    const schema = {};
    const ctx = { rootSchema: schema };
    expect(rankWith(3, yes)(group, schema, ctx)).toBe(3);
    expect(rankWith(3, no)(group, schema, ctx)).toBe(NOT_APPLICABLE);
    expect(withIncreasedRank(2, rankWith(3, yes))(group, schema, ctx)).toBe(5);
    expect(withIncreasedRank(2, rankWith(3, no))(group, schema, ctx)).toBe(NOT_APPLICABLE);
    expect(maxRank(rankWith(1, yes), rankWith(7, yes), rankWith(9, no))(group, schema, ctx)).toBe(7);
  });

  it('uiTypeIs and optionIs read the UI schema element only', () => {
    const schema = {};
    const ctx = { rootSchema: schema };
    expect(uiTypeIs('Group')(group, schema, ctx)).toBe(true);
    expect(optionIs('multi', true)(control('#', { multi: true }), schema, ctx)).toBe(true);
    expect(optionIs('multi', true)(control('#', { multi: 'true' }), schema, ctx)).toBe(false);
    expect(optionIs('multi', true)(control('#'), schema, ctx)).toBe(false);
  });

  it('schemaMatches does not hold for non-controls or unresolvable scopes', () => {
    const schema: JsonSchemaObject = { type: 'object', properties: { a: { type: 'string' } } };
    const ctx = { rootSchema: schema };
    const anything = schemaMatches(() => true);
    expect(anything(group, schema, ctx)).toBe(false);
    expect(anything(control('#/properties/missing'), schema, ctx)).toBe(false);
    expect(anything(control('#/properties/a'), schema, ctx)).toBe(true);
  });
});

describe('resolveScope', () => {
  const root: JsonSchemaObject = {
    type: 'object',
    $defs: { address: { type: 'object', properties: { 'commune/code': { type: 'string', title: 'slash' } } } },
    properties: { home: { $ref: '#/$defs/address' }, loop: { $ref: '#/properties/loop' } },
  };

  it('follows local $refs and decodes ~1 in segments', () => {
    expect(resolveScope(root, '#/properties/home/properties/commune~1code')?.title).toBe('slash');
  });

  it('returns undefined for $ref cycles and remote refs instead of looping or throwing', () => {
    expect(resolveScope(root, '#/properties/loop')).toBeUndefined();
    expect(resolveScope({ properties: { r: { $ref: 'https://example.invalid/s.json' } } }, '#/properties/r')).toBeUndefined();
  });

  it('remembers answers for frozen schemas, and re-resolves a schema that is still being changed', () => {
    const frozen = deepFreeze<JsonSchemaObject>({ type: 'object', properties: { a: { type: 'string' } } });
    const first = resolveScope(frozen, '#/properties/a');
    expect(first).toEqual({ type: 'string' });
    expect(resolveScope(frozen, '#/properties/a')).toBe(first);
    expect(resolveScope(frozen, '#/properties/missing')).toBeUndefined();
    expect(resolveScope(frozen, '#/properties/missing')).toBeUndefined();

    const open: JsonSchemaObject = { type: 'object', properties: { a: { type: 'string' } } };
    expect(resolveScope(open, '#/properties/a')?.type).toBe('string');
    open.properties!.a = { type: 'integer' };
    expect(resolveScope(open, '#/properties/a')?.type).toBe('integer');
    expect(resolveScope(open, '#/properties/b')).toBeUndefined();
    open.properties!.b = { type: 'boolean' };
    expect(resolveScope(open, '#/properties/b')?.type).toBe('boolean');
  });

  it('decodes percent escapes in scopes the same way with and without the memo', () => {
    const schema = deepFreeze<JsonSchemaObject>({ type: 'object', properties: { 'họ tên': { type: 'string', title: 'x' } } });
    expect(resolveScope(schema, '#/properties/h%E1%BB%8D%20t%C3%AAn')?.title).toBe('x');
    expect(resolveScope(schema, '#/properties/h%E1%BB%8D%20t%C3%AAn')?.title).toBe('x');
    expect(resolveScope(schema, '#/properties/%E0%A4%A')).toBeUndefined();
  });

  it('resolves # to the schema itself (array item details use it)', () => {
    expect(resolveScope({ type: 'string' }, '#')).toEqual({ type: 'string' });
  });

  it('derives types from keywords when type is absent', () => {
    expect(schemaTypes({ properties: {} })).toEqual(['object']);
    expect(schemaTypes({ items: {} })).toEqual(['array']);
    expect(schemaTypes({ enum: ['a', 'b'] })).toEqual(['string']);
    expect(schemaTypes({ format: 'date' })).toEqual(['string']);
    expect(schemaTypes({ type: ['string', 'null'] })).toEqual(['string', 'null']);
  });
});

describe('named predicates', () => {
  it('isStringControl holds for strings and nullable strings', () => {
    expect(onProp(isStringControl, { type: 'string' })).toBe(true);
    expect(onProp(isStringControl, { type: ['string', 'null'] })).toBe(true);
    expect(onProp(isStringControl, { type: 'number' })).toBe(false);
  });

  it('isDateControl holds for format date, vn-partial-date and options.format date', () => {
    expect(onProp(isDateControl, { type: 'string', format: 'date' })).toBe(true);
    expect(onProp(isDateControl, { type: 'string', format: 'vn-partial-date' })).toBe(true);
    expect(onProp(isDateControl, { type: 'string' }, { format: 'date' })).toBe(true);
    expect(onProp(isDateControl, { type: 'string', format: 'date-time' })).toBe(false);
    expect(onProp(isPartialDateControl, { type: 'string', format: 'date' })).toBe(false);
    expect(onProp(isPartialDateControl, { type: 'string', format: 'vn-partial-date' })).toBe(true);
  });

  it('isEnumControl and isOneOfEnumControl tell plain enums from titled oneOf consts', () => {
    expect(onProp(isEnumControl, { type: 'string', enum: ['male', 'female'] })).toBe(true);
    const titled: JsonSchemaObject = { type: 'string', oneOf: [{ const: 'male', title: 'Nam' }, { const: 'female', title: 'Nữ' }] };
    expect(onProp(isOneOfEnumControl, titled)).toBe(true);
    expect(onProp(isEnumControl, titled)).toBe(false);
    expect(onProp(isOneOfEnumControl, { oneOf: [{ const: 'a' }, { type: 'string' }] })).toBe(false);
  });

  it('isOneOfEnumControl follows $refs in oneOf branches', () => {
    const root: JsonSchemaObject = {
      type: 'object',
      $defs: { a: { const: 'a', title: 'A' } },
      properties: { x: { oneOf: [{ $ref: '#/$defs/a' }, { const: 'b' }] } },
    };
    expect(onProp(isOneOfEnumControl, {}, undefined, root)).toBe(true);
    expect(choiceValues(resolveScope(root, '#/properties/x'), root)).toEqual(['a', 'b']);
  });

  it('isSmallChoiceControl counts values against the radio limit of five', () => {
    expect(onProp(isSmallChoiceControl, { enum: [1, 2, 3, 4, 5] })).toBe(true);
    expect(onProp(isSmallChoiceControl, { enum: [1, 2, 3, 4, 5, 6] })).toBe(false);
  });

  it('isArrayOfEnumsControl and isArrayOfObjectsControl look at the item schema', () => {
    expect(onProp(isArrayOfEnumsControl, { type: 'array', items: { enum: ['a', 'b'] }, uniqueItems: true })).toBe(true);
    expect(onProp(isArrayOfEnumsControl, { type: 'array', items: { type: 'string' } })).toBe(false);
    expect(onProp(isArrayOfObjectsControl, { type: 'array', items: { type: 'object', properties: {} } })).toBe(true);
    expect(onProp(isArrayOfObjectsControl, { type: 'array', prefixItems: [{ type: 'object' }] })).toBe(false);
  });

  it('isBooleanControl and isObjectControl match their types', () => {
    expect(onProp(isBooleanControl, { type: 'boolean' })).toBe(true);
    expect(onProp(isObjectControl, { properties: { a: {} } })).toBe(true);
    expect(onProp(isObjectControl, { type: 'string' })).toBe(false);
  });

  it('isAdminUnitControl holds for the option or the provinceCode + communeCode shape', () => {
    const address: JsonSchemaObject = { type: 'object', properties: { street: {}, communeCode: {}, provinceCode: {} } };
    expect(onProp(isAdminUnitControl, address)).toBe(true);
    expect(onProp(isAdminUnitControl, { type: 'object', properties: { a: {} } }, { format: 'admin-unit' })).toBe(true);
    expect(onProp(isAdminUnitControl, { type: 'object', properties: { provinceCode: {} } })).toBe(false);
  });

  it('isIdNumberControl holds for identifier formats and masks, not for other strings', () => {
    expect(onProp(isIdNumberControl, { type: 'string', format: 'vn-pid' })).toBe(true);
    expect(onProp(isIdNumberControl, { type: 'string', format: 'vn-tax-code' })).toBe(true);
    expect(onProp(isIdNumberControl, { type: 'string' }, { mask: 'bhxh' })).toBe(true);
    expect(onProp(isIdNumberControl, { type: 'string' }, { mask: 'phone' })).toBe(false);
    expect(onProp(isIdNumberControl, { type: 'string', format: 'email' })).toBe(false);
  });

  it('isPhoneControl holds for vn-phone, vn-mobile and the phone mask', () => {
    expect(onProp(isPhoneControl, { type: 'string', format: 'vn-phone' })).toBe(true);
    expect(onProp(isPhoneControl, { type: 'string', format: 'vn-mobile' })).toBe(true);
    expect(onProp(isPhoneControl, { type: 'string' }, { mask: 'phone' })).toBe(true);
  });

  it('isFileControl holds for x-file objects and options.format file', () => {
    expect(onProp(isFileControl, { type: 'object', 'x-file': { maxSize: 1000 } })).toBe(true);
    expect(onProp(isFileControl, { type: 'object' }, { format: 'file' })).toBe(true);
    expect(onProp(isFileControl, { type: 'object' })).toBe(false);
  });

  it('isMultiLineControl holds for options.multi and options.format textarea', () => {
    expect(onProp(isMultiLineControl, { type: 'string' }, { multi: true })).toBe(true);
    expect(onProp(isMultiLineControl, { type: 'string' }, { format: 'textarea' })).toBe(true);
    expect(onProp(isMultiLineControl, { type: 'string' })).toBe(false);
  });

  it('formatIs ignores objects and arrays that happen to carry a format', () => {
    expect(onProp(formatIs('date'), { type: 'object', format: 'date' })).toBe(false);
    expect(onProp(schemaTypeIs('string'), { format: 'date' })).toBe(true);
  });
});
