// SPDX-License-Identifier: MIT
/**
 * The ajv engine (Node: server, CLI, benchmarks) and standalone code generation. Imported only by the
 * `@tokhai/core/ajv` entry, so browser bundles never contain ajv's compiler (it generates code with `new Function`).
 */
import Ajv2020Class from 'ajv/dist/2020.js';
import AjvClass, { _, type Options, type ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { JsonSchema } from '../models/json-schema.js';
import type { RawError, SchemaEngine, SchemaValidator } from '../models/engine.js';
import { formatTable } from '../formats/index.js';
import { ajvLocator, canonicalErrors, sitesFromAjv, unprocessable, type AjvErrorLike } from './normalize.js';
import { cloneJson } from '../util/json.js';
import { buildIdIndex, refTargets } from './id-index.js';

type AjvInstance = InstanceType<typeof AjvClass>;

/** Options of the ajv engine. */
export interface AjvEngineOptions {
  /** Extra ajv options (merged over tokhai's: `allErrors`, `strict: false`, `ownProperties`). */
  ajv?: Options;
}

/**
 * The ajv options every tokhai ajv instance uses. `ownProperties` makes `properties`/`required` read own properties
 * only, so a schema property named `constructor` or `toString` behaves as in the interpreter.
 */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: false,
  ownProperties: true,
  logger: false,
  validateFormats: true,
  // `parentSchema` on errors locates keywords inside non-inlined `$ref` targets (see ajvLocator).
  verbose: true,
};

/** Creates an ajv instance for a draft with tokhai's formats. */
export const createAjv = (draft: '2020-12' | 'draft-07', extra: Options = {}): AjvInstance => {
  const opts: Options = { ...AJV_OPTIONS, ...extra };
  const ajv = draft === 'draft-07' ? new AjvClass(opts) : (new Ajv2020Class(opts) as unknown as AjvInstance);
  for (const [name, def] of Object.entries(formatTable)) ajv.addFormat(name, def as never);
  return ajv;
};

const compileWith = (ajv: AjvInstance, schema: JsonSchema): ValidateFunction => {
  // Compile a private copy: ajv caches by schema object and $id, and the copy keeps the caller's object untouched.
  const copy = cloneJson(schema) as object | boolean;
  try {
    return ajv.compile(copy);
  } finally {
    if (typeof copy === 'object') ajv.removeSchema(copy);
  }
};

/** Adapts a compiled or standalone ajv validate function to a tokhai validator. */
export const adaptAjv = (validate: (data: unknown) => boolean, getErrors: () => AjvErrorLike[] | null | undefined, schema: JsonSchema): SchemaValidator => {
  const authored: unknown = cloneJson(schema);
  const locate = ajvLocator(authored, refTargets(authored), buildIdIndex(authored));
  return (data: unknown): RawError[] => {
    try {
      if (validate(data)) return [];
      return canonicalErrors(sitesFromAjv(getErrors(), locate), authored, data);
    } catch {
      return unprocessable();
    }
  };
};

/** Creates the ajv engine: ajv 8 (2020-12 and draft-07), all errors, tokhai's format table. */
export const ajvEngine = (options: AjvEngineOptions = {}): SchemaEngine => {
  const instances = new Map<string, AjvInstance>();
  const instanceFor = (draft: '2020-12' | 'draft-07'): AjvInstance => {
    let ajv = instances.get(draft);
    if (!ajv) instances.set(draft, (ajv = createAjv(draft, options.ajv)));
    return ajv;
  };
  return {
    name: 'ajv',
    compile(schema, { draft }) {
      const v = compileWith(instanceFor(draft), schema);
      return adaptAjv(v as (d: unknown) => boolean, () => v.errors as AjvErrorLike[] | null | undefined, schema);
    },
  };
};

/**
 * Generates ES module source for a schema's validator (ajv standalone). The module's imports are ajv runtime
 * modules and `@tokhai/core` (the format table); it exports `validate`, `schemaHash` and `draft`.
 */
export const standaloneModule = (schema: JsonSchema, draft: '2020-12' | 'draft-07', hash: string): string => {
  const ajv = createAjv(draft, { code: { source: true, esm: true, formats: _`require("@tokhai/core").formatTable` } });
  const v = compileWith(ajv, schema);
  const source = standaloneCode(ajv, v);
  return esmImports(source) + `\nexport const schemaHash = ${JSON.stringify(hash)};\nexport const draft = ${JSON.stringify(draft)};\n`;
};

/**
 * ajv's ESM output still calls `require()` for its runtime helpers (ajv-validator/ajv#2209). Rewrite each distinct
 * `require("x")` into a top-level import so the module is plain ESM a bundler can inline.
 */
export const esmImports = (source: string): string => {
  const specifiers = new Map<string, string>();
  const body = source.replace(/require\(("[^"]+")\)/g, (_m, quoted: string) => {
    const spec = JSON.parse(quoted) as string;
    let name = specifiers.get(spec);
    if (!name) specifiers.set(spec, (name = `__tk_import${specifiers.size}`));
    return name;
  });
  const imports = [...specifiers].map(([spec, name]) =>
    spec.startsWith('@tokhai/')
      ? `import * as ${name} from ${JSON.stringify(spec)};`
      : `import ${name} from ${JSON.stringify(/\.[cm]?js$/.test(spec) ? spec : spec + '.js')};`,
  );
  // "use strict" must stay first in a script but is meaningless (and harmless) after imports in a module.
  return imports.join('\n') + '\n' + body;
};
