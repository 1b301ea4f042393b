// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { orderComputed } from './order.js';

const field = (target: string, ...reads: string[]) => ({
  target: target.split('.'),
  reads: reads.map((r) => r.split('.')),
});

describe('orderComputed', () => {
  it('keeps definition order when fields are independent', () => {
    expect(orderComputed([field('a', 'x'), field('b', 'y')])).toEqual({ order: [0, 1], cycles: [] });
  });

  it('runs a field after the fields it reads (a chain written backwards)', () => {
    const fields = [field('upper', 'full'), field('full', 'parts.given', 'parts.family'), field('other', 'x')];
    expect(orderComputed(fields).order).toEqual([1, 0, 2]);
  });

  it('treats reading a parent or a child of a target as reading the target', () => {
    expect(orderComputed([field('words', 'child'), field('child.upper', 'child.name')]).order).toEqual([1, 0]);
  });

  it('reports a cycle, and a field reading its own target as a cycle of one', () => {
    const two = orderComputed([field('a', 'b'), field('b', 'a'), field('c', 'x')]);
    expect(two.cycles).toEqual([[0, 1]]);
    expect(two.order).toEqual([2, 0, 1]);
    expect(orderComputed([field('a', 'a')]).cycles).toEqual([[0]]);
  });

  it('reports each cycle once and not the fields that merely wait on it', () => {
    const result = orderComputed([field('d', 'a'), field('a', 'b'), field('b', 'c'), field('c', 'a')]);
    expect(result.cycles).toEqual([[1, 2, 3]]);
    expect(result.order).toEqual([0, 1, 2, 3]);
  });
});
