// SPDX-License-Identifier: MIT
/**
 * Everything about a definition the evaluator prepares once: computed fields in order, the interpreter, caches.
 * The computed fields are prepared by the logic kit (`input.logic`, see computed/kit.ts): this module does not
 * import it, so that `compileBuiltForm`'s bundle carries json-logic-engine only for pages that load the kit.
 */
import type { ComputedPlan, IndexedComputed, LogicRunner, PreparedComputed } from '../computed/types.js';
import type { CopyOnWrite } from './cow.js';
import type { ComputedField } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { UISchemaElement } from '../models/uischema.js';
import { isObject } from '../util/json.js';
import { hideablePatterns } from './hideable.js';
import { PatternSet } from './patterns.js';
import { compileProgram, type Program } from './program.js';
import { createRequiredCheck } from './required.js';
import { createSchemaMatcher, draftOf, type SchemaMatcher } from './schema-match.js';
import type { EvaluatorInput, LogicInput } from './types.js';

/** A computed field as authored, with its index in `definition.computed` (declared in computed/types.ts). */
export type { IndexedComputed };

/** The computed fields of a definition that have an object shape (the rest are checkLogic's business). */
export function computedFieldsOf(input: LogicInput): IndexedComputed[] {
  const list: unknown = input.definition.computed;
  if (!Array.isArray(list)) return [];
  return list.flatMap((field: unknown, index) => (isObject(field) ? [{ index, field: field as unknown as ComputedField }] : []));
}

/** What an evaluator holds. */
export interface EvaluationPlan {
  root: JsonSchemaObject;
  ui: UISchemaElement;
  /** Computed fields in run order. */
  computed: PreparedComputed[];
  computedTargets: ReadonlySet<string>;
  /**
   * The data the computed expressions read (root-level token lists), or `undefined` when that is not known
   * statically (an expression checkLogic would reject): then they may read anything.
   */
  computedReads: string[][] | undefined;
  /** `computedReads` as a set for overlap questions (empty when unknown). */
  computedReadSet: PatternSet;
  runner: LogicRunner;
  /**
   * Computes every field of `computed` in order into `data`, `now` being the evaluation date as given (the kit's
   * `apply`; nothing without computed fields).
   */
  applyComputed: (data: CopyOnWrite, now: string | undefined) => Record<string, unknown>;
  matches: SchemaMatcher;
  /** The layout, compiled (element descriptors with their rule closures; see program.ts). */
  program: Program;
  /** `isSchemaRequired`, prepared for this schema. */
  isRequired: ReturnType<typeof createRequiredCheck>;
  /** Data patterns that a SHOW/HIDE rule can hide (`*` for any item; see hideable.ts). */
  hideable: string[][];
  /** The evaluator's default `$now` input. */
  now: string | undefined;
}

/** The plan of a definition without computed fields: no interpreter needed (fresh arrays: a plan owns its own). */
const noComputed = (): ComputedPlan => ({
  computed: [],
  reads: [],
  runner: { run: () => null },
  apply: () => ({}),
});

/**
 * The computed fields, prepared by the logic kit. Throws when the definition has computed fields and `input.logic`
 * is missing (`compileBuiltForm` reports that as a `FormDefinitionError` before it gets here).
 */
function prepareComputed(input: EvaluatorInput): ComputedPlan {
  const fields = computedFieldsOf(input);
  if (fields.length === 0) return noComputed();
  if (input.logic === undefined) throw new Error('this definition has computed values: pass the logic kit (`logic`, from @tokhai/core/logic-kit).');
  return input.logic.prepareComputed(input, fields);
}

/**
 * Prepares a definition for evaluation. Unusable computed fields are skipped; throws only for a definition with
 * computed values and no logic kit (`input.logic`), or one compileForm would reject.
 */
export function buildPlan(input: EvaluatorInput): EvaluationPlan {
  const prepared = prepareComputed(input);
  const computed = prepared.computed;
  const computedTargets = new Set(computed.map((c) => c.target));
  const draft = draftOf(input.schema.$schema ?? (input.definition.schema as { $schema?: unknown } | undefined)?.$schema);
  const matches = createSchemaMatcher(draft);
  const computedReads = prepared.reads;
  return {
    root: input.schema,
    ui: input.ui,
    computed,
    computedTargets,
    computedReads,
    computedReadSet: new PatternSet(computedReads ?? []),
    runner: prepared.runner,
    applyComputed: prepared.apply,
    matches,
    program: compileProgram(input.schema, input.ui, draft, computedTargets),
    isRequired: createRequiredCheck(input.schema, matches),
    hideable: hideablePatterns(input.ui),
    now: input.now,
  };
}
