import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../models/json-schema.js';
import type { SchemaEngine } from '../models/engine.js';
import { interpreterEngine } from './interpreter.js';
import { ajvEngine, esmImports, standaloneModule } from './ajv-engine.js';
import { precompiledEngine } from './precompiled.js';
import { schemaHash } from '../util/hash.js';
import { loadPrecompiled } from './load-module.test.helper.js';
import { compileForm } from '../compile/compile-form.js';
import { definitionFromSchema } from '../compile/definition-from-schema.js';
import { precompileForm } from '../ajv.js';

const KITCHEN_SINK: JsonSchema = {
  type: 'object',
  $defs: {
    short: { type: 'string', minLength: 2 },
    node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } }, required: ['v'] },
  },
  properties: {
    a: false,
    b: { $ref: '#/$defs/short' },
    c: { additionalProperties: false, properties: { x: true } },
    d: { propertyNames: { maxLength: 1 } },
    e: { items: false, prefixItems: [true] },
    f: { anyOf: [{ type: 'string' }, { minimum: 3 }] },
    g: { if: { minimum: 1 }, then: { maximum: 2 }, else: { const: 0 } },
    h: { format: 'vn-pid' },
    i: { oneOf: [{ format: 'vn-mobile' }, { format: 'vn-phone' }] },
    j: { uniqueItems: true },
    k: { contains: { type: 'string' }, minContains: 2 },
    l: { $ref: '#/$defs/node' },
    m: { not: { format: 'vn-pid' } },
    n: { type: 'integer', multipleOf: 5, exclusiveMaximum: 100 },
    o: { enum: ['male', 'female'] },
    p: { dependentRequired: { a: ['b'] }, minProperties: 2, maxProperties: 1 },
  },
  required: ['z', 'y'],
};
const DATA = {
  a: 1, b: 'x', c: { y: 1, x: 1, z: 2 }, d: { aa: 1 }, e: [1, 2], f: 1, g: 5, h: '123', i: '0912345678',
  j: [1, { a: 1 }, 2, { a: 1 }], k: ['a', 1], l: { v: 1, next: { next: { v: 1 } } }, m: '001099012345', n: 7.5,
  o: 'other', p: { a: 1, c: 2 },
};

describe('all engines report the same canonical errors', () => {
  it('agree on a schema exercising every keyword family', async () => {
    const source = standaloneModule(KITCHEN_SINK, '2020-12', schemaHash(KITCHEN_SINK));
    const engines: SchemaEngine[] = [interpreterEngine(), ajvEngine(), precompiledEngine(await loadPrecompiled(source))];
    const [a, b, c] = engines.map((e) => e.compile(KITCHEN_SINK, { draft: '2020-12' })(DATA));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a.length).toBeGreaterThan(20);
  });

  it('locate required errors inside a recursive $ref where the keyword is written', () => {
    const errors = ajvEngine().compile(KITCHEN_SINK, { draft: '2020-12' })(DATA);
    expect(errors).toContainEqual({ instancePath: '/l/next', schemaPath: '/$defs/node/required', keyword: 'required', params: { missingProperty: 'v' } });
  });

  it('report additionalProperties: false at the object with the extra name, as ajv does', () => {
    const errors = interpreterEngine().compile(KITCHEN_SINK, { draft: '2020-12' })(DATA);
    expect(errors.filter((e) => e.keyword === 'additionalProperties').map((e) => e.params.additionalProperty)).toEqual(['y', 'z']);
  });

  it('apply tokhai formats inside not/oneOf exactly (the interpreter does not ignore them)', () => {
    const schema: JsonSchema = { not: { format: 'vn-pid' } };
    const v = interpreterEngine().compile(schema, { draft: '2020-12' });
    expect(v('001099012345')).toHaveLength(1);
    expect(v('123')).toEqual([]);
  });

  it('never throw on data JSON cannot hold', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const engine of [interpreterEngine(), ajvEngine()]) {
      const v = engine.compile({ type: 'object', properties: { a: { type: 'string' } } }, { draft: '2020-12' });
      for (const data of [undefined, () => 1, 10n, Symbol('x'), { a: undefined }, cyclic]) expect(() => v(data)).not.toThrow();
    }
  });

  it('report deep recursion as one unprocessable error instead of overflowing', () => {
    const schema: JsonSchema = { $defs: { t: { type: 'object', properties: { c: { $ref: '#/$defs/t' } } } }, $ref: '#/$defs/t' };
    let deep: unknown = {};
    for (let i = 0; i < 100_000; i++) deep = { c: deep };
    for (const engine of [interpreterEngine(), ajvEngine()]) {
      const errors = engine.compile(schema, { draft: '2020-12' })(deep);
      expect(errors.length === 0 || errors[0].keyword === 'unprocessable').toBe(true);
    }
  });

  it('validate draft-07 schemas with draft-07 semantics ($ref siblings ignored, dependencies)', () => {
    const schema: JsonSchema = {
      definitions: { s: { type: 'string' } },
      properties: { a: { $ref: '#/definitions/s', minLength: 5 }, b: { dependencies: { x: ['y'] } }, c: { items: [true], additionalItems: false } },
    };
    const data = { a: 'abc', b: { x: 1 }, c: [1, 2] };
    const a = interpreterEngine().compile(schema, { draft: 'draft-07' })(data);
    expect(ajvEngine().compile(schema, { draft: 'draft-07' })(data)).toEqual(a);
    expect(a.map((e) => e.keyword).sort()).toEqual(['additionalItems', 'dependencies']);
  });
});

describe('a missing required object, in every engine', () => {
  const GROUPS: JsonSchema = {
    type: 'object',
    $defs: {
      contact: { type: 'object', properties: { phone: { type: 'string' }, email: { type: 'string' } }, required: ['phone'] },
      person: { type: 'object', properties: { fullName: { type: 'string' }, contact: { $ref: '#/$defs/contact' }, documents: { type: 'array', minItems: 1 } }, required: ['fullName', 'contact', 'documents'] },
    },
    properties: { applicant: { $ref: '#/$defs/person' }, note: { type: 'object', properties: { text: { type: 'string' } } } },
    required: ['applicant', 'note'],
  };

  it('is one required error from the engine, which validate lists field by field, identically for every engine', async () => {
    const source = standaloneModule(GROUPS, '2020-12', schemaHash(GROUPS));
    const engines: SchemaEngine[] = [interpreterEngine(), ajvEngine(), precompiledEngine(await loadPrecompiled(source))];
    for (const engine of engines)
      expect(engine.compile(GROUPS, { draft: '2020-12' })({}).map((e) => e.params.missingProperty)).toEqual(['applicant', 'note']);

    const definition = definitionFromSchema(GROUPS, { id: 'vn.test.engine-groups' });
    const forms = [compileForm(definition), compileForm(definition, { engine: ajvEngine() }), compileForm(definition, { engine: precompiledEngine(await loadPrecompiled(precompileForm(definition))) })];
    const [a, b, c] = forms.map((f) => f.validate({}, { includeHidden: true }).errors.map((e) => [e.pointer, e.schemaPath]));
    expect(a).toEqual([['/applicant/fullName', '/$defs/person/required'], ['/applicant/contact/phone', '/$defs/contact/required'], ['/applicant/documents', '/$defs/person/required'], ['/note', '/required']]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });
});

describe('precompiled engine', () => {
  it('refuses a module built for another schema', async () => {
    const mod = await loadPrecompiled(standaloneModule({ type: 'string' }, '2020-12', schemaHash({ type: 'string' })));
    expect(() => precompiledEngine(mod).compile({ type: 'number' }, { draft: '2020-12' })).toThrow(/built for another schema/);
    expect(() => precompiledEngine(mod).compile({ type: 'string' }, { draft: '2020-12' })).not.toThrow();
  });

  it('emits an ES module whose only imports are ajv runtime modules and @tokhai/core', () => {
    const source = standaloneModule(KITCHEN_SINK, '2020-12', schemaHash(KITCHEN_SINK));
    const imports = [...source.matchAll(/^import \* as \w+ from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const spec of imports) expect(spec === '@tokhai/core' || spec.startsWith('ajv/dist/runtime/')).toBe(true);
    expect(source).not.toMatch(/\brequire\(/);
    expect(source).toMatch(/export const schemaHash = "fnv1a64:[0-9a-f]{16}";/);
  });

  it('rewrites require() calls into imports once per module', () => {
    const out = esmImports('const a = require("x").default; const b = require("x").y;');
    expect(out.match(/^import \* as __tk_import0_ns from "x.js";$/gm)).toHaveLength(1);
    expect(out).toContain('const a = __tk_import0.default; const b = __tk_import0.y;');
  });
});

describe('schemaHash', () => {
  it('ignores key order and changes with any value', () => {
    expect(schemaHash({ a: 1, b: [1, 2] })).toBe(schemaHash({ b: [1, 2], a: 1 }));
    expect(schemaHash({ a: 1 })).not.toBe(schemaHash({ a: 2 }));
  });
});
