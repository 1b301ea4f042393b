// SPDX-License-Identifier: MIT
/**
 * Old codes (before 2025-07-01) → new codes: the three-level units (63 provinces, districts, communes) mapped to
 * the 2025-07-01 units, for prefill from records coded before the reform. A module of its own because its table
 * is large and only prefill needs it (see communes.ts).
 */
import { OLD_COMMUNE_TABLE, OLD_DISTRICTS_WITHOUT_COMMUNES, OLD_PROVINCES } from '../generated/old-to-new.js';
import { province } from '../provinces.js';
import { ADMIN_UNITS_VERSION } from '../version.js';
import { communes, lookup } from './communes.js';

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
