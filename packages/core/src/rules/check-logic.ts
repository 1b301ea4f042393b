// SPDX-License-Identifier: MIT
/**
 * `checkLogic`: every problem in a definition's rules and computed fields, located by a JSON Pointer into the
 * definition, so `compileForm` can reject the definition before anything runs. A pipeline of named checks:
 *   checkRules → checkComputedFields → checkComputedCycles → checkRuleCycles → checkFunctionRegistry →
 *   checkReservedNames
 */
import { BUILTIN_FUNCTIONS } from '../computed/functions/index.js';
import { FUNCTION_NAME, NOW_VARIABLE, OPERATORS } from '../computed/operators.js';
import { orderComputed, overlaps } from '../computed/order.js';
import { analyseComputed } from '../computed/prepare.js';
import type { DefinitionProblem } from '../models/errors.js';
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import type { RuleEffect } from '../models/rule.js';
import { joinPointer, toPointer } from '../util/json-pointer.js';
import { isObject, MAX_DEPTH } from '../util/json.js';
import { computedFieldsOf } from './plan.js';
import { findRuleCycles } from './rule-graph.js';
import { checkSchemaShape } from './schema-check.js';
import { assertConditionSchema } from '../engines/condition-schema.js';
import { draftOf } from './schema-match.js';
import { anyItemSchema, isArraySchema, isObjectSchema, propertySchema, resolveScope, schemasAlong } from './schema-nav.js';
import type { LogicInput } from './types.js';

/** The effects a rule may have. */
const EFFECTS: ReadonlySet<RuleEffect> = new Set<RuleEffect>(['HIDE', 'SHOW', 'ENABLE', 'DISABLE']);

/** What checks share. */
interface CheckContext {
  input: LogicInput;
  root: JsonSchemaObject;
  problems: DefinitionProblem[];
}

const report = (ctx: CheckContext, pointer: string, code: string, message: string) => ctx.problems.push({ pointer, code, message });

// ---------------------------------------------------------------------------------------------------------------
// Rules

/** The kind of a condition object, read defensively (the definition is unchecked data here). */
type ConditionKind = 'AND' | 'OR' | 'LEAF' | 'SCHEMA' | 'UNKNOWN';

function conditionKind(c: Record<string, unknown>): ConditionKind {
  if (c.type === 'AND' || c.type === 'OR' || c.type === 'LEAF') return c.type;
  if (c.type === undefined && 'schema' in c) return 'SCHEMA';
  return 'UNKNOWN';
}

/** A condition's scope must name one data location under the element's base schema. */
function checkConditionScope(ctx: CheckContext, c: Record<string, unknown>, pointer: string, base: JsonSchemaObject): void {
  if (typeof c.scope !== 'string') {
    report(ctx, joinPointer(pointer, 'scope'), 'rule', 'A condition needs a "scope" such as "#/properties/hasSpouse".');
  } else if (resolveScope(c.scope, base, ctx.root) === undefined) {
    report(ctx, joinPointer(pointer, 'scope'), 'rule', `The condition scope "${c.scope}" does not resolve in the schema${base === ctx.root ? '' : ' of the array item'}.`);
  }
}

/** A schema condition's schema must be a schema the interpreter can run. */
function checkConditionSchema(ctx: CheckContext, c: Record<string, unknown>, pointer: string): void {
  const at = joinPointer(pointer, 'schema');
  const before = ctx.problems.length;
  checkSchemaShape(c.schema, at, ctx.problems);
  if (ctx.problems.length > before || typeof c.schema === 'boolean') return;
  try {
    assertConditionSchema(c.schema as JsonSchema, draftOf(ctx.root.$schema));
  } catch (e) {
    report(ctx, at, 'rule', `The condition schema cannot be used: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
  if ('failWhenUndefined' in c && typeof c.failWhenUndefined !== 'boolean') {
    report(ctx, joinPointer(pointer, 'failWhenUndefined'), 'rule', '"failWhenUndefined" must be true or false.');
  }
}

/** Checks one condition and, for AND/OR, its sub-conditions. */
function checkCondition(ctx: CheckContext, c: unknown, pointer: string, base: JsonSchemaObject, depth = 0): void {
  if (!isObject(c)) {
    report(ctx, pointer, 'rule', 'A rule condition must be an object.');
    return;
  }
  const kind = conditionKind(c);
  switch (kind) {
    case 'AND':
    case 'OR': {
      const list = c.conditions;
      if (!Array.isArray(list) || list.length === 0) {
        report(ctx, joinPointer(pointer, 'conditions'), 'rule', `An ${kind} condition needs a non-empty "conditions" array.`);
      } else if (depth < MAX_DEPTH) {
        list.forEach((sub, i) => checkCondition(ctx, sub, joinPointer(pointer, 'conditions', i), base, depth + 1));
      }
      return;
    }
    case 'LEAF':
      checkConditionScope(ctx, c, pointer, base);
      if (!('expectedValue' in c)) report(ctx, pointer, 'rule', 'A LEAF condition needs an "expectedValue".');
      return;
    case 'SCHEMA':
      checkConditionScope(ctx, c, pointer, base);
      checkConditionSchema(ctx, c, pointer);
      return;
    case 'UNKNOWN':
      report(ctx, pointer, 'rule', `Unknown condition kind${c.type === undefined ? ' (no "type" and no "schema")' : ` ${JSON.stringify(c.type)}`}: use a schema condition, LEAF, AND or OR.`);
      return;
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** Checks an element's rule. */
function checkRule(ctx: CheckContext, rule: unknown, pointer: string, base: JsonSchemaObject): void {
  if (!isObject(rule)) {
    report(ctx, pointer, 'rule', 'A rule must be an object with "effect" and "condition".');
    return;
  }
  if (!EFFECTS.has(rule.effect as RuleEffect)) {
    report(ctx, joinPointer(pointer, 'effect'), 'rule', `Unknown rule effect "${String(rule.effect)}": use SHOW, HIDE, ENABLE or DISABLE.`);
  }
  checkCondition(ctx, rule.condition, joinPointer(pointer, 'condition'), base);
}

/** Walks the layout (and array/object details), checking every rule against its base schema. */
function checkRules(ctx: CheckContext): void {
  const uiPointer = '/ui';
  const stack: Array<{ element: unknown; pointer: string; base: JsonSchemaObject; depth: number }> = [
    { element: ctx.input.ui, pointer: uiPointer, base: ctx.root, depth: 0 },
  ];
  while (stack.length > 0) {
    const { element, pointer, base, depth } = stack.pop()!;
    if (!isObject(element) || depth > MAX_DEPTH) continue;
    if ('rule' in element) checkRule(ctx, element.rule, joinPointer(pointer, 'rule'), base);
    if (Array.isArray(element.elements)) {
      element.elements.forEach((child, i) => stack.push({ element: child, pointer: joinPointer(pointer, 'elements', i), base, depth: depth + 1 }));
    }
    // JSON Forms also allows a string here ("GENERATED", "REGISTERED"): anything but a layout means generated.
    const detail = isObject(element.options) && isObject(element.options.detail) ? element.options.detail : undefined;
    if (element.type === 'Control' && detail !== undefined) {
      const resolved = resolveScope(element.scope, base, ctx.root);
      const detailBase = !resolved ? undefined : isArraySchema(resolved.schema) ? anyItemSchema(resolved.schema, ctx.root) : isObjectSchema(resolved.schema) ? resolved.schema : undefined;
      if (detailBase !== undefined) stack.push({ element: detail, pointer: joinPointer(pointer, 'options', 'detail'), base: detailBase, depth: depth + 1 });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Computed fields

/** A target must name a property location that does not pass through an array. */
function targetProblem(root: JsonSchemaObject, tokens: readonly string[] | undefined): string | undefined {
  if (tokens === undefined || tokens.length === 0) return 'A computed "target" must be a JSON Pointer to a property, such as "/child/dateOfBirthInWords".';
  const chain = schemasAlong(root, tokens);
  if (chain.length !== tokens.length + 1) return `The target "${toPointer(tokens)}" does not resolve in the schema.`;
  if (chain.slice(0, -1).some((s) => isArraySchema(s) && !isObjectSchema(s))) return `The target "${toPointer(tokens)}" passes through an array; computed values are written to fixed locations.`;
  return undefined;
}

/** Each computed field: shape, target, `show`, expression; targets may not repeat or contain one another. */
function checkComputedFields(ctx: CheckContext): void {
  const list: unknown = ctx.input.definition.computed;
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    report(ctx, '/computed', 'computed', '"computed" must be an array of {target, expr}.');
    return;
  }
  list.forEach((f, i) => {
    if (!isObject(f)) report(ctx, `/computed/${i}`, 'computed', 'A computed field must be an object with "target" and "expr".');
    else if (!('expr' in f)) report(ctx, `/computed/${i}`, 'computed', 'A computed field needs an "expr" (a JSON Logic expression).');
  });
  const analysed = analyseComputed(ctx.input, computedFieldsOf(ctx.input));
  const seen: Array<{ tokens: string[]; target: string }> = [];
  for (const { index, field, tokens, report: exprReport } of analysed) {
    const problem = targetProblem(ctx.root, tokens);
    if (problem !== undefined || tokens === undefined) report(ctx, `/computed/${index}/target`, 'computed', problem ?? 'Invalid target.');
    else {
      const clash = seen.find((s) => overlaps(s.tokens, tokens));
      if (clash) report(ctx, `/computed/${index}/target`, 'computed', `The target "${String(field.target)}" overlaps the target "${clash.target}" of another computed field.`);
      seen.push({ tokens, target: String(field.target) });
    }
    if ('show' in field && typeof field.show !== 'boolean') report(ctx, `/computed/${index}/show`, 'computed', '"show" must be true or false.');
    ctx.problems.push(...exprReport.problems);
  }
}

/** Computed fields that read each other in a circle can never be computed. */
function checkComputedCycles(ctx: CheckContext): void {
  const analysed = analyseComputed(ctx.input, computedFieldsOf(ctx.input)).filter((a) => a.tokens !== undefined && a.tokens.length > 0);
  const { cycles } = orderComputed(analysed.map((a) => ({ target: a.tokens!, reads: a.report.reads })));
  for (const cycle of cycles) {
    const members = cycle.map((i) => analysed[i]);
    const path = [...members, members[0]].map((m) => toPointer(m.tokens!)).join(' → ');
    report(ctx, `/computed/${members[0].index}/expr`, 'computed', `Computed fields depend on each other in a cycle: ${path}.`);
  }
}

/** Visibility rules that read what they (or rules depending on them) hide have no stable answer. */
function checkRuleCycles(ctx: CheckContext): void {
  const computed = analyseComputed(ctx.input, computedFieldsOf(ctx.input))
    .filter((a) => a.tokens !== undefined && a.tokens.length > 0)
    .map((a) => ({ target: a.tokens!, reads: a.report.reads }));
  for (const cycle of findRuleCycles(ctx.input.ui, ctx.root, computed)) {
    const message = cycle.pointers.length === 1
      ? `This rule reads data that its own element contains, so hiding it changes its own condition: ${cycle.description}.`
      : `Visibility rules depend on each other in a cycle: ${cycle.description}.`;
    report(ctx, cycle.pointers[0], 'rule', message);
  }
}

/** Registry functions: valid names that do not shadow an operator or a built-in, and real functions. */
function checkFunctionRegistry(ctx: CheckContext): void {
  for (const [name, fn] of Object.entries(ctx.input.functions ?? {})) {
    if (!FUNCTION_NAME.test(name)) report(ctx, '', 'computed', `The registered function name "${name}" is not an identifier.`);
    else if (Object.hasOwn(OPERATORS, name) || Object.hasOwn(BUILTIN_FUNCTIONS, name)) report(ctx, '', 'computed', `The registered function "${name}" would replace the built-in "${name}"; choose another name.`);
    if (typeof fn !== 'function') report(ctx, '', 'computed', `The registered function "${name}" is not a function.`);
  }
}

/** `$now` is the evaluation date in expressions, so the data may not have a property of that name. */
function checkReservedNames(ctx: CheckContext): void {
  if (propertySchema({ ...ctx.root, additionalProperties: undefined }, NOW_VARIABLE, ctx.root) !== undefined) {
    report(ctx, `/schema/properties/${NOW_VARIABLE}`, 'computed', `"${NOW_VARIABLE}" is reserved for the evaluation date in computed expressions.`);
  }
}

/**
 * Every problem in the definition's rules and computed fields: condition scopes that do not resolve (relative to
 * the array item inside details), condition schemas that are not schemas, empty AND/OR, unknown condition kinds
 * and effects; computed targets that do not resolve or overlap, invalid JSON Logic (unknown operators and
 * functions located at the offending node, non-literal data paths, paths the schema does not define, wrong
 * argument counts), cycles between computed fields, visibility rules that depend on what they hide, and bad
 * registry functions. `[]` when all is well.
 */
export function checkLogic(input: LogicInput): DefinitionProblem[] {
  const ctx: CheckContext = { input, root: isObject(input.schema) ? input.schema : {}, problems: [] };
  checkRules(ctx);
  checkComputedFields(ctx);
  checkComputedCycles(ctx);
  checkRuleCycles(ctx);
  checkFunctionRegistry(ctx);
  checkReservedNames(ctx);
  return ctx.problems;
}
