// SPDX-License-Identifier: MIT
import { PROVINCE_TABLE } from './generated/provinces.js';
import { keyWithoutTypeWord } from './internal/match-key.js';
import type { Province } from './types.js';

/** Decodes `PROVINCE_TABLE` (format documented there). */
function decodeProvinces(table: string): Province[] {
  return table.split('|').map((entry) => {
    const municipality = entry[2] === 'M';
    return {
      code: entry.slice(0, 2),
      name: (municipality ? 'Thành phố ' : 'Tỉnh ') + entry.slice(3),
      type: municipality ? 'municipality' : 'province',
    };
  });
}

/** The 34 provincial units in force from 2025-07-01 (6 municipalities, 28 provinces), sorted by code. */
export const PROVINCES: readonly Province[] = /* @__PURE__ */ decodeProvinces(PROVINCE_TABLE);

let byCode: Map<string, Province> | undefined;

/** The province with this 2-digit code, or `undefined`. */
export function province(code: string): Province | undefined {
  byCode ??= new Map(PROVINCES.map((p) => [p.code, p]));
  return byCode.get(code);
}

// "Thành phố", "TP." and "Tỉnh" are written, abbreviated or left out at will in addresses.
const TYPE_WORDS = /^(?:(?:thanh pho|tinh) |tp\.? ?)/;
const shortKey = (name: string) => keyWithoutTypeWord(name, TYPE_WORDS);
let byShortKey: Map<string, Province> | undefined;

/**
 * The province a free-text name means, ignoring diacritics, hyphens and the type word:
 * `Hà Nội`, `TP. Hồ Chí Minh`, `Tỉnh Khánh Hoà` and `khanh hoa` all match. `undefined` when none does.
 */
export function findProvince(name: string): Province | undefined {
  byShortKey ??= new Map(PROVINCES.map((p) => [shortKey(p.name), p]));
  return byShortKey.get(shortKey(name));
}
