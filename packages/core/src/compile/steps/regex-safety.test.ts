// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSync } from 'recheck';
import safeRegex from 'safe-regex2';
import { compileForm } from '../compile-form.js';
import { FormDefinitionError } from '../../models/errors.js';
import { checkRegexSafety } from './regex-safety.js';
import { defaultPatternChecker } from './check-patterns.js';

// Core's tsconfig has no Node types: the file system is reached as in util/schema-nav.test.ts.
const fsName = 'node:fs';
const urlName = 'node:url';
const fs = (await import(fsName)) as { readFileSync(file: string, encoding: 'utf8'): string; readdirSync(dir: string): string[]; statSync(p: string): { isDirectory(): boolean } };
const url = (await import(urlName)) as { fileURLToPath(u: string): string };
const forms = url.fileURLToPath((import.meta as unknown as { url: string }).url).replace(/[\\/][^\\/]*$/, '/') + '../../../../../forms/';

/** Every `pattern` and `patternProperties` key of the catalog's definitions. */
const catalogPatterns = (): string[] => {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'pattern' && typeof x === 'string') found.add(x);
        if (k === 'patternProperties' && typeof x === 'object' && x !== null) Object.keys(x).forEach((p) => found.add(p));
        walk(x);
      }
    }
  };
  for (const dir of fs.readdirSync(forms)) {
    if (dir === 'dist' || !fs.statSync(forms + dir).isDirectory()) continue;
    for (const f of fs.readdirSync(forms + dir)) if (f.endsWith('.form.json')) walk(JSON.parse(fs.readFileSync(`${forms}${dir}/${f}`, 'utf8')));
  }
  return [...found];
};

describe('the built-in ReDoS check', () => {
  it.each([
    // Each of these takes seconds on 30 characters in V8, and safe-regex2 (the check this replaced) accepts it.
    '^([0-9]|\\d)+$',
    '^(a|a)*$',
    '^(\\w|\\d)*$',
    '(a|aa)+$',
    '^([A-Za-z]|[a-z0-9])+$',
  ])('refuses %s, exponential though of star height 1', (pattern) => {
    expect(safeRegex(pattern)).toBe(true);
    expect(checkRegexSafety(pattern)).toEqual({ safe: false, reason: expect.stringMatching(/^exponential/) });
  });

  it.each(['^(a+)+$', '^(\\w+\\s?)*$', '^([0-9]+)*$', '(a|a){30}', '(a|a){00000000000000000000000030}'])('refuses %s, exponential', (pattern) => {
    expect(checkRegexSafety(pattern)).toEqual({ safe: false, reason: expect.stringMatching(/^exponential/) });
  });

  it.each([
    // Cubic (9 s on 3,000 digits) or quadratic: a server takes strings of 10,000 characters.
    '^\\d*\\d*\\d*x$',
    '^\\s*[^0-9]*\\s*$',
    '^.+@.+\\..+$',
    '^\\S+@\\S+\\.\\S+$',
    '[0-9]+x',
    '[^0-9]*$',
    '\\d+\\.\\d+',
    '(?=.*x)a',
  ])('refuses %s, polynomial', (pattern) => {
    expect(checkRegexSafety(pattern)).toEqual({ safe: false, reason: expect.stringMatching(/polynomial/) });
  });

  it.each([
    '^[0-9]{12}$',
    '^\\d{9}(\\d{3})?$',
    '^(0|\\+84)[0-9]{9}$',
    '^[A-Z0-9]{5,20}$',
    '^[^0-9]*$',
    '^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$',
    '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$',
    '^\\p{L}+( \\p{L}+)*$',
    '^[\\p{L}\\p{M} .\'-]+$',
    '^(?:\\p{Lu}\\p{Ll}*)(?: \\p{Lu}\\p{Ll}*)*$',
    '^(?=.*\\d).{8,}$',
    '^[a-z ]+ [a-z]+$',
    '^[0-9]{3}[ .-]?[0-9]{3}[ .-]?[0-9]{4}$',
    '^(/([^~/]|~[01])*)*$',
    '[0-9]+',
    '^x-',
    '\\u{1F600}+',
    // Assertions repeated a million times read nothing: checked without unrolling them.
    '(?:(?:^){60000}){60000}a',
  ])('accepts %s, linear', (pattern) => {
    expect(checkRegexSafety(pattern)).toEqual({ safe: true });
  });

  it('accepts every pattern of the catalog', () => {
    const patterns = catalogPatterns();
    expect(patterns.length).toBeGreaterThan(3);
    for (const p of patterns) expect(checkRegexSafety(p), p).toEqual({ safe: true });
  });

  it.each([
    ['^(a)\\1$', /back-references/],
    ['^(?<x>a)\\k<x>$', /back-references/],
    ['a'.repeat(5000), /too long/],
    ['a'.repeat(500), /too long/],
    ['('.repeat(100) + 'a' + ')'.repeat(100), /nested more than/],
    ['^' + '[a-z]*'.repeat(300) + '$', /too complex/],
  ])('refuses what it does not analyse (%#), saying why', (pattern, reason) => {
    expect(() => new RegExp(pattern, 'u')).not.toThrow();
    expect(checkRegexSafety(pattern)).toEqual({ safe: false, reason: expect.stringMatching(reason) });
  });

  it('never says "safe" where recheck proves super-linear backtracking (random patterns)', () => {
    const atom = fc.constantFrom('a', 'b', '[ab]', '\\d', '.', '[^a]', '\\s', '\\w', 'ab', '(?=a)', '(?!b)', '\\b');
    const quantifier = fc.constantFrom('', '', '*', '+', '?', '{0,2}', '{2,}', '{1,3}', '*?');
    const { term } = fc.letrec<{ term: string; seq: string; alt: string }>((tie) => ({
      term: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.tuple(atom, quantifier).map(([a, q]) => (a.startsWith('(?') || a === '\\b' ? a : a + q)), tie('alt')),
      seq: fc.array(tie('term'), { minLength: 1, maxLength: 3 }).map((t) => t.join('')),
      alt: fc.tuple(fc.array(tie('seq'), { minLength: 1, maxLength: 3 }), quantifier).map(([o, q]) => `(?:${o.join('|')})${q}`),
    }));
    const pattern = fc.tuple(fc.boolean(), fc.array(term, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '$', 'c')).map(([a, t, e]) => (a ? '^' : '') + t.join('') + e);
    fc.assert(
      fc.property(pattern, (p) => {
        if (!checkRegexSafety(p).safe) return;
        const verdict = checkSync(p, 'u', { timeout: 5000 });
        expect(verdict.status, `${p}: ${verdict.status === 'vulnerable' ? verdict.complexity.summary : ''}`).not.toBe('vulnerable');
      }),
      { numRuns: 150, seed: 20261124 },
    );
  }, 120_000);

  it('gives a verdict, never an exception, for any pattern that compiles', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '(', ')', '[', ']', '{', '}', '*', '+', '?', '|', '\\', '^', '$', '.', '-', 'd', 'p', 'u', '1', ',', '<', '>', '=', '!', ':') , maxLength: 30 }), (p) => {
        try {
          new RegExp(p, 'u');
        } catch {
          return;
        }
        const v = checkRegexSafety(p);
        expect(typeof v.safe).toBe('boolean');
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('is the default pattern checker of compileForm: a definition loaded at run time cannot bring an exponential pattern', () => {
    expect(defaultPatternChecker('^([0-9]|\\d)+$')).toMatchObject({ safe: false });
    const definition = {
      id: 'vn.test.redos',
      version: '1.0.0',
      title: { vi: 'Kiểm thử' },
      schema: { type: 'object', properties: { code: { type: 'string', pattern: '^([0-9]|\\d)+$' } } },
    };
    try {
      compileForm(definition as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FormDefinitionError);
      expect((e as FormDefinitionError).problems).toEqual([
        expect.objectContaining({ pointer: '/schema/properties/code/pattern', code: 'pattern', message: expect.stringMatching(/super-linear.*exponential/) }),
      ]);
    }
  });
});
