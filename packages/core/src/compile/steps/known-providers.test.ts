// SPDX-License-Identifier: MIT
/**
 * The provider catalogue `unknown-source` and `unknown-claim` trust is a copy of the documentation of record, the
 * "Claims" tables of `@tokhai/prefill`'s README (core cannot import prefill). This parses those tables and fails
 * when the two disagree, so a claim documented there (or removed) must be added here (or removed) too.
 */
import { describe, expect, it } from 'vitest';
import { closestName } from './closest-name.js';
import { KNOWN_PROVIDER_CLAIMS, KNOWN_PROVIDER_IDS, missingClaim, type ClaimShape } from './known-providers.js';

declare global {
  interface ImportMeta {
    glob<T>(pattern: string | string[], options: { eager: true; import: 'default'; query?: string }): Record<string, T>;
  }
}

const README = Object.values(import.meta.glob<string>('../../../../prefill/README.md', { eager: true, import: 'default', query: '?raw' }))[0];

/** Parses the README's shape notation: `{a, b?, c: [{d}]}`, `[{x, y}]`. */
const parseShape = (text: string): ClaimShape => {
  let at = 0;
  const skip = () => {
    while (text[at] === ' ') at++;
  };
  const value = (): ClaimShape => {
    skip();
    if (text[at] === '[') {
      at++;
      const item = value();
      skip();
      expect(text[at], `"]" in ${text}`).toBe(']');
      at++;
      return [item];
    }
    expect(text[at], `"{" in ${text}`).toBe('{');
    at++;
    const members: Record<string, ClaimShape> = {};
    for (;;) {
      skip();
      if (text[at] === '}') break;
      const name = /^[A-Za-z_][\w]*/.exec(text.slice(at))![0];
      at += name.length;
      if (text[at] === '?') at++;
      skip();
      let shape: ClaimShape = null;
      if (text[at] === ':') {
        at++;
        shape = value();
        skip();
      }
      members[name] = shape;
      if (text[at] === ',') at++;
    }
    at++;
    return members;
  };
  return value();
};

/** The claims the README's "Claims" section documents, by provider. */
const documentedClaims = (): Record<string, Record<string, ClaimShape>> => {
  const section = README.slice(README.indexOf('\n## Claims'), README.indexOf('\n## ', README.indexOf('\n## Claims') + 1));
  const out: Record<string, Record<string, ClaimShape>> = {};
  let provider = '';
  let heading = '';
  for (const line of section.split('\n')) {
    if (line.startsWith('### ')) heading = line;
    if (!line.startsWith('|') || /^\|[-| ]+\|$/.test(line)) continue;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c: string) => c.trim());
    // The OIDC and vn_* tables are vneid's; the back-office table names its provider in a first column.
    const backOffice = heading.includes('back-office');
    if (backOffice && /^`[a-z]+`$/.test(cells[0])) provider = cells[0].slice(1, -1);
    else if (!backOffice) provider = 'vneid';
    const [claimCell, typeCell, meaningCell] = backOffice ? cells.slice(1) : cells;
    const names = [...claimCell.matchAll(/`\/?([A-Za-z_]\w*)`/g)].map((m) => m[1]);
    if (!names.length) continue; // the header row
    // The members are in the type column, or (`address`: "object") at the start of the meaning column.
    const notationIn = (cell: string) => [...cell.matchAll(/`([[{][^`]*)`/g)].map((m) => m[1])[0];
    const notation = notationIn(typeCell) ?? (typeCell === 'object' ? notationIn(meaningCell) : undefined);
    const shape = notation === undefined ? null : parseShape(notation);
    for (const name of names) (out[provider] ??= {})[name] = shape;
  }
  return out;
};

describe('KNOWN_PROVIDER_CLAIMS', () => {
  it("is exactly what @tokhai/prefill's README documents, provider by provider and claim by claim", () => {
    const documented = documentedClaims();
    expect(Object.keys(documented)).toEqual(['vneid', 'population', 'health', 'insurance', 'licences']);
    expect(KNOWN_PROVIDER_CLAIMS).toEqual(documented);
    expect(KNOWN_PROVIDER_IDS).toEqual(Object.keys(documented));
  });

  it('parses the README notation for objects, optional members and lists', () => {
    expect(parseShape('{a, b?, c: [{d, e}]}')).toEqual({ a: null, b: null, c: [{ d: null, e: null }] });
    expect(parseShape('[{x}]')).toEqual([{ x: null }]);
  });
});

describe('missingClaim', () => {
  const vneid = KNOWN_PROVIDER_CLAIMS.vneid;
  it('accepts documented claims, parts of them, list items and the whole object', () => {
    for (const tokens of [[], ['name'], ['address'], ['address', 'region'], ['vn_id_card', 'issued_on']]) expect(missingClaim(vneid, tokens, closestName)).toBeUndefined();
    expect(missingClaim(KNOWN_PROVIDER_CLAIMS.population, ['household', 'members', '2', 'pid'], closestName)).toBeUndefined();
  });

  it('says where a claim fails, and the documented claim meant when every slip can be corrected', () => {
    expect(missingClaim(vneid, ['nmae'], closestName)).toEqual({ kind: 'unknown', at: '/nmae', suggestion: '/name' });
    expect(missingClaim(vneid, ['address', 'city'], closestName)).toEqual({ kind: 'unknown', at: '/address/city' });
    expect(missingClaim(vneid, ['phone'], closestName)).toEqual({ kind: 'unknown', at: '/phone', suggestion: '/phone_number' });
    expect(missingClaim(vneid, ['pid'], closestName)).toEqual({ kind: 'unknown', at: '/pid', suggestion: '/vn_pid' });
    expect(missingClaim(vneid, ['name', 'first'], closestName)).toEqual({ kind: 'leaf', at: '/name' });
    expect(missingClaim(KNOWN_PROVIDER_CLAIMS.licences, ['drivingLicences', 'clas'], closestName)).toEqual({ kind: 'index', at: '/drivingLicences', suggestion: '/drivingLicences/0/class' });
    expect(missingClaim(KNOWN_PROVIDER_CLAIMS.population, ['household', 'members', 'x', 'pid'], closestName)).toEqual({ kind: 'index', at: '/household/members' });
  });
});
