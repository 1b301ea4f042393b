// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { JsonSchemaObject } from '../models/json-schema.js';
import { checkExpression } from './check-expression.js';

const root: JsonSchemaObject = {
  type: 'object',
  properties: {
    child: { type: 'object', properties: { fullName: { type: 'string' }, dateOfBirth: { type: 'string' } } },
    members: { type: 'array', items: { type: 'object', properties: { dateOfBirth: { type: 'string' } } } },
    note: { $ref: '#/$defs/text' },
  },
  $defs: { text: { type: 'string' } },
};
const env = { root, functions: { double: (x: unknown) => Number(x) * 2 } };
const check = (expr: unknown) => checkExpression(expr, '/computed/0/expr', env);
const pointers = (expr: unknown) => check(expr).problems.map((p) => p.pointer);

describe('checkExpression', () => {
  it('accepts operators, built-in and registry functions, and reports the fields read', () => {
    const report = check({ concat: [{ upperVi: [{ var: 'child.fullName' }] }, { double: [{ var: ['note', 0] }] }] });
    expect(report.problems).toEqual([]);
    expect(report.reads).toEqual([['child', 'fullName'], ['note']]);
  });

  it('locates an unknown operator at the offending node', () => {
    expect(pointers({ cat: ['a', { today: [] }] })).toEqual(['/computed/0/expr/cat/1']);
    expect(check({ cat: ['a', { today: [] }] }).problems[0].message).toContain('"today"');
  });

  it('rejects operators outside the allowed set even though json-logic-engine has them', () => {
    expect(pointers({ throw: 'x' })).toEqual(['/computed/0/expr']);
    expect(pointers({ if: [true, { try: [1] }, 2] })).toEqual(['/computed/0/expr/if/1']);
  });

  it('rejects an object with several keys and points to preserve for literals', () => {
    const { problems } = check({ cat: [{ a: 1, b: 2 }] });
    expect(problems.map((p) => p.pointer)).toEqual(['/computed/0/expr/cat/0']);
    expect(problems[0].message).toContain('preserve');
    expect(check({ preserve: { a: 1, b: 2 } }).problems).toEqual([]);
  });

  it('requires literal data paths, so dependencies are known', () => {
    expect(pointers({ var: { cat: ['child.', 'fullName'] } })).toEqual(['/computed/0/expr/var']);
    expect(pointers({ var: [{ cat: ['a'] }, 'default'] })).toEqual(['/computed/0/expr/var/0']);
    expect(pointers({ missing: [{ var: 'x' }] })).toEqual(['/computed/0/expr/missing/0']);
  });

  it('rejects paths the schema does not define, the whole data, and prototype keys', () => {
    expect(pointers({ var: 'child.fullname' })).toEqual(['/computed/0/expr/var']);
    expect(pointers({ var: '' })).toEqual(['/computed/0/expr/var']);
    expect(pointers({ var: 'child.constructor' })).toEqual(['/computed/0/expr/var']);
    expect(pointers({ val: ['child', '__proto__'] })).toEqual(['/computed/0/expr/val']);
  });

  it('allows $now, array indices and item-relative paths inside iterators', () => {
    const expr = {
      map: [{ var: 'members' }, { ageAt: [{ var: 'dateOfBirth' }, { var: '../$now' }] }],
    };
    const report = check(expr);
    expect(report.problems).toEqual([]);
    expect(report.reads).toEqual([['members']]);
    expect(check({ var: 'members.0.dateOfBirth' }).problems).toEqual([]);
    expect(check({ ageAt: [{ var: 'child.dateOfBirth' }, { var: '$now' }] }).reads).toEqual([['child', 'dateOfBirth']]);
  });

  it('checks that "../" paths inside iterators exist at the root', () => {
    expect(pointers({ map: [{ var: 'members' }, { var: '../nope' }] })).toEqual(['/computed/0/expr/map/1/var']);
    expect(pointers({ var: '../child' })).toEqual(['/computed/0/expr/var']);
  });

  it('checks the argument count of built-in functions', () => {
    expect(pointers({ ageAt: [{ var: 'child.dateOfBirth' }] })).toEqual(['/computed/0/expr/ageAt']);
    expect(pointers({ upperVi: ['a', 'b'] })).toEqual(['/computed/0/expr/upperVi']);
    expect(pointers({ upperVi: 'a' })).toEqual([]);
    expect(pointers({ join: [] })).toEqual(['/computed/0/expr/join']);
  });

  it('requires [array, expression] for iterators', () => {
    expect(pointers({ map: [{ var: 'members' }] })).toEqual(['/computed/0/expr/map']);
  });
});
