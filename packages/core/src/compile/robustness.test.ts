/**
 * Property-based robustness: random and hostile definitions and data. compileForm only ever throws
 * FormDefinitionError, validate never throws, both engines agree on random data, and no global object changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileForm } from './compile-form.js';
import { FormDefinitionError } from '../models/errors.js';
import type { FormDefinition } from '../models/definition.js';
import { ajvEngine } from '../engines/ajv-engine.js';

/** A snapshot of the built-ins a prototype-pollution bug would touch. */
const snapshot = () => {
  const targets: Record<string, object> = { Object, 'Object.prototype': Object.prototype, 'Array.prototype': Array.prototype, 'Function.prototype': Function.prototype, 'String.prototype': String.prototype, JSON, RegExp, 'RegExp.prototype': RegExp.prototype, globalThis };
  return Object.fromEntries(Object.entries(targets).map(([name, o]) => [name, Reflect.ownKeys(o).map(String).sort().join(',')]));
};

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '$ref', 'properties', 'type', 'items'];
const hostileKey = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 }));
/** JSON-like values whose keys are often hostile (and parsed with JSON.parse, so `__proto__` is an own key). */
const hostileJson = fc
  .letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(hostileKey, tie('value'), { maxKeys: 5 })),
  }))
  .value.map((v) => JSON.parse(JSON.stringify(v) ?? 'null') as unknown);

const BASE: FormDefinition = {
  id: 'vn.test.robust',
  version: '1.0.0',
  title: { vi: 'Thử' },
  schema: {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[^0-9]*$' },
      pid: { type: 'string', format: 'vn-pid' },
      sex: { enum: ['male', 'female'] },
      born: { type: 'string', format: 'vn-partial-date' },
      kids: { type: 'array', maxItems: 5, items: { type: 'object', properties: { name: { type: 'string' }, age: { type: 'integer', minimum: 0 } }, required: ['name'] } },
      addr: { type: 'object', properties: { street: { type: 'string' }, communeCode: { type: 'string', format: 'vn-commune-code' } }, additionalProperties: false },
      extra: { oneOf: [{ type: 'string', format: 'vn-mobile' }, { type: 'number', multipleOf: 0.5 }] },
    },
    required: ['name', 'pid'],
    dependentRequired: { kids: ['sex'] },
  },
};

/** Sets `value` at a random path of a copy of `base`. */
const mutate = (base: unknown, path: string[], value: unknown): unknown => {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  let cur: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = Object.hasOwn(cur, key) ? cur[key] : undefined;
    if (next === null || typeof next !== 'object') return copy;
    cur = next as Record<string, unknown>;
  }
  Object.defineProperty(cur, path[path.length - 1] ?? 'x', { value, enumerable: true, configurable: true, writable: true });
  return copy;
};

const compileOrProblems = (def: unknown): void => {
  try {
    compileForm(def as FormDefinition);
  } catch (e) {
    if (!(e instanceof FormDefinitionError)) throw new Error(`compileForm threw ${String(e)}`, { cause: e });
  }
};

describe('robustness', () => {
  let before: ReturnType<typeof snapshot>;
  beforeAll(() => {
    before = snapshot();
  });
  afterAll(() => {
    expect(snapshot()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('compileForm throws only FormDefinitionError for any JSON value', () => {
    fc.assert(fc.property(hostileJson, (def) => compileOrProblems(def)), { numRuns: 300 });
  });

  it('compileForm throws only FormDefinitionError for a valid definition with one part replaced by junk', () => {
    const path = fc.array(fc.oneof(fc.constantFrom('schema', 'properties', 'name', 'kids', 'items', 'ui', 'i18n', 'prefill', 'title', 'vi', 'required', 'pattern', 'format', '0'), hostileKey), { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(path, hostileJson, (p, v) => compileOrProblems(mutate(BASE, p, v))), { numRuns: 300 });
  });

  it('compileForm survives hostile objects (throwing getters, proxies, cycles, 10,000-deep nesting)', () => {
    const cyclic: Record<string, unknown> = { ...BASE };
    cyclic.schema = { type: 'object', properties: {} };
    (cyclic.schema as Record<string, unknown>).self = cyclic.schema;
    let deepUi: unknown = { type: 'Control', scope: '#/properties/name' };
    for (let i = 0; i < 10_000; i++) deepUi = { type: 'VerticalLayout', elements: [deepUi] };
    let deepI18n: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deepI18n = { a: deepI18n };
    const inputs: unknown[] = [
      cyclic,
      { ...BASE, ui: deepUi },
      { ...BASE, i18n: { vi: deepI18n } },
      new Proxy({}, { get: () => { throw new Error('get'); }, ownKeys: () => { throw new Error('keys'); } }),
      { ...BASE, schema: { ...(BASE.schema as object), properties: { name: { type: 'string', pattern: 'x'.repeat(1_000_000) } } } },
      JSON.parse('{"__proto__": {"polluted": true}, "id": "vn.a.b", "version": "1.0.0", "title": {"vi": "x"}, "schema": {"type": "object", "properties": {"__proto__": {"type": "string"}}}}'),
    ];
    for (const input of inputs) compileOrProblems(input);
  });

  it('validate never throws on random and hostile data, and both engines agree', () => {
    const interpreter = compileForm(BASE);
    const ajv = compileForm(BASE, { engine: ajvEngine() });
    const plausible = fc.record(
      {
        name: fc.oneof(fc.string(), fc.integer()),
        pid: fc.oneof(fc.stringMatching(/^0[0-9]{11}$/), fc.string({ maxLength: 13 })),
        sex: fc.constantFrom('male', 'female', 'other', 1),
        born: fc.oneof(fc.stringMatching(/^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$/), fc.string()),
        kids: fc.array(fc.record({ name: fc.string(), age: fc.oneof(fc.integer(), fc.double()) }, { requiredKeys: [] }), { maxLength: 7 }),
        addr: fc.dictionary(hostileKey, fc.string(), { maxKeys: 3 }),
        extra: fc.oneof(fc.string(), fc.double(), fc.stringMatching(/^0[39][0-9]{8}$/)),
      },
      { requiredKeys: [] },
    );
    const data = fc.oneof(plausible, hostileJson).map((v) => JSON.parse(JSON.stringify(v) ?? 'null') as unknown);
    fc.assert(
      fc.property(data, fc.constantFrom('vi' as const, 'en' as const), (d, locale) => {
        const a = interpreter.validate(d, { locale });
        const b = ajv.validate(d, { locale });
        expect(b).toEqual(a);
        expect(a.valid).toBe(a.errors.length === 0);
      }),
      { numRuns: 400 },
    );
  });

  it('validate survives 1 MB strings and 10,000-deep data', () => {
    const form = compileForm(BASE);
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { name: deep, kids: [deep] };
    for (const data of [{ name: 'x'.repeat(1_000_000), pid: '1'.repeat(1_000_000) }, deep, { kids: Array.from({ length: 100_000 }, () => ({ name: 'a' })) }]) {
      expect(() => form.validate(data)).not.toThrow();
    }
  });
});
