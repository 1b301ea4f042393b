// SPDX-License-Identifier: MIT
import { PROVINCES } from '@tokhai/vn-data';
/**
 * Province codes (GSO, 2 digits). The 34 codes in force from 01/07/2025 come from `@tokhai/vn-data` (its small main
 * entry). The 63 pre-2025 codes, a superset, are listed here: personal identification numbers issued before the
 * reform carry them forever, and the formats must not load the old-to-new commune tables to know them. Source:
 * github.com/dvhcvn/20250701 `mapping/splits.json` (MIT), as in `@tokhai/vn-data`'s admin-units-old-to-new.json.
 */

/** The 63 province codes in use until 30/06/2025 (TT 07/2016/TT-BCA Appendix I uses `0` + these for ĐDCN). */
export const PROVINCE_CODES_PRE_2025: readonly string[] = [
  '01', '02', '04', '06', '08', '10', '11', '12', '14', '15', '17', '19', '20', '22', '24', '25', '26', '27', '30',
  '31', '33', '34', '35', '36', '37', '38', '40', '42', '44', '45', '46', '48', '49', '51', '52', '54', '56', '58',
  '60', '62', '64', '66', '67', '68', '70', '72', '74', '75', '77', '79', '80', '82', '83', '84', '86', '87', '89',
  '91', '92', '93', '94', '95', '96',
];

/** The 34 province codes in force from 01/07/2025 (Công văn 915/CTK-CSCL), read from `@tokhai/vn-data`. */
export const PROVINCE_CODES_2025: readonly string[] = PROVINCES.map((p) => p.code);

const KNOWN = new Set([...PROVINCE_CODES_PRE_2025, ...PROVINCE_CODES_2025]);

/** True for a known province code, old or new. */
export const isKnownProvinceCode = (code: string): boolean => KNOWN.has(code);
