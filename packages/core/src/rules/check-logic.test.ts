// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { ComputedField, FormDefinition } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { UISchemaElement } from '../models/uischema.js';
import type { FunctionRegistry } from '../computed/types.js';
import { checkLogic } from './check-logic.js';

const schema: JsonSchemaObject = {
  type: 'object',
  properties: {
    married: { type: 'boolean' },
    spouse: { type: 'object', properties: { fullName: { type: 'string' } } },
    children: { type: 'array', items: { type: 'object', properties: { hasPid: { type: 'boolean' }, pid: { type: 'string' } } } },
    child: { type: 'object', properties: { name: { type: 'string' }, upper: { type: 'string' }, words: { type: 'string' }, dob: { type: 'string' } } },
  },
};

function check(ui: unknown, computed?: unknown, functions?: FunctionRegistry) {
  const definition = { id: 't', version: '1.0.0', title: { vi: 't' }, schema, ui, computed } as unknown as FormDefinition;
  return checkLogic({ definition, schema, ui: ui as UISchemaElement, functions });
}
const at = (problems: { pointer: string }[]) => problems.map((p) => p.pointer);
const withRule = (rule: unknown, scope = '#/properties/spouse/properties/fullName') => ({
  type: 'VerticalLayout',
  elements: [{ type: 'Control', scope: '#/properties/married' }, { type: 'Control', scope, rule }],
});

describe('checkLogic: rules', () => {
  it('accepts every condition kind when scopes resolve', () => {
    const rule = {
      effect: 'SHOW',
      condition: {
        type: 'OR',
        conditions: [
          { scope: '#/properties/married', schema: { const: true }, failWhenUndefined: true },
          { type: 'AND', conditions: [{ type: 'LEAF', scope: '#/properties/married', expectedValue: true }] },
        ],
      },
    };
    expect(check(withRule(rule))).toEqual([]);
  });

  it('reports a scope that does not resolve, at the scope', () => {
    const problems = check(withRule({ effect: 'HIDE', condition: { scope: '#/properties/maried', schema: { const: true } } }));
    expect(at(problems)).toEqual(['/ui/elements/1/rule/condition/scope']);
    expect(problems[0].code).toBe('rule');
  });

  it('reports empty AND/OR, unknown kinds and effects, and a LEAF without expectedValue', () => {
    expect(at(check(withRule({ effect: 'SHOW', condition: { type: 'AND', conditions: [] } })))).toEqual(['/ui/elements/1/rule/condition/conditions']);
    expect(at(check(withRule({ effect: 'SHOW', condition: { type: 'OR' } })))).toEqual(['/ui/elements/1/rule/condition/conditions']);
    expect(at(check(withRule({ effect: 'SHOW', condition: { type: 'XOR', conditions: [] } })))).toEqual(['/ui/elements/1/rule/condition']);
    expect(at(check(withRule({ effect: 'SHOW', condition: { scope: '#/properties/married' } })))).toEqual(['/ui/elements/1/rule/condition']);
    expect(at(check(withRule({ effect: 'REQUIRE', condition: { scope: '#/properties/married', schema: {} } })))).toEqual(['/ui/elements/1/rule/effect']);
    expect(at(check(withRule({ effect: 'SHOW', condition: { type: 'LEAF', scope: '#/properties/married' } })))).toEqual(['/ui/elements/1/rule/condition']);
  });

  it('reports a condition schema that is not a schema, where the bad keyword is', () => {
    const bad = (s: unknown) => at(check(withRule({ effect: 'SHOW', condition: { scope: '#/properties/married', schema: s } })));
    expect(bad({ type: 'bool' })).toEqual(['/ui/elements/1/rule/condition/schema/type']);
    expect(bad({ minLength: -1 })).toEqual(['/ui/elements/1/rule/condition/schema/minLength']);
    expect(bad({ pattern: '[' })).toEqual(['/ui/elements/1/rule/condition/schema/pattern']);
    expect(bad({ anyOf: [{ const: 1 }, 'x'] })).toEqual(['/ui/elements/1/rule/condition/schema/anyOf/1']);
    expect(bad({ $ref: '#/$defs/missing' })).toEqual(['/ui/elements/1/rule/condition/schema']);
    expect(bad(42)).toEqual(['/ui/elements/1/rule/condition/schema']);
    expect(bad(true)).toEqual([]);
  });

  it('resolves scopes inside an array detail relative to the item schema', () => {
    const ui = {
      type: 'VerticalLayout',
      elements: [{
        type: 'Control',
        scope: '#/properties/children',
        options: { detail: { type: 'VerticalLayout', elements: [
          { type: 'Control', scope: '#/properties/hasPid' },
          { type: 'Control', scope: '#/properties/pid', rule: { effect: 'SHOW', condition: { scope: '#/properties/hasPid', schema: { const: true } } } },
          { type: 'Control', scope: '#/properties/pid', rule: { effect: 'SHOW', condition: { scope: '#/properties/married', schema: { const: true } } } },
        ] } },
      }],
    };
    expect(at(check(ui))).toEqual(['/ui/elements/0/options/detail/elements/2/rule/condition/scope']);
  });

  it('reports a rule that reads what its own element contains', () => {
    const ui = { type: 'Group', label: 'x', rule: { effect: 'SHOW', condition: { scope: '#/properties/married', schema: { const: true } } }, elements: [{ type: 'Control', scope: '#/properties/married' }] };
    const problems = check(ui);
    expect(at(problems)).toEqual(['/ui/rule']);
    expect(problems[0].message).toContain('its own element');
  });

  it('reports visibility rules that depend on each other in a cycle, and accepts chains', () => {
    const show = (scope: string) => ({ effect: 'SHOW', condition: { scope, schema: { const: true } } });
    const cycle = { type: 'VerticalLayout', elements: [
      { type: 'Control', scope: '#/properties/married', rule: show('#/properties/spouse') },
      { type: 'Control', scope: '#/properties/spouse/properties/fullName', rule: show('#/properties/married') },
    ] };
    expect(at(check(cycle))).toEqual(['/ui/elements/0/rule']);
    const chain = { type: 'VerticalLayout', elements: [
      { type: 'Control', scope: '#/properties/married' },
      { type: 'Control', scope: '#/properties/spouse/properties/fullName', rule: show('#/properties/married') },
      { type: 'Control', scope: '#/properties/child/properties/name', rule: show('#/properties/spouse/properties/fullName') },
    ] };
    expect(check(chain)).toEqual([]);
  });

  it('lets a condition on an object read only the properties it names', () => {
    const ui = { type: 'VerticalLayout', elements: [
      { type: 'Control', scope: '#/properties/married' },
      { type: 'Control', scope: '#/properties/spouse/properties/fullName', rule: { effect: 'SHOW', condition: { scope: '#', schema: { required: ['married'], properties: { married: { const: true } } } } } },
    ] };
    expect(check(ui)).toEqual([]);
    const whole = { type: 'VerticalLayout', elements: [
      { type: 'Control', scope: '#/properties/spouse/properties/fullName', rule: { effect: 'SHOW', condition: { scope: '#', schema: { minProperties: 1 } } } },
    ] };
    expect(at(check(whole))).toEqual(['/ui/elements/0/rule']);
  });

  it('sees rule cycles through computed values', () => {
    const ui = { type: 'VerticalLayout', elements: [
      { type: 'Control', scope: '#/properties/child/properties/name', rule: { effect: 'HIDE', condition: { scope: '#/properties/child/properties/upper', schema: { const: 'X' } } } },
    ] };
    expect(at(check(ui, [{ target: '/child/upper', expr: { upperVi: [{ var: 'child.name' }] } }]))).toEqual(['/ui/elements/0/rule']);
  });
});

describe('checkLogic: computed fields', () => {
  const ui = { type: 'VerticalLayout', elements: [] };
  const computed = (...fields: ComputedField[]) => check(ui, fields);

  it('accepts chains and every built-in function', () => {
    expect(computed(
      { target: '/child/upper', expr: { upperVi: [{ var: 'child.name' }] } },
      { target: '/child/words', expr: { concat: [{ vnDateInWords: [{ var: 'child.dob' }] }, { ageAt: [{ var: 'child.dob' }, { var: '$now' }] }, { adminUnitName: ['01'] }, { join: [', ', { var: 'child.upper' }] }] } },
    )).toEqual([]);
  });

  it('locates an unknown function at its node', () => {
    const problems = computed({ target: '/child/words', expr: { cat: ['Ngày ', { today: [] }] } });
    expect(at(problems)).toEqual(['/computed/0/expr/cat/1']);
    expect(problems[0].code).toBe('computed');
  });

  it('accepts registry functions and rejects registry names that shadow built-ins', () => {
    const functions = { initials: (s: unknown) => String(s).slice(0, 1), upperVi: () => 'x', 'bad name': () => 1 };
    const problems = check(ui, [{ target: '/child/words', expr: { initials: [{ var: 'child.name' }] } }], functions);
    expect(problems.map((p) => p.message)).toEqual([
      'The registered function "upperVi" would replace the built-in "upperVi"; choose another name.',
      'The registered function name "bad name" is not an identifier.',
    ]);
  });

  it('reports targets that do not resolve, pass through arrays, repeat or overlap', () => {
    expect(at(computed({ target: '/child/nope', expr: 1 }))).toEqual(['/computed/0/target']);
    expect(at(computed({ target: 'child/name', expr: 1 }))).toEqual(['/computed/0/target']);
    expect(at(computed({ target: '/children/0/pid', expr: 1 }))).toEqual(['/computed/0/target']);
    expect(at(computed({ target: '/child/upper', expr: 1 }, { target: '/child/upper', expr: 2 }))).toEqual(['/computed/1/target']);
    expect(at(computed({ target: '/child', expr: { preserve: {} } }, { target: '/child/upper', expr: 2 }))).toEqual(['/computed/1/target']);
  });

  it('reports cycles between computed fields, once per cycle', () => {
    const problems = computed(
      { target: '/child/upper', expr: { upperVi: [{ var: 'child.words' }] } },
      { target: '/child/words', expr: { cat: [{ var: 'child.upper' }] } },
      { target: '/child/name', expr: { var: 'child.name' } },
    );
    expect(at(problems)).toEqual(['/computed/0/expr', '/computed/2/expr']);
    expect(problems[0].message).toBe('Computed fields depend on each other in a cycle: /child/upper → /child/words → /child/upper.');
  });

  it('reports malformed entries', () => {
    expect(at(check(ui, { target: '/x' }))).toEqual(['/computed']);
    expect(at(check(ui, ['x', { target: '/child/upper' }, { target: '/child/words', expr: 1, show: 'yes' }]))).toEqual(['/computed/0', '/computed/1', '/computed/2/show']);
  });

  it('reserves $now', () => {
    const s: JsonSchemaObject = { type: 'object', properties: { $now: { type: 'string' } } };
    const definition = { id: 't', version: '1', title: { vi: 't' }, schema: s } as FormDefinition;
    expect(at(checkLogic({ definition, schema: s, ui: { type: 'VerticalLayout', elements: [] } }))).toEqual(['/schema/properties/$now']);
  });
});
