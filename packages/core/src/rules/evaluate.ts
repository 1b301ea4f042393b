// SPDX-License-Identifier: MIT
/**
 * The one evaluation: for a definition and data, which fields are visible, enabled and required, the computed
 * values, and the submission to keep. `<tk-form>`, `@tokhai/server` and the CLI all call this.
 *
 * Pipeline: removeComputedTargets → settle (applyComputed → walkProgram → collectHidden, per round) → markRequired
 * → stripHidden (the submission) → dataWithComputed.
 *
 * Why rounds: a hidden field's value is stripped from the submission, so it must not count for rules either.
 * Otherwise a field hidden only because of another hidden field's stale value would be hidden in the browser but
 * visible on the server, which sees the stripped submission (and might then require it). So the rules are
 * evaluated on the data *without* the hidden values (a fixpoint, see `settle`). With rules of a single level this
 * is exactly JSON Forms' behaviour, and evaluating a submission again gives the same submission.
 *
 * Cost: everything that depends only on the definition is prepared once by `createEvaluator` (plan.ts: the layout
 * as flat element descriptors with compiled rule closures, the computed order, the required-key structure). A call
 * walks the descriptors once, never deep-copies the data (edits are copy-on-write along the edited paths, cow.ts),
 * and runs a second round only when stripping changes data that a rule, a computed expression or an array
 * expansion read (usually it does not, and the first round is the answer).
 */
import { writeComputedValue } from '../computed/write.js';
import { overlaps } from '../computed/paths.js';
import type { ElementState, Evaluation, FieldState } from '../models/compiled-form.js';
import { atOrUnderAny, getAtTokens, parsePointer } from '../util/json-pointer.js';
import { cloneJson, stableStringify } from '../util/json.js';
import { childOf, CopyOnWrite, freshRoot } from './cow.js';
import { createHiddenAt, type HiddenAt } from './hidden-at.js';
import { buildPlan, type EvaluationPlan } from './plan.js';
import { ANY_ITEM, walkProgram, type FieldEntry } from './program.js';
import type { RequiredPath } from './required.js';
import { stripHidden } from './strip.js';
import type { EvaluateOptions, Evaluator, EvaluatorInput } from './types.js';

/** A safety net only: definitions without rule cycles settle in one round per level of rule chaining. */
const MAX_ROUNDS = 64;

/** Above this many (invisible × visible) field pairs, hidden fields are found through a trie of tokens. */
const PAIRWISE_LIMIT = 4096;

/** One round's outcome. */
interface Round {
  /** The data rules saw: user data with hidden values stripped, computed values written. */
  full: unknown;
  /** True when `full` is the first round's data (the input with computed values written, nothing stripped). */
  first: boolean;
  computed: Record<string, unknown>;
  elements: Record<string, ElementState>;
  fields: Record<string, FieldState>;
  /** The fields in the order the layout shows them (first control). */
  entries: FieldEntry[];
  /** The hidden fields, by pointer. */
  hidden: FieldEntry[];
  /** Data tokens of the arrays whose items the walk expanded. */
  arrays: readonly (readonly string[])[];
}

/** A trie over data tokens: the invisible fields, to find those with a visible field under them. */
interface TokenTrie {
  children: Map<string, TokenTrie> | undefined;
  /** True when an invisible field ends here. */
  field: boolean;
  /** True when a visible field lies strictly under this node. */
  covered: boolean;
}

/** The invisible fields that have a visible field strictly under them, through a trie of their tokens. */
function coveredFields(invisible: readonly FieldEntry[], visible: readonly FieldEntry[]): Set<FieldEntry> {
  const root: TokenTrie = { children: undefined, field: false, covered: false };
  const nodes = invisible.map((e) => {
    let node = root;
    for (const t of e.tokens) {
      node.children ??= new Map();
      let next = node.children.get(t);
      if (next === undefined) node.children.set(t, (next = { children: undefined, field: false, covered: false }));
      node = next;
    }
    node.field = true;
    return node;
  });
  for (const { tokens } of visible) {
    let node: TokenTrie | undefined = root;
    for (let i = 0; i < tokens.length && node !== undefined; i++) {
      if (node.field) node.covered = true;
      node = node.children?.get(tokens[i]);
    }
  }
  return new Set(invisible.filter((_, i) => nodes[i].covered));
}

/**
 * The fields whose data is stripped: fields no visible control shows, unless a visible control shows a part of
 * them (a hidden object control around a visible property control keeps the object). Sorted by pointer.
 */
function collectHidden(entries: readonly FieldEntry[]): FieldEntry[] {
  const invisible = entries.filter((e) => !e.state.visible);
  if (invisible.length === 0) return [];
  const visible = entries.filter((e) => e.state.visible);
  let kept: (e: FieldEntry) => boolean;
  if (invisible.length * visible.length <= PAIRWISE_LIMIT) {
    kept = (e) => {
      const under = e.pointer + '/';
      return !visible.some((v) => v.pointer.startsWith(under));
    };
  } else {
    const covered = coveredFields(invisible, visible);
    kept = (e) => !covered.has(e);
  }
  return invisible.filter(kept).sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/** Removes the user's values at computed targets (they are always recomputed). */
function removeComputedTargets(data: CopyOnWrite, plan: EvaluationPlan): CopyOnWrite {
  for (const c of plan.computed) data.deleteInObjects(c.tokens);
  return data;
}

/** The input without the user's values at computed targets. Copy-on-write. */
function baseOf(input: unknown, plan: EvaluationPlan): unknown {
  return plan.computed.length === 0 ? input : removeComputedTargets(new CopyOnWrite(input), plan).root;
}

/** Runs computed values and rules once over `base` (user data). */
function runRound(plan: EvaluationPlan, base: unknown, now: string | undefined, first: boolean): Round {
  const data = new CopyOnWrite(base);
  const computed = plan.computed.length > 0 ? plan.applyComputed(data, now) : {};
  const full = data.root;
  const walk = walkProgram(plan.program, full);
  return { full, first, computed, elements: walk.elements, fields: walk.fields, entries: walk.entries, hidden: collectHidden(walk.entries), arrays: walk.arrays };
}

/** True when `prefix` is a prefix of (or equal to) `tokens`. */
function isPrefix(prefix: readonly string[], tokens: readonly string[]): boolean {
  if (prefix.length > tokens.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== tokens[i]) return false;
  return true;
}

/**
 * Whether stripping the values at `present` from `base` changes anything the round read: a value a rule
 * condition or a computed expression reads (a pointer overlapping the stripped one: at, above or below it), or an
 * array the walk expanded (stripped at or above it, or one of its items spliced out, which moves the items after
 * it). An object emptied by stripping is pruned only when everything in it was stripped, so what it held was
 * stripped data already. When nothing read changes, the next round would decide exactly what this one did.
 */
function strippingChangesReads(plan: EvaluationPlan, base: unknown, present: readonly FieldEntry[], arrays: readonly (readonly string[])[]): boolean {
  for (const { tokens } of present) {
    const parent = tokens.slice(0, -1);
    const stripped = Array.isArray(getAtTokens(base, parent)) ? parent : tokens;
    if (plan.computed.length > 0 && (plan.computedReads === undefined || plan.computedReadSet.overlapsAny(stripped))) return true;
    if (plan.program.reads.overlapsAny(stripped)) return true;
    if (arrays.some((a) => isPrefix(stripped, a))) return true;
  }
  return false;
}

/** `base` stripped of the round's hidden values (copy-on-write). */
function stripRound(plan: EvaluationPlan, base: unknown, round: Round): CopyOnWrite {
  const data = new CopyOnWrite(base);
  stripHidden(data, round.hidden.map((e) => e.tokens), plan.root, plan.matches);
  return data;
}

/**
 * Finds the hidden set H with H = hidden(user data without H). Round i runs the rules on the original data
 * stripped of round i-1's hidden values; when stripping round i's hidden values gives the same data round i ran
 * on, round i is the answer. When the visibility rules do not depend on each other in a cycle (checkLogic rejects
 * such cycles) this settles after at most one round per level of rule chaining; typically the first round hides
 * no data at all and is the answer at once. When stripping changes nothing the round read, the second round is
 * known without running it: the same decisions over the stripped data (with the same computed values written).
 */
function settle(plan: EvaluationPlan, base: unknown, now: string | undefined, needData = true): Round {
  let round = runRound(plan, base, now, true);
  const present = round.hidden.filter((e) => e.tokens.length > 0 && getAtTokens(base, e.tokens) !== undefined);
  if (present.length === 0) return round;
  if (!strippingChangesReads(plan, base, present, round.arrays)) {
    // The decisions stand; only the data the rules saw changes (which `hidden` alone does not need).
    if (!needData) return round;
    const data = stripRound(plan, base, round);
    for (const field of plan.computed) writeComputedValue(data, field, round.computed[field.target]);
    return { ...round, full: data.root, first: false };
  }
  let ranOn = stableStringify(base);
  const seen = new Set<string>([ranOn]);
  for (let i = 1; i < MAX_ROUNDS; i++) {
    const stripped = stripRound(plan, base, round).root;
    const key = stableStringify(stripped);
    if (key === ranOn) return round;
    if (seen.has(key)) break; // an oscillation (only with a rule cycle): stop at a deterministic point
    seen.add(key);
    [round, ranOn] = [runRound(plan, stripped, now, false), key];
  }
  return round;
}

/** Marks the visible fields the schema requires (for the data as the rules saw it). */
function markRequired(plan: EvaluationPlan, round: Round): string[] {
  const required: string[] = [];
  const cache = new Map<string, Set<string>>();
  // values[k]: the value at tokens[0..k) of the current field. Fields come in layout order, so consecutive
  // fields mostly share their parents: those values are kept from the previous field, not read again.
  const values: unknown[] = [round.full];
  let previous: readonly string[] = [];
  for (const { pointer, tokens, state, fixed } of round.entries) {
    if (!state.visible) continue;
    let same = 0;
    while (same < tokens.length - 1 && same < previous.length - 1 && tokens[same] === previous[same]) same++;
    for (let k = same + 1; k < tokens.length; k++) values[k] = childOf(values[k - 1], tokens[k - 1]);
    previous = tokens;
    const path = fixed === undefined ? plan.isRequired.pathOf(pointer, tokens) : ((fixed.prepared ??= plan.isRequired.pathOf(pointer, tokens)) as RequiredPath);
    state.required = plan.isRequired.check(path, tokens, values, cache);
    if (state.required) required.push(pointer);
  }
  return required.sort();
}

/** The input data with the computed values written in (hidden values kept: the form still shows them if re-shown). */
function dataWithComputed(plan: EvaluationPlan, input: unknown, round: Round): unknown {
  // The first round ran on the input without computed targets, then wrote every computed value: the same data.
  if (round.first || plan.computed.length === 0) return round.first ? round.full : input;
  const data = new CopyOnWrite(input);
  for (const field of plan.computed) writeComputedValue(data, field, round.computed[field.target]);
  return data.root;
}

/** The submission: the data the rules saw, without the hidden values. */
function submissionOf(plan: EvaluationPlan, round: Round): unknown {
  if (round.hidden.length === 0) return round.full;
  return stripRound(plan, round.full, round).root;
}

/** Evaluates one piece of data. */
function evaluateWith(plan: EvaluationPlan, input: unknown, options: EvaluateOptions | undefined): Evaluation {
  const now = options?.now ?? plan.now;
  const round = settle(plan, baseOf(input, plan), now);
  const required = markRequired(plan, round);
  // Results share unchanged subtrees with the input (copy-on-write); their top levels are always fresh objects.
  let data = dataWithComputed(plan, input, round);
  if (data === input) data = freshRoot(input);
  let submission = submissionOf(plan, round);
  if (submission === data || submission === input) submission = freshRoot(submission);
  return {
    data,
    computed: round.computed,
    fields: round.fields,
    elements: round.elements,
    hidden: round.hidden.map((e) => e.pointer),
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

/** The parts of one evaluation that `validate` needs, computed no further than needed. */
export interface LogicEngine {
  /** The evaluator (`CompiledForm.evaluate`). */
  evaluate: Evaluator;
  /** True when the definition has computed values. */
  hasComputed: boolean;
  /** True when some rule can hide a field (otherwise `hidden` is always empty). */
  canHide: boolean;
  /**
   * True when computed values never depend on what rules hide: no computed expression reads data a SHOW/HIDE
   * rule can hide (decided once from the definition). Then `compute` gives evaluate's `data` and `computed`.
   */
  computedAlone: boolean;
  /**
   * `evaluate(data, options)`'s `data` and `computed`, without the rules when `computedAlone`; otherwise (or when
   * that fails) through `evaluate`, whose whole answer then comes along as `evaluation`.
   */
  compute(data: unknown, options?: EvaluateOptions): { data: unknown; computed: Record<string, unknown>; evaluation?: Evaluation };
  /** `evaluate(data, options).hidden`, without requiredness and the submission. */
  hidden(data: unknown, options?: EvaluateOptions): string[];
  /**
   * For each pointer, whether `evaluate(data, options).hidden` covers it (a hidden field at or above it). Decides
   * only the rules that can hide each pointer when that gives the same answer (hidden-at.ts), else runs `hidden`.
   * `ruleData`: `compute(data, options).data` when the caller has it (the data the rules read); ignored unless
   * `computedAlone`.
   */
  coveredByHidden(pointers: readonly string[], data: unknown, options?: EvaluateOptions, ruleData?: unknown): boolean[];
  /**
   * False when no rule can ever hide the data at `pointer` or above it (decided from the layout alone), so an
   * error there is never filtered as hidden.
   */
  mayBeHidden(pointer: string): boolean;
  /** True when `evaluation` is this evaluator's answer for this very `data` object and `now`. */
  answered(evaluation: unknown, data: unknown, now: string | undefined): evaluation is Evaluation;
  /** The data tokens of each computed target pointer (the keys of `Evaluation.computed`). */
  targetTokens: ReadonlyMap<string, readonly string[]>;
}

/** `evaluate(data, options)`'s `data` and `computed` without the rules (right only when `computedAlone`). */
function computeAlone(plan: EvaluationPlan, data: unknown, options: EvaluateOptions | undefined): { data: unknown; computed: Record<string, unknown> } {
  const copy = removeComputedTargets(new CopyOnWrite(data), plan);
  const computed = plan.applyComputed(copy, options?.now ?? plan.now);
  return { data: copy.root, computed };
}

/** The logic engine when the plan could not be built (only for definitions compileForm would have rejected). */
function brokenEngine(): LogicEngine {
  const evaluate: Evaluator = (data) => fallbackEvaluation(data);
  return {
    evaluate,
    hasComputed: false,
    canHide: false,
    computedAlone: true,
    compute: (data) => ({ data: fallbackEvaluation(data).data, computed: {} }),
    hidden: () => [],
    coveredByHidden: (pointers) => pointers.map(() => false),
    mayBeHidden: () => false,
    answered: (_evaluation, _data, _now): _evaluation is Evaluation => false,
    targetTokens: new Map(),
  };
}

/**
 * Prepares a definition for evaluation: the evaluator and the cheaper partial answers `validate` uses. The
 * definition (schema and layout) is read once, here: edit it afterwards and the engine does not see the change.
 * Computed values run with `input.logic`, the logic kit: without it, a definition with computed values gets the
 * fallback engine. `createLogicEngine` (evaluator.ts) passes the kit by default; `compileBuiltForm`'s pipeline
 * calls this directly, so that bundles importing it do not carry json-logic-engine (and it refuses such a
 * definition without the kit before it gets here).
 */
export function buildLogicEngine(input: EvaluatorInput): LogicEngine {
  let plan: EvaluationPlan;
  try {
    plan = buildPlan(input);
  } catch {
    return brokenEngine();
  }
  const answers = new WeakMap<Evaluation, { data: unknown; now: string | undefined }>();
  const evaluate: Evaluator = (data, options) => {
    let evaluation: Evaluation;
    try {
      evaluation = evaluateWith(plan, data, options);
    } catch {
      evaluation = fallbackEvaluation(data);
    }
    answers.set(evaluation, { data, now: options?.now ?? plan.now });
    return evaluation;
  };
  const hidden = (data: unknown, options: EvaluateOptions | undefined): string[] => {
    try {
      const now = options?.now ?? plan.now;
      return settle(plan, baseOf(data, plan), now, false).hidden.map((e) => e.pointer);
    } catch {
      return [];
    }
  };
  let hiddenAt: HiddenAt | undefined;
  const mayBeHiddenCache = new Map<string, boolean>();
  const reads = plan.computedReads;
  const computedAlone = plan.computed.length === 0 || (reads !== undefined && !reads.some((r) => plan.hideable.some((h) => overlaps(h, r))));
  return {
    evaluate,
    hasComputed: plan.computed.length > 0,
    canHide: plan.hideable.length > 0,
    computedAlone,
    compute(data, options) {
      if (computedAlone) {
        try {
          return computeAlone(plan, data, options);
        } catch {
          // The evaluation below decides (and falls back deterministically).
        }
      }
      const evaluation = evaluate(data, options);
      return { data: evaluation.data, computed: evaluation.computed, evaluation };
    },
    hidden,
    coveredByHidden(pointers, data, options, ruleData) {
      if (computedAlone && plan.hideable.length > 0) {
        try {
          hiddenAt ??= createHiddenAt(plan.program, plan.hideable);
          const answer = hiddenAt(pointers, ruleData !== undefined ? ruleData : plan.computed.length === 0 ? data : computeAlone(plan, data, options).data);
          if (answer !== undefined) return answer;
        } catch {
          // A rule failed on this data: the full evaluation decides, as it does for every rule failure.
        }
      }
      const isHidden = atOrUnderAny(hidden(data, options));
      return pointers.map(isHidden);
    },
    targetTokens: new Map(plan.computed.map((c) => [c.target, c.tokens])),
    mayBeHidden(pointer) {
      let answer = mayBeHiddenCache.get(pointer);
      if (answer === undefined) {
        const tokens = parsePointer(pointer);
        answer = tokens === undefined || plan.hideable.some((h) => h.length <= tokens.length && h.every((t, i) => t === ANY_ITEM || t === tokens[i]));
        // Error pointers repeat from one validation to the next; the bound keeps hostile data from growing it.
        if (mayBeHiddenCache.size < 10_000) mayBeHiddenCache.set(pointer, answer);
      }
      return answer;
    },
    answered(evaluation, data, now): evaluation is Evaluation {
      if (typeof evaluation !== 'object' || evaluation === null) return false;
      const answer = answers.get(evaluation as Evaluation);
      return answer !== undefined && answer.data === data && answer.now === (now ?? plan.now);
    },
  };
}
