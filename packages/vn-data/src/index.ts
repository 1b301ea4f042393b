// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * `@tokhai/vn-data`: Vietnamese reference data for e-forms, with its sources and licences in the README.
 * This entry is small (it ships in the browser bundle): provinces, ethnic groups and nationalities. Communes and
 * the old→new code map are in `@tokhai/vn-data/admin-units`.
 *
 * ```ts
 * import { PROVINCES, findEthnicGroup, countryName, findCountry } from '@tokhai/vn-data';
 *
 * PROVINCES.length;                 // 34
 * findEthnicGroup('Khơ me')?.code;  // '05' (the population database gives names, forms store codes)
 * countryName('VN');                // 'Việt Nam'
 * countryName('KR', 'en');          // 'South Korea'
 * findCountry('Mỹ')?.code;          // 'US'
 * ```
 */
export type { Province, ProvinceType, EthnicGroup, EthnicCode, Country } from './types.js';
export { PROVINCES, province, findProvince } from './provinces.js';
export { ETHNIC_GROUPS, EXTRA_ETHNIC_CODES, ethnicGroup, findEthnicGroup } from './ethnic-groups.js';
export { COUNTRIES, country, countryName, findCountry } from './countries.js';
export { matchKey } from './internal/match-key.js';
export { ADMIN_UNITS_VERSION } from './version.js';
