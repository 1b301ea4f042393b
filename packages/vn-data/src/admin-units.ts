// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * `@tokhai/vn-data/admin-units`: the 3,321 commune-level units in force from 2025-07-01 and the map from the old
 * (three-level) codes to the new ones. A separate entry because it is ~25 KB gzip: load it when an address field
 * needs it, not with the form.
 *
 * ```ts
 * import { communesOf, unit, isCommuneOf, convertOldAddress } from '@tokhai/vn-data/admin-units';
 *
 * communesOf('01').length;              // 126 communes and wards of Hà Nội
 * unit('00004');                        // { code: '00004', name: 'Phường Ba Đình', type: 'ward', provinceCode: '01' }
 * isCommuneOf('00004', '79');           // false
 * convertOldAddress({ communeCode: '00007' });
 * // { status: 'split', candidates: [Phường Ngọc Hà, Phường Giảng Võ] }: the citizen chooses
 * ```
 */
import { COMMUNE_TABLE } from './generated/communes.js';
import { OLD_COMMUNE_TABLE, OLD_DISTRICTS_WITHOUT_COMMUNES, OLD_PROVINCES } from './generated/old-to-new.js';
import { keyWithoutTypeWord, matchKey } from './internal/match-key.js';
import { PROVINCES, province } from './provinces.js';
import type { AdminUnitType, CommuneType } from './types.js';
import { ADMIN_UNITS_VERSION } from './version.js';

export { ADMIN_UNITS_VERSION };
export type { AdminUnitType, CommuneType, ProvinceType } from './types.js';

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
const lookup = <T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined =>
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

function communes(): Map<string, Commune> {
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

// ---------------------------------------------------------------------------------------------------------------
// Old codes (before 2025-07-01) → new codes

/** An address coded with the units in force before 2025-07-01 (three levels). */
export interface OldAddress {
  /** Old 2-digit province code (one of the 63 provinces). */
  provinceCode?: string;
  /** Old 3-digit district code. Needed only for the island districts that had no communes. */
  districtCode?: string;
  /** Old 5-digit commune code. */
  communeCode?: string;
}

/** One new unit an old address may now be in. */
export interface AddressCandidate {
  provinceCode: string;
  communeCode: string;
  /** The new commune's official name, for the citizen to choose from. */
  communeName: string;
  /** The new province's official name. */
  provinceName: string;
}

/** What `convertOldAddress` found. */
export type AddressConversion =
  /** The old unit became exactly one new unit. `communeCode` is absent when only a province was given. */
  | {
      status: 'converted';
      provinceCode: string;
      communeCode?: string;
      /** Always `ADMIN_UNITS_VERSION`: store it with the codes. */
      unitsVersion: typeof ADMIN_UNITS_VERSION;
    }
  /** The old commune was split between several new ones: the citizen must choose one of `candidates`. */
  | { status: 'split'; candidates: AddressCandidate[] }
  /** The codes are not in the old list, or contradict each other (a commune outside the given province). */
  | { status: 'unknown' };

let oldCommunes: Map<string, readonly string[]> | undefined;

/** Decodes `OLD_COMMUNE_TABLE` (format documented there). */
function decodeOldCommunes(): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  let old = 0;
  for (const entry of OLD_COMMUNE_TABLE.split('|')) {
    const [delta = '', targets] = entry.split(':');
    old += parseInt(delta, 36);
    const pad = (n: number) => String(n).padStart(5, '0');
    map.set(pad(old), targets === undefined ? [pad(old)] : targets.split(',').map((t) => pad(old + parseInt(t, 36))));
  }
  return map;
}

/** The new commune codes an old commune code became (several when it was split); `[]` when unknown. */
export function newCommuneCodes(oldCommuneCode: string): readonly string[] {
  oldCommunes ??= decodeOldCommunes();
  return oldCommunes.get(oldCommuneCode) ?? [];
}

/** The new communes an old address's commune (or island district) became, before any consistency check. */
function newCommunesOf(old: OldAddress): readonly string[] | undefined {
  if (old.communeCode !== undefined) return newCommuneCodes(old.communeCode);
  return lookup(OLD_DISTRICTS_WITHOUT_COMMUNES, old.districtCode);
}

function candidate(communeCode: string): AddressCandidate | undefined {
  const c = communes().get(communeCode);
  const p = c && province(c.provinceCode);
  return c && p && { provinceCode: p.code, communeCode: c.code, communeName: c.name, provinceName: p.name };
}

/**
 * Converts an address coded with the old units into the 2025-07-01 units.
 *
 * - one new unit → `converted` with the new codes;
 * - the old commune was split → `split` with every candidate: the citizen chooses, nothing is guessed;
 * - codes not in the old list, or a commune that did not lie in the given old province → `unknown`.
 *
 * Give `communeCode` (and `provinceCode` to have it checked); for the five old island districts that had no
 * communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) give `districtCode`. With `provinceCode` alone the
 * province is converted. The mapping is a helper for prefill and display, not a legal act (see the README).
 */
export function convertOldAddress(old: OldAddress): AddressConversion {
  const provinceTargets = lookup(OLD_PROVINCES, old.provinceCode);
  if (old.provinceCode !== undefined && !provinceTargets) return { status: 'unknown' };
  const targets = newCommunesOf(old);
  if (targets === undefined) {
    // Province only: every old province became part of exactly one new province.
    return provinceTargets?.length === 1
      ? { status: 'converted', provinceCode: provinceTargets[0], unitsVersion: ADMIN_UNITS_VERSION }
      : { status: 'unknown' };
  }
  const candidates = targets
    .map(candidate)
    .filter((c): c is AddressCandidate => c !== undefined && (!provinceTargets || provinceTargets.includes(c.provinceCode)));
  if (candidates.length === 0 || candidates.length < targets.length) return { status: 'unknown' };
  if (candidates.length > 1) return { status: 'split', candidates };
  const [only] = candidates;
  return { status: 'converted', provinceCode: only.provinceCode, communeCode: only.communeCode, unitsVersion: ADMIN_UNITS_VERSION };
}
