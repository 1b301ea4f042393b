// SPDX-License-Identifier: MIT
/**
 * Preparing a definition's computed fields for evaluation: what each expression reads (check-expression.ts), the
 * run order (order.ts), and the interpreter (engine.ts). Part of the logic kit (kit.ts): everything here is needed
 * only by forms with computed values, and json-logic-engine comes with it.
 */
import type { EvaluatorInput, LogicInput } from '../rules/types.js';
import { parsePointer, toPointer } from '../util/json-pointer.js';
import { checkExpression, type ExpressionReport } from './check-expression.js';
import { applyComputed } from './compute.js';
import { createLogicRunner } from './engine.js';
import { toVietnamDate } from './functions/dates.js';
import { orderComputed } from './order.js';
import type { ComputedPlan, IndexedComputed, PreparedComputed } from './types.js';

/** A computed field with its target tokens (`undefined`: not a pointer) and its expression's static report. */
export interface AnalysedComputed extends IndexedComputed {
  tokens: string[] | undefined;
  report: ExpressionReport;
}

/** Each computed field's target tokens and the data it reads (checkLogic reports the problems). */
export function analyseComputed(input: LogicInput, fields: readonly IndexedComputed[]): AnalysedComputed[] {
  const env = { root: input.schema, functions: input.functions ?? {} };
  return fields.map(({ index, field }) => {
    const tokens = typeof field.target === 'string' ? parsePointer(field.target) : undefined;
    const report = checkExpression(field.expr, `/computed/${index}/expr`, env);
    return { index, field, tokens, report };
  });
}

/**
 * Prepares the usable computed fields (those with a target inside the data) in run order, with the interpreter.
 * Never throws: an expression checkLogic would reject still runs (its reads are then unknown, so nothing is
 * memoized and every change may affect it).
 */
export function prepareComputed(input: EvaluatorInput, fields: readonly IndexedComputed[]): ComputedPlan {
  const analysed = analyseComputed(input, fields).filter((a): a is AnalysedComputed & { tokens: string[] } => a.tokens !== undefined && a.tokens.length > 0);
  const order = orderComputed(analysed.map((a) => ({ target: a.tokens, reads: a.report.reads })));
  const computed = order.order.map((i): PreparedComputed => {
    const a = analysed[i];
    const known = a.report.problems.length === 0;
    return { target: toPointer(a.tokens), tokens: a.tokens, expr: a.field.expr, ...(known ? { reads: a.report.reads, memo: new Map() } : {}) };
  });
  const known = analysed.every((a) => a.report.problems.length === 0);
  const runner = createLogicRunner(input.functions, { adminUnits: input.adminUnits });
  return {
    computed,
    reads: known ? analysed.flatMap((a) => a.report.reads) : undefined,
    runner,
    // The date conversion lives here, not in the evaluator: only computed expressions read `$now`.
    apply: (data, now) => applyComputed(data, computed, runner, toVietnamDate(now)),
  };
}
