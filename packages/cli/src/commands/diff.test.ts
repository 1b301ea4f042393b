// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { FormDefinition, JsonSchemaObject } from '@tokhai/core';
import { diffDefinitions, type DefinitionChange } from './diff.js';

const base: FormDefinition = {
  id: 'vn.test.diff',
  version: '1.2.0',
  title: { vi: 'Tờ khai thử', en: 'Test form' },
  schema: {
    type: 'object',
    $defs: {
      name: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[^0-9]*$' },
    },
    properties: {
      fullName: { $ref: '#/$defs/name', title: 'Họ và tên' },
      sex: { type: 'string', oneOf: [{ const: 'male', title: 'Nam' }, { const: 'female', title: 'Nữ' }] },
      age: { type: 'integer', minimum: 0, maximum: 150 },
      phone: { type: 'string' },
      note: { type: 'string', maxLength: 500 },
      kind: { type: 'string', enum: ['a', 'b', 'c'] },
      children: { type: 'array', maxItems: 10, items: { type: 'object', properties: { name: { $ref: '#/$defs/name' } }, required: ['name'] } },
    },
    required: ['fullName', 'sex'],
  },
  i18n: { vi: { 'fullName.label': 'Họ và tên' }, en: { 'fullName.label': 'Full name' } },
};

/** A copy of `base` with its schema changed by `edit` and its version set. */
function changed(version: string, edit: (schema: JsonSchemaObject, def: FormDefinition) => void): FormDefinition {
  const def = structuredClone(base);
  def.version = version;
  edit(def.schema as JsonSchemaObject, def);
  return def;
}

const props = (s: JsonSchemaObject) => s.properties as Record<string, JsonSchemaObject>;
const summary = (changes: DefinitionChange[]) => changes.map((c) => `${c.level} ${c.kind} ${c.path}`);

describe('tokhai diff', () => {
  it('finds no change between a definition and itself', () => {
    const r = diffDefinitions(base, structuredClone(base));
    expect(r.changes).toEqual([]);
    expect(r.implied).toBe('none');
    expect(r.honest).toBe(true);
  });

  describe('breaking changes (major)', () => {
    it('reports a removed field', () => {
      const r = diffDefinitions(base, changed('2.0.0', (s) => delete props(s).note));
      expect(summary(r.changes)).toEqual(['major field-removed /note']);
      expect(r.changes[0].pointer).toBe('/schema/properties/note');
    });

    it('reports a renamed field (same schema under a new name) as one change', () => {
      const r = diffDefinitions(base, changed('2.0.0', (s) => {
        props(s).remark = props(s).note!;
        delete props(s).note;
      }));
      expect(summary(r.changes)).toEqual(['major field-renamed /note']);
      expect(r.changes[0].message).toContain('"note" → "remark"');
    });

    it('reports a type change', () => {
      const r = diffDefinitions(base, changed('2.0.0', (s) => (props(s).age.type = 'string')));
      expect(summary(r.changes)).toContain('major type-narrowed /age');
    });

    it('reports a newly required field and a new required field', () => {
      const r = diffDefinitions(base, changed('2.0.0', (s) => {
        s.required = ['fullName', 'sex', 'phone', 'email'];
        props(s).email = { type: 'string', format: 'email' };
      }));
      expect(summary(r.changes)).toEqual(['major required-field-added /email', 'major field-now-required /phone']);
    });

    it('reports tightened limits: smaller maxLength, larger minLength, narrower range and array size', () => {
      const r = diffDefinitions(base, changed('2.0.0', (s) => {
        props(s).note.maxLength = 200;
        props(s).phone.minLength = 10;
        props(s).age.maximum = 120;
        props(s).children.maxItems = 5;
      }));
      expect(summary(r.changes).sort()).toEqual([
        'major constraint-tightened /age',
        'major constraint-tightened /children',
        'major constraint-tightened /note',
        'major constraint-tightened /phone',
      ]);
      expect(r.changes.find((c) => c.path === '/note')!.message).toBe('maxLength 500 → 200 (tightened)');
    });

    it('reports a narrower enum, including the titled oneOf idiom', () => {
      const r = diffDefinitions(base, changed('2.0.0', (s) => {
        props(s).kind.enum = ['a', 'b'];
        props(s).sex.oneOf = [{ const: 'male', title: 'Nam' }];
      }));
      expect(summary(r.changes).sort()).toEqual(['major values-removed /kind', 'major values-removed /sex']);
      expect(r.changes.find((c) => c.path === '/kind')!.message).toContain('"c"');
    });

    it('reports a new or changed pattern and an added format', () => {
      const r = diffDefinitions(base, changed('2.0.0', (s, def) => {
        props(s).phone.pattern = '^0\\d{9}$';
        props(s).phone.format = 'vn-phone';
        (def.schema as JsonSchemaObject).$defs!.name = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[^0-9!]*$' };
      }));
      expect(summary(r.changes).sort()).toEqual([
        'major constraint-tightened /children/*/name',
        'major constraint-tightened /fullName',
        'major constraint-tightened /phone',
        'major constraint-tightened /phone',
      ]);
      expect(r.changes.every((c) => c.level === 'major')).toBe(true);
      // A change inside $defs is located at the definition it changed.
      expect(r.changes.find((c) => c.path === '/fullName')!.pointer).toBe('/schema/$defs/name/pattern');
    });

    it('reports closing an object to unknown fields', () => {
      const r = diffDefinitions(base, changed('2.0.0', (s) => (s.additionalProperties = false)));
      expect(summary(r.changes)).toEqual(['major constraint-tightened /']);
    });

    it('reports a conditional requirement added with if/then', () => {
      const r = diffDefinitions(base, changed('2.0.0', (s) => {
        s.if = { properties: { kind: { const: 'a' } }, required: ['kind'] };
        s.then = { required: ['phone'] };
      }));
      expect(summary(r.changes)).toEqual(['major field-now-required /phone']);
      expect(r.changes[0].message).toBe('field is now required (when the if condition holds)');
    });
  });

  describe('compatible changes (minor)', () => {
    it('reports an added optional field and relaxed limits as minor', () => {
      const r = diffDefinitions(base, changed('1.3.0', (s) => {
        props(s).email = { type: 'string', format: 'email' };
        props(s).note.maxLength = 1000;
        delete props(s).age.maximum;
        props(s).kind.enum = ['a', 'b', 'c', 'd'];
        s.required = ['fullName'];
      }));
      expect(summary(r.changes).sort()).toEqual([
        'minor constraint-relaxed /age',
        'minor constraint-relaxed /note',
        'minor field-added /email',
        'minor field-now-optional /sex',
        'minor values-added /kind',
      ]);
      expect(r.implied).toBe('minor');
      expect(r.honest).toBe(true);
    });

    it('treats prefill, computed values and rules as minor', () => {
      const r = diffDefinitions(base, changed('1.3.0', (_s, def) => {
        def.prefill = [{ target: '/fullName', source: 'vneid', claim: '/name' }];
        def.ui = { type: 'VerticalLayout', elements: [] };
      }));
      expect(r.implied).toBe('minor');
      expect(r.changes.map((c) => c.kind)).toContain('prefill-changed');
    });
  });

  describe('text changes (patch)', () => {
    it('reports titles, descriptions and translations as patch', () => {
      const r = diffDefinitions(base, changed('1.2.1', (s, def) => {
        props(s).fullName.title = 'Họ, chữ đệm và tên';
        props(s).sex.oneOf = [{ const: 'male', title: 'Nam giới' }, { const: 'female', title: 'Nữ' }];
        def.i18n!.en!['fullName.label'] = 'Full name (as on the ID card)';
        def.title = { vi: 'Tờ khai thử nghiệm', en: 'Test form' };
      }));
      expect(r.changes.every((c) => c.level === 'patch')).toBe(true);
      expect(r.changes.map((c) => c.path).sort()).toEqual(['/fullName', '/i18n/en/fullName.label', '/sex', '/title']);
      expect(r.implied).toBe('patch');
      expect(r.honest).toBe(true);
    });
  });

  describe('version honesty', () => {
    it('flags a minor bump for a breaking change and suggests the next major', () => {
      const r = diffDefinitions(base, changed('1.3.0', (s) => delete props(s).note));
      expect(r.implied).toBe('major');
      expect(r.actual).toBe('minor');
      expect(r.honest).toBe(false);
      expect(r.suggestedVersion).toBe('2.0.0');
    });

    it('flags an unchanged version when texts changed', () => {
      const r = diffDefinitions(base, changed('1.2.0', (_s, def) => (def.title = { vi: 'Khác' })));
      expect(r.implied).toBe('patch');
      expect(r.honest).toBe(false);
    });

    it('accepts an overstated bump', () => {
      const r = diffDefinitions(base, changed('2.0.0', (_s, def) => (def.title = { vi: 'Khác' })));
      expect(r.honest).toBe(true);
    });

    it('asks only a minor bump for a breaking change below 1.0.0', () => {
      const zero = { ...structuredClone(base), version: '0.4.2' };
      const r = diffDefinitions(zero, { ...changed('0.5.0', (s) => delete props(s).note) });
      expect(r.required).toBe('minor');
      expect(r.honest).toBe(true);
    });

    it('is dishonest when a version is not semver', () => {
      const r = diffDefinitions(base, changed('v2', () => {}));
      expect(r.actual).toBe('invalid');
      expect(r.honest).toBe(false);
    });
  });
});
