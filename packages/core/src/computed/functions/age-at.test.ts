// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { ageAt } from './age-at.js';

describe('ageAt', () => {
  it('counts a birthday from its own day', () => {
    expect(ageAt('2019-03-15', '2025-03-14')).toBe(5);
    expect(ageAt('2019-03-15', '2025-03-15')).toBe(6);
    expect(ageAt('2019-03-15', '2025-12-31')).toBe(6);
  });

  it('is 0 on the day of birth and null before it', () => {
    expect(ageAt('2025-03-15', '2025-03-15')).toBe(0);
    expect(ageAt('2025-03-15', '2025-03-14')).toBeNull();
  });

  it('lets someone born on 29 February reach the next year on 1 March in common years', () => {
    expect(ageAt('2020-02-29', '2021-02-28')).toBe(0);
    expect(ageAt('2020-02-29', '2021-03-01')).toBe(1);
    expect(ageAt('2020-02-29', '2024-02-29')).toBe(4);
  });

  it('answers for a partial date of birth only when every possible birthday gives the same age', () => {
    expect(ageAt('1960', '2025-12-31')).toBe(65);
    expect(ageAt('1960', '2025-06-01')).toBeNull();
    expect(ageAt('1960-05', '2025-06-01')).toBe(65);
    expect(ageAt('1960-05', '2025-05-20')).toBeNull();
    expect(ageAt('1960-05', '2025-04-30')).toBe(64);
  });

  it('returns null when a date is malformed or the evaluation date is partial or missing', () => {
    expect(ageAt('2019-02-30', '2025-01-01')).toBeNull();
    expect(ageAt('2019-03-15', '2025')).toBeNull();
    expect(ageAt('2019-03-15', null)).toBeNull();
    expect(ageAt(20190315, '2025-01-01')).toBeNull();
  });
});
