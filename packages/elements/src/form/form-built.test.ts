// SPDX-License-Identifier: MIT
// Forms built by `tokhai build` (forms/dist: definition + precompiled validator, made by `npm run build` before the
// tests), compiled the way portals without a build step do: `compileBuiltForm`, with the logic kit loaded only for
// forms with computed values.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { FormDefinitionError, compileBuiltForm, needsLogic, type FormDefinition, type PrecompiledModule } from '@tokhai/core';
import { cleanup, control, mount, root, seriousViolations } from './fixtures.test-helpers.js';
import { loadBuiltForm, loadLogicKit } from './load-definition.js';

afterEach(cleanup);

/** The catalog's build outputs, served from the repository root by the test server. */
const DIST = `${location.origin}/forms/dist/`;

/** A catalog form's build outputs, fetched as a portal does. */
async function built(id: string): Promise<{ definition: FormDefinition; module: PrecompiledModule }> {
  const base = `${DIST}${id}`;
  const response = await fetch(`${base}.form.json`);
  expect(response.ok, `${base}.form.json: ${response.status} (run \`npm run build:forms\`)`).toBe(true);
  const definition = (await response.json()) as FormDefinition;
  const module = (await import(/* @vite-ignore */ `${base}.validator.js`)) as PrecompiledModule;
  return { definition, module };
}

const problemsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof FormDefinitionError) return e.problems;
    throw e;
  }
  return [];
};

describe('built catalog forms in <tk-form> (the logic kit loaded only for forms with computed values)', () => {
  it('renders the health-insurance form from loadBuiltForm and computes the upper-case name as the citizen types', async () => {
    const { definition, module } = await built('vn.bhxh.health-insurance-under6');
    expect(needsLogic(definition)).toBe(true);
    const el = await mount({ form: await loadBuiltForm(definition, module) });
    await userEvent.type(control(el, 'Họ và tên (bắt buộc)'), 'Lê Thị Ánh');
    await el.updateComplete;
    await expect.poll(() => control(el, 'viết chữ in hoa').value).toBe('LÊ THỊ ÁNH');
    expect(control(el, 'viết chữ in hoa').readOnly).toBe(true);
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('refuses the same form compiled without the kit, naming loadLogicKit, and compiles it with the loaded kit', async () => {
    const { definition, module } = await built('vn.bhxh.health-insurance-under6');
    const problems = problemsOf(() => compileBuiltForm(definition, module));
    expect(problems.map((p) => p.code)).toEqual(['logic-kit-missing']);
    expect(problems[0].message).toContain('loadLogicKit');
    const logic = await loadLogicKit();
    expect(await loadLogicKit()).toBe(logic);
    const form = compileBuiltForm(definition, module, { logic });
    expect(form.evaluate({ child: { fullName: 'Trần Minh An' } }).computed['/child/fullNameUpper']).toBe('TRẦN MINH AN');
  });

  it('compiles and renders a built form without computed values without the kit', async () => {
    const { definition, module } = await built('vn.moj.death-registration');
    expect(needsLogic(definition)).toBe(false);
    const form = compileBuiltForm(definition, module);
    const el = await mount({ form });
    expect(root(el).querySelector('[part~="title"]')?.textContent).toBeTruthy();
    expect(form.evaluate({}).computed).toEqual({});
  });
});
