// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile/compile-form.js';
import type { FormDefinition } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import { withDefaults } from './defaults.js';

/** Node's modules by computed specifier: core's tsconfig has no Node types (as compile-built-form.test.ts). */
const [fsName, urlName] = ['node:fs', 'node:url'];
const fs = (await import(fsName)) as { readFileSync(file: string, encoding: 'utf8'): string };
const url = (await import(urlName)) as { fileURLToPath(u: string): string };
const here = (import.meta as unknown as { url: string }).url;
const birthFile = url.fileURLToPath(here).replace(/[\\/][^\\/]*$/, '/') + '../../../../forms/birth-registration/vn.moj.birth-registration.form.json';

const person: JsonSchemaObject = {
  type: 'object',
  $defs: {
    nationality: { type: 'string', pattern: '^[A-Z]{2}$', default: 'VN' },
    person: {
      type: 'object',
      properties: { fullName: { type: 'string' }, nationality: { $ref: '#/$defs/nationality' } },
    },
  },
  properties: {
    child: { $ref: '#/$defs/person' },
    mother: { $ref: '#/$defs/person' },
    note: { type: 'string' },
    copies: { type: 'integer', default: 1 },
    children: { type: 'array', items: { $ref: '#/$defs/person' } },
  },
};

describe('withDefaults', () => {
  it('fills nested defaults, creating the objects that hold them, through $refs to the default', () => {
    expect(withDefaults(person, undefined)).toEqual({ child: { nationality: 'VN' }, mother: { nationality: 'VN' }, copies: 1 });
    expect(withDefaults(person, {})).toEqual({ child: { nationality: 'VN' }, mother: { nationality: 'VN' }, copies: 1 });
  });

  it('fills into objects that exist and keeps what they hold', () => {
    const data = { child: { fullName: 'Nguyễn Văn An' }, note: 'x' };
    expect(withDefaults(person, data)).toEqual({ child: { fullName: 'Nguyễn Văn An', nationality: 'VN' }, mother: { nationality: 'VN' }, note: 'x', copies: 1 });
  });

  it('never overwrites a present value: null, empty string, 0 and a different answer all stay', () => {
    const data = { child: { nationality: null }, mother: { nationality: '' }, copies: 0 };
    expect(withDefaults(person, data)).toBe(data);
    const other = { child: { nationality: 'FR' }, mother: { nationality: 'LA' }, copies: 3 };
    expect(withDefaults(person, other)).toBe(other);
  });

  it('treats an undefined property as absent', () => {
    expect(withDefaults(person, { copies: undefined, child: { nationality: 'FR' }, mother: { nationality: 'FR' } })).toEqual({
      copies: 1,
      child: { nationality: 'FR' },
      mother: { nationality: 'FR' },
    });
  });

  it('does not enter a present value that is not an object (a wrong type stays for validation to report)', () => {
    const data = { child: 'oops', mother: null, copies: 2 };
    expect(withDefaults(person, data)).toBe(data);
  });

  it('invents no empty object where nothing below has a default', () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      properties: {
        a: { type: 'object', properties: { b: { type: 'object', properties: { c: { type: 'string' } } } } },
        d: { type: 'object', properties: { e: { type: 'object', properties: { f: { type: 'string', default: 'x' } } }, g: { type: 'object' } } },
      },
    };
    expect(withDefaults(schema, undefined)).toEqual({ d: { e: { f: 'x' } } });
    expect(withDefaults({ type: 'object', properties: { a: { type: 'string' } } }, undefined)).toBeUndefined();
    const empty = {};
    expect(withDefaults({ type: 'object', properties: { a: { type: 'object', properties: {} } } }, empty)).toBe(empty);
  });

  it('does not create an object where the schema only admits another type', () => {
    const schema: JsonSchemaObject = { type: 'object', properties: { a: { type: 'string', properties: { b: { default: 1 } } } } };
    expect(withDefaults(schema, {})).toEqual({});
  });

  it('leaves arrays and their items untouched', () => {
    const data = { child: { nationality: 'FR' }, mother: { nationality: 'FR' }, copies: 1, children: [{ fullName: 'A' }, {}] };
    const out = withDefaults(person, data);
    expect(out).toBe(data);
    expect(data.children).toEqual([{ fullName: 'A' }, {}]);
    const listDefault = withDefaults({ type: 'object', properties: { tags: { type: 'array', items: { type: 'string', default: 'a' } } } }, {});
    expect(listDefault).toEqual({});
  });

  it('applies an array default as a whole value', () => {
    expect(withDefaults({ type: 'object', properties: { tags: { type: 'array', default: ['a'] } } }, {})).toEqual({ tags: ['a'] });
  });

  it('never mutates the data and returns new objects only along the changed path', () => {
    const data = { child: { fullName: 'An' }, mother: { nationality: 'VN', fullName: 'Bình' }, copies: 2 };
    const snapshot = JSON.parse(JSON.stringify(data)) as typeof data;
    const out = withDefaults(person, data) as typeof data;
    expect(data).toEqual(snapshot);
    expect(out).not.toBe(data);
    expect(out.child).not.toBe(data.child);
    expect(out.mother).toBe(data.mother);
  });

  it('returns the same object when nothing is filled in', () => {
    const data = { child: { nationality: 'VN' }, mother: { nationality: 'VN' }, copies: 1 };
    expect(withDefaults(person, data)).toBe(data);
  });

  it('deep-clones defaults: two results and the schema share nothing', () => {
    const schema: JsonSchemaObject = { type: 'object', properties: { address: { type: 'object', default: { street: '', unitsVersion: '2025-07-01' } } } };
    const a = withDefaults(schema, undefined) as { address: { street: string } };
    const b = withDefaults(schema, undefined) as { address: { street: string } };
    a.address.street = 'changed';
    expect(b.address.street).toBe('');
    expect((schema.properties!.address as JsonSchemaObject).default).toEqual({ street: '', unitsVersion: '2025-07-01' });
  });

  it('fills inside an object default with the defaults of its properties', () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      properties: { address: { type: 'object', default: { street: '' }, properties: { unitsVersion: { type: 'string', default: '2025-07-01' } } } },
    };
    expect(withDefaults(schema, undefined)).toEqual({ address: { street: '', unitsVersion: '2025-07-01' } });
  });

  it('prefers a default beside the $ref over the one on its target', () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      $defs: { country: { type: 'string', default: 'VN' } },
      properties: { a: { $ref: '#/$defs/country', default: 'LA' }, b: { $ref: '#/$defs/country' } },
    };
    expect(withDefaults(schema, {})).toEqual({ a: 'LA', b: 'VN' });
  });

  it('reads defaults from allOf members, never from if/then/else, anyOf or oneOf', () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      allOf: [{ properties: { fromAllOf: { type: 'string', default: 'yes' } } }],
      anyOf: [{ properties: { fromAnyOf: { type: 'string', default: 'no' } } }],
      oneOf: [{ properties: { fromOneOf: { type: 'string', default: 'no' } } }],
      if: { properties: { kind: { const: 'a' } } },
      then: { properties: { fromThen: { type: 'string', default: 'no' } } },
      else: { properties: { fromElse: { type: 'string', default: 'no' } } },
      properties: { kind: { type: 'string' } },
    };
    expect(withDefaults(schema, {})).toEqual({ fromAllOf: 'yes' });
  });

  it('ends on recursive schemas, dangling and remote $refs', () => {
    const tree: JsonSchemaObject = {
      $defs: { node: { type: 'object', properties: { name: { type: 'string', default: 'n' }, child: { $ref: '#/$defs/node' } } } },
      $ref: '#/$defs/node',
    };
    expect(withDefaults(tree, undefined)).toEqual({ name: 'n' });
    expect(withDefaults(tree, {})).toEqual({ name: 'n' });
    // Present data is followed as deep as it goes.
    expect(withDefaults(tree, { child: { child: {} } })).toEqual({ name: 'n', child: { name: 'n', child: { name: 'n' } } });
    const loop: JsonSchemaObject = { $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }, type: 'object', properties: { x: { $ref: '#/$defs/a' }, y: { $ref: 'https://example.org/s.json' }, z: { $ref: '#/$defs/missing' } } };
    expect(withDefaults(loop, {})).toEqual({});
  });

  it('keeps a __proto__ key as data', () => {
    const schema = JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string","default":"x"}}}') as JsonSchemaObject;
    const out = withDefaults(schema, {}) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
  });

  it('takes a compiled form and resolves $refs against its schema', () => {
    const def = JSON.parse(fs.readFileSync(birthFile, 'utf8')) as FormDefinition;
    const form = compileForm(def);
    const start = withDefaults(form, undefined) as Record<string, { nationality?: string }>;
    expect(start.child?.nationality).toBe('VN');
    expect(start.mother?.nationality).toBe('VN');
    expect(start.father?.nationality).toBe('VN');
    expect(withDefaults(form, undefined)).toEqual(withDefaults(form.schema, undefined));
  });
});
