// SPDX-License-Identifier: MIT
/** Everything about a definition the evaluator prepares once: computed fields in order, the interpreter, caches. */
import type { PreparedComputed } from '../computed/compute.js';
import { checkExpression } from '../computed/check-expression.js';
import { createLogicRunner, type LogicRunner } from '../computed/engine.js';
import { orderComputed, type ComputedOrder } from '../computed/order.js';
import type { ComputedField } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { UISchemaElement } from '../models/uischema.js';
import { parsePointer, toPointer } from '../util/json-pointer.js';
import { isObject } from '../util/json.js';
import { hideablePatterns } from './hideable.js';
import { PatternSet } from './patterns.js';
import { compileProgram, type Program } from './program.js';
import { createRequiredCheck } from './required.js';
import { createSchemaMatcher, draftOf, type SchemaMatcher } from './schema-match.js';
import type { EvaluatorInput, LogicInput } from './types.js';

/** A computed field as authored, with its index in `definition.computed`. */
export interface IndexedComputed {
  index: number;
  field: ComputedField;
}

/** The computed fields of a definition that have an object shape (the rest are checkLogic's business). */
export function computedFieldsOf(input: LogicInput): IndexedComputed[] {
  const list: unknown = input.definition.computed;
  if (!Array.isArray(list)) return [];
  return list.flatMap((field: unknown, index) => (isObject(field) ? [{ index, field: field as unknown as ComputedField }] : []));
}

/** Each usable computed field's target tokens and the data it reads. */
export function analyseComputed(input: LogicInput, fields: readonly IndexedComputed[]) {
  const env = { root: input.schema, functions: input.functions ?? {} };
  return fields.map(({ index, field }) => {
    const tokens = typeof field.target === 'string' ? parsePointer(field.target) : undefined;
    const report = checkExpression(field.expr, `/computed/${index}/expr`, env);
    return { index, field, tokens, report };
  });
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

/** Prepares a definition for evaluation. Never throws: unusable computed fields are skipped. */
export function buildPlan(input: EvaluatorInput): EvaluationPlan {
  const analysed = analyseComputed(input, computedFieldsOf(input)).filter(
    (a): a is typeof a & { tokens: string[] } => a.tokens !== undefined && a.tokens.length > 0,
  );
  const order: ComputedOrder = orderComputed(analysed.map((a) => ({ target: a.tokens, reads: a.report.reads })));
  const computed = order.order.map((i): PreparedComputed => {
    const a = analysed[i];
    const known = a.report.problems.length === 0;
    return { target: toPointer(a.tokens), tokens: a.tokens, expr: a.field.expr, ...(known ? { reads: a.report.reads, memo: new Map() } : {}) };
  });
  const computedTargets = new Set(computed.map((c) => c.target));
  const draft = draftOf(input.schema.$schema ?? (input.definition.schema as { $schema?: unknown } | undefined)?.$schema);
  const matches = createSchemaMatcher(draft);
  const known = analysed.every((a) => a.report.problems.length === 0);
  const computedReads = known ? analysed.flatMap((a) => a.report.reads) : undefined;
  return {
    root: input.schema,
    ui: input.ui,
    computed,
    computedTargets,
    computedReads,
    computedReadSet: new PatternSet(computedReads ?? []),
    runner: createLogicRunner(input.functions, { adminUnits: input.adminUnits }),
    matches,
    program: compileProgram(input.schema, input.ui, draft, computedTargets),
    isRequired: createRequiredCheck(input.schema, matches),
    hideable: hideablePatterns(input.ui),
    now: input.now,
  };
}
