// SPDX-License-Identifier: MIT
/**
 * Runs one case of the logic conformance set (`packages/core/conformance/*.json`, format in its README) and
 * returns what this implementation decides, in the case's `expected` shape. No test framework here: the node test
 * (`conformance.test.ts`) compares with `expected`, and a browser runner can load the same JSON files and do the
 * same, so browser and server are held to one answer.
 */
import type { AdminUnitNameLookup, FunctionRegistry } from '../computed/types.js';
import type { CompiledForm, EvaluateOptions } from '../models/compiled-form.js';
import type { FormDefinition } from '../models/definition.js';

/** The answer a case pins down. */
export interface ConformanceResult {
  /** Data pointers of visible fields, sorted. */
  visible: string[];
  /** Data pointers of required fields, sorted. */
  required: string[];
  /** Computed values by target pointer (`null`: could not compute). */
  computed: Record<string, unknown>;
  /** The data to submit (hidden data stripped, computed values written). */
  submission: unknown;
  /** Data pointers of validation errors (hidden fields excluded), sorted, without repeats. */
  errors: string[];
}

/** One conformance case, as stored in a JSON file. */
export interface ConformanceCase {
  /** Short unique name (kebab-case), also the test name. */
  name: string;
  /** What the case shows, in one or two sentences. */
  description: string;
  definition: FormDefinition;
  data: unknown;
  /** The evaluation date for `$now` (passed as `EvaluateOptions.now`). */
  now?: string;
  /** Administrative-unit names by code, for `adminUnitName`. */
  adminUnits?: Record<string, string>;
  /** Names of `CONFORMANCE_FUNCTIONS` to register, to test author-registered functions. */
  functions?: string[];
  expected: ConformanceResult;
}

/** What the runner needs from a compiler: `compileForm` fits. */
export type ConformanceCompile = (
  definition: FormDefinition,
  options: { functions?: FunctionRegistry; adminUnits?: AdminUnitNameLookup },
) => Pick<CompiledForm, 'evaluate' | 'validate'>;

/**
 * Functions a case may register by name (the JSON cannot carry code). Deterministic, like every registry
 * function must be.
 */
export const CONFORMANCE_FUNCTIONS: FunctionRegistry = {
  /** The first letter of each word, upper-cased: "nguyễn văn an" → "NVA". */
  initials: (text) =>
    typeof text === 'string'
      ? text.normalize('NFC').split(/\s+/u).filter(Boolean).map((w) => w[0].toUpperCase()).join('') || null
      : null,
};

/** The registry and lookup a case asks for. */
function caseOptions(testCase: ConformanceCase) {
  const names = testCase.functions ?? [];
  const functions = Object.fromEntries(names.filter((n) => Object.hasOwn(CONFORMANCE_FUNCTIONS, n)).map((n) => [n, CONFORMANCE_FUNCTIONS[n]]));
  const table = testCase.adminUnits;
  return {
    ...(names.length ? { functions } : {}),
    ...(table ? { adminUnits: { name: (code: string) => (Object.hasOwn(table, code) ? table[code] : undefined) } } : {}),
  };
}

/** Compiles the case's definition and computes the result the case's `expected` describes. */
export function runConformanceCase(compile: ConformanceCompile, testCase: ConformanceCase): ConformanceResult {
  const form = compile(testCase.definition, caseOptions(testCase));
  const options: EvaluateOptions = testCase.now === undefined ? {} : { now: testCase.now };
  const evaluation = form.evaluate(testCase.data, options);
  const errors = form.validate(testCase.data, options).errors.map((e) => e.pointer);
  return {
    visible: Object.keys(evaluation.fields).filter((p) => evaluation.fields[p].visible).sort(),
    required: [...evaluation.required].sort(),
    computed: evaluation.computed,
    submission: evaluation.submission,
    errors: [...new Set(errors)].sort(),
  };
}
