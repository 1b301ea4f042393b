// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * `@tokhai/vn-data/admin-units`: the 3,321 commune-level units in force from 2025-07-01 and the map from the old
 * (three-level) codes to the new ones. A separate entry because it is ~30 KB gzip: load it when an address field
 * needs it, not with the form. The two halves are separate modules (units/communes.ts ~18 KB, units/old-to-new.ts
 * ~11 KB), so a bundler splitting on demand gives a page that only lists and names units the first alone, even
 * when another part of the page imports the whole entry.
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
export { ADMIN_UNITS_VERSION } from './version.js';
export type { AdminUnitType, CommuneType, ProvinceType } from './types.js';
export type { AdminUnit, AdminUnitLookup, Commune } from './units/communes.js';
export { adminUnitLookup, allCommunes, communesOf, findCommune, isCommuneOf, unit } from './units/communes.js';
export type { AddressCandidate, AddressConversion, OldAddress } from './units/old-to-new.js';
export { convertOldAddress, newCommuneCodes } from './units/old-to-new.js';
