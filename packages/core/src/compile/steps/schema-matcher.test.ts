import { describe, expect, it } from 'vitest';
import { compileMatcher } from './schema-matcher.js';
import { formBundleSchema, formDefinitionSchema } from '../form-schema.js';
import { SUITE } from '../../engines/suite-cases.test.helper.js';
import type { JsonObject } from '../../util/json.js';

/** Suite files whose keywords the matcher implements (format.json is left out: 2020-12 only annotates formats there). */
const FILES = new Set([
  'additionalProperties.json', 'allOf.json', 'anyOf.json', 'boolean_schema.json', 'const.json', 'default.json', 'defs.json',
  'dependentRequired.json', 'enum.json', 'exclusiveMaximum.json', 'exclusiveMinimum.json', 'if-then-else.json',
  'infinite-loop-detection.json', 'items.json', 'maxItems.json', 'maxLength.json', 'maxProperties.json', 'maximum.json',
  'minItems.json', 'minLength.json', 'minProperties.json', 'minimum.json', 'not.json', 'oneOf.json', 'pattern.json',
  'patternProperties.json', 'properties.json', 'propertyNames.json', 'ref.json', 'required.json', 'type.json',
  'unevaluatedProperties.json', 'uniqueItems.json',
]);

const compiles = (schema: unknown): boolean => {
  try {
    compileMatcher(schema as JsonObject);
    return true;
  } catch {
    return false;
  }
};

describe('compileMatcher', () => {
  it('compiles both published meta-schemas (every keyword they use is implemented)', () => {
    expect(() => compileMatcher(formDefinitionSchema as unknown as JsonObject)).not.toThrow();
    expect(() => compileMatcher(formBundleSchema as unknown as JsonObject)).not.toThrow();
  });

  it('gives the JSON Schema Test Suite verdict (2020-12) for every group whose keywords it implements', () => {
    let ran = 0;
    const wrong: string[] = [];
    for (const file of SUITE.filter((f) => f.draft === '2020-12' && FILES.has(f.file))) {
      for (const group of file.groups) {
        // A root that is a boolean schema is wrapped: the matcher takes a document object.
        const root = typeof group.schema === 'boolean' ? { allOf: [group.schema] } : group.schema;
        if (!compiles(root)) continue;
        const match = compileMatcher(root as JsonObject);
        for (const t of group.tests) {
          ran++;
          if (match(t.data) !== t.valid) wrong.push(`${file.file} :: ${group.description} :: ${t.description}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(ran).toBeGreaterThan(600);
  });

  it('refuses what it does not implement instead of ignoring it', () => {
    expect(() => compileMatcher({ multipleOf: 2 })).toThrow(/multipleOf/);
    expect(() => compileMatcher({ properties: { a: { $dynamicRef: '#x' } } })).toThrow(/\$dynamicRef/);
    expect(() => compileMatcher({ $ref: 'https://example.invalid/s.json' })).toThrow(/not a local reference/);
    expect(() => compileMatcher({ $ref: '#/$defs/missing' })).toThrow(/not a local reference/);
    expect(() => compileMatcher({ items: { $id: 'inner' } })).toThrow(/nested "\$id"/);
    expect(() => compileMatcher({ items: [{ type: 'string' }] })).toThrow(/array "items"/);
  });

  it('follows recursive references', () => {
    const match = compileMatcher({ $defs: { node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } }, additionalProperties: false } }, $ref: '#/$defs/node' });
    expect(match({ next: { next: { next: {} } } })).toBe(true);
    expect(match({ next: { next: { other: 1 } } })).toBe(false);
  });

  it('counts a property as evaluated only through schemas that hold (unevaluatedProperties)', () => {
    const match = compileMatcher({
      anyOf: [{ properties: { a: { type: 'string' } }, required: ['a'] }, { properties: { b: true }, required: ['b'] }],
      if: { properties: { kind: { const: 'x' } }, required: ['kind'] },
      then: { properties: { x: true } },
      else: { properties: { y: true } },
      properties: { kind: true },
      unevaluatedProperties: false,
    });
    expect(match({ a: 'text', kind: 'x', x: 1 })).toBe(true);
    expect(match({ a: 'text', b: 1, kind: 'z', y: 1 })).toBe(true);
    // `a` fails its branch, so that branch evaluates nothing; `b`'s branch holds.
    expect(match({ a: 1, b: 1 })).toBe(false);
    // `x` belongs to `then`, which does not apply when kind is not "x".
    expect(match({ b: 1, kind: 'z', x: 1 })).toBe(false);
    // `y` belongs to `else`.
    expect(match({ b: 1, kind: 'x', y: 1 })).toBe(false);
  });

  it('dispatches an allOf of tagged if/then branches on the tag with the verdicts of trying every if', () => {
    const tagged = (type: string, then: object) => ({ if: { properties: { type: { const: type } }, required: ['type'] }, then });
    const schema = {
      allOf: [tagged('a', { required: ['x'] }), tagged('b', { properties: { y: { type: 'number' } } }), tagged('a', { properties: { x: { minLength: 2 } } })],
      properties: { type: true },
      unevaluatedProperties: false,
    };
    const match = compileMatcher(schema);
    // The same schema with the branches spelled differently, so the general path decides.
    const general = compileMatcher({ ...schema, allOf: [...schema.allOf, { if: true }] });
    const cases: unknown[] = [{ type: 'a', x: 'xy' }, { type: 'a', x: 'x' }, { type: 'a' }, { type: 'b', y: 1 }, { type: 'b', y: '1' }, { type: 'b', x: 'xy' }, { type: 'c' }, { x: 'xy' }, {}, 'text', 3, null, []];
    for (const value of cases) expect(match(value), JSON.stringify(value)).toBe(general(value));
    expect(cases.map((v) => match(v))).toEqual([true, false, false, true, false, false, true, false, true, true, true, true, true]);
  });

  it('checks formats with tokhai\'s table, on strings only where the format is about strings', () => {
    const match = compileMatcher({ items: { format: 'regex' } });
    expect(match(['^a+$', 3, null])).toBe(true);
    expect(match(['(unclosed'])).toBe(false);
  });
});
