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
  runner: LogicRunner;
  matches: SchemaMatcher;
  /** The evaluator's default `$now` input. */
  now: string | undefined;
}

/** Prepares a definition for evaluation. Never throws: unusable computed fields are skipped. */
export function buildPlan(input: EvaluatorInput): EvaluationPlan {
  const analysed = analyseComputed(input, computedFieldsOf(input)).filter(
    (a): a is typeof a & { tokens: string[] } => a.tokens !== undefined && a.tokens.length > 0,
  );
  const order: ComputedOrder = orderComputed(analysed.map((a) => ({ target: a.tokens, reads: a.report.reads })));
  const computed = order.order.map((i) => {
    const a = analysed[i];
    return { target: toPointer(a.tokens), tokens: a.tokens, expr: a.field.expr };
  });
  return {
    root: input.schema,
    ui: input.ui,
    computed,
    computedTargets: new Set(computed.map((c) => c.target)),
    runner: createLogicRunner(input.functions, { adminUnits: input.adminUnits }),
    matches: createSchemaMatcher(draftOf(input.schema.$schema ?? (input.definition.schema as { $schema?: unknown } | undefined)?.$schema)),
    now: input.now,
  };
}
