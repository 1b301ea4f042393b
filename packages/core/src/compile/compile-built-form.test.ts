// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { precompileForm } from '../ajv.js';
import { loadPrecompiled } from '../engines/load-module.test.helper.js';
import { FormDefinitionError } from '../models/errors.js';
import type { FormDefinition } from '../models/definition.js';
import { compileBuiltForm } from './compile-built-form.js';
import { compileForm } from './compile-form.js';
import { precompiledEngine } from '../engines/precompiled.js';

/** Node's modules by computed specifier: core's tsconfig has no Node types. */
const [fsName, urlName] = ['node:fs', 'node:url'];
const fs = (await import(fsName)) as { readFileSync(file: string, encoding: 'utf8'): string };
const url = (await import(urlName)) as { fileURLToPath(u: string): string };
const dir = url.fileURLToPath((import.meta as unknown as { url: string }).url).replace(/[\\/][^\\/]*$/, '/') + '../../../../forms/birth-registration/';
const birth = JSON.parse(fs.readFileSync(dir + 'vn.moj.birth-registration.form.json', 'utf8')) as FormDefinition;
const fixture = (name: string): unknown => JSON.parse(fs.readFileSync(dir + 'fixtures/' + name, 'utf8'));

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
    const built = compileBuiltForm(birth, module);
    const checked = compileForm(birth, { engine: precompiledEngine(module) });
    const invalid = (fixture('invalid/copies-requested-without-count.json') as { data?: unknown }).data;
    for (const data of [fixture('valid/full.json'), invalid, {}]) {
      for (const locale of ['vi', 'en'] as const) expect(built.validate(data, { locale })).toEqual(checked.validate(data, { locale }));
      expect(built.evaluate(data, { now: '2026-11-24' })).toEqual(checked.evaluate(data, { now: '2026-11-24' }));
    }
    expect(built.validate(invalid).valid).toBe(false);
    expect(built.definition).toEqual(checked.definition);
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
    expect(() => compileBuiltForm(reordered, module)).not.toThrow();
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
});
