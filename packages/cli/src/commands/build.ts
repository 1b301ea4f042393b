// SPDX-License-Identifier: MIT
/**
 * `tokhai build <dir> [--out <dir>/dist]`: the catalog as a portal serves it.
 *
 * - `<id>.form.json`: the definition, copied byte for byte;
 * - `<id>.validator.js`: the form's precompiled validator (ajv standalone code from `@tokhai/core/ajv`'s
 *   `precompileForm`), bundled with its runtime helpers into one self-contained ES module: no bare imports, no
 *   `eval` or `new Function`, so a browser under `script-src 'self'` can import it;
 * - `catalog.json`: `[{ id, version, title, procedure, file, validator }]`, sorted by id;
 * - `bundles/*.bundle.json`: the bundles, copied.
 *
 * The output is deterministic (no timestamps, sorted everything), so a rebuild of an unchanged catalog changes
 * no file. A catalog that does not validate (definitions only; `tokhai validate` checks fixtures) builds nothing.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup, type Plugin } from 'rollup';
import { parseAst } from 'rollup/parseAst';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import { FormDefinitionError, compileBuiltForm, precompiledEngine, type FormDefinition, type LocalizedText, type PrecompiledModule, type ProcedureInfo } from '@tokhai/core';
import { logicKit } from '@tokhai/core/logic-kit';
import { ajvEngine, precompileForm } from '@tokhai/core/ajv';
import { compileWithEngines } from '../internal/core.js';
import { collectCatalogFiles, displayPath } from '../internal/files.js';
import { patternChecker } from '../internal/pattern-checker.js';
import { sortProblems, type Problem } from '../internal/problem.js';
import { writeStaged } from '../internal/staging.js';
import { checkFixtures, validateCatalog, type ValidateReport } from './validate.js';

/** Options of `buildCatalog`. */
export interface BuildOptions {
  /** Output folder. Default: `<first dir>/dist`. Its `types/` subfolder (written by `tokhai types`) is kept. */
  out?: string;
  /**
   * Extra rollup plugins run before module resolution, e.g. to resolve `@tokhai/*` to sources in a workspace
   * that has not been built. The default resolves packages from `node_modules` like any bundler.
   */
  plugins?: Plugin[];
  /**
   * Import every bundled validator and run the form's fixtures through it, comparing with ajv (default `true`):
   * the module a browser will load must answer exactly as the server does.
   */
  verify?: boolean;
  /** Minify the validators (default `true`; about half the gzip size). `false` keeps ajv's code readable. */
  minify?: boolean;
}

/** One entry of `catalog.json`. */
export interface CatalogEntry {
  id: string;
  version: string;
  title: LocalizedText;
  procedure?: ProcedureInfo;
  /** The definition, relative to `catalog.json`. */
  file: string;
  /** The precompiled validator module, relative to `catalog.json`. */
  validator: string;
}

/** What `buildCatalog` did. */
export interface BuildResult {
  ok: boolean;
  problems: Problem[];
  catalog: CatalogEntry[];
  /** Every file written, relative to `out`, sorted. */
  files: string[];
  out: string;
}

/**
 * Builds the catalog in `paths` into `options.out`. The output is written to a staging folder beside `out` and
 * swapped in only when everything succeeded: a failed build leaves the previous `out` as it was (and no half-written
 * folder), a successful one replaces it entirely, so a form removed from the catalog leaves no stale file behind.
 * `types/` (written by `tokhai types`) is carried over.
 */
export async function buildCatalog(paths: readonly string[], options: BuildOptions = {}): Promise<BuildResult> {
  const out = options.out ?? join(paths[0] ?? '.', 'dist');
  const report = await validateCatalog(paths, { fixtures: false });
  const problems = report.problems.filter((p) => p.severity === 'error');
  if (!report.ok) return { ok: false, problems, catalog: [], files: [], out };
  const { bundles } = await collectCatalogFiles(paths);

  return writeStaged(
    out,
    async (staging): Promise<BuildResult> => {
      const built = await buildInto(staging, report.forms, bundles, options);
      problems.push(...built.problems);
      sortProblems(problems);
      if (problems.some((p) => p.severity === 'error')) return { ok: false, problems, catalog: [], files: [], out };
      return { ok: true, problems, catalog: built.catalog, files: built.files.sort(), out };
    },
    ['types'], // written by `tokhai types`
  );
}

/** Writes every output file into `dir` (an empty folder). */
async function buildInto(
  dir: string,
  forms: ValidateReport['forms'],
  bundles: readonly string[],
  options: BuildOptions,
): Promise<{ problems: Problem[]; catalog: CatalogEntry[]; files: string[] }> {
  const problems: Problem[] = [];
  const files: string[] = [];
  const catalog: CatalogEntry[] = [];
  const write = async (name: string, text: string) => {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
    files.push(name);
  };

  for (const [id, { file }] of [...forms].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const text = await readFile(file, 'utf8');
    const definition = JSON.parse(text) as FormDefinition;
    const formFile = `${id}.form.json`;
    const validatorFile = `${id}.validator.js`;
    await write(formFile, text);
    const bundled = await bundleValidator(definition, displayPath(file), { plugins: options.plugins, minify: options.minify });
    if (typeof bundled !== 'string') {
      problems.push(...bundled);
      continue;
    }
    await write(validatorFile, bundled);
    if (options.verify !== false) problems.push(...(await verifyValidator(definition, file, join(dir, validatorFile), bundled)));
    catalog.push({
      id,
      version: definition.version,
      title: definition.title,
      ...(definition.procedure ? { procedure: definition.procedure } : {}),
      file: formFile,
      validator: validatorFile,
    });
  }
  for (const file of bundles) {
    await mkdir(join(dir, 'bundles'), { recursive: true });
    await copyFile(file, join(dir, 'bundles', basename(file)));
    files.push(`bundles/${basename(file)}`);
  }
  await write('catalog.json', JSON.stringify(catalog, null, 2) + '\n');
  return { problems, catalog, files };
}

/**
 * The generated module imports ajv's runtime helpers and `@tokhai/core`, so it is bundled as if it sat in
 * `@tokhai/core`'s folder: the helpers then come from the ajv version core compiled the code with.
 */
const RESOLVE_FROM = dirname(createRequire(import.meta.url).resolve('@tokhai/core/package.json'));

/**
 * V8's explicit compile hint (v8.dev/blog/explicit-compile-hints; Chromium 136+, other engines read a comment):
 * compile every function of the module while it loads. The generated `validate` is one function of about 800 bytes
 * per field, and the form calls it on its first render: lazily, V8 compiles it then, on the main thread (about 50 ms
 * at 1,000 fields, measured in Chromium); with the hint it is compiled with the module, off the main thread when
 * the module is streamed. The same hint as `tokhai.bundle.js` (rollup.config.mjs).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The header of every validator module (the compile hint first, where V8 looks for it). */
const header = (source: string, definition: FormDefinition) =>
  `${COMPILE_HINT}\n` +
  `// Generated by \`tokhai build\` from ${source} (${definition.id}@${definition.version}). Do not edit.\n` +
  `// Precompiled validator: one self-contained ES module that evaluates no code at run time (CSP script-src 'self').\n`;

/**
 * Precompiles a definition's validator and bundles it into one ES module. Returns the module text, or the
 * problems that make it unusable in a browser.
 */
export async function bundleValidator(
  definition: FormDefinition,
  source: string,
  options: Pick<BuildOptions, 'plugins' | 'minify'> = {},
): Promise<string | Problem[]> {
  const code = precompileForm(definition, { patternChecker });
  const entry = join(RESOLVE_FROM, `__tokhai_validator_${definition.id}.js`);
  const fail = (message: string): Problem[] => [{ file: source, pointer: '/schema', code: 'build', message, severity: 'error' }];
  let output: string;
  try {
    const build = await rollup({
      input: entry,
      plugins: [
        { name: 'tokhai-validator-entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? code : null) },
        ...(options.plugins ?? []),
        nodeResolve({ browser: true, exportConditions: ['browser', 'import', 'default'], preferBuiltins: false }),
        commonjs({ transformMixedEsModules: true }),
        ...(options.minify === false ? [] : [terser({ module: true, ecma: 2022, format: { comments: false } })]),
      ],
      onwarn: (warning, warn) => {
        if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
      },
    });
    const generated = await build.generate({ format: 'es', inlineDynamicImports: true });
    await build.close();
    output = generated.output[0].code;
  } catch (e) {
    return fail(`cannot bundle the precompiled validator: ${(e as Error).message}`);
  }
  const unsafe = unsafeConstructs(output);
  if (unsafe.length) return fail(`the bundled validator is not self-contained and eval-free: ${unsafe.join('; ')}`);
  return header(source, definition) + output;
}

/**
 * Imports a written validator module and checks the form's fixtures with it against ajv: same verdicts, same
 * error pointers. Returns the problems found (none when the module behaves like the server).
 */
async function verifyValidator(definition: FormDefinition, formFile: string, moduleFile: string, text: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  // The content hash in the URL makes Node load a rebuilt module instead of its cached predecessor.
  const url = `${pathToFileURL(moduleFile).href}?v=${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
  let mod: PrecompiledModule;
  try {
    mod = (await import(url)) as PrecompiledModule;
  } catch (e) {
    return [{ file: displayPath(moduleFile), pointer: '', code: 'build', message: `the bundled validator does not load: ${(e as Error).message}`, severity: 'error' }];
  }
  // What a browser does with the pair: compile the definition without repeating the checks this build ran.
  try {
    compileBuiltForm(definition, mod, { logic: logicKit });
  } catch (e) {
    const message = e instanceof FormDefinitionError ? e.problems.map((p) => p.message).join(' ') : (e as Error).message;
    return [{ file: displayPath(moduleFile), pointer: '', code: 'build', message: `compileBuiltForm refuses the bundled validator: ${message}`, severity: 'error' }];
  }
  const compiled = compileWithEngines(definition, displayPath(formFile), { ajv: () => ajvEngine(), precompiled: () => precompiledEngine(mod) });
  if (!compiled.ok) {
    return compiled.problems.map((p) => ({ file: displayPath(formFile), pointer: p.pointer, code: p.code, message: `with the bundled validator: ${p.message}`, severity: 'error' as const }));
  }
  await checkFixtures(formFile, compiled.compiled, problems);
  return problems.filter((p) => p.severity === 'error');
}

/** A node of the ESTree AST rollup's parser returns (only what the walk needs). */
interface AstNode {
  type: string;
  [key: string]: unknown;
}

const isNode = (v: unknown): v is AstNode => typeof v === 'object' && v !== null && typeof (v as AstNode).type === 'string';

/** The identifier name of a callee (`eval`, `require`, `Function`, `globalThis.eval`), if it is one. */
function calleeName(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Identifier') return node.name as string;
  if (node.type === 'MemberExpression' && !node.computed && isNode(node.property)) return node.property.name as string;
  return undefined;
}

/**
 * What would stop a module from running as-is under a strict CSP or without a bundler: imports or re-exports
 * left behind, dynamic imports, `require()`, `eval()`, `new Function`/`Function()`. Read from the syntax tree, so
 * the same words inside strings (ajv keeps `'require("ajv/dist/runtime/…")'` as text) do not count.
 */
export function unsafeConstructs(code: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isNode(node)) return;
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
        found.push(`import of ${JSON.stringify((node.source as AstNode).value)}`);
        break;
      case 'ExportNamedDeclaration':
        if (node.source) found.push(`re-export of ${JSON.stringify((node.source as AstNode).value)}`);
        break;
      case 'ImportExpression':
        found.push('dynamic import()');
        break;
      case 'CallExpression':
      case 'NewExpression': {
        const name = calleeName(node.callee);
        if (name === 'require' || name === 'eval') found.push(`${name}()`);
        if (name === 'Function') found.push(node.type === 'NewExpression' ? 'new Function' : 'Function()');
        break;
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && typeof value === 'object') walk(value);
  };
  walk(parseAst(code));
  return found;
}
