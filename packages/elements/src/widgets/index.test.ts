// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { findBestTester, type ControlElement, type JsonSchemaObject } from '@tokhai/core';
import { containerWidgets, defineWidgets, loadWidgets, widgetRegistry } from './index.js';
import { makeField } from './shared/test-utils.js';

/** The tag the registry picks for one property `x`. */
function tagFor(prop: JsonSchemaObject, options?: Record<string, unknown>): string | undefined {
  const schema: JsonSchemaObject = { type: 'object', properties: { x: prop } };
  const control: ControlElement = { type: 'Control', scope: '#/properties/x', ...(options ? { options } : {}) };
  return findBestTester(widgetRegistry, control, schema, { rootSchema: schema })?.row.tagName;
}

const row = (tag: string) => widgetRegistry.find((r) => r.tagName === tag)!;

describe('widgetRegistry', () => {
  it('defines every widget and container tag, each with styles for <tk-form> to adopt', async () => {
    defineWidgets();
    defineWidgets(); // a second call is a no-op, not a NotSupportedError
    await loadWidgets();
    for (const { tagName, element } of [...widgetRegistry, ...containerWidgets]) {
      const defined = customElements.get(tagName);
      if (element) expect(defined, tagName).toBe(element);
      expect(defined && 'styles' in defined ? defined.styles : undefined, tagName).toBeDefined();
    }
  });

  it('keeps the rare and heavy widgets out of this module: their rows load them on first use', async () => {
    const lazy = [...widgetRegistry, ...containerWidgets].filter((r) => !r.element).map((r) => r.tagName);
    expect(lazy.sort()).toEqual(['tk-admin-unit', 'tk-file-field', 'tk-repeat-group']);
    const file = widgetRegistry.find((r) => r.tagName === 'tk-file-field')!;
    expect(await file.load!()).toBe(customElements.get('tk-file-field'));
  });

  it.each([
    [{ type: 'string' }, undefined, 'tk-text-field'],
    [{ type: 'string', maxLength: 500 }, { multi: true }, 'tk-textarea'],
    [{ type: 'string', format: 'email' }, undefined, 'tk-email-field'],
    [{ type: 'string', format: 'vn-mobile' }, undefined, 'tk-phone-field'],
    [{ type: 'string', format: 'vn-pid' }, undefined, 'tk-id-number'],
    [{ type: 'string', format: 'date' }, undefined, 'tk-date-field'],
    [{ type: 'string', format: 'vn-partial-date' }, undefined, 'tk-date-field'],
    [{ type: 'integer', minimum: 0 }, undefined, 'tk-number-field'],
    [{ type: 'string', enum: ['male', 'female'] }, undefined, 'tk-radio-group'],
    [{ type: 'string', enum: ['01', '02', '03', '04', '05', '06'] }, undefined, 'tk-select'],
    [{ type: 'string', enum: ['a', 'b'] }, { format: 'select' }, 'tk-select'],
    [{ type: 'array', items: { enum: ['A1', 'B'] } }, undefined, 'tk-checkbox-group'],
    [{ type: 'boolean' }, undefined, 'tk-checkbox'],
    [{ type: 'boolean' }, { format: 'radio' }, 'tk-radio-group'],
    [{ type: 'object', properties: { street: {}, communeCode: {}, provinceCode: {} } }, { format: 'admin-unit' }, 'tk-admin-unit'],
    [{ type: 'object', 'x-file': { maxSize: 1000 } }, undefined, 'tk-file-field'],
  ] as const)('picks a widget for %j with options %j: %s', (prop, options, tag) => {
    expect(tagFor(prop as JsonSchemaObject, options as Record<string, unknown> | undefined)).toBe(tag);
  });

  it('leaves plain objects and arrays of objects to <tk-form> (container widgets are not rows)', () => {
    expect(tagFor({ type: 'object', properties: { a: { type: 'string' } } })).toBeUndefined();
    expect(tagFor({ type: 'array', items: { type: 'object', properties: {} } })).toBeUndefined();
  });

  it('shows review values the way the citizen typed them', async () => {
    const f = makeField();
    expect(row('tk-date-field').display!('2025-03-15', f)).toBe('15/03/2025');
    expect(row('tk-date-field').display!('1960-05', f)).toBe('05/1960');
    expect(row('tk-date-field').display!('31/02/2025', f)).toBe('31/02/2025');
    expect(row('tk-id-number').display!('001203012345', makeField({ schema: { type: 'string', format: 'vn-pid' } }))).toBe('001 203 012345');
    expect(row('tk-phone-field').display!('0912345678', makeField({ schema: { type: 'string', format: 'vn-phone' } }))).toBe('0912 345 678');
    expect(row('tk-number-field').display!(2.5, f)).toBe('2,5');
    expect(row('tk-checkbox').display!(true, f)).toBe('Có');
    expect(row('tk-radio-group').display!('female', makeField({ choices: [{ value: 'male', label: 'Nam' }, { value: 'female', label: 'Nữ' }] }))).toBe('Nữ');
    expect(row('tk-checkbox-group').display!(['A', 'B'], makeField({ choices: [{ value: 'A', label: 'Hạng A' }, { value: 'B', label: 'Hạng B' }] }))).toBe('Hạng A, Hạng B');
    expect(row('tk-file-field').display!({ name: 'a.pdf', type: 'application/pdf', size: 2048 }, f)).toBe('a.pdf (2 KB)');
    expect(await row('tk-admin-unit').display!({ street: 'Số 1', communeCode: '00004', provinceCode: '01' }, f)).toBe(
      'Số 1, Phường Ba Đình, Thành phố Hà Nội',
    );
  });
});
