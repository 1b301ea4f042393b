// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { checkPattern, patternChecker } from './pattern-checker.js';

describe('strict pattern checker (recheck)', () => {
  it('accepts the linear patterns forms use', () => {
    for (const p of ['^\\d{12}$', '^[^0-9]*$', '^[A-Z]{2}$', '^0\\d{9}$', '^\\p{L}+(?: \\p{L}+)*$']) {
      expect(checkPattern(p)).toEqual({ status: 'safe' });
      expect(patternChecker(p)).toEqual({ safe: true });
    }
  });

  it('rejects exponential backtracking with an attack string', () => {
    const v = checkPattern('^(a+)+$');
    expect(v).toMatchObject({ status: 'vulnerable', complexity: 'exponential' });
    expect(patternChecker('^(\\w+\\s?)*$')).toMatchObject({ safe: false, reason: expect.stringMatching(/backtrack/) });
  });

  it('rejects polynomial backtracking that a star-height heuristic misses', () => {
    expect(checkPattern('^\\d*\\d*x$')).toMatchObject({ status: 'vulnerable', complexity: 'polynomial' });
  });

  it('reports an invalid pattern as undecided, not safe', () => {
    expect(checkPattern('(')).toMatchObject({ status: 'unknown' });
  });
});
