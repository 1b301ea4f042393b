// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { RawError } from '../models/engine.js';
import { collapseErrors } from './collapse-errors.js';

const error = (keyword: string, schemaPath: string, instancePath = ''): RawError => ({ keyword, schemaPath, instancePath, params: {} });

/** The reference: what collapseErrors did before it was made near-linear (every error against every group). */
const reference = (errors: readonly RawError[]): RawError[] => {
  const groups = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  return errors.filter((e) => {
    if (e.keyword === 'if') return !errors.some((x) => x !== e && x.schemaPath.startsWith(e.schemaPath.replace(/\/if$/, '/')) && x.keyword !== 'if');
    return !groups.some((g) => g !== e && e.schemaPath.startsWith(g.schemaPath + '/'));
  });
};

/** Errors whose `schemaPath` getter counts how often it is read. */
const counted = (errors: RawError[]): { errors: RawError[]; reads: () => number } => {
  let reads = 0;
  const out = errors.map((e) => {
    const copy = { ...e };
    Object.defineProperty(copy, 'schemaPath', { get: () => (reads++, e.schemaPath), enumerable: true });
    return copy;
  });
  return { errors: out, reads: () => reads };
};

describe('collapseErrors', () => {
  it('keeps what a group stands for and drops its branches, and an if when its then/else failed', () => {
    const errors = [
      error('oneOf', '#/properties/sex/oneOf', '/sex'),
      error('const', '#/properties/sex/oneOf/0/const', '/sex'),
      error('const', '#/properties/sex/oneOf/1/const', '/sex'),
      error('oneOfX', '#/properties/sex/oneOfX/0', '/sex'),
      error('if', '#/allOf/0/if'),
      error('required', '#/allOf/0/then/required'),
      error('if', '#/allOf/1/if'),
      error('minLength', '#/properties/a/minLength', '/a'),
    ];
    expect(collapseErrors(errors)).toEqual(reference(errors));
    expect(collapseErrors(errors).map((e) => e.schemaPath)).toEqual([
      '#/properties/sex/oneOf',
      '#/properties/sex/oneOfX/0',
      '#/allOf/0/then/required',
      '#/allOf/1/if',
      '#/properties/a/minLength',
    ]);
  });

  it('agrees with the pairwise reference on random error lists', () => {
    const keywords = ['oneOf', 'anyOf', 'if', 'type', 'const', 'required'];
    const segments = ['a', 'b', 'oneOf', 'anyOf', '0', '1', 'if', 'then', ''];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 300; round++) {
      const errors = Array.from({ length: 1 + next(12) }, () => {
        const path = '#' + Array.from({ length: next(5) }, () => '/' + segments[next(segments.length)]).join('');
        const keyword = keywords[next(keywords.length)];
        return error(keyword, keyword === 'if' && next(2) ? path + '/if' : path);
      });
      expect(collapseErrors(errors)).toEqual(reference(errors));
    }
  });

  it('reads each schema path a bounded number of times, however many groups failed (an untrusted array of 20,000 items each failing a oneOf)', () => {
    const items = 20_000;
    const raw: RawError[] = [];
    for (let i = 0; i < items; i++) {
      raw.push(error('type', '#/properties/list/items/type', `/list/${i}`));
      raw.push(error('const', '#/properties/list/items/oneOf/0/const', `/list/${i}`));
      raw.push(error('const', '#/properties/list/items/oneOf/1/const', `/list/${i}`));
      raw.push(error('oneOf', '#/properties/list/items/oneOf', `/list/${i}`));
      raw.push(error('if', '#/properties/list/items/if', `/list/${i}`));
    }
    const { errors, reads } = counted(raw);
    const kept = collapseErrors(errors);
    expect(kept).toHaveLength(items * 2); // each item's type error and its oneOf; the if is represented by them
    // Comparing every error with every group read the paths about 2 × 100,000 × 20,000 times.
    expect(reads()).toBeLessThanOrEqual(2 * raw.length);
  });
});
