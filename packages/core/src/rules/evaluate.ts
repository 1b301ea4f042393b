// SPDX-License-Identifier: MIT
/**
 * The one evaluation: for a definition and data, which fields are visible, enabled and required, the computed
 * values, and the submission to keep. `<tk-form>`, `@tokhai/server` and the CLI all call this.
 *
 * Pipeline: removeComputedTargets → settle (applyComputed → walkUi → collectHidden, per round) → markRequired →
 * stripHidden (the submission) → dataWithComputed.
 *
 * Why rounds: a hidden field's value is stripped from the submission, so it must not count for rules either.
 * Otherwise a field hidden only because of another hidden field's stale value would be hidden in the browser but
 * visible on the server, which sees the stripped submission (and might then require it). So the rules are
 * evaluated on the data *without* the hidden values (a fixpoint, see `settle`). With rules of a single level this
 * is exactly JSON Forms' behaviour, and evaluating a submission again gives the same submission.
 */
import { applyComputed, deleteTarget, writeComputedValue } from '../computed/compute.js';
import { toVietnamDate } from '../computed/functions/dates.js';
import type { Evaluation, FieldState } from '../models/compiled-form.js';
import { cloneJson, stableStringify } from '../util/json.js';
import type { ConditionContext } from './condition.js';
import { buildPlan, type EvaluationPlan } from './plan.js';
import { isSchemaRequired } from './required.js';
import { anyPresent, stripHidden } from './strip.js';
import type { EvaluateOptions, Evaluator, EvaluatorInput } from './types.js';
import { walkUi, type ControlVisit, type WalkResult } from './ui-walk.js';

/** A safety net only: definitions without rule cycles settle in one round per level of rule chaining. */
const MAX_ROUNDS = 64;

/** One round's outcome. */
interface Round {
  /** The data rules saw: user data with hidden values stripped, computed values written. */
  full: unknown;
  computed: Record<string, unknown>;
  walk: WalkResult;
  fields: Record<string, FieldState>;
  hidden: string[];
}

/** Field states by pointer. A pointer edited by several controls is visible (enabled) if any of them is. */
function mergeFields(controls: readonly ControlVisit[]): Record<string, FieldState> {
  const fields: Record<string, FieldState> = {};
  for (const c of controls) {
    const prev = fields[c.pointer];
    fields[c.pointer] = prev
      ? { visible: prev.visible || c.visible, enabled: prev.enabled || c.enabled, required: false, computed: c.computed }
      : { visible: c.visible, enabled: c.enabled, required: false, computed: c.computed };
  }
  return fields;
}

/**
 * The pointers whose data is stripped: fields no visible control shows, unless a visible control shows a part of
 * them (a hidden object control around a visible property control keeps the object).
 */
function collectHidden(fields: Record<string, FieldState>): string[] {
  const visible = Object.keys(fields).filter((p) => fields[p].visible);
  return Object.keys(fields)
    .filter((p) => !fields[p].visible && !visible.some((v) => v.startsWith(p + '/')))
    .sort();
}

/** Removes the user's values at computed targets: they are always recomputed. */
function removeComputedTargets(data: unknown, plan: EvaluationPlan): void {
  for (const c of plan.computed) deleteTarget(data, c.tokens);
}

/** Runs computed values and rules once over `base` (user data). */
function runRound(plan: EvaluationPlan, base: unknown, now: string | null): Round {
  const full = cloneJson(base);
  const computed = applyComputed(full, plan.computed, plan.runner, now);
  const ctx: ConditionContext = { data: full, matches: plan.matches };
  const walk = walkUi(plan, full, ctx);
  const fields = mergeFields(walk.controls);
  return { full, computed, walk, fields, hidden: collectHidden(fields) };
}

/** Marks the visible fields the schema requires (for the data as the rules saw it). */
function markRequired(plan: EvaluationPlan, round: Round): string[] {
  const tokensOf = new Map(round.walk.controls.map((c) => [c.pointer, c.tokens]));
  const required: string[] = [];
  const cache = new Map<string, Set<string>>();
  for (const [pointer, state] of Object.entries(round.fields)) {
    state.required = state.visible && isSchemaRequired(plan.root, round.full, tokensOf.get(pointer)!, plan.matches, cache);
    if (state.required) required.push(pointer);
  }
  return required.sort();
}

/** The input data with the computed values written in (hidden values kept: the form still shows them if re-shown). */
function dataWithComputed(plan: EvaluationPlan, input: unknown, round: Round): unknown {
  const data = cloneJson(input);
  for (const field of plan.computed) writeComputedValue(data, field, round.computed[field.target]);
  return data;
}

/**
 * Finds the hidden set H with H = hidden(user data without H). Round i runs the rules on the original data
 * stripped of round i-1's hidden values; when stripping round i's hidden values gives the same data round i ran
 * on, round i is the answer. When the visibility rules do not depend on each other in a cycle (checkLogic rejects
 * such cycles) this settles after at most one round per level of rule chaining; typically the first round hides
 * no data at all and is the answer at once.
 */
function settle(plan: EvaluationPlan, base: unknown, now: string | null): Round {
  let round = runRound(plan, base, now);
  if (!anyPresent(base, round.hidden)) return round;
  let ranOn = stableStringify(base);
  const seen = new Set<string>([ranOn]);
  for (let i = 1; i < MAX_ROUNDS; i++) {
    const stripped = cloneJson(base);
    stripHidden(stripped, round.hidden, plan.root, plan.matches);
    const key = stableStringify(stripped);
    if (key === ranOn) return round;
    if (seen.has(key)) break; // an oscillation (only with a rule cycle): stop at a deterministic point
    seen.add(key);
    [round, ranOn] = [runRound(plan, stripped, now), key];
  }
  return round;
}

/** Evaluates one piece of data. */
function evaluateWith(plan: EvaluationPlan, input: unknown, options: EvaluateOptions | undefined): Evaluation {
  const now = toVietnamDate(options?.now ?? plan.now);
  const base = cloneJson(input);
  removeComputedTargets(base, plan);
  const round = settle(plan, base, now);
  const required = markRequired(plan, round);
  const submission = cloneJson(round.full);
  stripHidden(submission, round.hidden, plan.root, plan.matches);
  return {
    data: dataWithComputed(plan, input, round),
    computed: round.computed,
    fields: round.fields,
    elements: round.walk.elements,
    hidden: round.hidden,
    required,
    submission,
  };
}

/**
 * The answer when evaluation itself failed (a bug, or data no JSON parser produces): nothing is hidden, nothing
 * computed, and the data is submitted as given. Deterministic, so browser and server still agree.
 */
function fallbackEvaluation(input: unknown): Evaluation {
  let data: unknown;
  try {
    data = cloneJson(input);
  } catch {
    data = null;
  }
  return { data, computed: {}, fields: {}, elements: {}, hidden: [], required: [], submission: data };
}

/**
 * Prepares a definition for evaluation and returns the evaluator. The evaluator is pure: it never throws, never
 * mutates its input, and gives the same answer for the same data and `now` on every machine.
 */
export function createEvaluator(input: EvaluatorInput): Evaluator {
  let plan: EvaluationPlan;
  try {
    plan = buildPlan(input);
  } catch {
    // Only a definition compileForm would have rejected gets here (a schema that is not an object, say).
    return (data) => fallbackEvaluation(data);
  }
  return (data, options) => {
    try {
      return evaluateWith(plan, data, options);
    } catch {
      return fallbackEvaluation(data);
    }
  };
}
