// SPDX-License-Identifier: MIT
import safeRegex from 'safe-regex2';
import { escapeToken } from '../../util/json-pointer.js';
import { isObject } from '../../util/json.js';
import { walkSchema } from '../../util/schema-walk.js';
import type { PatternChecker } from '../options.js';
import { report, type CompileContext } from '../context.js';

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
  const check = (pattern: string, pointer: string) => {
    try {
      new RegExp(pattern, 'u');
    } catch (e) {
      report(it, pointer, 'pattern', `"${pattern}" is not a valid regular expression: ${e instanceof Error ? e.message : String(e)}.`);
      return;
    }
    const v = verdict(checker, pattern);
    if (!v.safe)
      report(it, pointer, 'pattern', `"${pattern}" can take exponential time on some inputs (ReDoS)${v.reason ? `: ${v.reason}` : ''}; rewrite it without nested or overlapping repetition.`);
  };
  for (const pos of walkSchema(it.schema).positions) {
    const s = pos.schema;
    if (!isObject(s)) continue;
    const at = `/schema${pos.pointer}`;
    if (typeof s.pattern === 'string') check(s.pattern, `${at}/pattern`);
    if (isObject(s.patternProperties))
      for (const p of Object.keys(s.patternProperties)) check(p, `${at}/patternProperties/${escapeToken(p)}`);
  }
};
