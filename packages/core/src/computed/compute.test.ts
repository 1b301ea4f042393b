// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { CopyOnWrite } from '../rules/cow.js';
import { applyComputed, type PreparedComputed } from './compute.js';
import { createLogicRunner } from './engine.js';

/** A field that joins two texts through a registry function counting its calls. */
function counting() {
  const calls: unknown[][] = [];
  const runner = createLogicRunner({ pair: (a, b) => (calls.push([a, b]), JSON.stringify([a, b])) });
  const field: PreparedComputed = { target: '/out', tokens: ['out'], expr: { pair: [{ var: 'a' }, { var: 'b' }] }, reads: [['a'], ['b']], memo: new Map() };
  const run = (data: unknown, now: string | null = null) => applyComputed(new CopyOnWrite(data), [field], runner, now)['/out'];
  return { calls, run };
}

describe('applyComputed remembers results by the values read', () => {
  it('runs an expression once per distinct set of values, and again when the date changes', () => {
    const { calls, run } = counting();
    expect(run({ a: 'x', b: 1 })).toBe('["x",1]');
    expect(run({ a: 'x', b: 1, other: true })).toBe('["x",1]');
    expect(calls).toHaveLength(1);
    expect(run({ a: 'x', b: 2 })).toBe('["x",2]');
    expect(run({ a: 'x', b: 1 }, '2025-03-15')).toBe('["x",1]');
    expect(calls).toHaveLength(3);
  });

  it('keeps apart values that print alike: texts holding NUL, -0 and 0, absent and null, "1" and 1', () => {
    const { run } = counting();
    expect(run({ a: 'p', b: 'q\u0000t' })).toBe(JSON.stringify(['p', 'q\u0000t']));
    expect(run({ a: 'p\u0000sq', b: true })).toBe(JSON.stringify(['p\u0000sq', true]));
    expect(run({ a: 0, b: 1 })).toBe('[0,1]');
    const negative = counting();
    negative.run({ a: 0, b: 1 });
    negative.run({ a: -0, b: 1 });
    expect(negative.calls.map(([a]) => Object.is(a, -0))).toEqual([false, true]);
    expect(run({ b: 1 })).toBe('[null,1]');
    expect(run({ a: null, b: 1 })).toBe('[null,1]');
    expect(run({ a: '1', b: 1 })).toBe('["1",1]');
    expect(run({ a: 1, b: 1 })).toBe('[1,1]');
  });

  it('always runs when a read value is an object or lies under something that is not an object', () => {
    const { calls, run } = counting();
    run({ a: { n: 1 }, b: 1 });
    run({ a: { n: 1 }, b: 1 });
    expect(calls).toHaveLength(2);
    // JSON Logic reads a text's `length`, which the data's own properties do not show: never remembered.
    const runner = createLogicRunner();
    const field: PreparedComputed = { target: '/n', tokens: ['n'], expr: { var: 's.length' }, reads: [['s', 'length']], memo: new Map() };
    const length = (s: string) => applyComputed(new CopyOnWrite({ s }), [field], runner, null)['/n'];
    expect([length('abc'), length('abcd')]).toEqual([3, 4]);
  });
});
