// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '@tokhai/core';
import { stripUnknownFields } from './unknown-fields.js';

const address = {
  type: 'object',
  properties: { street: { type: 'string' }, communeCode: { type: 'string' }, provinceCode: { type: 'string' }, unitsVersion: { type: 'string' } },
} as const;

const schema: JsonSchema = {
  type: 'object',
  $defs: { address },
  properties: {
    child: {
      type: 'object',
      properties: { fullName: { type: 'string' }, birthPlace: { $ref: '#/$defs/address' } },
      required: ['fullName'],
    },
    members: { type: 'array', items: { type: 'object', properties: { fullName: { type: 'string' } } } },
    pair: { type: 'array', prefixItems: [{ type: 'object', properties: { a: { type: 'number' } } }] },
    notes: { type: 'object' },
    extra: { type: 'object', properties: { k: { type: 'string' } }, additionalProperties: { type: 'object', properties: { v: { type: 'number' } } } },
    codes: { type: 'object', patternProperties: { '^[0-9]{2}$': { type: 'string' } } },
    requester: {
      type: 'object',
      allOf: [{ properties: { fullName: { type: 'string' } } }],
      if: { properties: { hasPid: { const: true } } },
      then: { properties: { pid: { type: 'string' } } },
      else: { properties: { passport: { type: 'string' } } },
      oneOf: [{ properties: { phone: { type: 'string' } } }, { properties: { email: { type: 'string' } } }],
    },
  },
};

describe('stripUnknownFields', () => {
  it('keeps described data unchanged and reports nothing', () => {
    const data = { child: { fullName: 'An', birthPlace: { street: '1 Tràng Tiền', communeCode: '00070', provinceCode: '01', unitsVersion: '2025-07-01' } } };
    expect(stripUnknownFields(schema, data)).toEqual({ data, dropped: [] });
  });

  it('drops members the schema does not name, at any depth, following $ref', () => {
    const data = { child: { fullName: 'An', nickname: 'Bé', birthPlace: { street: 'x', gps: '21,105' } }, isAdmin: true };
    const r = stripUnknownFields(schema, data);
    expect(r.data).toEqual({ child: { fullName: 'An', birthPlace: { street: 'x' } } });
    expect(r.dropped.sort()).toEqual(['/child/birthPlace/gps', '/child/nickname', '/isAdmin']);
  });

  it('walks array items with the item schema but never removes items', () => {
    const r = stripUnknownFields(schema, { members: [{ fullName: 'A', x: 1 }, { fullName: 'B' }], pair: [{ a: 1, b: 2 }, { c: 3 }] });
    expect(r.data).toEqual({ members: [{ fullName: 'A' }, { fullName: 'B' }], pair: [{ a: 1 }, { c: 3 }] });
    expect(r.dropped).toEqual(['/members/0/x', '/pair/0/b']);
  });

  it('keeps a free-form object whole', () => {
    expect(stripUnknownFields(schema, { notes: { anything: { goes: 1 } } }).dropped).toEqual([]);
  });

  it('keeps members allowed by additionalProperties or patternProperties, and strips inside them', () => {
    const r = stripUnknownFields(schema, { extra: { k: 'a', z: { v: 1, w: 2 } }, codes: { '01': 'Hà Nội', abc: 'x' } });
    expect(r.data).toEqual({ extra: { k: 'a', z: { v: 1 } }, codes: { '01': 'Hà Nội' } });
    expect(r.dropped).toEqual(['/extra/z/w', '/codes/abc']);
  });

  it('counts members named in allOf, if/then/else and oneOf branches as described', () => {
    const requester = { fullName: 'A', hasPid: true, pid: '001', passport: 'B1', phone: '09', email: 'a@b.vn', role: 'x' };
    const r = stripUnknownFields(schema, { requester });
    expect(r.dropped).toEqual(['/requester/role']);
  });

  it('escapes dropped member names in pointers', () => {
    expect(stripUnknownFields(schema, { 'a/b': 1, '~': 2 }).dropped).toEqual(['/a~1b', '/~0']);
  });

  it('treats __proto__ as data: dropped when undescribed, and never touches the prototype', () => {
    const data = JSON.parse('{"child":{"fullName":"An"},"__proto__":{"polluted":true}}');
    const r = stripUnknownFields(schema, data);
    expect(r.dropped).toEqual(['/__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.data)).toBe(Object.prototype);
  });

  it('does not loop on a recursive schema', () => {
    const tree: JsonSchema = { $defs: { node: { type: 'object', properties: { name: { type: 'string' }, kids: { type: 'array', items: { $ref: '#/$defs/node' } } }, allOf: [{ $ref: '#/$defs/node' }] } }, $ref: '#/$defs/node' };
    const r = stripUnknownFields(tree, { name: 'a', kids: [{ name: 'b', x: 1, kids: [] }] });
    expect(r.dropped).toEqual(['/kids/0/x']);
  });

  it('does not change its input', () => {
    const data = { child: { fullName: 'An', x: 1 } };
    stripUnknownFields(schema, data);
    expect(data).toEqual({ child: { fullName: 'An', x: 1 } });
  });
});
