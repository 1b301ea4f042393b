// SPDX-License-Identifier: MIT
/**
 * Rule conditions compiled once per definition into closures. The semantics are those of `condition.ts` (JSON
 * Forms' `runtime.ts`, one deliberate improvement): the closure reads the value at the scope, relative to a base
 * value (the root data, or the array item around the element), and decides. What depends only on the definition is
 * decided here, once: the scope's data path, the condition schema's validator (the interpreter, compiled on first
 * use and kept), and the answer for an absent value.
 */
import type { JsonSchema } from '../models/json-schema.js';
import type { RuleEffect } from '../models/rule.js';
import { getAtTokens } from '../util/json-pointer.js';
import { isObject } from '../util/json.js';
import { scopeDataPath } from './condition.js';
import { compileMatcher, matchesUndefined, type Draft } from './schema-match.js';

/** Decides a condition for the data around an element: `base` is the value at the element's base. */
export type CompiledCondition = (base: unknown) => boolean;

/** The data tokens a condition reads, relative to the element's base (for the rule dependency check). */
export type ConditionReads = string[][];

const NEVER: CompiledCondition = () => false;

/**
 * A sub-condition that is not an object: evaluating it throws, as `evaluateCondition` reading its `type` did, so
 * the evaluation falls back exactly as before (checkLogic rejects such definitions; only unchecked ones get here).
 */
const BROKEN: CompiledCondition = () => {
  throw new TypeError('A rule condition must be an object.');
};

/** Compiles a condition schema's yes/no check on first use, and keeps it. */
function lazyMatcher(schema: JsonSchema, draft: Draft): (value: unknown) => boolean {
  let matches: ((value: unknown) => boolean) | undefined;
  return (value) => (matches ??= compileMatcher(schema, draft))(value);
}

/** The schema-based condition: `failWhenUndefined`, then the interpreter (an absent value as ajv decides it). */
function schemaCondition(condition: Record<string, unknown>, path: string[] | null, draft: Draft, reads: ConditionReads): CompiledCondition {
  if (path !== null) reads.push(path);
  const schema = condition.schema as JsonSchema;
  const failWhenUndefined = condition.failWhenUndefined === true;
  if (typeof schema === 'boolean') {
    return path === null
      ? () => !failWhenUndefined && schema
      : (base) => (failWhenUndefined && getAtTokens(base, path) === undefined ? false : schema);
  }
  const whenAbsent = !failWhenUndefined && matchesUndefined(schema, schema);
  if (path === null) return () => whenAbsent;
  // Not a schema (checkLogic rejects it): a present value never matches, as the interpreter refused it before.
  const matches = typeof schema === 'object' && schema !== null ? lazyMatcher(schema, draft) : () => false;
  return (base) => {
    const value = getAtTokens(base, path);
    return value === undefined ? whenAbsent : matches(value);
  };
}

/**
 * Compiles a condition (any value: the definition may be unchecked). `prefix` is prepended to every scope's data
 * path (an object detail's conditions read relative to the object). `reads` collects the data paths read.
 */
export function compileCondition(condition: unknown, prefix: readonly string[], draft: Draft, reads: ConditionReads, depth = 0): CompiledCondition {
  if (typeof condition !== 'object' || condition === null) return BROKEN;
  // Arrays have no `type` and no `schema`: they never hold.
  if (Array.isArray(condition) || depth > 256) return NEVER;
  const c = condition as Record<string, unknown>;
  const at = (scope: unknown): string[] | null => {
    const path = scopeDataPath(scope);
    return path === null ? null : [...prefix, ...path];
  };
  switch (c.type) {
    case 'AND':
    case 'OR': {
      if (!Array.isArray(c.conditions)) return NEVER;
      const parts = c.conditions.map((sub: unknown) => compileCondition(sub, prefix, draft, reads, depth + 1));
      return c.type === 'AND' ? (base) => parts.every((p) => p(base)) : (base) => parts.some((p) => p(base));
    }
    case 'LEAF': {
      const path = at(c.scope);
      const expected = c.expectedValue;
      if (path === null) return () => undefined === expected;
      reads.push(path);
      return (base) => getAtTokens(base, path) === expected;
    }
    case undefined:
      return 'schema' in c ? schemaCondition(c, at(c.scope), draft, reads) : NEVER;
    default:
      return NEVER;
  }
}

/** What a rule does to its element, compiled: `visible`/`enabled` are absent when the rule does not affect them. */
export interface CompiledRule {
  visible?: CompiledCondition;
  enabled?: CompiledCondition;
  /** True for SHOW and HIDE rules (the element, and everything in it, can be hidden). */
  hides: boolean;
}

/**
 * Compiles an element's `rule` (`evalVisibility`/`evalEnablement` of condition.ts): HIDE and DISABLE act while the
 * condition holds, SHOW and ENABLE only then; a rule without a condition object never holds; an unknown effect
 * changes nothing. `undefined` when the element has no rule object.
 */
export function compileRule(rule: unknown, prefix: readonly string[], draft: Draft, reads: ConditionReads): CompiledRule | undefined {
  if (!isObject(rule)) return undefined;
  const effect = rule.effect as RuleEffect;
  const condition = rule.condition;
  const holds: CompiledCondition = typeof condition === 'object' && condition !== null ? compileCondition(condition, prefix, draft, reads) : NEVER;
  switch (effect) {
    case 'HIDE':
      return { visible: (base) => !holds(base), hides: true };
    case 'SHOW':
      return { visible: holds, hides: true };
    case 'DISABLE':
      return { enabled: (base) => !holds(base), hides: false };
    case 'ENABLE':
      return { enabled: holds, hides: false };
    default:
      return { hides: false };
  }
}
