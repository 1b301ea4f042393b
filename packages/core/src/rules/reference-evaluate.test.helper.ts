// SPDX-License-Identifier: MIT
/**
 * The reference evaluator for property tests: the straightforward implementation the optimized one replaced
 * (a frame-by-frame walk of the layout, deep clones, the fixed-point loop always run to the end), kept verbatim so
 * `evaluate.reference.test.ts` can check that both decide the same on random data. Test code only.
 */
import type { PreparedComputed } from '../computed/compute.js';
import type { ElementState, Evaluation, FieldState } from '../models/compiled-form.js';
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import type { ControlElement, UISchemaElement } from '../models/uischema.js';
import { toVietnamDate } from '../computed/functions/dates.js';
import type { LogicRunner } from '../computed/engine.js';
import { NOW_VARIABLE } from '../computed/operators.js';
import { getAtTokens, parsePointer, toPointer } from '../util/json-pointer.js';
import { cloneJson, isObject, MAX_DEPTH, stableStringify } from '../util/json.js';
import { evalEnablement, evalVisibility, scopeDataPath, type ConditionContext } from './condition.js';
import { generateDetailUi } from './detail.js';
import { buildPlan, type EvaluationPlan } from './plan.js';
import { logicKit } from '../computed/kit.js';
import { requiredKeys } from './required.js';
import type { SchemaValidator } from '../models/engine.js';
import { compileWithInterpreter } from '../engines/condition-schema.js';
import { draftOf, matchesUndefined, type Draft, type SchemaMatcher } from './schema-match.js';
import { isArraySchema, isObjectSchema, itemSchema, resolveScope, schemasAlong } from './schema-nav.js';
import type { EvaluateOptions, Evaluator, EvaluatorInput } from './types.js';

// --- rules/schema-match.ts: the matcher (before the yes/no interpreter check)

function referenceMatcher(draft: Draft): SchemaMatcher {
  const validators = new WeakMap<object, SchemaValidator>();
  const validatorFor = (schema: object): SchemaValidator => {
    let v = validators.get(schema);
    if (v === undefined) {
      try {
        v = compileWithInterpreter(schema as JsonSchema, draft);
      } catch {
        v = () => [{ instancePath: '', schemaPath: '', keyword: 'unprocessable', params: {} }];
      }
      validators.set(schema, v);
    }
    return v;
  };
  return (schema, value) => {
    if (typeof schema === 'boolean') return schema;
    if (value === undefined) return matchesUndefined(schema, schema);
    try {
      return validatorFor(schema)(value).length === 0;
    } catch {
      return false;
    }
  };
}

// --- computed/compute.ts (before copy-on-write)

/** A JSON value an expression may produce; anything else (NaN, ±Infinity, undefined) counts as `null`. */
function asJsonResult(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** Writes `value` at `tokens`, creating missing parent objects; false when a parent is not an object. */
function writeAt(data: Record<string, unknown>, tokens: readonly string[], value: unknown): boolean {
  let cur: Record<string, unknown> = data;
  for (const t of tokens.slice(0, -1)) {
    const next = Object.hasOwn(cur, t) ? cur[t] : undefined;
    if (next === undefined) {
      const created: Record<string, unknown> = {};
      Object.defineProperty(cur, t, { value: created, enumerable: true, writable: true, configurable: true });
      cur = created;
    } else if (isObject(next)) cur = next;
    else return false;
  }
  const key = tokens[tokens.length - 1];
  Object.defineProperty(cur, key, { value, enumerable: true, writable: true, configurable: true });
  return true;
}

/** Deletes the value at `tokens` (objects only: targets never pass through arrays). */
function deleteTarget(data: unknown, tokens: readonly string[]): void {
  let cur: unknown = data;
  for (const t of tokens.slice(0, -1)) {
    if (!isObject(cur) || !Object.hasOwn(cur, t)) return;
    cur = cur[t];
  }
  if (isObject(cur)) delete cur[tokens[tokens.length - 1]];
}

/** Runs one expression; a throw (an operator's invalid arguments, a registry function's bug) is `null`. */
function runSafely(runner: LogicRunner, expr: unknown, context: unknown): unknown {
  try {
    return asJsonResult(runner.run(expr, context));
  } catch {
    return null;
  }
}

/**
 * Computes every field in order, writing each into `data` (mutated; callers pass a clone) before the next runs,
 * so chains see earlier results. Expressions read the data plus `$now` (the evaluation date or `null`). Returns
 * target → value (`null` when it could not be computed). Data that is not an object gets no values written.
 */
function applyComputed(
  data: unknown,
  fields: readonly PreparedComputed[],
  runner: LogicRunner,
  now: string | null,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const context = isObject(data) ? { ...data, [NOW_VARIABLE]: now } : { [NOW_VARIABLE]: now };
    // Cloned: a result such as `{"var": "address"}` is the data's own object, which stripping later edits.
    const value = cloneJson(runSafely(runner, field.expr, context));
    values[field.target] = value;
    writeComputedValue(data, field, value);
  }
  return values;
}

/** Writes one computed value at its target (`null` empties the target); nothing for non-object data. */
function writeComputedValue(data: unknown, field: PreparedComputed, value: unknown): void {
  if (!isObject(data) || field.tokens.length === 0) return;
  if (value === null || value === undefined) deleteTarget(data, field.tokens);
  else writeAt(data, field.tokens, cloneJson(value));
}

// --- rules/ui-walk.ts

/** One control met during the walk (an array item's controls are met once per item). */
interface ControlVisit {
  /** Data pointer of the value the control edits. */
  pointer: string;
  /** Data tokens of the pointer. */
  tokens: string[];
  visible: boolean;
  enabled: boolean;
  computed: boolean;
}

/** What the walk produces. */
interface WalkResult {
  elements: Record<string, ElementState>;
  controls: ControlVisit[];
}

/** The fixed inputs of a walk. */
interface WalkPlan {
  root: JsonSchemaObject;
  ui: UISchemaElement;
  /** Data pointers of computed fields (read-only, `computed: true`). */
  computedTargets: ReadonlySet<string>;
}

/** Where the walk stands: the element, its path, its schema base and data base, and its parent's state. */
interface Frame {
  element: unknown;
  path: string;
  schema: JsonSchemaObject;
  base: string[];
  visible: boolean;
  enabled: boolean;
  depth: number;
}

/** The resolved schema and data path of a control, cached per (base schema, scope). */
type ResolvedControl = { schema: JsonSchemaObject | undefined; dataPath: string[] | null };
const scopeCache = new WeakMap<JsonSchemaObject, Map<string, ResolvedControl>>();

function resolveControl(scope: unknown, base: JsonSchemaObject, root: JsonSchema): ResolvedControl {
  if (typeof scope !== 'string') return { schema: undefined, dataPath: null };
  let byScope = scopeCache.get(base);
  if (byScope === undefined) {
    byScope = new Map<string, ResolvedControl>();
    scopeCache.set(base, byScope);
  }
  let hit = byScope.get(scope);
  if (hit === undefined) {
    const resolved = resolveScope(scope, base, root);
    hit = resolved ? { schema: resolved.schema, dataPath: resolved.dataPath } : { schema: undefined, dataPath: scopeDataPath(scope) };
    byScope.set(scope, hit);
  }
  return hit;
}

/** The state an element's own rule and options give it, on top of its parent's. */
function ownState(frame: Frame, element: Record<string, unknown>, ctx: ConditionContext): ElementState {
  const rule = element.rule;
  const hasRule = isObject(rule);
  const visible = frame.visible && (!hasRule || evalVisibility(ctx, rule as never, frame.base));
  // JSON Forms reads both spellings.
  const readonly = isObject(element.options) && (element.options.readonly === true || element.options.readOnly === true);
  const enabled = frame.enabled && !readonly && (!hasRule || evalEnablement(ctx, rule as never, frame.base));
  return { visible, enabled };
}

/** Walks the layout for `data`. */
function walkUi(plan: WalkPlan, data: unknown, ctx: ConditionContext): WalkResult {
  const elements: Record<string, ElementState> = {};
  const controls: ControlVisit[] = [];
  const stack: Frame[] = [{ element: plan.ui, path: '', schema: plan.root, base: [], visible: true, enabled: true, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (!isObject(frame.element) || frame.depth > MAX_DEPTH) continue;
    const element = frame.element;
    const state = ownState(frame, element, ctx);
    const children: Frame[] = [];
    if (element.type === 'Control') {
      const visit = visitControl(plan, frame, element as unknown as ControlElement, state, data);
      elements[frame.path] = { visible: state.visible, enabled: visit.control?.enabled ?? state.enabled };
      if (visit.control) controls.push(visit.control);
      children.push(...visit.children);
    } else {
      elements[frame.path] = state;
      const kids = Array.isArray(element.elements) ? element.elements : [];
      kids.forEach((child, i) => children.push({ ...frame, element: child, path: `${frame.path}/elements/${i}`, ...state, depth: frame.depth + 1 }));
    }
    // Reverse, so that elements are visited (and reported) in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { elements, controls };
}

/** A control's own visit, and the frames of its detail (per array item, or once for an object). */
function visitControl(plan: WalkPlan, frame: Frame, control: ControlElement, state: ElementState, data: unknown) {
  const { schema, dataPath } = resolveControl(control.scope, frame.schema, plan.root);
  if (dataPath === null) return { control: undefined, children: [] as Frame[] };
  const tokens = [...frame.base, ...dataPath];
  const pointer = toPointer(tokens);
  const computed = plan.computedTargets.has(pointer);
  const enabled = state.enabled && !computed && schema?.readOnly !== true;
  const visit: ControlVisit = { pointer, tokens, visible: state.visible, enabled, computed };
  const inner = { ...frame, visible: state.visible, enabled, depth: frame.depth + 1 };
  // JSON Forms also allows a string here ("GENERATED", "REGISTERED"): anything but a layout means generated.
  const detail = isObject(control.options) && isObject(control.options.detail) ? control.options.detail : undefined;
  const children: Frame[] = [];
  if (isArraySchema(schema)) {
    const items = getAtTokens(data, tokens);
    if (Array.isArray(items)) {
      items.forEach((_, i) => {
        const item = itemSchema(schema!, i, plan.root) ?? {};
        const layout = detail ?? generateDetailUi(item, plan.root);
        children.push({ ...inner, element: layout, path: `${frame.path}/detail/${i}`, schema: item, base: [...tokens, String(i)] });
      });
    }
  } else if (detail !== undefined && schema !== undefined && isObjectSchema(schema)) {
    children.push({ ...inner, element: detail, path: `${frame.path}/detail`, schema, base: tokens });
  }
  return { control: visit, children };
}

// --- rules/strip.ts (before copy-on-write)

const INDEX = /^(0|[1-9]\d*)$/;

/** Orders token lists so that deeper pointers and higher array indices come first (safe deletion order). */
function deletionOrder(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    const bothIndices = INDEX.test(a[i]) && INDEX.test(b[i]);
    return bothIndices ? Number(b[i]) - Number(a[i]) : a[i] < b[i] ? 1 : -1;
  }
  return b.length - a.length;
}

/** Deletes the value at `tokens` from `data` (mutates); true when something was there. */
function deleteAt(data: unknown, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return false;
  const parent = getAtTokens(data, tokens.slice(0, -1));
  const key = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    if (!INDEX.test(key) || Number(key) >= parent.length) return false;
    parent.splice(Number(key), 1);
    return true;
  }
  if (isObject(parent) && Object.hasOwn(parent, key)) {
    delete parent[key];
    return true;
  }
  return false;
}

/** After a deletion under `tokens`' parent, deletes the objects it emptied, walking up (mutates). */
function pruneEmptied(data: unknown, tokens: readonly string[], root: JsonSchemaObject, matches: SchemaMatcher): void {
  for (let end = tokens.length - 1; end > 0; end--) {
    const path = tokens.slice(0, end);
    const value = getAtTokens(data, path);
    if (!isObject(value) || Object.keys(value).length > 0) return;
    const grandparent = getAtTokens(data, path.slice(0, -1));
    if (!isObject(grandparent)) return; // an array item, or nothing: leave it
    const parentSchema = schemasAlong(root, path)[end - 1];
    if (parentSchema !== undefined && requiredKeys(parentSchema, grandparent, root, matches).has(path[end - 1])) return;
    deleteAt(data, path);
  }
}

/** Removes the values at `pointers` from `data` (mutates it) and prunes the objects that emptied. */
function stripHidden(data: unknown, pointers: readonly string[], root: JsonSchemaObject, matches: SchemaMatcher): void {
  const lists = pointers.map(parsePointer).filter((t): t is string[] => t !== undefined && t.length > 0);
  lists.sort(deletionOrder);
  for (const tokens of lists) if (deleteAt(data, tokens)) pruneEmptied(data, tokens, root, matches);
}

/** True when any of `pointers` has a value in `data`. */
function anyPresent(data: unknown, pointers: readonly string[]): boolean {
  return pointers.some((p) => {
    const tokens = parsePointer(p);
    return tokens !== undefined && tokens.length > 0 && getAtTokens(data, tokens) !== undefined;
  });
}

// --- rules/required.ts: isSchemaRequired (before it was prepared per schema)

/**
 * True when the schema requires a value at `tokens` for this data: the last step is required by its parent, and
 * the parent is present in the data or itself required (recursively). So a required property of an optional
 * object is required only once that object exists, and an existing array item's required properties are
 * required; the item itself never is.
 */
function isSchemaRequired(
  root: JsonSchemaObject,
  data: unknown,
  tokens: readonly string[],
  matches: SchemaMatcher,
  cache: Map<string, Set<string>> = new Map(),
): boolean {
  if (tokens.length === 0) return false;
  const chain = schemasAlong(root, tokens);
  // For one piece of data, a parent pointer fixes both its schema and its value: cache its required keys.
  const keysOf = (parentTokens: readonly string[], schema: JsonSchemaObject, value: unknown): Set<string> => {
    const key = parentTokens.map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
    let keys = cache.get(key);
    if (keys === undefined) cache.set(key, (keys = requiredKeys(schema, value, root, matches)));
    return keys;
  };
  let required = true; // the root is always "there"
  for (let k = 0; k < tokens.length; k++) {
    const parentSchema = chain[k];
    if (parentSchema === undefined) return false;
    const parentTokens = tokens.slice(0, k);
    const parentValue = getAtTokens(data, parentTokens);
    const parentPresent = k === 0 || parentValue !== undefined;
    // An array item is never required by itself (only `minItems` counts items); its properties are, once it exists.
    const stepRequired = isArraySchema(parentSchema) && /^(0|[1-9]\d*)$/.test(tokens[k])
      ? false
      : keysOf(parentTokens, parentSchema, parentValue).has(tokens[k]);
    required = stepRequired && (parentPresent || required);
  }
  return required;
}

// --- rules/evaluate.ts (before the compiled program)

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
export function createReferenceEvaluator(input: EvaluatorInput): Evaluator {
  let plan: EvaluationPlan;
  try {
    const prepared = buildPlan(input.logic === undefined ? { ...input, logic: logicKit } : input);
    plan = { ...prepared, matches: referenceMatcher(draftOf(input.schema.$schema ?? (input.definition.schema as { $schema?: unknown } | undefined)?.$schema)) };
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
