// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { precompileForm } from '../ajv.js';
import { loadPrecompiled } from '../engines/load-module.test.helper.js';
import { FormDefinitionError } from '../models/errors.js';
import type { FormDefinition } from '../models/definition.js';
import { compileBuiltForm } from './compile-built-form.js';
import { compileForm } from './compile-form.js';
import { precompiledEngine } from '../engines/precompiled.js';
import { logicKit } from '../computed/kit.js';
import { needsLogic } from '../computed/needs-logic.js';
import type { LogicKit } from '../computed/types.js';
import { definitionHash, definitionTextHash } from '../util/hash.js';

/** Node's modules by computed specifier: core's tsconfig has no Node types. */
const [fsName, urlName] = ['node:fs', 'node:url'];
const fs = (await import(fsName)) as { readFileSync(file: string, encoding: 'utf8'): string };
const url = (await import(urlName)) as { fileURLToPath(u: string): string };
const here = (import.meta as unknown as { url: string }).url;
const forms = url.fileURLToPath(here).replace(/[\\/][^\\/]*$/, '/') + '../../../../forms/';
const dir = forms + 'birth-registration/';
const birth = JSON.parse(fs.readFileSync(dir + 'vn.moj.birth-registration.form.json', 'utf8')) as FormDefinition;
const fixture = (name: string): unknown => JSON.parse(fs.readFileSync(dir + 'fixtures/' + name, 'utf8'));
const catalogForm = (folder: string, id: string) => JSON.parse(fs.readFileSync(`${forms}${folder}/${id}.form.json`, 'utf8')) as FormDefinition;

/**
 * The static import graph of a core source file: every source file and bare package reached through `import` and
 * `export … from` (not `import type`, not dynamic `import()`), as a bundler that does not tree-shake would load it.
 */
const Url = (globalThis as unknown as { URL: new (spec: string, base: string) => { href: string } }).URL;
const staticGraph = (entry: string): Set<string> => {
  const seen = new Set<string>();
  const stack = [new Url(entry, here).href];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith('file:')) continue;
    const source = fs.readFileSync(url.fileURLToPath(file), 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1];
      stack.push(spec.startsWith('.') ? new Url(spec.replace(/\.js$/, '.ts'), file).href : spec);
    }
  }
  return seen;
};

const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof FormDefinitionError) return e.problems;
    throw e;
  }
  return [];
};

describe('compileBuiltForm', () => {
  it('compiles a built catalog form that validates, evaluates and localizes exactly like compileForm', async () => {
    const module = await loadPrecompiled(precompileForm(birth));
    const built = compileBuiltForm(birth, module, { logic: logicKit });
    const checked = compileForm(birth, { engine: precompiledEngine(module) });
    const invalid = (fixture('invalid/copies-requested-without-count.json') as { data?: unknown }).data;
    for (const data of [fixture('valid/full.json'), invalid, {}]) {
      for (const locale of ['vi', 'en'] as const) expect(built.validate(data, { locale })).toEqual(checked.validate(data, { locale }));
      expect(built.evaluate(data, { now: '2026-11-24' })).toEqual(checked.evaluate(data, { now: '2026-11-24' }));
    }
    expect(built.validate(invalid).valid).toBe(false);
    expect(built.definition).toEqual(checked.definition);
  });

  it('returns a deeply frozen form and leaves the caller\'s definition unfrozen and unchanged', async () => {
    const module = await loadPrecompiled(precompileForm(birth));
    const mine = JSON.parse(JSON.stringify(birth)) as FormDefinition;
    const built = compileBuiltForm(mine, module, { logic: logicKit });
    const isDeepFrozen = (v: unknown): boolean =>
      typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(isDeepFrozen));
    expect(isDeepFrozen(built.definition)).toBe(true);
    expect(isDeepFrozen(built.schema)).toBe(true);
    expect(isDeepFrozen(built.ui)).toBe(true);
    expect(mine).toEqual(birth);
    expect(Object.isFrozen(mine) || Object.isFrozen(mine.schema) || Object.isFrozen(mine.ui)).toBe(false);
    // The caller's later edits reach neither the form nor where its errors are placed.
    const before = built.validate({});
    (mine.schema as { required?: string[] }).required = [];
    expect(built.validate({})).toEqual(before);
  });

  it('freezes the empty schema it makes for a definition whose schema is `true`, and validates with it', async () => {
    const definition = { id: 'local.any', version: '1.0.0', title: { vi: 'Bất kỳ' }, schema: true } as unknown as FormDefinition;
    const module = await loadPrecompiled(precompileForm(definition));
    const built = compileBuiltForm(definition, module);
    expect(Object.isFrozen(built.schema)).toBe(true);
    expect(built.validate({ anything: 1 }).valid).toBe(true);
  });

  it('compiles a bare JSON Schema built as one (wrapped like compileForm does), deeply frozen', async () => {
    const bare = { type: 'object', properties: { name: { type: 'string', minLength: 2 } }, required: ['name'] } as unknown as FormDefinition;
    const module = await loadPrecompiled(precompileForm(bare));
    const built = compileBuiltForm(bare, module);
    const checked = compileForm(bare, { engine: precompiledEngine(module) });
    expect(built.definition).toEqual(checked.definition);
    expect(Object.isFrozen(built.definition) && Object.isFrozen(built.schema) && Object.isFrozen(built.schema.properties)).toBe(true);
    expect(built.validate({ name: 'A' })).toEqual(checked.validate({ name: 'A' }));
  });

  it('refuses a module built from another definition, naming the rebuild', async () => {
    const module = await loadPrecompiled(precompileForm(birth));
    const edited = { ...birth, version: '9.9.9' };
    const problems = problemsOf(() => compileBuiltForm(edited, module));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ pointer: '', code: 'stale-build' });
    expect(problems[0].message).toContain('tokhai build');
  });

  it('refuses a module that does not name its definition (built before definitionHash existed)', async () => {
    const { definitionHash: _ignored, ...old } = await loadPrecompiled(precompileForm(birth));
    expect(problemsOf(() => compileBuiltForm(birth, old))[0]).toMatchObject({ code: 'stale-build' });
  });

  it('hashes the definition as written, whatever the key order', async () => {
    const reordered = Object.fromEntries(Object.entries(birth).reverse()) as unknown as FormDefinition;
    const module = await loadPrecompiled(precompileForm(birth));
    // The text hash misses (other key order): the key-sorted hash verifies it, as before the text hash existed.
    expect(definitionTextHash(reordered)).not.toBe(module.definitionTextHash);
    expect(compileBuiltForm(reordered, module, { logic: logicKit }).definition).toEqual(compileBuiltForm(birth, module, { logic: logicKit }).definition);
  });

  it('writes the hash of the definition\'s JSON text into the module, and verifies the same text by it alone', async () => {
    const module = await loadPrecompiled(precompileForm(birth));
    expect(module.definitionTextHash).toBe(definitionTextHash(birth));
    expect(module.definitionTextHash).toMatch(/^fnv1a64w16:[0-9a-f]{16}$/);
    // A module whose key-sorted hash names nothing real is still accepted for the very text it names: the cheap
    // comparison alone decides (the key-sorted hash is never computed for it).
    const textOnly = { ...module, definitionHash: 'fnv1a64:0000000000000000' };
    const loaded = JSON.parse(JSON.stringify(birth)) as FormDefinition;
    expect(compileBuiltForm(loaded, textOnly, { logic: logicKit }).validate({}).errors).toEqual(compileBuiltForm(birth, module, { logic: logicKit }).validate({}).errors);
  });

  it('verifies by the key-sorted hash when the module\'s text hash is absent or wrong, and refuses as before', async () => {
    const module = await loadPrecompiled(precompileForm(birth));
    const { definitionTextHash: _none, ...older } = module;
    for (const m of [older, { ...module, definitionTextHash: 'fnv1a64w16:0000000000000000' }, { ...module, definitionTextHash: 42 as unknown as string }]) {
      expect(() => compileBuiltForm(birth, m, { logic: logicKit })).not.toThrow();
      const problems = problemsOf(() => compileBuiltForm({ ...birth, version: '9.9.9' }, m, { logic: logicKit }));
      expect(problems.map((p) => p.code)).toEqual(['stale-build']);
      // The message names the key-sorted hashes, whatever the text hash said.
      expect(problems[0].message).toContain(`module ${module.definitionHash}, definition ${definitionHash({ ...birth, version: '9.9.9' })}`);
    }
  });

  it('refuses an edited definition with the same message whichever hash the module carries', async () => {
    const module = await loadPrecompiled(precompileForm(birth));
    const { definitionTextHash: _none, ...older } = module;
    const edited = { ...birth, title: { vi: 'Tờ khai khác', en: 'Another form' } };
    expect(problemsOf(() => compileBuiltForm(edited, module, { logic: logicKit }))).toEqual(problemsOf(() => compileBuiltForm(edited, older, { logic: logicKit })));
    expect(problemsOf(() => compileBuiltForm(edited, module, { logic: logicKit }))[0].code).toBe('stale-build');
  });

  it('does not take the text hash\'s word for a definition whose JSON text hides something (a function value)', async () => {
    const module = await loadPrecompiled(precompileForm(birth));
    // JSON.stringify leaves a function out, so the text is the built one; the key-sorted hash counts it (null).
    const hidden = { ...birth, extra: () => 'x' } as unknown as FormDefinition;
    expect(JSON.stringify(hidden)).toBe(JSON.stringify(birth));
    expect(problemsOf(() => compileBuiltForm(hidden, module, { logic: logicKit })).map((p) => p.code)).toEqual(['stale-build']);
  });

  it('does not use the text hash while a prototype toJSON rewrites what JSON.stringify writes', async () => {
    const module = await loadPrecompiled(precompileForm(birth));
    const original = JSON.stringify(birth);
    const edited = { ...birth, version: '9.9.9' };
    // Makes JSON.stringify of any definition write the built one's text.
    Object.defineProperty(Object.prototype, 'toJSON', {
      value: function (this: unknown, key: string) {
        return key === '' ? JSON.parse(original) : this;
      },
      configurable: true,
      writable: true,
    });
    let problems: ReturnType<typeof problemsOf>;
    try {
      problems = problemsOf(() => compileBuiltForm(edited, module, { logic: logicKit }));
    } finally {
      delete (Object.prototype as { toJSON?: unknown }).toJSON;
    }
    expect(problems.map((p) => p.code)).toEqual(['stale-build']);
  });

  it('refuses a definition JSON cannot hold (a cycle) as stale, without hanging', async () => {
    const module = await loadPrecompiled(precompileForm(birth));
    const cyclic = JSON.parse(JSON.stringify(birth)) as FormDefinition & { self?: unknown };
    cyclic.self = cyclic;
    expect(problemsOf(() => compileBuiltForm(cyclic, module, { logic: logicKit })).map((p) => p.code)).toEqual(['stale-build']);
  });

  it('does not run the definition checks again (a definition only the checks reject still compiles)', async () => {
    // A scope that resolves to nothing is a checking problem; the build would have refused it. Here the module is
    // generated for it by hand (precompileForm checks first), showing the checks are skipped, not repeated.
    const definition: FormDefinition = {
      id: 'vn.test.unchecked',
      version: '1.0.0',
      title: { vi: 'Thử' },
      schema: { type: 'object', properties: { name: { type: 'string' } } },
      ui: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/name' }] },
    };
    const module = await loadPrecompiled(precompileForm(definition));
    const unchecked = { ...definition, ui: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/nmae' }] } } as FormDefinition;
    expect(problemsOf(() => compileForm(unchecked, { engine: precompiledEngine(module) })).map((p) => p.code)).toContain('scope');
    const forged = { ...module, definitionHash: (await import('../util/hash.js')).definitionHash(unchecked) };
    expect(compileBuiltForm(unchecked, forged).validate({ name: 'An' }).valid).toBe(true);
  });

  it('refuses a form with computed values without the logic kit, naming the fix', async () => {
    const module = await loadPrecompiled(precompileForm(birth));
    for (const options of [{}, { logic: undefined }, { logic: {} as never }]) {
      const problems = problemsOf(() => compileBuiltForm(birth, module, options));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ pointer: '/computed', code: 'logic-kit-missing' });
      expect(problems[0].message).toContain('@tokhai/core/logic-kit');
      expect(problems[0].message).toContain('loadLogicKit');
    }
  });

  it('compiles a catalog form without computed values without the logic kit, exactly like compileForm', async () => {
    const death = catalogForm('death-registration', 'vn.moj.death-registration');
    expect(needsLogic(death)).toBe(false);
    const module = await loadPrecompiled(precompileForm(death));
    const built = compileBuiltForm(death, module);
    const checked = compileForm(death, { engine: precompiledEngine(module) });
    for (const data of [{}, { deceased: { fullName: 'Nguyễn Văn An' } }]) {
      expect(built.validate(data, { locale: 'vi' })).toEqual(checked.validate(data, { locale: 'vi' }));
      expect(built.evaluate(data, { now: '2026-11-24' })).toEqual(checked.evaluate(data, { now: '2026-11-24' }));
    }
  });

  it('computes the catalog form\'s values with the kit exactly as compileForm does (health insurance, three computed fields)', async () => {
    const health = catalogForm('health-insurance-under6', 'vn.bhxh.health-insurance-under6');
    expect(needsLogic(health)).toBe(true);
    const module = await loadPrecompiled(precompileForm(health));
    const built = compileBuiltForm(health, module, { logic: logicKit });
    const checked = compileForm(health, { engine: precompiledEngine(module) });
    const full = JSON.parse(fs.readFileSync(`${forms}health-insurance-under6/fixtures/valid/full.json`, 'utf8')) as { child: Record<string, unknown> };
    const data = { ...full, child: { ...full.child, fullName: 'Lê Thị Ánh', fullNameUpper: 'stale' } };
    const evaluation = built.evaluate(data, { now: '2026-11-24' });
    expect(evaluation.computed['/child/fullNameUpper']).toBe('LÊ THỊ ÁNH');
    expect(Object.keys(evaluation.computed).sort()).toEqual(['/child/fullNameUpper', '/eligibility/ageYears', '/eligibility/underSix']);
    expect(evaluation).toEqual(checked.evaluate(data, { now: '2026-11-24' }));
    expect(built.prepareSubmission(data, { now: '2026-11-24' })).toEqual(checked.prepareSubmission(data, { now: '2026-11-24' }));
  });

  it('prepares the computed fields with the kit it is given, once per compilation', async () => {
    const module = await loadPrecompiled(precompileForm(birth));
    const calls: number[][] = [];
    const counting: LogicKit = {
      prepareComputed: (input, fields) => (calls.push(fields.map((f) => f.index)), logicKit.prepareComputed(input, fields)),
    };
    const form = compileBuiltForm(birth, module, { logic: counting });
    form.evaluate(fixture('valid/full.json'));
    form.evaluate({});
    expect(calls).toEqual([birth.computed!.map((_, i) => i)]);
  });

  it('takes the @tokhai/core/logic-kit module namespace itself as the kit', async () => {
    const module = await loadPrecompiled(precompileForm(birth));
    const entry = await import('../logic-kit.js');
    const form = compileBuiltForm(birth, module, { logic: entry });
    expect(form.evaluate(fixture('valid/full.json')).computed).toEqual(compileBuiltForm(birth, module, { logic: entry.logicKit }).evaluate(fixture('valid/full.json')).computed);
  });

  it('does not import json-logic-engine or the expression checks (only compileForm and the logic kit do)', () => {
    const built = [...staticGraph('./compile-built-form.ts')];
    expect(built.filter((f) => !f.startsWith('file:'))).not.toContain('json-logic-engine');
    expect(built.filter((f) => /computed\/(engine|check-expression|prepare|kit|compute|order|operators|functions\/\S+)\.ts$/.test(f))).toEqual([]);
    expect(built.some((f) => f.endsWith('/compile/pipeline.ts'))).toBe(true);
    // The walk finds it where it is imported: the full compiler and the kit entry.
    expect(staticGraph('./compile-form.ts')).toContain('json-logic-engine');
    expect(staticGraph('../logic-kit.ts')).toContain('json-logic-engine');
  });
});

describe('needsLogic', () => {
  it('is true exactly for definitions with computed values', () => {
    expect(needsLogic(birth)).toBe(true);
    expect(needsLogic({ ...birth, computed: [] })).toBe(false);
    const { computed: _none, ...plain } = birth;
    expect(needsLogic(plain)).toBe(false);
    for (const odd of [null, undefined, 'x', 3, [], { computed: {} }]) expect(needsLogic(odd)).toBe(false);
  });
});
