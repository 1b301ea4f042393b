import { describe, expect, it } from 'vitest';
import { satisfies } from './semver-range.js';

describe('satisfies', () => {
  it.each([
    ['1.2.3', '<2.0.0', true],
    ['2.0.0', '<2.0.0', false],
    ['2.0.0-rc.1', '<2.0.0', true],
    ['1.4.0', '>=1.1.0 <1.5.0', true],
    ['1.5.0', '>=1.1.0 <1.5.0', false],
    ['1.9.9', '1.x', true],
    ['2.0.0', '1.x', false],
    ['1.2.7', '~1.2.0', true],
    ['1.3.0', '~1.2.0', false],
    ['1.9.0', '^1.2.0', true],
    ['2.0.0', '^1.2.0', false],
    ['0.2.5', '^0.2.1', true],
    ['0.3.0', '^0.2.1', false],
    ['1.0.0', '1.0.0', true],
    ['1.0.1', '1.0.0', false],
    ['1.2.0', '1.0.0 - 1.4.0', true],
    ['3.0.0', '<1.0.0 || >=3.0.0', true],
    ['2.0.0', '<1.0.0 || >=3.0.0', false],
    ['1.0.0', '*', true],
    ['1.0.0', 'not a range', false],
    ['garbage', '*', false],
  ])('%s in %s → %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });
});
