// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { UISchemaElement } from '../models/uischema.js';
import { checkLogic } from './check-logic.js';
import { createEvaluator } from './evaluator.js';

/** A definition that uses every feature: nested objects, arrays with per-item rules, layouts, chains, $now. */
const schema: JsonSchemaObject = {
  type: 'object',
  required: ['applicant'],
  properties: {
    applicant: {
      type: 'object',
      required: ['fullName'],
      properties: { fullName: { type: 'string' }, upper: { type: 'string' }, dob: { type: 'string' }, age: { type: 'integer' } },
    },
    married: { type: 'boolean' },
    spouse: { type: 'object', required: ['fullName'], properties: { fullName: { type: 'string' }, pid: { type: 'string' } } },
    kind: { enum: ['a', 'b'] },
    reason: { type: 'string' },
    children: {
      type: 'array',
      items: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, hasPid: { type: 'boolean' }, pid: { type: 'string' } } },
    },
  },
};
const ui = {
  type: 'VerticalLayout',
  elements: [
    { type: 'Control', scope: '#/properties/applicant/properties/fullName' },
    { type: 'Control', scope: '#/properties/applicant/properties/upper' },
    { type: 'Control', scope: '#/properties/applicant/properties/dob' },
    { type: 'Control', scope: '#/properties/married' },
    {
      type: 'Group',
      label: 'spouse',
      rule: { effect: 'SHOW', condition: { scope: '#/properties/married', schema: { const: true } } },
      elements: [
        { type: 'Control', scope: '#/properties/spouse/properties/fullName' },
        { type: 'Control', scope: '#/properties/spouse/properties/pid', rule: { effect: 'DISABLE', condition: { type: 'LEAF', scope: '#/properties/kind', expectedValue: 'b' } } },
      ],
    },
    { type: 'Control', scope: '#/properties/kind', rule: { effect: 'HIDE', condition: { scope: '#/properties/applicant/properties/age', schema: { maximum: 5 }, failWhenUndefined: true } } },
    { type: 'Control', scope: '#/properties/reason', rule: { effect: 'SHOW', condition: { type: 'AND', conditions: [{ scope: '#/properties/kind', schema: { const: 'b' } }, { type: 'OR', conditions: [{ type: 'LEAF', scope: '#/properties/married', expectedValue: true }, { scope: '#/properties/spouse', schema: { required: ['pid'] } }] }] } } },
    {
      type: 'Control',
      scope: '#/properties/children',
      options: { detail: { type: 'VerticalLayout', elements: [
        { type: 'Control', scope: '#/properties/name' },
        { type: 'Control', scope: '#/properties/hasPid' },
        { type: 'Control', scope: '#/properties/pid', rule: { effect: 'SHOW', condition: { scope: '#/properties/hasPid', schema: { const: true } } } },
      ] } },
    },
  ],
} as UISchemaElement;
const definition: FormDefinition = {
  id: 'property',
  version: '1.0.0',
  title: { vi: 'Thử' },
  schema,
  ui,
  computed: [
    { target: '/applicant/age', expr: { ageAt: [{ var: 'applicant.dob' }, { var: '$now' }] } },
    { target: '/applicant/upper', expr: { upperVi: [{ var: 'applicant.fullName' }] } },
  ],
};
const evaluate = createEvaluator({ definition, schema, ui, now: '2025-03-15' });

/** Data shaped like the schema (so rules fire), with arbitrary values mixed in. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const shaped = fc.record(
  {
    applicant: maybe(fc.record({ fullName: maybe(fc.string()), dob: maybe(fc.constantFrom('2021-03-16', '2015-01-01', '2025', 'x')), upper: maybe(fc.anything()) }, { requiredKeys: [] })),
    married: maybe(fc.oneof(fc.boolean(), fc.anything())),
    spouse: maybe(fc.record({ fullName: maybe(fc.string()), pid: maybe(fc.string()) }, { requiredKeys: [] })),
    kind: maybe(fc.constantFrom('a', 'b', 'c')),
    reason: maybe(fc.string()),
    children: maybe(fc.array(fc.record({ name: maybe(fc.string()), hasPid: maybe(fc.boolean()), pid: maybe(fc.string()) }, { requiredKeys: [] }), { maxLength: 4 })),
  },
  { requiredKeys: [] },
);
const anyData = fc.oneof(shaped, fc.anything(), fc.jsonValue());

describe('evaluate (properties)', () => {
  it('uses a definition checkLogic accepts', () => {
    expect(checkLogic({ definition, schema, ui })).toEqual([]);
  });

  it('never throws and never mutates its input', () => {
    fc.assert(
      fc.property(anyData, (data) => {
        const before = fc.stringify(data);
        const result = evaluate(data);
        expect(fc.stringify(data)).toBe(before);
        expect(result).toHaveProperty('submission');
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same submission when the submission is evaluated again (browser and server agree)', () => {
    fc.assert(
      fc.property(shaped, (data) => {
        const first = evaluate(JSON.parse(JSON.stringify(data)) as unknown);
        const second = evaluate(first.submission);
        expect(second.submission).toEqual(first.submission);
        expect(second.required).toEqual(first.required);
        expect(second.computed).toEqual(first.computed);
      }),
      { numRuns: 400 },
    );
  });

  it('never requires a hidden field, and never submits a value at a hidden pointer', () => {
    fc.assert(
      fc.property(shaped, (data) => {
        const r = evaluate(JSON.parse(JSON.stringify(data)) as unknown);
        for (const p of r.required) expect(r.fields[p].visible).toBe(true);
        for (const p of r.hidden) {
          const tokens = p.split('/').slice(1);
          let cur: unknown = r.submission;
          for (const t of tokens) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[t] : undefined;
          expect(cur, p).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
