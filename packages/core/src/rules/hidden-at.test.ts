// SPDX-License-Identifier: MIT
/**
 * The targeted "is this pointer hidden?" decision (hidden-at.ts): which pointers it decides from their own rules and
 * which it leaves to the full evaluation, and that its answers are the full evaluation's. The broad agreement check,
 * on random variations of every conformance case and the catalog form, is in evaluate.reference.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { UISchemaElement } from '../models/uischema.js';
import { isAtOrUnder } from '../util/json-pointer.js';
import { createLogicEngine } from './evaluator.js';
import { createHiddenAt } from './hidden-at.js';
import { buildPlan } from './plan.js';
import { logicKit } from '../computed/kit.js';
import type { EvaluatorInput } from './types.js';

/** Node's modules by computed specifier: core's tsconfig has no Node types. */
const [fsName, urlName] = ['node:fs', 'node:url'];
const fs = (await import(fsName)) as { readFileSync(file: string, encoding: 'utf8'): string };
const url = (await import(urlName)) as { fileURLToPath(u: string): string };
const here = url.fileURLToPath((import.meta as unknown as { url: string }).url).replace(/[\\/][^\\/]*$/, '/');

const birth = JSON.parse(fs.readFileSync(here + '../../../../forms/birth-registration/vn.moj.birth-registration.form.json', 'utf8')) as FormDefinition;
const birthInput: EvaluatorInput = { definition: birth, schema: birth.schema as JsonSchemaObject, ui: birth.ui! };

const control = (scope: string, extra: object = {}): UISchemaElement => ({ type: 'Control', scope, ...extra });
const show = (scope: string, schema: object) => ({ rule: { effect: 'SHOW', condition: { scope, schema } } });

/** A small form: a chain through a hidden value, an array with item rules, a computed value. */
const schema: JsonSchemaObject = {
  type: 'object',
  properties: {
    a: { type: 'boolean' },
    b: { type: 'string' },
    c: { type: 'string' },
    d: { type: 'string' },
    items: { type: 'array', items: { type: 'object', properties: { on: { type: 'boolean' }, code: { type: 'string' } } } },
    owner: { type: 'object', properties: { name: { type: 'string' }, upper: { type: 'string' } } },
  },
};
const ui = {
  type: 'VerticalLayout',
  elements: [
    control('#/properties/a'),
    control('#/properties/b', show('#/properties/a', { const: true })),
    // c's rule reads b, which a rule can hide: c needs the full evaluation.
    control('#/properties/c', show('#/properties/b', { const: 'x' })),
    // d's rule reads a, which no rule hides: decided alone.
    { type: 'Group', label: 'd', ...show('#/properties/a', { const: false }), elements: [control('#/properties/d')] },
    control('#/properties/items', {
      options: { detail: { type: 'VerticalLayout', elements: [control('#/properties/on'), control('#/properties/code', show('#/properties/on', { const: true }))] } },
    }),
    control('#/properties/owner/properties/name'),
    control('#/properties/owner/properties/upper'),
  ],
} as UISchemaElement;
const definition: FormDefinition = { id: 'vn.test.hidden-at', version: '1.0.0', title: { vi: 'Thử' }, schema, ui };
const input: EvaluatorInput = { definition, schema, ui };

const targeted = (i: EvaluatorInput) => {
  const plan = buildPlan({ ...i, logic: logicKit });
  return createHiddenAt(plan.program, plan.hideable).targeted;
};

describe('hidden-at: which pointers are decided from their own rules', () => {
  it('decides the catalog form\'s pointers alone, except where a rule reads a value another rule can hide', () => {
    const alone = targeted(birthInput);
    for (const p of ['/copies/count', '/requester/residence/street', '/requester/relationshipDetail', '/mother/residence', '/father/fullName', '/father/pid', '/child/fullName', '/declaration/confirmed'])
      expect(alone(p), p).toBe(true);
    // Its HIDE rule reads /father/pid, which the father group's rule can hide.
    expect(alone('/father/residence')).toBe(false);
    expect(alone('/father/residence/communeCode')).toBe(false);
  });

  it('leaves chains through hidden values and pointers inside an array to the full evaluation', () => {
    const alone = targeted(input);
    expect(['/a', '/b', '/d', '/owner/name', '/items', '/nowhere'].map(alone)).toEqual([true, true, true, true, true, true]);
    expect(alone('/c')).toBe(false);
    expect(alone('/items/0')).toBe(false);
    expect(alone('/items/0/code')).toBe(false);
  });
});

describe('coveredByHidden answers as the full evaluation', () => {
  const data = fc.record(
    {
      a: fc.option(fc.boolean(), { nil: undefined }),
      b: fc.option(fc.constantFrom('x', 'y'), { nil: undefined }),
      c: fc.option(fc.string(), { nil: undefined }),
      d: fc.option(fc.string(), { nil: undefined }),
      items: fc.option(fc.array(fc.record({ on: fc.option(fc.boolean(), { nil: undefined }), code: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: [] }), { maxLength: 3 }), { nil: undefined }),
      owner: fc.option(fc.record({ name: fc.option(fc.string(), { nil: undefined }) }, { requiredKeys: [] }), { nil: undefined }),
    },
    { requiredKeys: [] },
  );
  const pointers = ['', '/a', '/b', '/b/x', '/c', '/d', '/items', '/items/0', '/items/0/code', '/items/1/code', '/items/2/on', '/owner', '/owner/name', '/owner/upper', '/zzz'];

  const agree = (i: EvaluatorInput) => {
    const logic = createLogicEngine(i);
    fc.assert(
      fc.property(data, (d) => {
        const hidden = logic.evaluate(d).hidden;
        expect(logic.coveredByHidden(pointers, d)).toEqual(pointers.map((p) => hidden.some((h) => isAtOrUnder(p, h))));
      }),
      { numRuns: 500 },
    );
  };

  it('on a form with chains, arrays and object controls', () => agree(input));

  it('when computed values read what rules hide (then every answer comes from the full evaluation)', () => {
    const computed = [{ target: '/owner/upper', expr: { upperVi: [{ var: 'd' }] } }];
    const withComputed = { ...definition, computed };
    agree({ definition: withComputed, schema, ui });
    expect(createLogicEngine({ definition: withComputed, schema, ui }).computedAlone).toBe(false);
  });

  it('when computed values read only what no rule hides, with the data as the rules see it', () => {
    const computed = [{ target: '/owner/upper', expr: { upperVi: [{ var: 'owner.name' }] } }];
    const withComputed = { ...definition, computed };
    const logic = createLogicEngine({ definition: withComputed, schema, ui });
    expect(logic.computedAlone).toBe(true);
    agree({ definition: withComputed, schema, ui });
  });
});
