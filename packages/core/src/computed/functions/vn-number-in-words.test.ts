// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { MAX_VN_NUMBER, vnNumberInWords } from './vn-number-in-words.js';

describe('vnNumberInWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [31, 'ba mươi mốt'],
    [55, 'năm mươi lăm'],
    [94, 'chín mươi tư'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [111, 'một trăm mười một'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1011, 'một nghìn không trăm mười một'],
    [1100, 'một nghìn một trăm'],
    [1945, 'một nghìn chín trăm bốn mươi lăm'],
    [1990, 'một nghìn chín trăm chín mươi'],
    [2000, 'hai nghìn'],
    [2001, 'hai nghìn không trăm linh một'],
    [2005, 'hai nghìn không trăm linh năm'],
    [2010, 'hai nghìn không trăm mười'],
    [2015, 'hai nghìn không trăm mười lăm'],
    [2021, 'hai nghìn không trăm hai mươi mốt'],
    [2024, 'hai nghìn không trăm hai mươi tư'],
    [2025, 'hai nghìn không trăm hai mươi lăm'],
    [2105, 'hai nghìn một trăm linh năm'],
    [9999, 'chín nghìn chín trăm chín mươi chín'],
  ])('reads %i as "%s"', (n, words) => {
    expect(vnNumberInWords(n)).toBe(words);
  });

  it.each([[-1], [10_000], [1.5], [Number.NaN], ['5'], [null], [undefined]])('returns null for %s', (n) => {
    expect(vnNumberInWords(n)).toBeNull();
  });

  it('gives a different wording to every number from 0 to 9999', () => {
    const seen = new Map<string, number>();
    for (let n = 0; n <= MAX_VN_NUMBER; n++) {
      const words = vnNumberInWords(n)!;
      expect(seen.get(words), `${n} and ${seen.get(words)} read alike: ${words}`).toBeUndefined();
      seen.set(words, n);
    }
  });

  it('uses "không" only for zero itself and for an empty hundreds place', () => {
    for (let n = 1; n <= MAX_VN_NUMBER; n++) {
      const words = vnNumberInWords(n)!;
      expect(words.replace(/không trăm/g, '')).not.toContain('không');
    }
  });

  it('never uses the southern "lẻ" or "ngàn", nor "mươi một"/"mươi năm" after tens of twenty and above', () => {
    for (let n = 0; n <= MAX_VN_NUMBER; n++) {
      const words = vnNumberInWords(n)!;
      expect(words).not.toMatch(/\blẻ\b|ngàn|mươi một|mươi năm$|mươi năm |mười năm/);
    }
  });
});
