// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { compileForm } from '../index.js';
import { runConformanceCase, type ConformanceCase } from './conformance-runner.js';

/** Reads every conformance file. Node's modules come by computed specifier: core's tsconfig has no Node types. */
async function loadCases(): Promise<Array<[file: string, cases: ConformanceCase[]]>> {
  const [fsName, urlName] = ['node:fs', 'node:url'];
  const fs = (await import(fsName)) as { readdirSync(dir: string): string[]; readFileSync(file: string, encoding: 'utf8'): string };
  const url = (await import(urlName)) as { fileURLToPath(u: string): string };
  const dir = url.fileURLToPath((import.meta as unknown as { url: string }).url).replace(/src[\\/]rules[\\/]conformance\.test\.ts$/, 'conformance/');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(fs.readFileSync(dir + f, 'utf8')) as ConformanceCase[]]);
}

const files = await loadCases();

describe('logic conformance set', () => {
  it('has at least 60 cases with unique names', () => {
    const names = files.flatMap(([, cases]) => cases.map((c) => c.name));
    expect(names.length).toBeGreaterThanOrEqual(60);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const [file, cases] of files) {
    describe(file, () => {
      for (const testCase of cases) {
        it(`${testCase.name}: ${testCase.description}`, () => {
          expect(runConformanceCase(compileForm, testCase)).toEqual(testCase.expected);
        });
      }
    });
  }
});
