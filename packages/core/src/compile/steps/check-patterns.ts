// SPDX-License-Identifier: MIT
import { escapeToken } from '../../util/json-pointer.js';
import { isObject, MAX_DEPTH } from '../../util/json.js';
import { walkSchema, type SchemaPosition } from '../../util/schema-walk.js';
import type { PatternChecker } from '../options.js';
import { report, type CompileContext } from '../context.js';
import { checkRegexSafety } from './regex-safety.js';
import { schemaPositions } from './schema-positions.js';

/**
 * The default ReDoS check: the pattern's automaton may not let a backtracking matcher take super-linear time
 * (regex-safety.ts). It refuses what `tokhai build`'s recheck refuses, and some linear patterns recheck accepts.
 */
export const defaultPatternChecker: PatternChecker = (pattern) => checkRegexSafety(pattern);

const verdict = (checker: PatternChecker, pattern: string): { safe: boolean; reason?: string } => {
  try {
    const r = checker(pattern);
    return typeof r === 'boolean' ? { safe: r } : r;
  } catch (e) {
    return { safe: false, reason: `the pattern checker failed: ${e instanceof Error ? e.message : String(e)}` };
  }
};

/**
 * Every `pattern` and `patternProperties` key compiles (with the `u` flag, as engines use) and is not ReDoS-prone:
 * those of the data schema, and those of the rules' condition schemas, which every evaluation runs on the data (in
 * the page on each change, and on the server on every submission).
 */
export const checkPatterns = (it: CompileContext): void => {
  const checker = it.options.patternChecker ?? defaultPatternChecker;
  // A form repeats its patterns (every section's ID number, phone…): each distinct one is compiled and judged once.
  const verdicts = new Map<string, string | undefined>();
  const judge = (pattern: string): string | undefined => {
    try {
      new RegExp(pattern, 'u');
    } catch (e) {
      return `"${pattern}" is not a valid regular expression: ${e instanceof Error ? e.message : String(e)}.`;
    }
    const v = verdict(checker, pattern);
    return v.safe
      ? undefined
      : `"${pattern}" can take super-linear (exponential or polynomial) time on some inputs (ReDoS)${v.reason ? `: ${v.reason}` : ''}; rewrite it without nested or overlapping repetition.`;
  };
  const check = (pattern: string, pointer: string, invalidToo: boolean) => {
    if (!verdicts.has(pattern)) verdicts.set(pattern, judge(pattern));
    const problem = verdicts.get(pattern);
    if (problem !== undefined && (invalidToo || isRegex(pattern))) report(it, pointer, 'pattern', problem);
  };
  const checkAll = (positions: readonly SchemaPosition[], at: string, invalidToo: boolean) => {
    for (const pos of positions) {
      const s = pos.schema;
      if (!isObject(s)) continue;
      const here = `${at}${pos.pointer}`;
      if (typeof s.pattern === 'string') check(s.pattern, `${here}/pattern`, invalidToo);
      if (isObject(s.patternProperties))
        for (const p of Object.keys(s.patternProperties)) check(p, `${here}/patternProperties/${escapeToken(p)}`, invalidToo);
    }
  };
  checkAll(schemaPositions(it).positions, '/schema', true);
  // A condition schema's pattern that does not compile is checkLogic's to report (as the rest of its shape).
  for (const { schema, pointer } of conditionSchemas(it.ui)) checkAll(walkSchema(schema, MAX_DEPTH).positions, pointer, false);
};

const isRegex = (pattern: string): boolean => {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
};

/**
 * The schemas of every rule condition in a layout (AND/OR conditions entered, array and object details too), with
 * their pointers in the definition (`/ui/elements/2/rule/condition/schema`). Iterative and depth-bounded: the layout
 * is the definition's, unchecked here.
 */
function conditionSchemas(ui: unknown): Array<{ schema: unknown; pointer: string }> {
  const out: Array<{ schema: unknown; pointer: string }> = [];
  const conditions: Array<{ c: unknown; pointer: string; depth: number }> = [];
  const elements: Array<{ element: unknown; pointer: string; depth: number }> = [{ element: ui, pointer: '/ui', depth: 0 }];
  while (elements.length) {
    const { element, pointer, depth } = elements.pop()!;
    if (!isObject(element) || depth > MAX_DEPTH) continue;
    if (isObject(element.rule)) conditions.push({ c: element.rule.condition, pointer: `${pointer}/rule/condition`, depth: 0 });
    if (Array.isArray(element.elements)) element.elements.forEach((child, i) => elements.push({ element: child, pointer: `${pointer}/elements/${i}`, depth: depth + 1 }));
    if (isObject(element.options) && isObject(element.options.detail)) elements.push({ element: element.options.detail, pointer: `${pointer}/options/detail`, depth: depth + 1 });
  }
  while (conditions.length) {
    const { c, pointer, depth } = conditions.pop()!;
    if (!isObject(c) || depth > MAX_DEPTH) continue;
    if (Object.hasOwn(c, 'schema')) out.push({ schema: c.schema, pointer: `${pointer}/schema` });
    if (Array.isArray(c.conditions)) c.conditions.forEach((sub, i) => conditions.push({ c: sub, pointer: `${pointer}/conditions/${i}`, depth: depth + 1 }));
  }
  return out;
}
