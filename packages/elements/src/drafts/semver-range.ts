// SPDX-License-Identifier: MIT
/**
 * Just enough semver to match a draft's version against a migration's `from` range: comparators (`<2.0.0`,
 * `>=1.1.0`), exact versions, x-ranges (`1.x`, `1.2.*`, `1`), caret (`^1.2.0`), tilde (`~1.2.0`), hyphen ranges
 * (`1.0.0 - 1.4.0`), space for AND and `||` for OR. Pre-release tags sort before their release, as in semver.
 * Written here rather than imported because the browser bundle must stay small and this is all drafts need.
 */

type Version = [number, number, number, string];

/** Parses `1.2.3` / `1.2.3-rc.1`; missing parts are 0. `undefined` when not a version. */
export function parseVersion(text: string): Version | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), m[4] ?? ''] : undefined;
}

/** Compares two versions: negative, zero or positive. */
export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  if (a[3] === b[3]) return 0;
  if (a[3] === '') return 1; // a release is greater than its pre-releases
  if (b[3] === '') return -1;
  return a[3] < b[3] ? -1 : 1;
}

type Comparator = (v: Version) => boolean;

const OPS: Record<string, (c: number) => boolean> = {
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
  '=': (c) => c === 0,
};

/** `[lower inclusive, upper exclusive]` of an x-range such as `1.2.x`, `1`, `*`. */
function xRange(text: string): [Version, Version | undefined] | undefined {
  const parts = text.replace(/^[=v]+/, '').split('.');
  const known = parts.findIndex((p) => p === 'x' || p === 'X' || p === '*');
  const fixed = (known < 0 ? parts : parts.slice(0, known)).map(Number);
  if (fixed.some(Number.isNaN) || fixed.length === 0) return fixed.length === 0 ? [[0, 0, 0, ''], undefined] : undefined;
  if (fixed.length >= 3) return undefined; // a full version, not a range
  const lower: Version = [fixed[0], fixed[1] ?? 0, 0, ''];
  const upper: Version = fixed.length === 1 ? [fixed[0] + 1, 0, 0, ''] : [fixed[0], fixed[1] + 1, 0, ''];
  return [lower, upper];
}

function between(lower: Version, upper: Version | undefined): Comparator {
  return (v) => compareVersions(v, lower) >= 0 && (upper === undefined || compareVersions(v, upper) < 0);
}

function comparator(token: string): Comparator | undefined {
  const op = /^(<=|>=|<|>|=|\^|~)?\s*(.*)$/.exec(token);
  if (!op) return undefined;
  const [, sign = '', rest = ''] = op;
  const range = xRange(rest);
  if (range && (sign === '' || sign === '=')) return between(range[0], range[1]);
  const v = parseVersion(rest) ?? range?.[0];
  if (!v) return undefined;
  if (sign === '^') {
    const upper: Version = v[0] > 0 ? [v[0] + 1, 0, 0, ''] : v[1] > 0 ? [0, v[1] + 1, 0, ''] : [0, 0, v[2] + 1, ''];
    return between(v, upper);
  }
  if (sign === '~') return between(v, [v[0], v[1] + 1, 0, '']);
  const test = OPS[sign || '='];
  return test ? (x) => test(compareVersions(x, v)) : undefined;
}

/** Whether `version` satisfies `range`. An unparsable range or version never matches. */
export function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  if (!v) return false;
  return range.split('||').some((alternative) => {
    const hyphen = /^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(alternative);
    if (hyphen) {
      const lo = parseVersion(hyphen[1]);
      const hi = parseVersion(hyphen[2]);
      return !!lo && !!hi && compareVersions(v, lo) >= 0 && compareVersions(v, hi) <= 0;
    }
    const tokens = alternative.trim().replace(/(<=|>=|<|>|=|\^|~)\s+/g, '$1').split(/\s+/).filter(Boolean);
    if (tokens.length === 0) return true; // '' and '*' match everything
    const tests = tokens.map(comparator);
    return tests.every((t) => t !== undefined && t(v));
  });
}
