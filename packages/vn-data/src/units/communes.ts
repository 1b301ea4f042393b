// SPDX-License-Identifier: MIT
/**
 * The commune-level units in force from 2025-07-01 (3,321 xã, phường and đặc khu), decoded from the compact
 * generated table on first use, one province at a time. Apart from the old → new code map (old-to-new.ts) so that
 * a bundle that only lists and names units (the address widget) leaves that map's 11 KB gzip out.
 */
import { COMMUNE_TABLE } from '../generated/communes.js';
import { keyWithoutTypeWord, matchKey } from '../internal/match-key.js';
import { PROVINCES, province } from '../provinces.js';
import type { AdminUnitType, CommuneType } from '../types.js';

/** An administrative unit of the 2025-07-01 list: a province or a commune-level unit. */
export interface AdminUnit {
  /** 2-digit province code or 5-digit commune code (GSO). */
  readonly code: string;
  /** Official name with its type word, NFC: `Phường Ba Đình`, `Xã Sóc Sơn`, `Đặc khu Côn Đảo`, `Tỉnh Cao Bằng`. */
  readonly name: string;
  readonly type: AdminUnitType;
  /** The province it belongs to (its own code for a province). */
  readonly provinceCode: string;
}

/** A commune-level unit (xã, phường, đặc khu). */
export interface Commune extends AdminUnit {
  readonly type: CommuneType;
}

/**
 * Looks units up by code: the shape `@tokhai/core` takes as `adminUnits` (for the `adminUnitName` computed
 * function and for the membership checks of the `vn-commune-code` / `vn-province-code` formats).
 */
export interface AdminUnitLookup {
  /** The unit's official name, or `undefined` for an unknown code. */
  name(code: string): string | undefined;
  /** True when `code` is a commune-level unit (xã, phường, đặc khu) of the 2025-07-01 list. */
  hasCommune(code: string): boolean;
  /** True when `code` is a province-level unit of the 2025-07-01 list. */
  hasProvince(code: string): boolean;
  /** True when the commune belongs to the province. */
  communeInProvince(communeCode: string, provinceCode: string): boolean;
}

/** Type letter in the compact table → [type, name prefix the letter stands for]. */
const COMMUNE_TYPES: Readonly<Record<string, readonly [CommuneType, string]>> = {
  X: ['commune', 'Xã '],
  P: ['ward', 'Phường '],
  D: ['special_zone', 'Đặc khu '],
};

/** An own property of a table (never `toString` and friends from the prototype). */
export const lookup = <T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined =>
  key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;

const ENTRY = /^([0-9a-z]+)([XPD])(.*)$/s;

/** Decodes one province's entry of `COMMUNE_TABLE` (format documented there). */
function decodeCommunes(provinceCode: string, encoded: string): Commune[] {
  let code = 0;
  return encoded.split('|').map((entry) => {
    const [, delta = '', letter = '', rest = ''] = ENTRY.exec(entry) ?? [];
    const [type, prefix] = COMMUNE_TYPES[letter] ?? ['commune', ''];
    code += parseInt(delta, 36);
    return { code: String(code).padStart(5, '0'), name: prefix + rest, type, provinceCode };
  });
}

let communeIndex: Map<string, Commune> | undefined;
const communesByProvince = new Map<string, readonly Commune[]>();

/** The communes, wards and special zones of a province, sorted by code; `[]` for an unknown province code. */
export function communesOf(provinceCode: string): readonly Commune[] {
  let list = communesByProvince.get(provinceCode);
  if (!list) {
    const encoded = lookup(COMMUNE_TABLE, provinceCode);
    if (encoded === undefined) return [];
    list = decodeCommunes(provinceCode, encoded);
    communesByProvince.set(provinceCode, list);
  }
  return list;
}

/** Every commune-level unit by code (decodes every province on first use). */
export function communes(): Map<string, Commune> {
  communeIndex ??= new Map(PROVINCES.flatMap((p) => communesOf(p.code).map((c) => [c.code, c] as const)));
  return communeIndex;
}

/** Every commune-level unit (3,321), sorted by province, then code. */
export function allCommunes(): readonly Commune[] {
  return [...communes().values()];
}

/** The unit with this code: a 2-digit province code or a 5-digit commune code. `undefined` when unknown. */
export function unit(code: string): AdminUnit | undefined {
  if (code.length === 2) {
    const p = province(code);
    return p && { code: p.code, name: p.name, type: p.type, provinceCode: p.code };
  }
  return communes().get(code);
}

/** True when `communeCode` is a commune-level unit of the province `provinceCode` (2025-07-01 list). */
export function isCommuneOf(communeCode: string, provinceCode: string): boolean {
  return communes().get(communeCode)?.provinceCode === provinceCode;
}

// Matching ignores the type word too: "P. Ba Đình", "phường Ba Đình" and "Ba Đình" name the same unit.
const TYPE_WORDS = /^(?:(?:xa|phuong|dac khu) |(?:p|x|dk)\. ?)/;
const communeKey = (name: string) => keyWithoutTypeWord(name, TYPE_WORDS);

/**
 * The commune of `provinceCode` a free-text name means, ignoring diacritics, hyphens and the type word. Returns
 * `undefined` when no unit, or more than one (a `xã` and a `phường` of the same name), matches.
 */
export function findCommune(provinceCode: string, name: string): Commune | undefined {
  const list = communesOf(provinceCode);
  const exact = list.filter((c) => matchKey(c.name) === matchKey(name));
  if (exact.length === 1) return exact[0];
  const key = communeKey(name);
  const loose = list.filter((c) => communeKey(c.name) === key);
  return loose.length === 1 ? loose[0] : undefined;
}

/** The 2025-07-01 list as `@tokhai/core`'s `adminUnits` option: names for `adminUnitName`, membership for formats. */
export const adminUnitLookup: AdminUnitLookup = {
  name: (code) => unit(code)?.name,
  hasCommune: (code) => communes().has(code),
  hasProvince: (code) => province(code) !== undefined,
  communeInProvince: isCommuneOf,
};

