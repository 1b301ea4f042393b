// SPDX-License-Identifier: MIT
import safeRegex from 'safe-regex2';
import { escapeToken } from '../../util/json-pointer.js';
import { isObject } from '../../util/json.js';
import type { PatternChecker } from '../options.js';
import { report, type CompileContext } from '../context.js';
import { schemaPositions } from './schema-positions.js';

/** The default ReDoS check: safe-regex2 (star height ≤ 1, bounded repetitions). */
export const defaultPatternChecker: PatternChecker = (pattern) => safeRegex(pattern);

const verdict = (checker: PatternChecker, pattern: string): { safe: boolean; reason?: string } => {
  try {
    const r = checker(pattern);
    return typeof r === 'boolean' ? { safe: r } : r;
  } catch (e) {
    return { safe: false, reason: `the pattern checker failed: ${e instanceof Error ? e.message : String(e)}` };
  }
};

/** Every `pattern` and `patternProperties` key compiles (with the `u` flag, as engines use) and is not ReDoS-prone. */
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
  const check = (pattern: string, pointer: string) => {
    if (!verdicts.has(pattern)) verdicts.set(pattern, judge(pattern));
    const problem = verdicts.get(pattern);
    if (problem !== undefined) report(it, pointer, 'pattern', problem);
  };
  for (const pos of schemaPositions(it).positions) {
    const s = pos.schema;
    if (!isObject(s)) continue;
    const at = `/schema${pos.pointer}`;
    if (typeof s.pattern === 'string') check(s.pattern, `${at}/pattern`);
    if (isObject(s.patternProperties))
      for (const p of Object.keys(s.patternProperties)) check(p, `${at}/patternProperties/${escapeToken(p)}`);
  }
};
