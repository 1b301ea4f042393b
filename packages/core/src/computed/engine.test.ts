// SPDX-License-Identifier: MIT
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogicRunner } from './engine.js';
import { OPERATORS } from './operators.js';

/** One expression per operator and built-in function, with the data and the expected result. */
const CASES: Array<[string, unknown, unknown, unknown]> = [
  ['var', { var: 'a.b' }, { a: { b: 2 } }, 2],
  ['val', { val: ['a', 'b'] }, { a: { b: 2 } }, 2],
  ['exists', { exists: 'a' }, { a: 0 }, true],
  ['missing', { missing: ['a', 'b'] }, { a: 1 }, ['b']],
  ['missing_some', { missing_some: [1, ['a', 'b']] }, { a: 1 }, []],
  ['if', { if: [{ var: 'x' }, 'yes', 'no'] }, { x: false }, 'no'],
  ['?:', { '?:': [true, 1, 2] }, {}, 1],
  ['??', { '??': [{ var: 'x' }, 'fallback'] }, {}, 'fallback'],
  ['==', { '==': [1, '1'] }, {}, true],
  ['===', { '===': [1, '1'] }, {}, false],
  ['!=', { '!=': [1, 2] }, {}, true],
  ['!==', { '!==': [1, 1] }, {}, false],
  ['!', { '!': [''] }, {}, true],
  ['!!', { '!!': ['x'] }, {}, true],
  ['not', { not: [true] }, {}, false],
  ['or', { or: [false, 'b'] }, {}, 'b'],
  ['and', { and: [true, 'b'] }, {}, 'b'],
  ['>', { '>': [2, 1] }, {}, true],
  ['>=', { '>=': [1, 1] }, {}, true],
  ['<', { '<': [1, 2, 3] }, {}, true],
  ['<=', { '<=': [3, 2] }, {}, false],
  ['max', { max: [1, 3, 2] }, {}, 3],
  ['min', { min: [1, 3, 2] }, {}, 1],
  ['+', { '+': [1, 2] }, {}, 3],
  ['-', { '-': [5, 2] }, {}, 3],
  ['*', { '*': [2, 3] }, {}, 6],
  ['/', { '/': [6, 3] }, {}, 2],
  ['%', { '%': [7, 3] }, {}, 1],
  ['in', { in: ['b', ['a', 'b']] }, {}, true],
  ['cat', { cat: ['a', 1] }, {}, 'a1'],
  ['substr', { substr: ['abcdef', 1, 2] }, {}, 'bc'],
  ['length', { length: [[1, 2, 3]] }, {}, 3],
  ['merge', { merge: [[1], [2, 3]] }, {}, [1, 2, 3]],
  ['keys', { keys: [{ preserve: { a: 1 } }] }, {}, ['a']],
  ['get', { get: [{ preserve: { a: 1 } }, 'a'] }, {}, 1],
  ['map', { map: [{ var: 'xs' }, { '*': [{ var: '' }, 2] }] }, { xs: [1, 2] }, [2, 4]],
  ['filter', { filter: [{ var: 'xs' }, { '>': [{ var: '' }, 1] }] }, { xs: [1, 2] }, [2]],
  ['reduce', { reduce: [{ var: 'xs' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] }, { xs: [1, 2] }, 3],
  ['all', { all: [{ var: 'xs' }, { '>': [{ var: '' }, 0] }] }, { xs: [1, 2] }, true],
  ['every', { every: [{ var: 'xs' }, { '>': [{ var: '' }, 1] }] }, { xs: [1, 2] }, false],
  ['some', { some: [{ var: 'xs' }, { '>': [{ var: '' }, 1] }] }, { xs: [1, 2] }, true],
  ['none', { none: [{ var: 'xs' }, { '>': [{ var: '' }, 5] }] }, { xs: [1, 2] }, true],
  ['preserve', { preserve: { var: 'x' } }, {}, { var: 'x' }],
  ['ageAt', { ageAt: [{ var: 'dob' }, '2025-03-15'] }, { dob: '2019-03-15' }, 6],
  ['vnDateInWords', { vnDateInWords: [{ var: 'd' }] }, { d: '2025-03-15' }, 'ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm'],
  ['vnNumberInWords', { vnNumberInWords: [21] }, {}, 'hai mươi mốt'],
  ['upperVi', { upperVi: [{ var: 'n' }] }, { n: 'đức' }, 'ĐỨC'],
  ['concat', { concat: ['a', '', 'b'] }, {}, 'a b'],
  ['join', { join: [', ', 'a', null, 'b'] }, {}, 'a, b'],
  ['adminUnitName', { adminUnitName: ['01'] }, {}, 'Thành phố Hà Nội'],
];

const ADMIN_UNITS = { name: (code: string) => ({ '01': 'Thành phố Hà Nội' })[code] };

describe('createLogicRunner', () => {
  it('has a case for every allowed operator', () => {
    const covered = new Set(CASES.map(([name]) => name));
    expect(Object.keys(OPERATORS).filter((op) => !covered.has(op))).toEqual([]);
  });

  it.each(CASES)('runs %s', (_name, expr, data, expected) => {
    expect(createLogicRunner({}, { adminUnits: ADMIN_UNITS }).run(expr, data)).toEqual(expected);
  });

  it('refuses operators outside the allowed set, such as throw, try and eachKey', () => {
    const runner = createLogicRunner();
    for (const op of ['throw', 'try', 'eachKey', 'pipe', 'log', 'nope']) {
      expect(() => runner.run({ [op]: ['x'] }, {})).toThrow();
    }
  });

  it('returns null from adminUnitName without a lookup', () => {
    expect(createLogicRunner().run({ adminUnitName: ['01'] }, {})).toBeNull();
  });

  it('runs registry functions with evaluated arguments, and turns undefined into null', () => {
    const runner = createLogicRunner({ double: (x) => Number(x) * 2, nothing: () => undefined });
    expect(runner.run({ double: [{ var: 'n' }] }, { n: 21 })).toBe(42);
    expect(runner.run({ nothing: [] }, {})).toBeNull();
  });

  it('never lets a registry function replace an operator or a built-in', () => {
    const runner = createLogicRunner({ upperVi: () => 'hijacked', cat: () => 'hijacked' });
    expect(runner.run({ upperVi: ['a'] }, {})).toBe('A');
    expect(runner.run({ cat: ['a', 'b'] }, {})).toBe('ab');
  });
});

describe('when eval and Function are forbidden (strict Content Security Policy)', () => {
  const original = { eval: globalThis.eval, Function: globalThis.Function };
  const calls: string[] = [];

  beforeEach(() => {
    calls.length = 0;
    const forbidden = (name: string) =>
      function forbiddenCodeGeneration(): never {
        calls.push(name);
        throw new EvalError(`${name} is forbidden by the Content Security Policy`);
      };
    globalThis.eval = forbidden('eval') as typeof eval;
    globalThis.Function = forbidden('Function') as unknown as FunctionConstructor;
  });

  afterEach(() => {
    globalThis.eval = original.eval;
    globalThis.Function = original.Function;
  });

  it('runs every operator and function through the interpreter without generating code', () => {
    const runner = createLogicRunner({}, { adminUnits: ADMIN_UNITS });
    for (const [name, expr, data, expected] of CASES) {
      // Twice: the second run goes through json-logic-engine's cached optimised closures.
      expect(runner.run(expr, data), name).toEqual(expected);
      expect(runner.run(expr, data), name).toEqual(expected);
    }
    expect(calls).toEqual([]);
  });

  it('would notice code generation: the stubs do throw', () => {
    expect(() => globalThis.eval('1')).toThrow(EvalError);
    expect(calls).toEqual(['eval']);
  });
});

/** Node's modules, loaded by a computed specifier: core's tsconfig has no Node types, on purpose. */
async function nodeModules() {
  const [fs, path, mod] = ['node:fs', 'node:path', 'node:module'];
  return {
    fs: (await import(fs)) as { readFileSync(file: string, encoding: 'utf8'): string },
    path: (await import(path)) as { dirname(p: string): string; join(...p: string[]): string },
    module: (await import(mod)) as { createRequire(from: string): { resolve(id: string): string } },
  };
}

describe('json-logic-engine source', async () => {
  // The package ships its unbundled sources next to dist/; the bundle is the same code.
  const { fs, path, module } = await nodeModules();
  const entry = module.createRequire((import.meta as unknown as { url: string }).url).resolve('json-logic-engine');
  const dir = path.join(path.dirname(entry), '..', '..');
  const source = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

  it('has no eval or Function in the interpreter (logic.js) and its optimiser (optimizer.js)', () => {
    for (const file of ['logic.js', 'optimizer.js']) {
      expect(source(file), file).not.toMatch(/\beval\s*\(|new Function|[^\w.]Function\s*\(/);
    }
  });

  it('reaches the compiler from run() only through build(), which tokhai never calls', () => {
    const logic = source('logic.js');
    const runBody = logic.slice(logic.indexOf('  run (logic'), logic.indexOf('  build (logic'));
    expect(runBody.length).toBeGreaterThan(100);
    expect(runBody).not.toMatch(/\bbuild\b/);
    expect(source('optimizer.js')).not.toMatch(/\bbuild\b/);
  });
});
