// SPDX-License-Identifier: MIT
/**
 * Labels of error messages: a `title` written beside a `$ref` labels that use of the shared schema (2020-12 allows
 * it; a title is an annotation, so draft-07 definitions are read the same way), the other uses keep the shared
 * schema's title, and the title may be an i18n key like any other.
 */
import { describe, expect, it } from 'vitest';
import { compileForm } from './compile-form.js';
import type { FormDefinition } from '../models/definition.js';
import { annotationOf, fieldTextAt } from './texts.js';
import { generateDefaultUi } from './generate-ui.js';
import type { JsonSchemaObject } from '../models/json-schema.js';

const SCHEMA: JsonSchemaObject = {
  type: 'object',
  properties: {
    mother: { type: 'object', properties: { nationality: { $ref: '#/$defs/nationality', title: 'Quốc tịch của người mẹ', description: 'Của mẹ' } } },
    father: { type: 'object', properties: { nationality: { $ref: '#/$defs/nationality' } } },
    // A title that is an i18n key, beside a $ref to a $ref.
    spouse: { $ref: '#/$defs/alias', title: 'spouseNationality' },
    children: { type: 'array', items: { $ref: '#/$defs/child' } },
  },
  $defs: {
    nationality: { type: 'string', minLength: 2, title: 'Quốc tịch', description: 'Mã ISO' },
    alias: { $ref: '#/$defs/nationality', title: 'Bí danh' },
    child: { type: 'object', properties: { nationality: { $ref: '#/$defs/nationality', title: 'Quốc tịch của con' } } },
  },
};

const definition = (schema: JsonSchemaObject = SCHEMA): FormDefinition => ({
  id: 'vn.test.ref-title',
  version: '1.0.0',
  title: { vi: 'Thử', en: 'Test' },
  schema,
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/mother/properties/nationality' },
      { type: 'Control', scope: '#/properties/father/properties/nationality' },
      { type: 'Control', scope: '#/properties/spouse' },
      { type: 'Control', scope: '#/properties/children' },
    ],
  },
  i18n: { vi: { spouseNationality: 'Quốc tịch của vợ/chồng' }, en: { spouseNationality: "Spouse's nationality" } },
});

const TOO_SHORT = { mother: { nationality: 'V' }, father: { nationality: 'V' }, spouse: 'V', children: [{ nationality: 'V' }] };

const messages = (def: FormDefinition, locale: 'vi' | 'en') =>
  Object.fromEntries(compileForm(def).validate(TOO_SHORT, { locale }).errors.map((e) => [e.pointer, e.message]));

describe('labels of a field declared with a title beside its $ref', () => {
  it('label the error of that field with the title beside the $ref, and the other uses of the $def with its own title', () => {
    const m = messages(definition(), 'vi');
    expect(m['/mother/nationality']).toMatch(/^Quốc tịch của người mẹ /);
    expect(m['/father/nationality']).toMatch(/^Quốc tịch /);
    expect(m['/father/nationality']).not.toMatch(/người mẹ/);
    expect(m['/children/0/nationality']).toMatch(/^Quốc tịch của con /);
  });

  it('read a title beside the $ref as an i18n key when the definition has it, in each locale', () => {
    expect(messages(definition(), 'vi')['/spouse']).toMatch(/^Quốc tịch của vợ\/chồng /);
    expect(messages(definition(), 'en')['/spouse']).toMatch(/^Spouse's nationality /);
  });

  it('read the title beside the $ref in a draft-07 definition too', () => {
    const m = messages(definition({ ...SCHEMA, $schema: 'http://json-schema.org/draft-07/schema#' }), 'en');
    expect(m['/mother/nationality']).toMatch(/^Quốc tịch của người mẹ /);
    expect(m['/father/nationality']).toMatch(/^Quốc tịch /);
  });
});

describe('fieldTextAt', () => {
  it('reads the nearest text along the $refs: beside the property, beside a $ref in $defs, then the target', () => {
    expect(fieldTextAt(SCHEMA, '/mother/nationality', 'title')).toBe('Quốc tịch của người mẹ');
    expect(fieldTextAt(SCHEMA, '/mother/nationality', 'description')).toBe('Của mẹ');
    expect(fieldTextAt(SCHEMA, '/father/nationality', 'title')).toBe('Quốc tịch');
    expect(fieldTextAt(SCHEMA, '/father/nationality', 'description')).toBe('Mã ISO');
    expect(fieldTextAt(SCHEMA, '/spouse', 'description')).toBe('Mã ISO');
    expect(fieldTextAt(SCHEMA, '/children/*/nationality', 'title')).toBe('Quốc tịch của con');
    expect(fieldTextAt(SCHEMA, '/children/3/nationality', 'title')).toBe('Quốc tịch của con');
  });

  it('passes over blank texts and gives undefined for a field without any, or a reference that leads nowhere', () => {
    expect(annotationOf({ $ref: '#/$defs/n', title: '  ' }, { $defs: { n: { title: 'N' } } }, 'title')).toBe('N');
    expect(annotationOf({ $ref: '#/$defs/missing', title: '' }, { $defs: {} }, 'title')).toBeUndefined();
    expect(annotationOf({ $ref: '#/$defs/a' }, { $defs: { a: { $ref: '#/$defs/a' } } }, 'title')).toBeUndefined();
    expect(fieldTextAt(SCHEMA, '/nowhere', 'title')).toBeUndefined();
  });
});

describe('a generated layout (a definition without `ui`)', () => {
  it('heads the group of an object property with the title written beside its $ref', () => {
    const ui = generateDefaultUi({
      type: 'object',
      $defs: { person: { type: 'object', title: 'Người', properties: { fullName: { type: 'string' } } } },
      properties: { mother: { $ref: '#/$defs/person', title: 'Mẹ' }, father: { $ref: '#/$defs/person' } },
    });
    const labels = (ui as { elements: { label?: string }[] }).elements.map((e) => e.label);
    expect(labels).toEqual(['Mẹ', 'Người']);
  });
});
