import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cloneJson, cloneJsonFrozen, cloneJsonFrozenChecked, MAX_CLONE_NODES, NotJsonError } from './json.js';

describe('cloneJson', () => {
  it('copies a tree deeply, keeping key order, so the copy shares nothing with the input', () => {
    const input = { b: [1, { c: 'x' }, [null, true]], a: { d: 2 } };
    const copy = cloneJson(input);
    expect(copy).toEqual(input);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(input));
    expect(copy.b).not.toBe(input.b);
    expect(copy.b[1]).not.toBe(input.b[1]);
    expect(copy.a).not.toBe(input.a);
  });

  it('copies `__proto__` as an own data property and never changes a prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}, "list": [{"__proto__": []}]}') as Record<string, unknown>;
    const copy = cloneJson(input);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(input));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Array.isArray(Object.getPrototypeOf((copy.list as object[])[0]))).toBe(false);
  });

  it('copies an object reachable twice once per place, and rejects a cycle', () => {
    const shared = { s: 1 };
    const copy = cloneJson({ a: shared, b: [shared, shared] });
    expect(copy.a).not.toBe(copy.b[0]);
    expect(copy.b[0]).not.toBe(copy.b[1]);
    const cyclic: Record<string, unknown> = { a: { b: {} } };
    ((cyclic.a as Record<string, unknown>).b as Record<string, unknown>).back = cyclic.a;
    expect(() => cloneJson(cyclic)).toThrow(NotJsonError);
  });

  it('copies 10,000-deep nesting without overflowing the stack', () => {
    const root: Record<string, unknown> = {};
    let at = root;
    for (let i = 0; i < 10_000; i++) {
      const next: Record<string, unknown> = {};
      at.n = next;
      at = next;
    }
    let copy = cloneJson(root);
    let depth = 0;
    while (copy.n) {
      copy = copy.n as Record<string, unknown>;
      depth++;
    }
    expect(depth).toBe(10_000);
  });

  it('keeps non-JSON leaves as they are and array holes as holes', () => {
    const fn = () => 1;
    const list: number[] = [1];
    list[2] = 3; // a hole at index 1
    const copy = cloneJson({ fn, u: undefined, list });
    expect(copy.fn).toBe(fn);
    expect(Object.hasOwn(copy, 'u')).toBe(true);
    expect(1 in copy.list).toBe(false);
    expect(copy.list[2]).toBe(3);
  });
});

describe('cloneJsonFrozen', () => {
  const isDeepFrozen = (v: unknown): boolean =>
    typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(isDeepFrozen));

  it('copies like cloneJson, every object and array of the copy frozen, the input left as it was', () => {
    const input = { b: [1, { c: 'x' }, [null, true]], a: { d: 2 }, e: [] as unknown[] };
    const copy = cloneJsonFrozen(input);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(cloneJson(input)));
    expect(isDeepFrozen(copy)).toBe(true);
    expect(copy.b[1]).not.toBe(input.b[1]);
    expect(Object.isFrozen(input) || Object.isFrozen(input.b) || Object.isFrozen(input.b[1])).toBe(false);
    input.a.d = 3;
    expect(copy.a.d).toBe(2);
  });

  it('rejects a cycle as cloneJson does', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => cloneJsonFrozen(cyclic)).toThrow(NotJsonError);
  });

  /** Own string keys, their order and values, all the way down (what `toEqual` does not compare: key order). */
  const shape = (v: unknown): unknown =>
    typeof v !== 'object' || v === null
      ? Object.is(v, -0) ? '-0' : v
      : Array.isArray(v)
        ? { array: v.length, items: Object.keys(v).map((k) => [k, shape(v[Number(k)])]) }
        : { proto: Object.getPrototypeOf(v) === Object.prototype, keys: Object.keys(v).map((k) => [k, shape((v as Record<string, unknown>)[k])]) };

  it('copies any JSON value as cloneJson does: same keys in the same order, same values, nothing shared', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue()), (value, object) => {
        for (const input of [value, object, { z: object, a: [object, value], '1': value, '': null }]) {
          const copy = cloneJsonFrozen(input);
          expect(shape(copy)).toEqual(shape(cloneJson(input)));
          expect(isDeepFrozen(copy)).toBe(true);
        }
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('keeps `__proto__` an own property, integer-like keys first, reads each getter once, and ignores inherited keys', () => {
    const input = JSON.parse('{"b": 1, "__proto__": {"x": [1]}, "2": "two", "a": {"__proto__": null}}') as Record<string, unknown>;
    let reads = 0;
    Object.defineProperty(input, 'g', {
      enumerable: true,
      get: () => {
        reads++;
        return { read: true };
      },
    });
    Object.defineProperty(input, 'hidden', { enumerable: false, value: 1 });
    const copy = cloneJsonFrozen(input);
    expect(reads).toBe(1);
    expect(Object.keys(copy)).toEqual(['2', 'b', '__proto__', 'a', 'g']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__') && Object.isFrozen(copy.__proto__)).toBe(true);
    expect(copy.__proto__).not.toBe(input.__proto__);
    expect(shape(copy)).toEqual(shape(cloneJson(input)));
    expect(Object.hasOwn(copy, 'hidden')).toBe(false);
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = { not: 'own' };
    try {
      const polluted = cloneJsonFrozen({ a: { b: 1 } });
      expect(Object.hasOwn(polluted, 'polluted') || Object.hasOwn(polluted.a, 'polluted')).toBe(false);
    } finally {
      delete proto.polluted;
    }
  });
});

describe('cloneJson past the recursion limit', () => {
  /** A chain of `depth` nested objects `{ n: { n: … } }`, returned with its deepest object. */
  const chain = (depth: number) => {
    const root: Record<string, unknown> = {};
    let at = root;
    for (let i = 0; i < depth; i++) at = at.n = { i };
    return { root, deepest: at };
  };

  it('rejects a cycle that starts deep, or loops back to the root from far below', () => {
    for (const depth of [150, 199, 200, 201, 202, 450]) {
      const { root, deepest } = chain(depth);
      deepest.back = root;
      expect(() => cloneJson(root)).toThrow(NotJsonError);
      const inner = chain(depth);
      inner.deepest.loop = { again: inner.deepest };
      expect(() => cloneJsonFrozen(inner.root)).toThrow(NotJsonError);
    }
  });

  it('copies an object shared between a shallow and a deep place twice, not as a cycle', () => {
    const shared = { s: [1] };
    const { root, deepest } = chain(300);
    root.shared = shared;
    deepest.shared = shared;
    const copy = cloneJson(root);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(root));
    expect(copy.shared).not.toBe(shared);
  });

  it('stops past MAX_CLONE_NODES values, counting the shared parts once per place', () => {
    // 2^22 paths through 22 levels of two references to the same object: a few objects, millions of places.
    let dag: unknown = { leaf: true };
    for (let i = 0; i < 22; i++) dag = { a: dag, b: dag };
    expect(MAX_CLONE_NODES).toBeLessThan(2 ** 22);
    expect(() => cloneJson(dag)).toThrow(NotJsonError);
  });
});

describe('cloneJsonFrozenChecked', () => {
  it('copies and freezes like cloneJsonFrozen, and says whether the copy is plain JSON data', () => {
    const input = { a: [1, 'x', null, { b: true }], c: { d: undefined } };
    const checked = cloneJsonFrozenChecked(input);
    expect(checked.plain).toBe(true);
    expect(checked.copy).toEqual(cloneJsonFrozen(input));
    expect(Object.isFrozen(checked.copy.a[3])).toBe(true);
  });

  it('is not plain with a function or a symbol anywhere, as a property or an array item, however deep', () => {
    const deep = (leaf: unknown) => {
      let v: unknown = { leaf };
      for (let i = 0; i < 300; i++) v = i % 2 ? { k: v } : [v];
      return v;
    };
    for (const odd of [() => 1, Symbol('s')]) {
      expect(cloneJsonFrozenChecked({ a: { b: odd } }).plain).toBe(false);
      expect(cloneJsonFrozenChecked([1, [odd]]).plain).toBe(false);
      expect(cloneJsonFrozenChecked(odd).plain).toBe(false);
      expect(cloneJsonFrozenChecked(deep(odd)).plain).toBe(false);
    }
    expect(cloneJsonFrozenChecked(deep('text')).plain).toBe(true);
  });
});
