// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { ControlElement } from '../models/uischema.js';
import {
  adminUnitControlTester,
  arrayOfObjectsControlTester,
  booleanControlTester,
  checkboxGroupControlTester,
  dateControlTester,
  emailControlTester,
  fileControlTester,
  findBestTester,
  idNumberControlTester,
  numberControlTester,
  objectControlTester,
  phoneControlTester,
  radioControlTester,
  selectControlTester,
  textareaControlTester,
  textControlTester,
} from './ranked.js';
import { NOT_APPLICABLE, rankWith, type RankedTester } from './testers.js';

/** A table in the shape of a renderer's registry; the names stand in for widget tags. */
const rows: Array<{ tester: RankedTester; kind: string }> = [
  { tester: textControlTester, kind: 'text' },
  { tester: textareaControlTester, kind: 'textarea' },
  { tester: numberControlTester, kind: 'number' },
  { tester: emailControlTester, kind: 'email' },
  { tester: phoneControlTester, kind: 'phone' },
  { tester: idNumberControlTester, kind: 'id-number' },
  { tester: dateControlTester, kind: 'date' },
  { tester: selectControlTester, kind: 'select' },
  { tester: radioControlTester, kind: 'radio' },
  { tester: checkboxGroupControlTester, kind: 'checkbox-group' },
  { tester: booleanControlTester, kind: 'boolean' },
  { tester: objectControlTester, kind: 'fieldset' },
  { tester: arrayOfObjectsControlTester, kind: 'repeat' },
  { tester: adminUnitControlTester, kind: 'admin-unit' },
  { tester: fileControlTester, kind: 'file' },
];

/** The kind picked for one property `x` with the given schema and options. */
function pick(prop: JsonSchemaObject, options?: Record<string, unknown>): string | undefined {
  const schema: JsonSchemaObject = { type: 'object', properties: { x: prop } };
  const uischema: ControlElement = { type: 'Control', scope: '#/properties/x', ...(options ? { options } : {}) };
  return findBestTester(rows, uischema, schema, { rootSchema: schema })?.row.kind;
}

const enumOf = (n: number): JsonSchemaObject => ({ type: 'string', enum: Array.from({ length: n }, (_, i) => `v${i}`) });
const address: JsonSchemaObject = {
  type: 'object',
  properties: { street: { type: 'string' }, communeCode: { type: 'string' }, provinceCode: { type: 'string' } },
};

describe('findBestTester picks one widget per control', () => {
  it.each([
    ['a plain string', { type: 'string' }, undefined, 'text'],
    ['format: date', { type: 'string', format: 'date' }, undefined, 'date'],
    ['format: vn-partial-date', { type: 'string', format: 'vn-partial-date' }, undefined, 'date'],
    ['options.format date on a string', { type: 'string' }, { format: 'date' }, 'date'],
    ['options.multi', { type: 'string', maxLength: 500 }, { multi: true }, 'textarea'],
    ['format: email', { type: 'string', format: 'email' }, undefined, 'email'],
    ['format: vn-phone', { type: 'string', format: 'vn-phone' }, undefined, 'phone'],
    ['format: vn-pid', { type: 'string', format: 'vn-pid' }, undefined, 'id-number'],
    ['options.mask mst', { type: 'string' }, { mask: 'mst' }, 'id-number'],
    ['an integer', { type: 'integer' }, undefined, 'number'],
    ['a number', { type: 'number' }, undefined, 'number'],
    ['a boolean', { type: 'boolean' }, undefined, 'boolean'],
    ['an enum of two', enumOf(2), undefined, 'radio'],
    ['an enum of five', enumOf(5), undefined, 'radio'],
    ['an enum of six', enumOf(6), undefined, 'select'],
    ['an enum of 54 ethnic groups', enumOf(54), undefined, 'select'],
    ['options.format select on a small enum', enumOf(2), { format: 'select' }, 'select'],
    ['options.format radio on a large enum', enumOf(8), { format: 'radio' }, 'radio'],
    ['options.format radio on a boolean', { type: 'boolean' }, { format: 'radio' }, 'radio'],
    ['titled oneOf consts', { oneOf: [{ const: 'male', title: 'Nam' }, { const: 'female', title: 'Nữ' }] }, undefined, 'radio'],
    ['an array of enums', { type: 'array', items: enumOf(3), uniqueItems: true }, undefined, 'checkbox-group'],
    ['an array of objects', { type: 'array', items: { type: 'object', properties: { a: {} } } }, undefined, 'repeat'],
    ['a plain object', { type: 'object', properties: { a: { type: 'string' } } }, undefined, 'fieldset'],
    ['an address-shaped object', address, undefined, 'admin-unit'],
    ['options.format admin-unit on any object', { type: 'object', properties: { p: {} } }, { format: 'admin-unit' }, 'admin-unit'],
    ['an x-file object', { type: 'object', 'x-file': { maxSize: 5_000_000 } }, undefined, 'file'],
    ['options.format textarea on an email string', { type: 'string', format: 'email' }, { format: 'textarea' }, 'textarea'],
  ] as const)('%s → %s', (_name, prop, options, kind) => {
    expect(pick(prop as JsonSchemaObject, options as Record<string, unknown> | undefined)).toBe(kind);
  });

  it('an admin-unit object outranks the generic fieldset', () => {
    const schema: JsonSchemaObject = { type: 'object', properties: { x: address } };
    const ui: ControlElement = { type: 'Control', scope: '#/properties/x', options: { format: 'admin-unit' } };
    const ctx = { rootSchema: schema };
    expect(adminUnitControlTester(ui, schema, ctx)).toBeGreaterThan(objectControlTester(ui, schema, ctx));
  });

  it('returns undefined when no row applies (the renderer shows its fallback)', () => {
    const schema: JsonSchemaObject = { type: 'object', properties: { x: { type: 'null' } } };
    expect(findBestTester(rows, { type: 'Control', scope: '#/properties/x' }, schema, { rootSchema: schema })).toBeUndefined();
  });

  it('gives ties to the earlier row', () => {
    const schema: JsonSchemaObject = { type: 'string' };
    const tie = [
      { tester: rankWith(4, () => true), name: 'first' },
      { tester: rankWith(4, () => true), name: 'second' },
      { tester: rankWith(9, () => false), name: 'never' },
    ];
    expect(findBestTester(tie, { type: 'Control', scope: '#' }, schema, { rootSchema: schema })?.row.name).toBe('first');
  });

  it('finds controls inside an array item detail, where scopes are relative to the item schema', () => {
    const item: JsonSchemaObject = { type: 'object', properties: { dob: { type: 'string', format: 'date' } } };
    const ui: ControlElement = { type: 'Control', scope: '#/properties/dob' };
    expect(findBestTester(rows, ui, item, { rootSchema: { type: 'array', items: item } })?.row.kind).toBe('date');
  });

  it('never ranks a non-control', () => {
    const schema: JsonSchemaObject = { type: 'string' };
    for (const row of rows) expect(row.tester({ type: 'Label', text: 'x' }, schema, { rootSchema: schema })).toBe(NOT_APPLICABLE);
  });
});
