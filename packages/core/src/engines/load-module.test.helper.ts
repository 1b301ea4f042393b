// SPDX-License-Identifier: MIT
// Test helper (not exported): evaluates the ES module source of `precompileForm` in Node without writing a file,
// by binding its imports to modules loaded here. Production code imports the generated file as a real module.
import * as core from '../index.js';
import type { PrecompiledModule } from './precompiled.js';

/** Loads generated validator source as a module object. */
export const loadPrecompiled = async (source: string): Promise<PrecompiledModule> => {
  const bindings: Record<string, unknown> = {};
  const specs: Record<string, string> = {};
  const body = source.replace(/^import \* as (\w+) from "([^"]+)";$/gm, (_m, name: string, spec: string) => {
    specs[name] = spec;
    return '';
  });
  for (const [name, spec] of Object.entries(specs)) bindings[name] = spec === '@tokhai/core' ? core : await import(/* @vite-ignore */ spec);
  const exportsObj: Record<string, unknown> = {};
  const code = body
    .replace(/export const (\w+) = /g, '__exports.$1 = ')
    .replace(/export default (\w+);/g, '__exports.default = $1;');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- test-only loader for generated code
  const run = new Function(...Object.keys(bindings), '__exports', code) as (...args: unknown[]) => void;
  run(...Object.values(bindings), exportsObj);
  return exportsObj as unknown as PrecompiledModule;
};
