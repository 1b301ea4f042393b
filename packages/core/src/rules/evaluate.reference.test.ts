// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileForm } from '../index.js';
import type { AdminUnitNameLookup, FunctionRegistry } from '../computed/types.js';
import type { Evaluation } from '../models/compiled-form.js';
import type { FormDefinition } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import { isAtOrUnder } from '../util/json-pointer.js';
import { CONFORMANCE_FUNCTIONS, type ConformanceCase } from './conformance-runner.js';
import { createLogicEngine } from './evaluator.js';
import { createReferenceEvaluator } from './reference-evaluate.test.helper.js';

/**
 * The optimized evaluator (compiled layout, copy-on-write data, the second round decided without running it when
 * nothing it read changes) against the straightforward implementation it replaced, on random variations of
 * realistic data: every conformance case, the catalog's birth registration form and its fixtures, and a form made
 * to chain rules through hidden values, arrays and computed values. Both must give the same evaluation, with the
 * same key order, and validate must give the same answer whether it evaluates itself or is handed the evaluation.
 */

/** Node's modules by computed specifier: core's tsconfig has no Node types. */
const [fsName, urlName] = ['node:fs', 'node:url'];
const fs = (await import(fsName)) as { readdirSync(dir: string): string[]; readFileSync(file: string, encoding: 'utf8'): string };
const url = (await import(urlName)) as { fileURLToPath(u: string): string };
const here = url.fileURLToPath((import.meta as unknown as { url: string }).url).replace(/[\\/][^\\/]*$/, '/');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

interface Subject {
  name: string;
  /** Evaluated without compileForm (a layout compileForm does not accept yet); validation is not compared. */
  raw?: boolean;
  definition: FormDefinition;
  samples: unknown[];
  now?: string;
  functions?: FunctionRegistry;
  adminUnits?: AdminUnitNameLookup;
}

/** Every conformance case, with its data as the sample. */
function conformanceSubjects(): Subject[] {
  const dir = here + '../../conformance/';
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => readJson(dir + f) as ConformanceCase[])
    .map((c) => {
      const table = c.adminUnits;
      const names = c.functions ?? [];
      return {
        name: c.name,
        definition: c.definition,
        samples: [c.data],
        ...(c.now === undefined ? {} : { now: c.now }),
        ...(names.length ? { functions: Object.fromEntries(names.map((n) => [n, CONFORMANCE_FUNCTIONS[n]])) } : {}),
        ...(table ? { adminUnits: { name: (code: string) => (Object.hasOwn(table, code) ? table[code] : undefined) } } : {}),
      };
    });
}

/** The catalog's birth registration form with every fixture. */
function birthRegistration(): Subject {
  const dir = here + '../../../../forms/birth-registration/';
  const fixtures = (sub: string) => fs.readdirSync(dir + sub).filter((f) => f.endsWith('.json')).sort().map((f) => readJson(dir + sub + f));
  const invalid = fixtures('fixtures/invalid/').map((f) => (f as { data?: unknown }).data ?? f);
  return {
    name: 'vn.moj.birth-registration',
    definition: readJson(dir + 'vn.moj.birth-registration.form.json') as FormDefinition,
    samples: [...fixtures('fixtures/valid/'), ...invalid],
    now: '2025-03-15',
  };
}

/** Rules that chain through hidden values, hidden arrays, `#` item controls, object details and computed reads. */
const chains: Subject = {
  name: 'chains',
  now: '2025-03-15',
  definition: {
    id: 'vn.test.chains',
    version: '1.0.0',
    title: { vi: 'Chuỗi' },
    schema: {
      type: 'object',
      required: ['owner'],
      properties: {
        a: { type: 'boolean' },
        b: { type: 'string' },
        c: { type: 'string' },
        owner: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, dob: { type: 'string' }, age: { type: 'integer' }, note: { type: 'string' } } },
        hasItems: { type: 'boolean' },
        items: { type: 'array', items: { type: 'object', required: ['label'], properties: { label: { type: 'string' }, on: { type: 'boolean' }, code: { type: 'string' } } } },
        tags: { type: 'array', items: { type: 'string' } },
        spouse: { type: 'object', properties: { name: { type: 'string' }, pid: { type: 'string' } }, dependentRequired: { name: ['pid'] } },
        summary: { type: 'string' },
        kind: { enum: ['x', 'y'] },
      },
      if: { properties: { kind: { const: 'y' } }, required: ['kind'] },
      then: { required: ['summary'] },
    },
    ui: {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/a' },
        { type: 'Control', scope: '#/properties/b', rule: { effect: 'SHOW', condition: { scope: '#/properties/a', schema: { const: true } } } },
        { type: 'Control', scope: '#/properties/c', rule: { effect: 'HIDE', condition: { scope: '#/properties/b', schema: { const: 'x' } } } },
        { type: 'Control', scope: '#/properties/kind' },
        {
          type: 'Group',
          label: 'owner',
          rule: { effect: 'HIDE', condition: { type: 'LEAF', scope: '#/properties/c', expectedValue: 'hide' } },
          elements: [
            { type: 'Control', scope: '#/properties/owner/properties/name' },
            { type: 'Control', scope: '#/properties/owner/properties/dob' },
            { type: 'Control', scope: '#/properties/owner/properties/age' },
            { type: 'Control', scope: '#/properties/owner/properties/note', options: { readonly: true } },
          ],
        },
        { type: 'Control', scope: '#/properties/hasItems' },
        {
          type: 'Control',
          scope: '#/properties/items',
          rule: { effect: 'SHOW', condition: { scope: '#/properties/hasItems', schema: { const: true } } },
          options: {
            detail: {
              type: 'VerticalLayout',
              elements: [
                { type: 'Control', scope: '#/properties/label' },
                { type: 'Control', scope: '#/properties/on' },
                { type: 'Control', scope: '#/properties/code', rule: { effect: 'SHOW', condition: { scope: '#/properties/on', schema: { const: true }, failWhenUndefined: true } } },
              ],
            },
          },
        },
        { type: 'Control', scope: '#/properties/tags', rule: { effect: 'HIDE', condition: { scope: '#/properties/owner/properties/age', schema: { maximum: 5 }, failWhenUndefined: true } } },
        {
          type: 'Group',
          label: 'spouse',
          rule: { effect: 'DISABLE', condition: { type: 'OR', conditions: [{ type: 'LEAF', scope: '#/properties/a', expectedValue: false }, { scope: '#/properties/b', schema: { minLength: 2 } }] } },
          elements: [
            { type: 'Control', scope: '#/properties/spouse/properties/name' },
            { type: 'Control', scope: '#/properties/spouse/properties/pid', rule: { effect: 'SHOW', condition: { scope: '#/properties/spouse/properties/name', schema: { minLength: 1 }, failWhenUndefined: true } } },
          ],
        },
        { type: 'Control', scope: '#/properties/summary' },
        { type: 'Control', scope: '#/properties/summary' },
      ],
    },
    computed: [
      { target: '/owner/age', expr: { ageAt: [{ var: 'owner.dob' }, { var: '$now' }] } },
      { target: '/summary', expr: { join: [', ', { var: 'b' }, { var: 'c' }, { var: 'owner.name' }] } },
    ],
  },
  samples: [
    { a: false, b: 'x', c: 'kept', owner: { name: 'An', dob: '2021-03-16', note: 'n' }, hasItems: true, items: [{ label: 'l', on: false, code: '1' }, { label: 'm', on: true, code: '2' }], tags: ['t'], spouse: { name: 'B', pid: '1' }, kind: 'y' },
    { a: true, b: 'x', c: 'hide', owner: { name: 'An', dob: '2015-01-01' }, hasItems: false, items: [{ label: 'l' }], tags: ['t', 'u'], spouse: { pid: '1' }, summary: 'stale' },
    // b is hidden, so c shows and hides the owner group: the computed age and summary lose what they read.
    { a: false, b: 'y', c: 'hide', owner: { name: 'An', dob: '2021-03-16' }, tags: ['t'] },
  ],
};

/** An object control with `options.detail` (the evaluator supports it; compileForm's scope check does not yet). */
const objectDetail: Subject = {
  name: 'object-detail',
  raw: true,
  definition: {
    id: 'vn.test.object-detail',
    version: '1.0.0',
    title: { vi: 'Chi tiết' },
    schema: {
      type: 'object',
      properties: { married: { type: 'boolean' }, spouse: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, pid: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } } },
    },
    ui: {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/married' },
        {
          type: 'Control',
          scope: '#/properties/spouse',
          rule: { effect: 'SHOW', condition: { scope: '#/properties/married', schema: { const: true } } },
          options: {
            detail: {
              type: 'VerticalLayout',
              elements: [
                { type: 'Control', scope: '#/properties/name' },
                { type: 'Control', scope: '#/properties/pid', rule: { effect: 'SHOW', condition: { scope: '#/properties/name', schema: { minLength: 1 }, failWhenUndefined: true } } },
                { type: 'Control', scope: '#/properties/tags', rule: { effect: 'ENABLE', condition: { type: 'LEAF', scope: '#/properties/pid', expectedValue: '1' } } },
              ],
            },
          },
        },
      ],
    },
  },
  samples: [{ married: true, spouse: { name: 'B', pid: '1', tags: ['a', 'b'] } }, { married: false, spouse: { pid: '1' } }],
};

/** Primitive values a definition compares with (so random edits flip rules), plus a few of every kind. */
function valuePool(definition: unknown): unknown[] {
  const pool = new Set<unknown>([true, false, null, 0, 3, 7, 200, '', 'x', 'y', 'hide', 'other', 'passport', '001099012345', '2019-03-15', '2025', 'Nguyễn Văn An']);
  const stack: unknown[] = [definition];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...(v as unknown[]));
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'const' || k === 'expectedValue') && (typeof x !== 'object' || x === null)) pool.add(x);
        if (k === 'enum' && Array.isArray(x)) for (const e of x) if (typeof e !== 'object' || e === null) pool.add(e);
        stack.push(x);
      }
    }
  }
  return [...pool];
}

/** Every path in a JSON value, in a fixed order (the root is `[]`). */
function pathsOf(value: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: Array<[unknown, (string | number)[]]> = [[value, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, [...path, i]]));
    else if (typeof v === 'object' && v !== null) for (const k of Object.keys(v).sort()) stack.push([(v as Record<string, unknown>)[k], [...path, k]]);
  }
  return out;
}

type Edit = [pick: number, kind: 'delete' | 'set' | 'object' | 'array' | 'duplicate', value: number];

/** Applies edits to a copy of `data`: delete a value, set a primitive from the pool, empty it, duplicate an item. */
function applyEdits(data: unknown, edits: readonly Edit[], pool: readonly unknown[]): unknown {
  let root: unknown = JSON.parse(JSON.stringify(data ?? {}));
  for (const [pick, kind, value] of edits) {
    const paths = pathsOf(root);
    const path = paths[pick % paths.length];
    const replacement = kind === 'set' ? pool[value % pool.length] : kind === 'object' ? {} : kind === 'array' ? [] : undefined;
    if (path.length === 0) {
      if (kind === 'object' || kind === 'array') root = replacement;
      continue;
    }
    let parent = root as Record<string | number, unknown>;
    for (const t of path.slice(0, -1)) parent = parent[t] as Record<string | number, unknown>;
    const key = path[path.length - 1];
    if (kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (kind === 'duplicate') {
      if (Array.isArray(parent)) parent.push(JSON.parse(JSON.stringify(parent[Number(key)] ?? null)));
    } else parent[key] = replacement;
  }
  return root;
}

const edits = fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'set', 'set', 'set', 'object', 'array', 'duplicate'), fc.nat()), { maxLength: 6 });

/** The evaluation with the key order of its records made visible (renderers list fields in that order). */
const withOrder = (e: Evaluation) => ({ ...e, fieldOrder: Object.keys(e.fields), elementOrder: Object.keys(e.elements) });

const subjects: Subject[] = [...conformanceSubjects(), birthRegistration(), chains, objectDetail];

/**
 * Pointers to ask `coveredByHidden` about: every field, a property under each, the parents of each, the root and a
 * pointer no control shows.
 */
function pointersToAsk(evaluation: Evaluation): string[] {
  const out = new Set<string>(['', '/nowhere', '/nowhere/deeper']);
  for (const field of Object.keys(evaluation.fields)) {
    out.add(field);
    out.add(`${field}/x`);
    for (let p = field; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) out.add(p);
  }
  return [...out].sort();
}

describe('the optimized evaluator agrees with the reference implementation', () => {
  it('covers every conformance case, the catalog form and the chained form', () => {
    expect(subjects.length).toBeGreaterThanOrEqual(80);
  });

  for (const subject of subjects) {
    it(`${subject.name}: same evaluation and same validation on random variations of its data`, () => {
      const options = { ...(subject.functions ? { functions: subject.functions } : {}), ...(subject.adminUnits ? { adminUnits: subject.adminUnits } : {}) };
      const form = subject.raw ? undefined : compileForm(subject.definition, options);
      const definition = form?.definition ?? subject.definition;
      const input = { definition, schema: form?.schema ?? (definition.schema as JsonSchemaObject), ui: form?.ui ?? definition.ui!, ...options };
      const logic = createLogicEngine(input);
      const reference = createReferenceEvaluator(input);
      const pool = valuePool(subject.definition);
      const now = subject.now === undefined ? {} : { now: subject.now };
      fc.assert(
        fc.property(fc.constantFrom(...subject.samples), edits, (sample, list) => {
          const data = applyEdits(sample, list, pool);
          const before = JSON.stringify(data);
          const actual = logic.evaluate(data, now);
          const expected = reference(data, now);
          expect(withOrder(actual)).toEqual(withOrder(expected));
          expect(JSON.stringify(data)).toBe(before);
          // Asked about single pointers (validate's errors), the engine answers as the reference's hidden list does,
          // whether it decides them from their own rules (hidden-at.ts) or runs every rule.
          const pointers = pointersToAsk(expected);
          const covered = pointers.map((p) => expected.hidden.some((h) => isAtOrUnder(p, h)));
          expect(logic.coveredByHidden(pointers, data, now)).toEqual(covered);
          expect(pointers.map((p) => logic.coveredByHidden([p], data, now)[0])).toEqual(covered);
          if (form === undefined) return;
          const evaluation = form.evaluate(data, now);
          const alone = form.validate(data, now);
          expect(form.validate(data, { ...now, evaluation })).toEqual(alone);
          // Errors under the fields the reference hides are dropped, and no other.
          const all = form.validate(data, { ...now, includeHidden: true }).errors;
          const shown = all.filter((e) => !expected.hidden.some((h) => isAtOrUnder(e.pointer, h)));
          expect(alone).toEqual({ valid: shown.length === 0, errors: shown });
          expect(form.validate(data, { ...now, includeHidden: true })).toEqual(form.validate(data, { ...now, includeHidden: true, evaluation }));
          expect(JSON.stringify(data)).toBe(before);
        }),
        { numRuns: subject.samples.length > 1 ? 300 : 40 },
      );
    });
  }
});

describe('validate with a caller-supplied evaluation', () => {
  const subject = birthRegistration();
  const form = compileForm(subject.definition);
  const data = subject.samples[0];

  it('uses it only when it is this form\'s answer for the same data object and date', () => {
    const ownEvaluation = form.evaluate(data, { now: '2025-03-15' });
    const stale = { ...ownEvaluation, hidden: [], computed: { '/child/dateOfBirthInWords': 'sai' } };
    const expected = form.validate(data, { now: '2025-03-15' });
    // A forged or stale evaluation is ignored: validate evaluates the data itself.
    expect(form.validate(data, { now: '2025-03-15', evaluation: stale })).toEqual(expected);
    expect(form.validate(JSON.parse(JSON.stringify(data)) as unknown, { now: '2025-03-15', evaluation: ownEvaluation })).toEqual(expected);
    expect(form.validate(data, { now: '2025-03-16', evaluation: ownEvaluation })).toEqual(form.validate(data, { now: '2025-03-16' }));
    expect(form.validate(data, { now: '2025-03-15', evaluation: ownEvaluation })).toEqual(expected);
  });

  it('runs no computed expression and no rule again when handed the evaluation', () => {
    let calls = 0;
    // The expression reads an object, so no remembered result stands in for running it.
    const counted = compileForm(
      {
        id: 'vn.test.counted',
        version: '1.0.0',
        title: { vi: 'Đếm' },
        schema: {
          type: 'object',
          required: ['person'],
          properties: { person: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 2 } } }, upper: { type: 'string' } },
        },
        computed: [{ target: '/upper', expr: { shout: [{ var: 'person' }] } }],
      },
      { functions: { shout: (p) => (calls++, typeof p === 'object' && p !== null && typeof (p as { name?: unknown }).name === 'string' ? (p as { name: string }).name.toUpperCase() : null) } },
    );
    const value = { person: { name: 'a' } };
    const evaluation = counted.evaluate(value);
    calls = 0;
    const result = counted.validate(value, { evaluation });
    expect(calls).toBe(0);
    expect(result.errors.map((e) => e.pointer)).toEqual(['/person/name']);
    expect(counted.validate(value)).toEqual(result);
    expect(calls).toBe(1);
  });
});
