// SPDX-License-Identifier: MIT
/**
 * Property names that need escaping or look like something else (`a/b`, `a~b`, `50%`, `họ tên`, `12`) must reach
 * every consumer of a compiled form under their own name: scopes, rules, required-ness, errors, labels, submission.
 */
import { describe, expect, it } from 'vitest';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from '../models/definition.js';
import { escapeToken } from '../util/json-pointer.js';
import { ajvEngine } from '../engines/ajv-engine.js';
import { interpreterEngine } from '../engines/interpreter.js';

/** Names that need escaping in a pointer (`/`, `~`, `~1`), in a URI fragment (`%`, `#`, space, Vietnamese), or look like a path or an index. */
const NAMES = ['a/b', 'a~b', 'x~1y', '50%', 'a#b', 'a b', 'a.b', 'họ tên', '0', '12'];

/** The scope of a property as generate-ui writes it: pointer-escaped, then `%` escaped for the URI fragment. */
const scopeOf = (name: string) => `#/properties/${escapeToken(name).replace(/%/g, '%25')}`;

/** A form with the property at the root (shown when `flag`) and inside `obj`, both required; `other` hides when it is "hide". */
const definitionWith = (name: string, additionalProperties?: false): FormDefinition => ({
  id: 'vn.test.names',
  version: '1.0.0',
  title: { vi: 'Thử', en: 'Test' },
  schema: {
    type: 'object',
    properties: {
      flag: { type: 'boolean' },
      other: { type: 'string' },
      [name]: { type: 'string', minLength: 3 },
      obj: { type: 'object', properties: { [name]: { type: 'string', minLength: 3 } }, required: [name] },
    },
    required: [name],
    ...(additionalProperties === false ? { additionalProperties } : {}),
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/flag' },
      { type: 'Control', scope: scopeOf(name), rule: { effect: 'SHOW', condition: { scope: '#/properties/flag', schema: { const: true } } } },
      { type: 'Control', scope: '#/properties/obj' + scopeOf(name).slice(1) },
      { type: 'Control', scope: '#/properties/other', rule: { effect: 'HIDE', condition: { scope: scopeOf(name), schema: { const: 'hide' } } } },
    ],
  },
});

describe('property names that need escaping, through compile, evaluate, validate and submit', () => {
  for (const [engineName, engine] of [['interpreter', interpreterEngine], ['ajv', ajvEngine]] as const)
    for (const name of NAMES) {
      it(`${engineName}: ${JSON.stringify(name)} is required, hidden, read by rules, located and labelled by its own name`, () => {
        const pointer = '/' + escapeToken(name);
        const form = compileForm(definitionWith(name), { engine: engine() });

        const shown = form.evaluate({ flag: true, obj: {} });
        expect(shown.fields[pointer]).toMatchObject({ visible: true, required: true });
        expect(shown.fields['/obj' + pointer]).toMatchObject({ visible: true, required: true });
        expect(shown.required).toEqual(expect.arrayContaining([pointer, '/obj' + pointer]));

        const hidden = form.evaluate({ flag: false, [name]: 'xyz' });
        expect(hidden.hidden).toContain(pointer);
        expect(hidden.submission).toEqual({ flag: false });
        expect(form.evaluate({ flag: true, [name]: 'hide' }).elements['/elements/3'].visible).toBe(false);

        const tooShort = form.validate({ flag: true, [name]: 'x', obj: { [name]: 'y' } }, { locale: 'en' });
        expect(tooShort.errors.map((e) => e.pointer)).toEqual([pointer, '/obj' + pointer]);
        for (const e of tooShort.errors) expect(e.message).toBe(`${name} must be at least 3 characters`);
        const missing = form.validate({ flag: true, obj: {} }, { locale: 'en' });
        expect(missing.errors.map((e) => [e.pointer, e.params.missingProperty])).toEqual([[pointer, name], ['/obj' + pointer, name]]);
        for (const e of missing.errors) expect(e.message).toContain(name);

        const strict = compileForm(definitionWith(name, false), { engine: engine() });
        const extra = strict.validate({ flag: true, [name]: 'abc', obj: { [name]: 'abc' }, ['x' + name]: 1 }, { locale: 'en' });
        expect(extra.errors.map((e) => [e.pointer, e.params])).toEqual([['', { additionalProperty: 'x' + name }]]);

        expect(form.prepareSubmission({ flag: true, [name]: 'abc', obj: { [name]: 'def' } })).toEqual({ flag: true, [name]: 'abc', obj: { [name]: 'def' } });
      });
    }

  it('resolves a percent-encoded scope (RFC 6901 URI fragment) to the Vietnamese property it spells', () => {
    const def = definitionWith('họ');
    (def.ui as { elements: Array<{ scope: string }> }).elements[1].scope = `#/properties/${encodeURIComponent('họ')}`;
    const form = compileForm(def);
    expect(form.resolveScope('#/properties/h%E1%BB%8D')).toEqual({ type: 'string', minLength: 3 });
    expect(form.evaluate({ flag: false, họ: 'abc' }).hidden).toContain('/họ');
  });

  it('writes a computed value to a target whose name needs escaping, reading a dotted property name with val', () => {
    const form = compileForm({
      id: 'vn.test.computed-names',
      version: '1.0.0',
      title: { vi: 'Thử' },
      schema: { type: 'object', properties: { 'a.b': { type: 'string' }, 'c/d': { type: 'string' } } },
      computed: [{ target: '/c~1d', expr: { cat: [{ val: 'a.b' }, '!'] } }],
    });
    const ev = form.evaluate({ 'a.b': 'xin chào' });
    expect(ev.computed).toEqual({ '/c~1d': 'xin chào!' });
    expect(ev.submission).toEqual({ 'a.b': 'xin chào', 'c/d': 'xin chào!' });
  });
});

describe('properties named like array indices', () => {
  const form = compileForm({
    id: 'vn.test.index-names',
    version: '1.0.0',
    title: { vi: 'Tờ khai', en: 'Form' },
    schema: {
      type: 'object',
      properties: {
        '12': { type: 'string', minLength: 2 },
        name: { type: 'string', minLength: 2 },
        codes: { type: 'object', properties: { '0': { type: 'string', minLength: 2 } }, title: 'Mã' },
        children: { type: 'array', title: 'Con', items: { type: 'object', properties: { name: { type: 'string', minLength: 2 } } } },
      },
      required: ['12', 'name'],
    },
    ui: {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/12', label: 'Mười hai' },
        { type: 'Control', scope: '#/properties/name' },
        { type: 'Control', scope: '#/properties/codes/properties/0' },
        { type: 'Control', scope: '#/properties/children' },
      ],
    },
    i18n: { vi: { 'codes.label': 'Các mã', 'codes.0.label': 'Mã số không' }, en: { 'codes.label': 'Codes', 'codes.0.label': 'Code zero' } },
  });

  it('labels a property named "12" by its Control label, not as item 13 of the form', () => {
    const [e] = form.validate({ '12': 'x', name: 'ab' }).errors;
    expect(e.pointer).toBe('/12');
    expect(e.message).toContain('Mười hai');
    expect(e.message).not.toContain('(13)');
  });

  it('reads the i18n label of a property named "0" from its full dotted path, not from its parent\'s', () => {
    const [e] = form.validate({ '12': 'ab', name: 'ab', codes: { '0': 'x' } }, { locale: 'en' }).errors;
    expect(e.pointer).toBe('/codes/0');
    expect(e.message).toBe('Code zero must be at least 2 characters');
  });

  it('still numbers array items after their array', () => {
    const [e] = form.validate({ '12': 'ab', name: 'ab', children: [{ name: 'ab' }, { name: 'x' }] }, { locale: 'en' }).errors;
    expect(e.pointer).toBe('/children/1/name');
    expect(e.message).toBe('name must be at least 2 characters');
    const missing = compileForm({ ...form.definition, schema: { ...form.schema, properties: { ...form.schema.properties, children: { type: 'array', title: 'Con', items: { type: 'string', minLength: 2 } } } } });
    expect(missing.validate({ '12': 'ab', name: 'ab', children: ['ab', 'x'] }, { locale: 'en' }).errors[0].message).toBe('Con (2) must be at least 2 characters');
  });

  it('lists the errors of a property named "12" in layout order, before the fields after it', () => {
    expect(form.validate({}).errors.map((e) => e.pointer)).toEqual(['/12', '/name']);
  });
});
