// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { bumpLevel, compareSemVer, incSemVer, parseSemVer, requiredBump, satisfies } from './semver.js';

const sv = (s: string) => parseSemVer(s)!;

describe('semver', () => {
  it('parses versions and rejects non-versions', () => {
    expect(parseSemVer('1.2.3')).toEqual({ major: 1, minor: 2, patch: 3, prerelease: [] });
    expect(parseSemVer('1.0.0-rc.1+build.5')?.prerelease).toEqual(['rc', '1']);
    expect(parseSemVer('1.2')).toBeUndefined();
    expect(parseSemVer('01.2.3')).toBeUndefined();
  });

  it('orders by precedence, pre-releases before the release', () => {
    const sorted = ['1.0.0', '1.0.0-rc.1', '1.0.0-alpha', '0.9.9', '1.0.0-alpha.1', '1.0.0-beta.11', '1.0.0-beta.2'].map(sv).sort(compareSemVer);
    expect(sorted.map((v) => `${v.major}.${v.minor}.${v.patch}${v.prerelease.length ? '-' + v.prerelease.join('.') : ''}`)).toEqual([
      '0.9.9', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0',
    ]);
  });

  it('classifies a bump', () => {
    expect(bumpLevel(sv('1.2.3'), sv('2.0.0'))).toBe('major');
    expect(bumpLevel(sv('1.2.3'), sv('1.3.0'))).toBe('minor');
    expect(bumpLevel(sv('1.2.3'), sv('1.2.4'))).toBe('patch');
    expect(bumpLevel(sv('1.2.3'), sv('1.2.3'))).toBe('none');
    expect(bumpLevel(sv('1.2.3'), sv('1.2.2'))).toBe('none');
  });

  it('asks only a minor bump for a breaking change below 1.0.0', () => {
    expect(requiredBump(sv('0.3.1'), 'major')).toBe('minor');
    expect(requiredBump(sv('0.3.1'), 'minor')).toBe('patch');
    expect(requiredBump(sv('1.3.1'), 'major')).toBe('major');
    expect(incSemVer(sv('1.3.1'), 'minor')).toBe('1.4.0');
  });

  it('tests npm-style ranges', () => {
    expect(satisfies('1.4.2', '^1.2.0')).toBe(true);
    expect(satisfies('2.0.0', '^1.2.0')).toBe(false);
    expect(satisfies('0.2.5', '^0.2.1')).toBe(true);
    expect(satisfies('0.3.0', '^0.2.1')).toBe(false);
    expect(satisfies('1.2.9', '~1.2.3')).toBe(true);
    expect(satisfies('1.3.0', '~1.2.3')).toBe(false);
    expect(satisfies('1.9.0', '>=1.0.0 <2')).toBe(true);
    expect(satisfies('2.0.0', '>=1.0.0 <2')).toBe(false);
    expect(satisfies('1.5.0', '1.x')).toBe(true);
    expect(satisfies('3.0.0', '1.x || >=3')).toBe(true);
    expect(satisfies('1.5.0', '1.0.0 - 1.4.0')).toBe(false);
    expect(satisfies('1.0.0', '*')).toBe(true);
    expect(satisfies('1.0.0-rc.1', '^1.0.0')).toBe(false);
    expect(satisfies('1.0.0-rc.2', '>=1.0.0-rc.1')).toBe(true);
    expect(satisfies('1.0.0', 'not a range')).toBe(false);
  });
});
