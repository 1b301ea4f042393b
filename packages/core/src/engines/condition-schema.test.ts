// SPDX-License-Identifier: MIT
/**
 * A condition schema the run-time matcher does not implement is a definition problem, reported where it is written,
 * so that no compiled form holds a condition decided differently from the interpreter (ADR 0002).
 */
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../models/definition.js';
import type { JsonSchema } from '../models/json-schema.js';
import { compileForm } from '../compile/compile-form.js';
import { FormDefinitionError } from '../models/errors.js';
import { assertConditionSchema } from './condition-schema.js';

const definitionWith = (conditionSchema: unknown): FormDefinition =>
  ({
    id: 'vn.test.conditions',
    version: '1.0.0',
    title: { vi: 'Thử', en: 'Test' },
    schema: { type: 'object', properties: { contact: { type: 'string' }, note: { type: 'string' } } },
    ui: {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/contact' },
        { type: 'Control', scope: '#/properties/note', rule: { effect: 'SHOW', condition: { scope: '#/properties/contact', schema: conditionSchema } } },
      ],
    },
  }) as unknown as FormDefinition;

const problemsOf = (definition: FormDefinition): ReadonlyArray<{ pointer: string; code: string; message: string }> => {
  try {
    compileForm(definition);
    return [];
  } catch (e) {
    if (e instanceof FormDefinitionError) return e.problems;
    throw e;
  }
};

describe('condition schemas the run-time matcher does not implement', () => {
  it.each([
    ['a standard format not carried at run time', { format: 'uri' }, /format "uri" is not available to rule conditions/],
    ['an $id', { $id: 'https://example.invalid/c', type: 'string' }, /\$id/],
    ['an anchor reference', { $defs: { a: { $anchor: 'a', minLength: 1 } }, $ref: '#a' }, /not a plain JSON Pointer/],
    ['a $ref cycle that never reaches the data', { $defs: { a: { allOf: [{ $ref: '#/$defs/a' }] } }, $ref: '#/$defs/a' }, /\$ref cycle/],
  ])('are refused by compileForm with a rule problem at the schema: %s', (_what, schema, message) => {
    const problems = problemsOf(definitionWith(schema));
    expect(problems.map((p) => [p.pointer, p.code])).toContainEqual(['/ui/elements/1/rule/condition/schema', 'rule']);
    expect(problems.find((p) => p.pointer === '/ui/elements/1/rule/condition/schema')?.message).toMatch(message);
  });

  it('accepts what it implements, including the carried formats and local references', () => {
    for (const schema of [{ format: 'email' }, { format: 'vn-mobile' }, { $defs: { p: { pattern: '^0' } }, $ref: '#/$defs/p' }, { not: { const: '' } }])
      expect(() => assertConditionSchema(schema as JsonSchema, '2020-12')).not.toThrow();
    expect(problemsOf(definitionWith({ format: 'email' }))).toEqual([]);
  });

  it('still refuses what the interpreter cannot compile (an unresolvable $ref)', () => {
    expect(() => assertConditionSchema({ $ref: '#/$defs/missing' }, '2020-12')).toThrow();
  });
});

describe('the data schema\'s "if" subschemas (conditional required)', () => {
  const withIf = (ifSchema: unknown): FormDefinition =>
    ({
      id: 'vn.test.if',
      version: '1.0.0',
      title: { vi: 'Thử', en: 'Test' },
      schema: {
        type: 'object',
        properties: { site: { type: 'string' }, note: { type: 'string' } },
        if: ifSchema,
        then: { required: ['note'] },
      },
    }) as unknown as FormDefinition;

  it('refuses an "if" the run-time matcher cannot decide but the interpreter can', () => {
    const problems = problemsOf(withIf({ properties: { site: { format: 'hostname' } }, required: ['site'] }));
    expect(problems.map((p) => p.pointer)).toEqual(['/schema/if']);
    expect(problems[0].message).toMatch(/format "hostname" is not available/);
  });

  it('accepts the usual ones', () => {
    expect(problemsOf(withIf({ properties: { site: { const: 'x' } }, required: ['site'] }))).toEqual([]);
  });
});
