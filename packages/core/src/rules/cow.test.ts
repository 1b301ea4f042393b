// SPDX-License-Identifier: MIT
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneJson } from '../util/json.js';
import { CopyOnWrite } from './cow.js';

describe('CopyOnWrite', () => {
  it('copies only the containers on an edited path, once, and never touches the source', () => {
    const source = { a: { b: { c: 1 }, d: { e: 2 } }, f: [{ g: 3 }, { h: 4 }] };
    const before = JSON.stringify(source);
    const data = new CopyOnWrite(source);
    data.writeInObjects(['a', 'b', 'c'], 10);
    data.writeInObjects(['a', 'b', 'x'], 11);
    expect(data.deleteAt(['f', '0'])).toBe(true);
    const root = data.root as typeof source & { a: { b: { x?: number } } };
    expect(JSON.stringify(source)).toBe(before);
    expect(root).toEqual({ a: { b: { c: 10, x: 11 }, d: { e: 2 } }, f: [{ h: 4 }] });
    expect(root.a.d).toBe(source.a.d);
    expect(root.f[0]).toBe(source.f[1]);
    expect(root.a.b).not.toBe(source.a.b);
  });

  it('writes and deletes keys such as __proto__ as plain data', () => {
    const source = JSON.parse('{"__proto__": {"polluted": true}, "a": {}}') as Record<string, unknown>;
    const data = new CopyOnWrite(source);
    data.writeInObjects(['a', '__proto__'], { x: 1 });
    const root = data.root as Record<string, Record<string, unknown>>;
    expect(Object.hasOwn(root, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(root.a)).toBe(Object.prototype);
    expect(Object.hasOwn(root.a, '__proto__')).toBe(true);
    expect(data.deleteAt(['__proto__'])).toBe(true);
    expect(Object.keys(data.root as object)).toEqual(['a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('edits as a deep clone edited in place would (values and key order), on random data', () => {
    const key = fc.constantFrom('a', 'b', 'c', '0', '1', '__proto__');
    const path = fc.array(key, { minLength: 1, maxLength: 4 });
    const edit = fc.tuple(fc.constantFrom('write', 'deleteInObjects', 'deleteAt'), path, fc.jsonValue({ maxDepth: 2 }));
    const json = fc.dictionary(key, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
    fc.assert(
      fc.property(json, fc.array(edit, { maxLength: 6 }), (source, edits) => {
        const before = JSON.stringify(source);
        const data = new CopyOnWrite(source);
        const clone = cloneJson(source) as Record<string, unknown>;
        for (const [op, tokens, value] of edits) {
          if (op === 'write') {
            data.writeInObjects(tokens, value);
            writeByClone(clone, tokens, value);
          } else if (op === 'deleteInObjects') {
            data.deleteInObjects(tokens);
            deleteInObjectsByClone(clone, tokens);
          } else expect(data.deleteAt(tokens)).toBe(deleteAtByClone(clone, tokens));
        }
        expect(JSON.stringify(source)).toBe(before);
        expect(JSON.stringify(data.root)).toBe(JSON.stringify(clone));
      }),
      { numRuns: 500 },
    );
  });
});

// The edits as the evaluator made them on a deep clone before copy-on-write (computed/compute.ts, rules/strip.ts).
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: unknown, k: string): unknown => (isPlainObject(o) && Object.hasOwn(o, k) ? o[k] : undefined);
const define = (o: object, k: string, value: unknown) => Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });

function writeByClone(data: Record<string, unknown>, tokens: string[], value: unknown): void {
  let cur: Record<string, unknown> = data;
  for (const t of tokens.slice(0, -1)) {
    const next = own(cur, t);
    if (next === undefined) {
      const created = {};
      define(cur, t, created);
      cur = created;
    } else if (isPlainObject(next)) cur = next;
    else return;
  }
  define(cur, tokens[tokens.length - 1], value);
}

function deleteInObjectsByClone(data: unknown, tokens: string[]): void {
  let cur = data;
  for (const t of tokens.slice(0, -1)) {
    if (!isPlainObject(cur) || !Object.hasOwn(cur, t)) return;
    cur = cur[t];
  }
  if (isPlainObject(cur)) delete cur[tokens[tokens.length - 1]];
}

function deleteAtByClone(data: unknown, tokens: string[]): boolean {
  let parent = data;
  for (const t of tokens.slice(0, -1)) {
    if (Array.isArray(parent)) parent = /^(0|[1-9]\d*)$/.test(t) ? (parent[Number(t)] as unknown) : undefined;
    else parent = parent !== null && typeof parent === 'object' && Object.hasOwn(parent, t) ? (parent as Record<string, unknown>)[t] : undefined;
  }
  const key = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    if (!/^(0|[1-9]\d*)$/.test(key) || Number(key) >= parent.length) return false;
    parent.splice(Number(key), 1);
    return true;
  }
  if (parent !== null && typeof parent === 'object' && Object.hasOwn(parent, key)) {
    delete (parent as Record<string, unknown>)[key];
    return true;
  }
  return false;
}
