// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { ComputedField, FormDefinition } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { UISchemaElement } from '../models/uischema.js';
import { createEvaluator } from './evaluator.js';
import type { EvaluatorInput } from './types.js';

const control = (scope: string, extra: object = {}): UISchemaElement => ({ type: 'Control', scope, ...extra });
const vertical = (elements: UISchemaElement[], extra: object = {}): UISchemaElement => ({ type: 'VerticalLayout', elements, ...extra });
const showWhen = (scope: string, schema: object) => ({ rule: { effect: 'SHOW', condition: { scope, schema } } });
const hideWhen = (scope: string, schema: object) => ({ rule: { effect: 'HIDE', condition: { scope, schema } } });

function evaluator(schema: JsonSchemaObject, ui: UISchemaElement, computed: ComputedField[] = [], extra: Partial<EvaluatorInput> = {}) {
  const definition: FormDefinition = { id: 'test', version: '1.0.0', title: { vi: 'Thử' }, schema, ui, computed };
  return createEvaluator({ definition, schema, ui, ...extra });
}

const spouseSchema: JsonSchemaObject = {
  type: 'object',
  properties: {
    married: { type: 'boolean' },
    spouse: {
      type: 'object',
      properties: { fullName: { type: 'string' }, pid: { type: 'string' } },
      required: ['fullName'],
    },
  },
};
const spouseUi = vertical([
  control('#/properties/married'),
  { type: 'Group', label: 'Vợ/chồng', elements: [control('#/properties/spouse/properties/fullName'), control('#/properties/spouse/properties/pid')], ...showWhen('#/properties/married', { const: true }) } as UISchemaElement,
]);

describe('visibility and enablement', () => {
  it('hides every control inside a hidden layout and reports element states by UI path', () => {
    const r = evaluator(spouseSchema, spouseUi)({ married: false });
    expect(r.elements['/elements/1']).toEqual({ visible: false, enabled: true });
    expect(r.elements['/elements/1/elements/0'].visible).toBe(false);
    expect(r.fields['/spouse/fullName'].visible).toBe(false);
    expect(r.fields['/married']).toEqual({ visible: true, enabled: true, required: false, computed: false });
    expect(r.hidden).toEqual(['/spouse/fullName', '/spouse/pid']);
  });

  it('shows them when the condition holds', () => {
    const r = evaluator(spouseSchema, spouseUi)({ married: true });
    expect(r.hidden).toEqual([]);
    expect(r.fields['/spouse/pid'].visible).toBe(true);
  });

  it('disables descendants of a disabled layout, and of a read-only layout', () => {
    const ui = vertical([
      control('#/properties/married'),
      vertical([control('#/properties/spouse/properties/fullName')], { rule: { effect: 'DISABLE', condition: { type: 'LEAF', scope: '#/properties/married', expectedValue: false } } }),
      vertical([control('#/properties/spouse/properties/pid')], { options: { readonly: true } }),
    ]);
    const r = evaluator(spouseSchema, ui)({ married: false });
    expect(r.fields['/spouse/fullName'].enabled).toBe(false);
    expect(r.fields['/spouse/fullName'].visible).toBe(true);
    expect(r.fields['/spouse/pid'].enabled).toBe(false);
    expect(r.fields['/married'].enabled).toBe(true);
    expect(evaluator(spouseSchema, ui)({ married: true }).fields['/spouse/fullName'].enabled).toBe(true);
  });

  it('ENABLE enables a control only while its condition holds', () => {
    const ui = vertical([control('#/properties/married'), control('#/properties/spouse/properties/pid', { rule: { effect: 'ENABLE', condition: { scope: '#/properties/married', schema: { const: true } } } })]);
    expect(evaluator(spouseSchema, ui)({}).fields['/spouse/pid'].enabled).toBe(false);
    expect(evaluator(spouseSchema, ui)({ married: true }).fields['/spouse/pid'].enabled).toBe(true);
  });

  it('treats schema readOnly as disabled', () => {
    const schema: JsonSchemaObject = { type: 'object', properties: { code: { type: 'string', readOnly: true } } };
    expect(evaluator(schema, vertical([control('#/properties/code')]))({}).fields['/code'].enabled).toBe(false);
  });

  it('keeps a field visible when one of two controls editing it is visible', () => {
    const ui = vertical([control('#/properties/married', hideWhen('#', { type: 'object' })), control('#/properties/married')]);
    const r = evaluator(spouseSchema, ui)({ married: true });
    expect(r.fields['/married'].visible).toBe(true);
    expect(r.hidden).toEqual([]);
    expect(r.elements['/elements/0'].visible).toBe(false);
  });
});

describe('object details', () => {
  it('walks an object control\'s options.detail relative to the object', () => {
    const ui = vertical([
      control('#/properties/married'),
      control('#/properties/spouse', { options: { detail: vertical([control('#/properties/fullName'), control('#/properties/pid', { rule: { effect: 'SHOW', condition: { scope: '#/properties/fullName', schema: { minLength: 1 }, failWhenUndefined: true } } })]) }, ...showWhen('#/properties/married', { const: true }) }),
    ]);
    const e = evaluator(spouseSchema, ui);
    const r = e({ married: true, spouse: { pid: '1' } });
    expect(r.elements['/elements/1/detail/elements/1']).toEqual({ visible: false, enabled: true });
    expect(r.fields['/spouse/fullName']).toEqual({ visible: true, enabled: true, required: false, computed: false });
    // pid was the object's only value: stripping it empties the optional object, which then goes too.
    expect(r.submission).toEqual({ married: true });
    expect(e({ married: true, spouse: { fullName: 'Lan', pid: '1' } }).fields['/spouse/pid'].visible).toBe(true);
  });
});

describe('required', () => {
  const schema: JsonSchemaObject = {
    type: 'object',
    required: ['applicant'],
    properties: {
      applicant: { type: 'object', required: ['fullName'], properties: { fullName: { type: 'string' }, phone: { type: 'string' } } },
      guardian: { type: 'object', required: ['fullName'], properties: { fullName: { type: 'string' } } },
      kind: { enum: ['self', 'other'] },
      reason: { type: 'string' },
    },
    if: { properties: { kind: { const: 'other' } }, required: ['kind'] },
    then: { required: ['reason'] },
  };
  const ui = vertical([
    control('#/properties/applicant/properties/fullName'),
    control('#/properties/applicant/properties/phone'),
    control('#/properties/guardian/properties/fullName'),
    control('#/properties/kind'),
    control('#/properties/reason', showWhen('#/properties/kind', { const: 'other' })),
  ]);
  const evaluate = evaluator(schema, ui);

  it('requires a required property of a required object even before the object exists', () => {
    expect(evaluate({}).required).toEqual(['/applicant/fullName']);
  });

  it('requires a required property of an optional object only once the object exists', () => {
    expect(evaluate({}).fields['/guardian/fullName'].required).toBe(false);
    expect(evaluate({ guardian: {} }).fields['/guardian/fullName'].required).toBe(true);
  });

  it('follows if/then for the data at hand, and never requires a hidden field', () => {
    expect(evaluate({ kind: 'other' }).required).toEqual(['/applicant/fullName', '/reason']);
    expect(evaluate({ kind: 'self' }).required).toEqual(['/applicant/fullName']);
  });

  it('follows dependentRequired', () => {
    const s: JsonSchemaObject = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, dependentRequired: { a: ['b'] } };
    const e = evaluator(s, vertical([control('#/properties/a'), control('#/properties/b')]));
    expect(e({}).required).toEqual([]);
    expect(e({ a: 'x' }).required).toEqual(['/b']);
  });
});

describe('arrays', () => {
  const schema: JsonSchemaObject = {
    type: 'object',
    properties: {
      hasChildren: { type: 'boolean' },
      children: {
        type: 'array',
        items: {
          type: 'object',
          required: ['fullName'],
          properties: { fullName: { type: 'string' }, hasPid: { type: 'boolean' }, pid: { type: 'string' } },
        },
      },
      tags: { type: 'array', items: { type: 'string' } },
    },
  };
  const detail = vertical([
    control('#/properties/fullName'),
    control('#/properties/hasPid'),
    control('#/properties/pid', showWhen('#/properties/hasPid', { const: true })),
  ]);
  const ui = vertical([
    control('#/properties/hasChildren'),
    control('#/properties/children', { options: { detail }, ...showWhen('#/properties/hasChildren', { const: true }) }),
    control('#/properties/tags'),
  ]);
  const evaluate = evaluator(schema, ui);
  const data = {
    hasChildren: true,
    children: [
      { fullName: 'An', hasPid: false, pid: '001203012345' },
      { fullName: 'Bình', hasPid: true, pid: '001203012346' },
    ],
    tags: ['a', 'b'],
  };

  it('expands the detail per item, with item-relative rules and element paths after the index', () => {
    const r = evaluate(data);
    expect(r.fields['/children/0/pid'].visible).toBe(false);
    expect(r.fields['/children/1/pid'].visible).toBe(true);
    expect(r.elements['/elements/1/detail/0/elements/2'].visible).toBe(false);
    expect(r.elements['/elements/1/detail/1/elements/2'].visible).toBe(true);
    expect(r.required).toEqual(['/children/0/fullName', '/children/1/fullName']);
  });

  it('strips a hidden field of one item only', () => {
    expect(evaluate(data).submission).toEqual({
      hasChildren: true,
      children: [{ fullName: 'An', hasPid: false }, data.children[1]],
      tags: ['a', 'b'],
    });
  });

  it('generates a detail for items without options.detail (a control per item for primitives)', () => {
    const r = evaluate(data);
    expect(r.fields['/tags/1']).toEqual({ visible: true, enabled: true, required: false, computed: false });
    expect(r.elements['/elements/2/detail/1']).toEqual({ visible: true, enabled: true });
  });

  it('hides every item field and strips the whole array when the array control is hidden', () => {
    const r = evaluate({ ...data, hasChildren: false });
    expect(r.fields['/children'].visible).toBe(false);
    expect(r.hidden).toEqual(['/children']);
    // Rules see the data without hidden values, so the hidden array has no items to expand.
    expect(Object.keys(r.fields).filter((p) => p.startsWith('/children/'))).toEqual([]);
    expect(r.submission).toEqual({ hasChildren: false, tags: ['a', 'b'] });
  });
});

describe('stripping hidden data', () => {
  it('removes an object emptied by stripping, but keeps one the schema requires as {}', () => {
    const optional = evaluator(spouseSchema, spouseUi)({ married: false, spouse: { fullName: 'X', pid: '1' } });
    expect(optional.submission).toEqual({ married: false });
    const requiredSchema: JsonSchemaObject = { ...spouseSchema, required: ['spouse'] };
    const required = evaluator(requiredSchema, spouseUi)({ married: false, spouse: { fullName: 'X' } });
    expect(required.submission).toEqual({ married: false, spouse: {} });
  });

  it('leaves data that no control shows, and objects that were empty already', () => {
    const r = evaluator(spouseSchema, spouseUi)({ married: false, extra: 1, spouse: {} });
    expect(r.submission).toEqual({ married: false, extra: 1, spouse: {} });
  });

  it('keeps hidden values in data (shown again if re-shown) but not in the submission', () => {
    const input = { married: false, spouse: { fullName: 'X' } };
    const r = evaluator(spouseSchema, spouseUi)(input);
    expect(r.data).toEqual(input);
    expect(r.data).not.toBe(input);
  });

  it('lets a value hidden by a rule stop counting for other rules (a chain settles)', () => {
    const schema: JsonSchemaObject = { type: 'object', properties: { a: { type: 'boolean' }, b: { type: 'string' }, c: { type: 'string' } } };
    const ui = vertical([
      control('#/properties/a'),
      control('#/properties/b', showWhen('#/properties/a', { const: true })),
      control('#/properties/c', hideWhen('#/properties/b', { const: 'x' })),
    ]);
    const r = evaluator(schema, ui)({ a: false, b: 'x', c: 'kept' });
    // b is hidden, so its stale "x" no longer hides c.
    expect(r.fields['/c'].visible).toBe(true);
    expect(r.submission).toEqual({ a: false, c: 'kept' });
  });
});

describe('computed values', () => {
  const schema: JsonSchemaObject = {
    type: 'object',
    properties: {
      child: {
        type: 'object',
        properties: {
          family: { type: 'string' },
          given: { type: 'string' },
          fullName: { type: 'string' },
          fullNameUpper: { type: 'string' },
          dateOfBirth: { type: 'string' },
          dateOfBirthInWords: { type: 'string' },
          age: { type: 'integer' },
        },
      },
      insurance: { type: 'string' },
    },
  };
  const ui = vertical([
    control('#/properties/child/properties/family'),
    control('#/properties/child/properties/given'),
    control('#/properties/child/properties/fullNameUpper'),
    control('#/properties/child/properties/dateOfBirth'),
    control('#/properties/child/properties/dateOfBirthInWords'),
    control('#/properties/insurance', showWhen('#/properties/child/properties/age', { maximum: 5 })),
  ]);
  // Written out of order on purpose: the chain must still resolve.
  const computed: ComputedField[] = [
    { target: '/child/fullNameUpper', expr: { upperVi: [{ var: 'child.fullName' }] } },
    { target: '/child/fullName', expr: { concat: [{ var: 'child.family' }, { var: 'child.given' }] }, show: false },
    { target: '/child/dateOfBirthInWords', expr: { vnDateInWords: [{ var: 'child.dateOfBirth' }] } },
    { target: '/child/age', expr: { ageAt: [{ var: 'child.dateOfBirth' }, { var: '$now' }] }, show: false },
  ];
  const evaluate = evaluator(schema, ui, computed, { now: '2025-03-15' });
  const input = { child: { family: 'nguyễn', given: 'ánh', dateOfBirth: '2021-03-16', fullNameUpper: 'TYPED BY HAND' }, insurance: 'TE1' };

  it('resolves chains in dependency order and writes the values into data and submission', () => {
    const r = evaluate(input);
    expect(r.computed).toEqual({
      '/child/fullName': 'nguyễn ánh',
      '/child/fullNameUpper': 'NGUYỄN ÁNH',
      '/child/dateOfBirthInWords': 'ngày mười sáu tháng ba năm hai nghìn không trăm hai mươi mốt',
      '/child/age': 3,
    });
    expect((r.data as { child: Record<string, unknown> }).child.fullNameUpper).toBe('NGUYỄN ÁNH');
    expect((r.submission as { child: Record<string, unknown> }).child.age).toBe(3);
  });

  it('marks computed fields computed and disabled', () => {
    expect(evaluate(input).fields['/child/fullNameUpper']).toEqual({ visible: true, enabled: false, required: false, computed: true });
  });

  it('lets rules read computed values', () => {
    expect(evaluate(input).fields['/insurance'].visible).toBe(true);
    const older = evaluate({ ...input, child: { ...input.child, dateOfBirth: '2015-01-01' } });
    expect(older.fields['/insurance'].visible).toBe(false);
    expect(older.submission).not.toHaveProperty('insurance');
  });

  it('takes $now per call, and leaves age-based values empty without one', () => {
    expect(evaluate(input, { now: '2027-03-16T10:00:00+07:00' }).computed['/child/age']).toBe(6);
    const noNow = evaluator(schema, ui, computed)(input);
    expect(noNow.computed['/child/age']).toBeNull();
    expect((noNow.data as { child: object }).child).not.toHaveProperty('age');
  });

  it('empties the target when a value cannot be computed, even if the data had one', () => {
    const r = evaluate({ child: { dateOfBirthInWords: 'stale', dateOfBirth: 'not a date' } });
    expect(r.computed['/child/dateOfBirthInWords']).toBeNull();
    expect((r.submission as { child: object }).child).not.toHaveProperty('dateOfBirthInWords');
  });

  it('passes the admin-unit lookup to adminUnitName', () => {
    const s: JsonSchemaObject = { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } };
    const e = evaluator(s, vertical([control('#/properties/code')]), [{ target: '/name', expr: { adminUnitName: [{ var: 'code' }] } }], {
      adminUnits: { name: (c) => (c === '79' ? 'Thành phố Hồ Chí Minh' : undefined) },
    });
    expect(e({ code: '79' }).computed).toEqual({ '/name': 'Thành phố Hồ Chí Minh' });
    expect(e({ code: '00' }).computed).toEqual({ '/name': null });
  });

  it('turns a failing registry function into null instead of throwing', () => {
    const s: JsonSchemaObject = { type: 'object', properties: { x: { type: 'string' } } };
    const e = evaluator(s, vertical([]), [{ target: '/x', expr: { boom: [] } }], { functions: { boom: () => { throw new Error('bug'); } } });
    expect(e({}).computed).toEqual({ '/x': null });
  });
});

describe('purity', () => {
  it('does not mutate its input, and copies only what it changes (results are read-only)', () => {
    const input = { married: false, spouse: { fullName: 'X' }, extra: { note: 'kept' } };
    const frozen = JSON.stringify(input);
    const r = evaluator(spouseSchema, spouseUi)(input);
    expect(JSON.stringify(input)).toBe(frozen);
    expect(r.submission).toEqual({ married: false, extra: { note: 'kept' } });
    expect(r.data).toEqual(input);
    // Top levels are always fresh; an untouched subtree is shared with the input (copy-on-write), not copied.
    expect(r.data).not.toBe(input);
    expect(r.submission).not.toBe(r.data);
    expect((r.data as typeof input).extra).toBe(input.extra);
    expect((r.submission as typeof input).extra).toBe(input.extra);
  });

  it('never throws, even for a definition compileForm would reject', () => {
    const broken = createEvaluator({ definition: {} as FormDefinition, schema: null as unknown as JsonSchemaObject, ui: null as unknown as UISchemaElement });
    expect(broken({ a: 1 }).submission).toEqual({ a: 1 });
  });
});
