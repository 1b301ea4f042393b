// SPDX-License-Identifier: MIT
import { ETHNIC_GROUP_TABLE, EXTRA_ETHNIC_CODE_TABLE } from './generated/ethnic-groups.js';
import { matchKey } from './internal/match-key.js';
import type { EthnicCode, EthnicGroup } from './types.js';

/** Decodes `ETHNIC_GROUP_TABLE` (format documented there). */
function decodeEthnicGroups(table: string): EthnicGroup[] {
  return table.split('\n').map((line, i) => {
    const [name = '', commonName, otherNames] = line.split('|');
    return {
      code: String(i + 1).padStart(2, '0'),
      name,
      commonName: commonName || name,
      otherNames: otherNames ? otherNames.split(';') : [],
    };
  });
}

/** The 54 ethnic groups (GSO 1979 code list, codes `01`–`54`), sorted by code. */
export const ETHNIC_GROUPS: readonly EthnicGroup[] = /* @__PURE__ */ decodeEthnicGroups(ETHNIC_GROUP_TABLE);

/** Codes of the same list that are not an ethnic group: `55`, người nước ngoài (a person of foreign origin). */
export const EXTRA_ETHNIC_CODES: readonly EthnicCode[] = EXTRA_ETHNIC_CODE_TABLE;

/** The ethnic group with this 2-digit code, or `undefined` (also for `55`, which is not a group). */
export function ethnicGroup(code: string): EthnicGroup | undefined {
  return /^\d{2}$/.test(code) ? ETHNIC_GROUPS[Number(code) - 1] : undefined;
}

// `Khmer (Khơ-me)`: each part of a name with a parenthesis is a spelling of its own.
const spellings = (name: string) => [name, ...name.split(/[()]/).map((s) => s.trim()).filter(Boolean)];

interface NameIndex {
  /** Key → group, for the list's names and modern spellings; these win over local names. */
  byName: Map<string, EthnicGroup>;
  /** Key → groups, for local names; one local name can belong to several groups (`Thổ`). */
  byOtherName: Map<string, EthnicGroup[]>;
}
let index: NameIndex | undefined;

function buildIndex(): NameIndex {
  const byName = new Map<string, EthnicGroup>();
  const byOtherName = new Map<string, EthnicGroup[]>();
  for (const g of ETHNIC_GROUPS) {
    for (const n of [...spellings(g.name), ...spellings(g.commonName)]) byName.set(matchKey(n), g);
  }
  for (const g of ETHNIC_GROUPS) {
    for (const key of g.otherNames.map(matchKey)) {
      if (!byName.has(key)) byOtherName.set(key, [...(byOtherName.get(key) ?? []), g]);
    }
  }
  return { byName, byOtherName };
}

/**
 * The ethnic group a name means, as the population database and VNeID give it (a name, not a code). Matches the
 * list's name, the modern spelling and, when unambiguous, a local name, ignoring diacritics and hyphens:
 * `Khơ me`, `Khmer`, `Ê Đê`, `Việt` all match. `undefined` when nothing or more than one group matches.
 */
export function findEthnicGroup(name: string): EthnicGroup | undefined {
  index ??= buildIndex();
  const key = matchKey(name);
  const others = index.byOtherName.get(key);
  return index.byName.get(key) ?? (others?.length === 1 ? others[0] : undefined);
}
