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
import type { SchemaEngine, SchemaValidator } from '../models/engine.js';
import { formatTable } from '../formats/index.js';
import { ajvLocator, canonicalErrors, mayNeedParentSchema, schemaLookup, separateTargets, sitesFromAjv, unprocessable, type AjvErrorLike, type AjvLocate, type SchemaLookup } from './normalize.js';
import { pruneDraft07RefSiblings } from './draft07.js';
import { buildIdIndex, refTargets } from './id-index.js';
import { choicesAsEnum } from './choices-as-enum.js';

type AjvInstance = InstanceType<typeof AjvClass>;

/** Options of the ajv engine. */
export interface AjvEngineOptions {
  /** Extra ajv options (merged over tokhai's `AJV_OPTIONS`). */
  ajv?: Options;
}

/**
 * The ajv options every tokhai ajv instance starts from (`createAjv`); the engine's own instances and precompiled
 * modules also leave out ajv's `message` texts, and run without `verbose` when they can (see `fastRun`). Not
 * `ownProperties`: it halves ajv's speed, and its only effect is on property names inherited from
 * `Object.prototype` (`constructor`, `toString`, `__proto__`…), which `compileForm` rejects in form schemas.
 */
export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: false,
  logger: false,
  validateFormats: true,
  // `parentSchema` on errors locates keywords inside non-inlined `$ref` targets (see ajvLocator). The ajv engine
  // runs without it first and needs it only for errors the root could also hold (see fastRun).
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
 * Choice lists are `enum`s in it (see choices-as-enum.ts: the same verdicts, far less generated code). In draft-07,
 * keywords beside `$ref` are ignored (JSON Schema draft-07 §8.3); ajv 8 applies them, so they are removed here
 * (see draft07.ts).
 */
const ajvCopy = (schema: JsonSchema, draft: '2020-12' | 'draft-07'): object | boolean => {
  const copy = choicesAsEnum(schema) as object | boolean;
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

/** Where the errors of one schema are placed (see `ajvLocator`), and the memoized schema lookup. */
interface Placement {
  /** Returns `undefined` for an error it cannot place without `parentSchema`. */
  locate: AjvLocate;
  /** Guesses the root-first place then (for ajv options without `verbose`, as before). */
  guess: (errSchemaPath: string, keyword: string, parentSchema: unknown) => string;
  schemaAt: SchemaLookup;
}

const placementOf = (schema: JsonSchema, draft: '2020-12' | 'draft-07'): Placement => {
  // Errors are placed in the schema ajv compiled, before the draft-07 pruning: the author's, with choice lists as
  // `enum`s (every other keyword keeps its pointer).
  const authored: unknown = choicesAsEnum(schema);
  const targets = refTargets(authored);
  const ids = buildIdIndex(authored);
  // The engine's instances inline references as ajv does by default, so the separate targets are known.
  const locate = ajvLocator(authored, targets, ids, { separate: separateTargets(authored, targets), compiled: ajvCopy(schema, draft) });
  return { locate, guess: ajvLocator(authored, targets, ids, { guess: true }), schemaAt: schemaLookup(authored) };
};

/**
 * A validator that runs one ajv function (any options) and reports its errors. With `verbose`, every error carries
 * the `parentSchema` that places it; the caller's own ajv options keep it, so data is validated exactly once.
 */
const singleRun = (validate: ValidateFunction, { guess, schemaAt }: Placement): SchemaValidator => (data) => {
  try {
    if (validate(data)) return [];
    return canonicalErrors(sitesFromAjv(validate.errors as AjvErrorLike[] | null | undefined, guess), schemaAt, data);
  } catch {
    return unprocessable();
  }
};

/**
 * What the engine's own ajv instances change in `AJV_OPTIONS`: no `message` texts on errors (tokhai words every
 * error itself from its keyword and parameters, and building ajv's English texts costs about a twentieth of a
 * validation, most of it for the discarded errors of failing `oneOf` branches).
 */
const ENGINE_OPTIONS: Options = { messages: false };

/** ajv options without `verbose` (see `fastRun`). */
const FAST_OPTIONS: Options = { ...ENGINE_OPTIONS, verbose: false };

/**
 * The default validator: ajv without `verbose`, which runs at raw ajv's speed on valid and invalid data alike
 * (`verbose` builds larger error objects, also for the `if` conditions and failing `anyOf` branches it discards,
 * which costs up to a fifth). `verbose` only tells apart the places of an error inside a `$ref` target that ajv
 * compiles as a function of its own (one holding references) when the root or another such target has the same
 * keyword at the same relative path: when an error falls on such a place, the verbose function (compiled on first
 * need) runs again on the same data for the errors. The answer is the same either way.
 */
const fastRun = (compile: (verbose: boolean) => ValidateFunction, place: Placement): SchemaValidator => {
  const fast = compile(false);
  let verbose: ValidateFunction | undefined;
  return (data) => {
    try {
      if (fast(data)) return [];
      const errors = fast.errors as AjvErrorLike[] | null | undefined;
      const sites = sitesFromAjv(errors, place.locate);
      if (sites !== undefined) return canonicalErrors(sites, place.schemaAt, data);
      verbose ??= compile(true);
      return singleRun(verbose, place)(data);
    } catch {
      return unprocessable();
    }
  };
};

/** Creates the ajv engine: ajv 8 (2020-12 and draft-07), all errors, tokhai's format table. */
export const ajvEngine = (options: AjvEngineOptions = {}): SchemaEngine => {
  const instances = new Map<string, AjvInstance>();
  const instanceFor = (draft: '2020-12' | 'draft-07', verbose: boolean): AjvInstance => {
    const key = `${draft}${verbose ? ' verbose' : ''}`;
    let ajv = instances.get(key);
    if (!ajv) instances.set(key, (ajv = createAjv(draft, options.ajv ?? (verbose ? ENGINE_OPTIONS : FAST_OPTIONS))));
    return ajv;
  };
  return {
    name: 'ajv',
    compile(schema, { draft }) {
      const place = placementOf(schema, draft);
      const compile = (verbose: boolean): ValidateFunction => compileWith(instanceFor(draft, verbose), schema, draft);
      // The caller's own ajv options may edit data (defaults, coercion): validate exactly once, with them.
      if (options.ajv !== undefined) return singleRun(compile(true), place);
      return fastRun(compile, place);
    },
  };
};

/**
 * Generates ES module source for a schema's validator (ajv standalone). The module's imports are ajv runtime
 * modules and `@tokhai/core` (the format table); it exports `validate`, `schemaHash` and `draft`. Its errors carry
 * no `message` (tokhai words errors itself), and `parentSchema` only when placing an error can need it.
 */
export const standaloneModule = (schema: JsonSchema, draft: '2020-12' | 'draft-07', hash: string): string => {
  // Without `verbose` (faster, smaller) unless some error could need `parentSchema` to be placed; without messages.
  // Asked of the schema the module is compiled from (choice lists as `enum`s), as the precompiled engine places
  // the module's errors in it.
  const authored: unknown = choicesAsEnum(schema);
  const verbose = mayNeedParentSchema(authored, refTargets(authored));
  const ajv = createAjv(draft, { ...ENGINE_OPTIONS, verbose, code: { source: true, esm: true, formats: _`require("@tokhai/core").formatTable` } });
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
