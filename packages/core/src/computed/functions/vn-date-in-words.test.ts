// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { vnDateInWords } from './vn-date-in-words.js';

describe('vnDateInWords', () => {
  it.each([
    ['2025-03-15', 'ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi lăm'],
    ['2024-04-24', 'ngày hai mươi tư tháng tư năm hai nghìn không trăm hai mươi tư'],
    ['2021-01-01', 'ngày một tháng một năm hai nghìn không trăm hai mươi mốt'],
    ['2005-05-05', 'ngày năm tháng năm năm hai nghìn không trăm linh năm'],
    ['2015-12-31', 'ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm mười lăm'],
    ['2000-11-21', 'ngày hai mươi mốt tháng mười một năm hai nghìn'],
    ['2024-02-29', 'ngày hai mươi chín tháng hai năm hai nghìn không trăm hai mươi tư'],
    ['1990-10-10', 'ngày mười tháng mười năm một nghìn chín trăm chín mươi'],
    ['1985-06-14', 'ngày mười bốn tháng sáu năm một nghìn chín trăm tám mươi lăm'],
  ])('writes %s as "%s"', (date, words) => {
    expect(vnDateInWords(date)).toBe(words);
  });

  it('writes what a partial date knows', () => {
    expect(vnDateInWords('2025-03')).toBe('tháng ba năm hai nghìn không trăm hai mươi lăm');
    expect(vnDateInWords('1956')).toBe('năm một nghìn chín trăm năm mươi sáu');
  });

  it.each([['2025-02-29'], ['2025-13-01'], ['2025-04-31'], ['15/03/2025'], ['2025-3-15'], [''], [20250315], [null]])(
    'returns null for %s, which is not a real ISO date',
    (value) => {
      expect(vnDateInWords(value)).toBeNull();
    },
  );
});
