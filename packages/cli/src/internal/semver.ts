// SPDX-License-Identifier: MIT
/**
 * The part of Semantic Versioning 2.0.0 the catalog needs: parse, compare, classify a bump, and test a range
 * (`1.2.3`, `^1.2`, `~1.2.0`, `>=1.0.0 <2`, `1.x`, `*`, `a || b`), the subset npm users write for bundle members.
 */

/** A parsed version. */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release identifiers (`1.0.0-rc.1` → `['rc', '1']`). */
  prerelease: string[];
}

/** How big a change is, or how big a version bump is. Ordered: none < patch < minor < major. */
export type BumpLevel = 'none' | 'patch' | 'minor' | 'major';

/** The levels in order, for comparisons. */
export const BUMP_LEVELS: readonly BumpLevel[] = ['none', 'patch', 'minor', 'major'];

const VERSION = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-.]+)?$/;

/** Parses `1.2.3`, `1.2.3-rc.1`, `1.2.3+build`; `undefined` for anything else. */
export function parseSemVer(text: string): SemVer | undefined {
  const m = VERSION.exec(text.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ? m[4].split('.') : [] };
}

/** Negative, zero or positive, by semver precedence (build metadata ignored). */
export function compareSemVer(a: SemVer, b: SemVer): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return core;
  if (!a.prerelease.length || !b.prerelease.length) return b.prerelease.length - a.prerelease.length;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** The level of the bump from `from` to `to`: `none` when equal or lower. */
export function bumpLevel(from: SemVer, to: SemVer): BumpLevel {
  if (compareSemVer(to, from) <= 0) return 'none';
  if (to.major !== from.major) return 'major';
  if (to.minor !== from.minor) return 'minor';
  return 'patch';
}

/**
 * The smallest bump that announces a change of `level` from `from`. Below 1.0.0 semver gives no guarantee, and
 * the npm convention (`^0.3.1` means `<0.4.0`) treats a minor bump as breaking there, so a breaking change needs
 * a minor bump and anything else a patch bump.
 */
export function requiredBump(from: SemVer, level: BumpLevel): BumpLevel {
  if (from.major > 0 || level === 'none') return level;
  return level === 'major' ? 'minor' : 'patch';
}

/** The version that a bump of `level` from `from` gives (`1.2.3` + minor → `1.3.0`). */
export function incSemVer(from: SemVer, level: BumpLevel): string {
  const { major, minor, patch } = from;
  switch (level) {
    case 'major':
      return `${major + 1}.0.0`;
    case 'minor':
      return `${major}.${minor + 1}.0`;
    case 'patch':
      return `${major}.${minor}.${patch + 1}`;
    case 'none':
      return formatSemVer(from);
  }
}

/** `1.2.3` or `1.2.3-rc.1`. */
export const formatSemVer = (v: SemVer): string =>
  `${v.major}.${v.minor}.${v.patch}${v.prerelease.length ? '-' + v.prerelease.join('.') : ''}`;

type Comparator = { op: '<' | '<=' | '>' | '>=' | '='; version: SemVer };

const v = (major: number, minor: number, patch: number, prerelease: string[] = []): SemVer => ({ major, minor, patch, prerelease });

/** A partial version (`1`, `1.2`, `1.x`, `*`) as numbers, `undefined` for wildcards. */
function partial(text: string): [number | undefined, number | undefined, number | undefined, string[]] | undefined {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z-.]+))?$/.exec(text);
  if (!m) return undefined;
  const n = (s: string | undefined) => (s === undefined || /^[xX*]$/.test(s) ? undefined : Number(s));
  return [n(m[1]), n(m[2]), n(m[3]), m[4] ? m[4].split('.') : []];
}

/** Expands one range token (`^1.2`, `>=1.0.0`, `1.x`) into comparators; `undefined` when it does not parse. */
function comparators(token: string): Comparator[] | undefined {
  const m = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(token);
  if (!m) return undefined;
  const op = m[1] ?? '';
  const p = partial(m[2] ?? '');
  if (!p) return undefined;
  const [major, minor, patch, pre] = p;
  if (major === undefined) return op === '<' || op === '>' ? [{ op: '<', version: v(0, 0, 0) }] : [];
  const lower = v(major, minor ?? 0, patch ?? 0, pre);
  switch (op) {
    case '^': {
      const upper =
        major > 0 || minor === undefined ? v(major + 1, 0, 0) : minor > 0 || patch === undefined ? v(0, minor + 1, 0) : v(0, 0, patch + 1);
      return [{ op: '>=', version: lower }, { op: '<', version: upper }];
    }
    case '~':
      return [{ op: '>=', version: lower }, { op: '<', version: minor === undefined ? v(major + 1, 0, 0) : v(major, minor + 1, 0) }];
    case '':
    case '=':
      if (minor === undefined) return [{ op: '>=', version: lower }, { op: '<', version: v(major + 1, 0, 0) }];
      if (patch === undefined) return [{ op: '>=', version: lower }, { op: '<', version: v(major, minor + 1, 0) }];
      return [{ op: '=', version: lower }];
    case '>':
      if (minor === undefined) return [{ op: '>=', version: v(major + 1, 0, 0) }];
      if (patch === undefined) return [{ op: '>=', version: v(major, minor + 1, 0) }];
      return [{ op: '>', version: lower }];
    case '<=':
      if (minor === undefined) return [{ op: '<', version: v(major + 1, 0, 0) }];
      if (patch === undefined) return [{ op: '<', version: v(major, minor + 1, 0) }];
      return [{ op: '<=', version: lower }];
    default:
      return [{ op: op as '<' | '>=', version: lower }];
  }
}

const test = (c: Comparator, version: SemVer): boolean => {
  const d = compareSemVer(version, c.version);
  return { '<': d < 0, '<=': d <= 0, '>': d > 0, '>=': d >= 0, '=': d === 0 }[c.op];
};

/** True when `range` is one this module understands. */
export const isValidRange = (range: string): boolean => parseRange(range) !== undefined;

function parseRange(range: string): Comparator[][] | undefined {
  const sets = range.split('||').map((set) => {
    const tokens = set.trim().replace(/(\^|~|>=|<=|>|<|=)\s+/g, '$1').split(/\s+/).filter(Boolean);
    // Hyphen ranges: `1.0.0 - 2.0.0`.
    const parts = tokens.length === 3 && tokens[1] === '-' ? [comparators('>=' + tokens[0]), comparators('<=' + tokens[2])] : tokens.map(comparators);
    return parts.every((p) => p !== undefined) ? parts.flat() : undefined;
  });
  return sets.every((s) => s !== undefined) ? sets : undefined;
}

/**
 * True when `version` satisfies `range`. Pre-releases match only a comparator of the same `major.minor.patch`
 * that has a pre-release, as in npm.
 */
export function satisfies(version: string, range: string): boolean {
  const parsed = parseSemVer(version);
  const sets = parseRange(range);
  if (!parsed || !sets) return false;
  return sets.some(
    (set) =>
      set.every((c) => test(c, parsed)) &&
      (parsed.prerelease.length === 0 ||
        set.some(
          (c) =>
            c.version.prerelease.length > 0 &&
            c.version.major === parsed.major &&
            c.version.minor === parsed.minor &&
            c.version.patch === parsed.patch,
        )),
  );
}
