// SPDX-License-Identifier: MIT
import { COUNTRY_CODES, COUNTRY_TABLE } from './generated/countries.js';
import { matchKey } from './internal/match-key.js';
import type { Country } from './types.js';

/** Decodes `COUNTRY_CODES` and `COUNTRY_TABLE` (formats documented there). */
function decodeCountries(codeGroups: string, table: string): Country[] {
  const codes = codeGroups.split(' ').flatMap((group) => [...group.slice(1)].map((second) => group[0] + second));
  return table.split('\n').map((line, i) => {
    const [vi = '', en, aliases] = line.split('|');
    return { code: codes[i], name: { vi, en: en || vi }, otherNames: aliases ? aliases.split(';') : [] };
  });
}

/**
 * Every ISO 3166-1 alpha-2 country and territory (250, `XK` Kosovo included), named in Vietnamese and English,
 * sorted by code. Nationality is stored as this code (`VN`); forms show the Vietnamese name.
 */
export const COUNTRIES: readonly Country[] = /* @__PURE__ */ decodeCountries(COUNTRY_CODES, COUNTRY_TABLE);

let byCode: Map<string, Country> | undefined;

/** The country with this ISO 3166-1 alpha-2 code (any case), or `undefined`. */
export function country(code: string): Country | undefined {
  byCode ??= new Map(COUNTRIES.map((c) => [c.code, c]));
  return byCode.get(code.toUpperCase());
}

/** The country's name in `locale` (`vi` by default), or `undefined` for an unknown code. */
export function countryName(code: string, locale: 'vi' | 'en' = 'vi'): string | undefined {
  return country(code)?.name[locale];
}

let byKey: Map<string, Country | null> | undefined;

/** Key → country; display names win, and an alias two countries share (`Congo`) maps to `null`. */
function buildIndex(): Map<string, Country | null> {
  const index = new Map<string, Country | null>();
  for (const c of COUNTRIES) for (const n of [c.name.vi, c.name.en]) index.set(matchKey(n), c);
  const display = new Set(index.keys());
  for (const c of COUNTRIES) {
    for (const key of c.otherNames.map(matchKey)) {
      if (display.has(key)) continue;
      const seen = index.get(key);
      index.set(key, seen === undefined || seen === c ? c : null);
    }
  }
  return index;
}

/**
 * The country a free-text name or code means, in Vietnamese or English, ignoring case, diacritics and hyphens:
 * `VN`, `Việt Nam`, `Vietnam`, `Hoa Kỳ`, `Mỹ` and `USA` all match. `undefined` when none does, or when the name
 * is ambiguous (`Congo`).
 */
export function findCountry(text: string): Country | undefined {
  if (/^[a-z]{2}$/i.test(text.trim())) return country(text.trim());
  byKey ??= buildIndex();
  return byKey.get(matchKey(text)) ?? undefined;
}
