import { describe, expect, it } from 'vitest';
import type { FormDefinition, JsonSchemaObject } from '@tokhai/core';
import { migrateDraft, schemaAtPointer } from './migrate.js';

const definition: FormDefinition = {
  id: 'vn.test.migrate',
  version: '2.0.0',
  title: { vi: 'Thử' },
  schema: {
    type: 'object',
    properties: {
      fullName: { type: 'string' },
      address: { $ref: '#/$defs/address' },
      children: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
    },
    $defs: { address: { type: 'object', properties: { street: { type: 'string' }, communeCode: { type: 'string' } } } },
  },
  migrations: [
    {
      from: '<2.0.0',
      operations: [
        { move: { from: '/name', to: '/fullName' } },
        { remove: '/district', reason: { vi: 'Không còn cấp huyện từ 01/07/2025', en: 'Districts were abolished on 1 July 2025' } },
      ],
    },
  ],
};

describe('schemaAtPointer', () => {
  it('follows properties, $refs and array items', () => {
    expect(schemaAtPointer(definition.schema as JsonSchemaObject, '/address/street')).toEqual({ type: 'string' });
    expect(schemaAtPointer(definition.schema as JsonSchemaObject, '/children/3/name')).toEqual({ type: 'string' });
    expect(schemaAtPointer(definition.schema as JsonSchemaObject, '/nope')).toBeUndefined();
  });
});

describe('migrateDraft', () => {
  it('keeps a draft of the same version as it is', () => {
    const data = { fullName: 'An' };
    expect(migrateDraft(data, '2.0.0', definition)).toEqual({ data, notCarried: [] });
  });

  it('moves values, and reports removed values with the reason and the saved label', () => {
    const result = migrateDraft({ name: 'Nguyễn Văn An', district: 'Quận 1' }, '1.3.0', definition, { '/district': 'Quận/huyện' });
    expect(result.data).toEqual({ fullName: 'Nguyễn Văn An' });
    expect(result.notCarried).toEqual([
      { pointer: '/district', value: 'Quận 1', label: 'Quận/huyện', reason: { vi: 'Không còn cấp huyện từ 01/07/2025', en: 'Districts were abolished on 1 July 2025' } },
    ]);
  });

  it('lists every value without a place in the new schema instead of dropping it silently', () => {
    const result = migrateDraft({ fullName: 'An', oldField: 'x', address: { street: '1 Lê Lợi', ward: 'Bến Nghé' } }, '3.0.0', definition, {
      '/address': 'Địa chỉ',
    });
    expect(result.data).toEqual({ fullName: 'An', address: { street: '1 Lê Lợi' } });
    expect(result.notCarried.map((n) => [n.pointer, n.value, n.label])).toEqual([
      ['/oldField', 'x', undefined],
      ['/address/ward', 'Bến Nghé', 'Địa chỉ'],
    ]);
  });
});
