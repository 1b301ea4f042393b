// SPDX-License-Identifier: MIT
/** The shapes of tokhai's reference data. Plain readonly values: safe to share, cheap to serialize. */

/** A provincial unit's kind. */
export type ProvinceType =
  /** Thành phố trực thuộc trung ương (6 from 2025-07-01). */
  | 'municipality'
  /** Tỉnh (28 from 2025-07-01). */
  | 'province';

/** A commune-level unit's kind. */
export type CommuneType =
  /** Xã. */
  | 'commune'
  /** Phường. */
  | 'ward'
  /** Đặc khu (island special zone). */
  | 'special_zone';

/** Any administrative unit's kind. */
export type AdminUnitType = ProvinceType | CommuneType;

/** A province-level unit of the list in force from 2025-07-01. */
export interface Province {
  /** 2-digit GSO code, e.g. `01` (Hà Nội), `79` (TP Hồ Chí Minh). */
  readonly code: string;
  /** Official name with its type word, NFC: `Thành phố Hà Nội`, `Tỉnh Cao Bằng`. */
  readonly name: string;
  readonly type: ProvinceType;
}

/** One of the 54 ethnic groups (dân tộc) of the GSO 1979 code list. */
export interface EthnicGroup {
  /** 2-digit code of GSO Decision 121-TCTK/PPCĐ (1979): `01` Kinh … `54` Rơ Măm. */
  readonly code: string;
  /** The name as the code list writes it, e.g. `Khơ-me`, `HMông`. */
  readonly name: string;
  /** The modern spelling, e.g. `Khmer (Khơ-me)`, `Mông (H'Mông)`. */
  readonly commonName: string;
  /** Local names and older spellings, used when matching free text. */
  readonly otherNames: readonly string[];
}

/** A code of the ethnic code list that is not an ethnic group (`55`: người nước ngoài). */
export interface EthnicCode {
  readonly code: string;
  readonly name: string;
}

/** A country or territory by ISO 3166-1 alpha-2 code, named in every tokhai locale. */
export interface Country {
  /** ISO 3166-1 alpha-2, e.g. `VN`. (`XK`, Kosovo, is a user-assigned code in common use.) */
  readonly code: string;
  /** Display names. */
  readonly name: { readonly vi: string; readonly en: string };
  /** Other names in either language (`Mỹ`, `USA`…), used when matching free text. */
  readonly otherNames: readonly string[];
}
