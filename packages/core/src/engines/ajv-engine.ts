// SPDX-License-Identifier: MIT
/**
 * The ajv engine (Node: server, CLI, benchmarks) and standalone code generation. Imported only by the
 * `@tokhai/core/ajv` entry, so browser bundles never contain ajv's compiler (it generates code with `new Function`).
 */
import Ajv2020Class from 'ajv/dist/2020.js';
import AjvClass, { _, type CodeKeywordDefinition, type Options, type ValidateFunction } from 'ajv';
import { isMultipleOf } from '../util/multiple-of.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { JsonSchema } from '../models/json-schema.js';
import type { RawError, SchemaEngine, SchemaValidator } from '../models/engine.js';
import { formatTable } from '../formats/index.js';
import { ajvLocator, canonicalErrors, schemaLookup, sitesFromAjv, unprocessable, type AjvErrorLike } from './normalize.js';
import { cloneJson } from '../util/json.js';
import { pruneDraft07RefSiblings } from './draft07.js';
import { buildIdIndex, refTargets } from './id-index.js';

type AjvInstance = InstanceType<typeof AjvClass>;

/** Options of the ajv engine. */
export interface AjvEngineOptions {
  /** Extra ajv options (merged over tokhai's `AJV_OPTIONS`). */
  ajv?: Options;
}

/**
 * The ajv options every tokhai ajv instance uses. Not `ownProperties`: it halves ajv's speed, and its only effect
 * is on property names inherited from `Object.prototype` (`constructor`, `toString`, `__proto__`…), which
 * `compileForm` rejects in form schemas.
 */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: false,
  logger: false,
  validateFormats: true,
  // `parentSchema` on errors locates keywords inside non-inlined `$ref` targets (see ajvLocator).
  verbose: true,
};

/**
 * `multipleOf` with exact decimals (util/multiple-of.ts) instead of ajv's floating-point test, so ajv agrees with
 * the interpreter. Standalone code imports the function from `@tokhai/core`.
 */
const multipleOf: CodeKeywordDefinition = {
  keyword: 'multipleOf',
  type: 'number',
  schemaType: 'number',
  error: {
    message: ({ schemaCode }) => _`"must be multiple of " + ${schemaCode}`,
    params: ({ schemaCode }) => _`{multipleOf: ${schemaCode}}`,
  },
  code(cxt) {
    const fn = cxt.gen.scopeValue('func', { ref: isMultipleOf, code: _`require("@tokhai/core").isMultipleOf` });
    cxt.fail(_`!${fn}(${cxt.data}, ${cxt.schemaCode})`);
  },
};

/** Creates an ajv instance for a draft with tokhai's formats. */
export const createAjv = (draft: '2020-12' | 'draft-07', extra: Options = {}): AjvInstance => {
  const opts: Options = { ...AJV_OPTIONS, ...extra };
  const ajv = draft === 'draft-07' ? new AjvClass(opts) : (new Ajv2020Class(opts));
  for (const [name, def] of Object.entries(formatTable)) ajv.addFormat(name, def as never);
  ajv.removeKeyword('multipleOf');
  ajv.addKeyword(multipleOf);
  return ajv;
};

/**
 * A private copy for ajv: ajv caches by schema object and $id, and the copy keeps the caller's object untouched.
 * In draft-07, keywords beside `$ref` are ignored (JSON Schema draft-07 §8.3); ajv 8 applies them, so they are
 * removed here (see draft07.ts).
 */
const ajvCopy = (schema: JsonSchema, draft: '2020-12' | 'draft-07'): object | boolean => {
  const copy = cloneJson(schema) as object | boolean;
  if (draft === 'draft-07') pruneDraft07RefSiblings(copy);
  return copy;
};

const compileWith = (ajv: AjvInstance, schema: JsonSchema, draft: '2020-12' | 'draft-07'): ValidateFunction => {
  const copy = ajvCopy(schema, draft);
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
  const schemaAt = schemaLookup(authored);
  return (data: unknown): RawError[] => {
    try {
      if (validate(data)) return [];
      return canonicalErrors(sitesFromAjv(getErrors(), locate), schemaAt, data);
    } catch {
      return unprocessable();
    }
  };
};

/**
 * The options of the yes/no check that runs before the full validator: no error details (`verbose` only adds
 * fields to error objects, so the verdict is the same). On valid data it runs at raw ajv's speed, where `verbose`
 * costs up to a fifth (the error objects of `if` conditions and of failing `anyOf` branches are built either way).
 * `allErrors` stays: without it ajv's code for large schemas is slower still.
 */
const CHECK_OPTIONS: Options = { verbose: false };

/** Creates the ajv engine: ajv 8 (2020-12 and draft-07), all errors, tokhai's format table. */
export const ajvEngine = (options: AjvEngineOptions = {}): SchemaEngine => {
  const instances = new Map<string, AjvInstance>();
  const instanceFor = (draft: '2020-12' | 'draft-07', check = false): AjvInstance => {
    const key = `${draft}${check ? ' check' : ''}`;
    let ajv = instances.get(key);
    if (!ajv) instances.set(key, (ajv = createAjv(draft, check ? CHECK_OPTIONS : options.ajv)));
    return ajv;
  };
  return {
    name: 'ajv',
    compile(schema, { draft }) {
      const v = compileWith(instanceFor(draft), schema, draft);
      const full = adaptAjv(v as (d: unknown) => boolean, () => v.errors as AjvErrorLike[] | null | undefined, schema);
      // With the caller's own ajv options (which may edit data: defaults, coercion), validate exactly once.
      if (options.ajv !== undefined) return full;
      let check: ValidateFunction | undefined;
      // After invalid data, the next data is likely invalid too (a citizen fixing one field of several): then the
      // check would only repeat the full validator's work, so it is skipped until data is valid again. The
      // answer is the same either way; only the time differs.
      let lastInvalid = false;
      return (data: unknown): RawError[] => {
        if (!lastInvalid) {
          try {
            check ??= compileWith(instanceFor(draft, true), schema, draft);
            if (check(data)) return [];
          } catch {
            // The full validator decides (and reports data it cannot process).
          }
        }
        const errors = full(data);
        lastInvalid = errors.length > 0;
        return errors;
      };
    },
  };
};

/**
 * Generates ES module source for a schema's validator (ajv standalone). The module's imports are ajv runtime
 * modules and `@tokhai/core` (the format table); it exports `validate`, `schemaHash` and `draft`.
 */
export const standaloneModule = (schema: JsonSchema, draft: '2020-12' | 'draft-07', hash: string): string => {
  const ajv = createAjv(draft, { code: { source: true, esm: true, formats: _`require("@tokhai/core").formatTable` } });
  const v = compileWith(ajv, schema, draft);
  const source = standaloneCode(ajv, v);
  return esmImports(source) + `\nexport const schemaHash = ${JSON.stringify(hash)};\nexport const draft = ${JSON.stringify(draft)};\n`;
};

/**
 * ajv's ESM output still calls `require()` for its runtime helpers (ajv-validator/ajv#2209). Rewrite each distinct
 * `require("x")` into a top-level namespace import so the module is plain ESM that Node and bundlers load.
 * ajv uses its runtime modules as `require("x").default`; a CommonJS module's default import is `module.exports` in
 * Node but `exports.default` in bundlers that honour `__esModule`, so `__tk_cjs` normalises both to an object whose
 * `.default` is the helper.
 */
export const esmImports = (source: string): string => {
  const specifiers = new Map<string, string>();
  const body = source.replace(/require\(("[^"]+")\)/g, (_m, quoted: string) => {
    const spec = JSON.parse(quoted) as string;
    let name = specifiers.get(spec);
    if (!name) specifiers.set(spec, (name = `__tk_import${specifiers.size}`));
    return name;
  });
  const lines: string[] = [];
  const bindings: string[] = [];
  for (const [spec, name] of specifiers) {
    const file = spec.startsWith('@tokhai/') || /\.[cm]?js$/.test(spec) ? spec : spec + '.js';
    lines.push(`import * as ${name}_ns from ${JSON.stringify(file)};`);
    bindings.push(spec.startsWith('@tokhai/') ? `const ${name} = ${name}_ns;` : `const ${name} = __tk_cjs(${name}_ns);`);
  }
  if (!specifiers.size) return source;
  const helper =
    'const __tk_cjs = (ns) => { const m = ns.default ?? ns; return m !== null && typeof m === "object" && "default" in m ? m : { default: m }; };';
  return [...lines, helper, ...bindings].join('\n') + '\n' + body;
};
