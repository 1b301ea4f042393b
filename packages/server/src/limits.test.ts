// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, checkJsonValue, resolveLimits, utf8Length } from './limits.js';

const limits = { maxBytes: 1000, maxDepth: 4, maxStringLength: 20, maxValues: 1000 };

describe('checkJsonValue', () => {
  it('accepts plain JSON within the limits', () => {
    expect(checkJsonValue({ a: [1, 'hai', true, null, { b: 'Đà Nẵng' }] }, limits)).toBeUndefined();
  });

  it('locates the first string over maxStringLength, keys included', () => {
    expect(checkJsonValue({ a: { b: 'x'.repeat(21) } }, limits)).toEqual({ kind: 'string-too-long', pointer: '/a/b', detail: 'maxStringLength 20' });
    expect(checkJsonValue({ ['k'.repeat(21)]: 1 }, limits)).toMatchObject({ kind: 'string-too-long', pointer: '/' + 'k'.repeat(21) });
  });

  it('refuses nesting deeper than maxDepth, counting the root as level 1', () => {
    expect(checkJsonValue([[[[1]]]], limits)).toBeUndefined();
    expect(checkJsonValue([[[[[1]]]]], limits)).toMatchObject({ kind: 'too-deep', pointer: '/0/0/0/0' });
  });

  it('measures bytes as UTF-8 JSON text and stops over maxBytes', () => {
    const big = Array.from({ length: 50 }, () => 'Nguyễn Thị Hương');
    expect(checkJsonValue(big, { ...limits, maxBytes: 100_000 })).toBeUndefined();
    expect(checkJsonValue(big, limits)).toMatchObject({ kind: 'body-too-large' });
    expect(JSON.stringify(big).length).toBeLessThan(1000); // fewer characters than the limit: the UTF-8 bytes crossed it
  });

  it('stops on a value that shares one sub-object many times instead of walking it all', () => {
    let v: unknown = ['x'.repeat(20)];
    for (let i = 0; i < 3; i++) v = [v, v, v, v, v, v, v, v];
    expect(checkJsonValue(v, { ...limits, maxDepth: 10 })).toMatchObject({ kind: 'body-too-large' });
  });

  it('stops on a cycle (reported as too deep) instead of looping', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(checkJsonValue(a, limits)).toMatchObject({ kind: 'too-deep' });
  });

  it.each([
    ['NaN', { n: Number.NaN }, '/n'],
    ['Infinity', [Number.POSITIVE_INFINITY], '/0'],
    ['a lone surrogate', { s: '\ud83d' }, '/s'],
    ['a function', { f: () => 1 }, '/f'],
    ['a Map', { m: new Map() }, '/m'],
    ['a bigint', { b: 1n }, '/b'],
    ['undefined at the root', undefined, ''],
  ])('refuses %s as not I-JSON', (_name, value, pointer) => {
    expect(checkJsonValue(value, limits)).toMatchObject({ kind: 'not-i-json', pointer });
  });

  it('reports a throwing getter as a problem instead of throwing', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(checkJsonValue({ h: hostile }, limits)).toMatchObject({ kind: 'not-i-json' });
  });

  it('refuses more than maxValues values as too large, counting every value, before the byte limit is reached', () => {
    // 10,001 empty objects weigh 30 KB, far below the default 512 KiB: the value count refuses them first.
    const many = Array.from({ length: DEFAULT_LIMITS.maxValues }, () => ({}));
    expect(checkJsonValue(many, DEFAULT_LIMITS)).toEqual({ kind: 'body-too-large', pointer: `/${DEFAULT_LIMITS.maxValues - 1}`, detail: `maxValues ${DEFAULT_LIMITS.maxValues}` });
    expect(checkJsonValue(many.slice(1), DEFAULT_LIMITS)).toBeUndefined();
    expect(checkJsonValue({ a: [1, 2], b: 'x' }, { ...limits, maxValues: 5 })).toBeUndefined();
    expect(checkJsonValue({ a: [1, 2], b: 'x', c: null }, { ...limits, maxValues: 5 })).toMatchObject({ kind: 'body-too-large', detail: 'maxValues 5' });
  });

  it('escapes pointer tokens', () => {
    expect(checkJsonValue({ 'a/b': { '~c': 'x'.repeat(30) } }, limits)).toMatchObject({ pointer: '/a~1b/~0c' });
  });
});

describe('utf8Length', () => {
  it('counts UTF-8 bytes and flags lone surrogates', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('Đ')).toBe(2);
    expect(utf8Length('ễ')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('a\udc00')).toBe(-1);
  });
});

describe('resolveLimits', () => {
  it('fills missing or nonsensical limits with the defaults', () => {
    expect(resolveLimits(undefined)).toEqual(DEFAULT_LIMITS);
    expect(resolveLimits({ maxBytes: -1, maxDepth: 2.5, maxStringLength: 7 })).toEqual({ ...DEFAULT_LIMITS, maxStringLength: 7 });
    expect(resolveLimits({ maxValues: 50 })).toEqual({ ...DEFAULT_LIMITS, maxValues: 50 });
  });
});
