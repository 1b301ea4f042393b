// SPDX-License-Identifier: MIT
/**
 * Rule evaluation with JSON Forms semantics (eclipsesource/jsonforms `packages/core/src/util/runtime.ts`): one pure
 * recursive function over conditions, and small wrappers that map "the condition holds" to an effect.
 *
 * - A condition's `scope` is relative to the element's *base*: the root data, or the array item whose detail
 *   contains the element (JSON Forms composes the scope with the parent path). `#` is the base itself.
 * - Schema-based: the value at the scope is validated against `schema`; with `failWhenUndefined`, an absent value
 *   fails. An absent value is otherwise validated as ajv would (see schema-match.ts).
 * - LEAF: the value at the scope is strictly equal (`===`) to `expectedValue`.
 * - AND / OR: every / some sub-condition holds (an empty AND holds and an empty OR fails, as in JSON Forms;
 *   checkLogic rejects both).
 * - One deliberate improvement: JSON Forms treats an unknown condition kind as holding. Here the switch is
 *   exhaustive, so a new kind fails to compile, and at run time an unknown kind never holds.
 */
import type { Condition, Rule, RuleEffect, SchemaBasedCondition } from '../models/rule.js';
import { fragmentTokens, getAtTokens } from '../util/json-pointer.js';
import type { SchemaMatcher } from './schema-match.js';

/** What evaluating a condition reads. */
export interface ConditionContext {
  /** The whole data (rules see the data with hidden values removed; see evaluate.ts). */
  data: unknown;
  /** Validates a value against a condition schema (the interpreter). */
  matches: SchemaMatcher;
}

/** Scope tokens that select a subschema without a data step (JSON Forms' `toDataPathSegments` drops them). */
const INDEXED_SCHEMA_STEPS = new Set(['allOf', 'anyOf', 'oneOf']);
const SINGLE_SCHEMA_STEPS = new Set(['then', 'else']);

const dataPathCache = new Map<string, string[] | null>();

/**
 * The data path a scope names, without consulting the schema (as JSON Forms does): `#/properties/a/properties/b`
 * → `['a', 'b']`; `#` → `[]`. `null` for a scope that cannot name data (checkLogic reports those).
 */
export function scopeDataPath(scope: unknown): string[] | null {
  if (typeof scope !== 'string') return null;
  const cached = dataPathCache.get(scope);
  if (cached !== undefined) return cached;
  const tokens = scope.startsWith('#') ? fragmentTokens(scope) : undefined;
  let path: string[] | null = tokens === undefined ? null : [];
  for (let i = 0; tokens !== undefined && path !== null && i < tokens.length; ) {
    const t = tokens[i];
    if (t === 'properties' && i + 1 < tokens.length) {
      path.push(tokens[i + 1]);
      i += 2;
    } else if (INDEXED_SCHEMA_STEPS.has(t) && i + 1 < tokens.length) i += 2;
    else if (SINGLE_SCHEMA_STEPS.has(t)) i += 1;
    else path = null;
  }
  if (dataPathCache.size > 10_000) dataPathCache.clear();
  dataPathCache.set(scope, path);
  return path;
}

/** The value a scoped condition reads: `base` (the enclosing item's data tokens) composed with the scope. */
function valueAt(ctx: ConditionContext, scope: unknown, base: readonly string[]): unknown {
  const path = scopeDataPath(scope);
  return path === null ? undefined : getAtTokens(ctx.data, [...base, ...path]);
}

/** The schema-based branch: `failWhenUndefined`, then the interpreter. */
function schemaConditionHolds(ctx: ConditionContext, condition: SchemaBasedCondition, base: readonly string[]): boolean {
  const value = valueAt(ctx, condition.scope, base);
  if (condition.failWhenUndefined === true && value === undefined) return false;
  return ctx.matches(condition.schema, value);
}

/** Reached only by a condition kind the types do not know (an unchecked definition): it never holds. */
function unknownCondition(_condition: never): boolean {
  return false;
}

/** True when `condition` holds for the data, relative to `base`. Pure and total. */
export function evaluateCondition(ctx: ConditionContext, condition: Condition, base: readonly string[]): boolean {
  switch (condition.type) {
    case 'AND':
      return Array.isArray(condition.conditions) && condition.conditions.every((c) => evaluateCondition(ctx, c, base));
    case 'OR':
      return Array.isArray(condition.conditions) && condition.conditions.some((c) => evaluateCondition(ctx, c, base));
    case 'LEAF':
      return valueAt(ctx, condition.scope, base) === condition.expectedValue;
    case undefined:
      return 'schema' in condition ? schemaConditionHolds(ctx, condition, base) : false;
    default:
      return unknownCondition(condition);
  }
}

/** True when the rule's condition holds. A rule without a condition object never holds. */
export function isRuleFulfilled(ctx: ConditionContext, rule: Rule, base: readonly string[]): boolean {
  return typeof rule.condition === 'object' && rule.condition !== null && evaluateCondition(ctx, rule.condition, base);
}

/** Reached only by an effect the types do not know: it changes nothing. */
function unknownEffect(_effect: never): boolean {
  return true;
}

/** Whether a rule leaves its element visible: HIDE hides when the condition holds, SHOW shows only then. */
export function evalVisibility(ctx: ConditionContext, rule: Rule, base: readonly string[]): boolean {
  const effect: RuleEffect = rule.effect;
  switch (effect) {
    case 'HIDE':
      return !isRuleFulfilled(ctx, rule, base);
    case 'SHOW':
      return isRuleFulfilled(ctx, rule, base);
    case 'ENABLE':
    case 'DISABLE':
      return true;
    default:
      return unknownEffect(effect);
  }
}

/** Whether a rule leaves its element enabled: DISABLE disables when the condition holds, ENABLE enables only then. */
export function evalEnablement(ctx: ConditionContext, rule: Rule, base: readonly string[]): boolean {
  const effect: RuleEffect = rule.effect;
  switch (effect) {
    case 'DISABLE':
      return !isRuleFulfilled(ctx, rule, base);
    case 'ENABLE':
      return isRuleFulfilled(ctx, rule, base);
    case 'HIDE':
    case 'SHOW':
      return true;
    default:
      return unknownEffect(effect);
  }
}
