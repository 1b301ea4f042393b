// SPDX-License-Identifier: MIT
/**
 * Addresses. tokhai's address value is `{street, communeCode, provinceCode, unitsVersion: "2025-07-01"}`
 * (two levels, commune inside province). Sources answer with that shape (population database), with OIDC's
 * `{street_address, locality, region}` (text only), or with units of the old three-level list, marked by a
 * `unitsVersion` other than the current one (or by a `districtCode`). Old codes are converted with
 * `convertOldAddress` of `@tokhai/vn-data/admin-units`. When an old commune was split across several new ones,
 * the transform does not guess: it answers `ambiguous` with the candidates, and the field stays for the citizen.
 * Unmarked units are taken as current and checked: the commune must exist and lie in the province.
 */
import type { AdminUnitsApi, TransformContext, TransformFunction, TransformResult } from '../types.js';
import { ambiguous, describe, ok, wrongType } from './result.js';

/** The administrative-unit list in force from 2025-07-01 (the value stored as `unitsVersion`). */
export const CURRENT_UNITS_VERSION = '2025-07-01';

/** A unit as sources send it (every member optional; `text` is a display name). */
interface UnitInput {
  street?: unknown;
  street_address?: unknown;
  communeCode?: unknown;
  provinceCode?: unknown;
  districtCode?: unknown;
  unitsVersion?: unknown;
  text?: unknown;
}

/** Current codes of a unit. */
export interface CurrentUnit {
  provinceCode: string;
  communeCode?: string;
}

const PROVINCE = /^\d{2}$/;
const COMMUNE = /^\d{5}$/;
const DISTRICT = /^\d{3}$/;

function asUnit(value: unknown): UnitInput | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value) : undefined;
}

const code = (v: unknown, re: RegExp): string | undefined => (typeof v === 'string' && re.test(v) ? v : undefined);

/** True when the unit is written in the old (pre-2025) list. Unmarked units are taken as current. */
export function isOldUnit(unit: UnitInput): boolean {
  if (typeof unit.unitsVersion === 'string') return unit.unitsVersion !== CURRENT_UNITS_VERSION;
  return unit.districtCode !== undefined;
}

/** Resolves a unit to current codes: checks current ones, converts old ones, reports splits as `ambiguous`. */
export function currentUnit(unit: UnitInput, api: AdminUnitsApi | undefined): TransformResult {
  const present = (['provinceCode', 'communeCode', 'districtCode'] as const).filter((k) => unit[k] !== undefined);
  if (present.length === 0) return wrongType('no administrative-unit code in the value');
  const province = code(unit.provinceCode, PROVINCE);
  const commune = code(unit.communeCode, COMMUNE);
  const district = code(unit.districtCode, DISTRICT);
  if (present.length !== [province, commune, district].filter(Boolean).length) {
    return wrongType(`malformed unit codes ${describe({ province: unit.provinceCode, commune: unit.communeCode })}`);
  }
  if (!api) return wrongType('administrative-unit data is not loaded');
  return isOldUnit(unit) ? convertOld(province, district, commune, api) : checkCurrent(province, commune, api);
}

function checkCurrent(province: string | undefined, commune: string | undefined, api: AdminUnitsApi): TransformResult {
  if (commune !== undefined) {
    const owner = api.unit(commune)?.provinceCode;
    if (owner === undefined) return wrongType(`commune ${commune} is not in the ${CURRENT_UNITS_VERSION} list`);
    if (province !== undefined && !api.isCommuneOf(commune, province)) {
      return wrongType(`commune ${commune} lies in province ${owner}, not ${province}`);
    }
    return ok({ provinceCode: owner, communeCode: commune } satisfies CurrentUnit);
  }
  if (province === undefined || api.unit(province) === undefined) {
    return wrongType(`province ${province ?? '(none)'} is not in the ${CURRENT_UNITS_VERSION} list`);
  }
  return ok({ provinceCode: province } satisfies CurrentUnit);
}

function convertOld(
  province: string | undefined,
  district: string | undefined,
  commune: string | undefined,
  api: AdminUnitsApi,
): TransformResult {
  const result = api.convertOldAddress({ provinceCode: province, districtCode: district, communeCode: commune });
  switch (result.status) {
    case 'converted':
      return ok({
        provinceCode: result.provinceCode,
        ...(result.communeCode !== undefined ? { communeCode: result.communeCode } : {}),
      } satisfies CurrentUnit);
    case 'split':
      return ambiguous(
        `old commune ${commune ?? district ?? ''} now lies in ${result.candidates.length} new units; the citizen must choose`,
        result.candidates,
      );
    case 'unknown':
      return wrongType(`old unit codes ${describe({ province, district, commune })} are not in the old-to-new table`);
  }
}

/** The street line of an address value or an OIDC address, or a plain string. */
function streetOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.normalize('NFC').trim();
  const unit = asUnit(value);
  const street = unit?.street ?? unit?.street_address;
  return typeof street === 'string' ? street.normalize('NFC').trim() : undefined;
}

function withUnit(
  value: unknown,
  context: TransformContext,
  pick: (u: CurrentUnit, input: UnitInput) => TransformResult,
): TransformResult {
  const unit = asUnit(value);
  if (!unit) return wrongType(`expected an address object, got ${describe(value)}`);
  const resolved = currentUnit(unit, context.adminUnits);
  return resolved.ok ? pick(resolved.value as CurrentUnit, unit) : resolved;
}

/** `address.street`: the house number / street / hamlet line (from `street` or OIDC `street_address`). */
export const addressStreet: TransformFunction = (value) => {
  const street = streetOf(value);
  return street === undefined ? wrongType(`no street in ${describe(value)}`) : ok(street);
};

/** `address.commune`: the current commune code (old codes converted). */
export const addressCommune: TransformFunction = (value, context) =>
  withUnit(value, context, (u) => (u.communeCode ? ok(u.communeCode) : wrongType('the address has no commune')));

/** `address.province`: the current province code (old codes converted). */
export const addressProvince: TransformFunction = (value, context) =>
  withUnit(value, context, (u) => ok(u.provinceCode));

/**
 * `address.units`: a full tokhai address `{street, communeCode, provinceCode, unitsVersion}` in current units.
 * The street is kept when the source has one.
 */
export const addressUnits: TransformFunction = (value, context) =>
  withUnit(value, context, (u, input) => {
    if (!u.communeCode) return wrongType('the address has no commune');
    const street = streetOf(input);
    return ok({
      ...(street !== undefined ? { street } : {}),
      communeCode: u.communeCode,
      provinceCode: u.provinceCode,
      unitsVersion: CURRENT_UNITS_VERSION,
    });
  });

/**
 * `admin-unit.current`: an administrative unit (hometown, birth-registration place…) in current units:
 * `{provinceCode, communeCode?, unitsVersion, text?}`. The source's display `text` is kept: it names the unit as
 * the record was written, often with the old names. A bare code string is taken as a current code.
 */
export const adminUnitCurrent: TransformFunction = (value, context) => {
  const input = typeof value === 'string' ? (PROVINCE.test(value) ? { provinceCode: value } : { communeCode: value }) : value;
  return withUnit(input, context, (u, unit) =>
    ok({ ...u, unitsVersion: CURRENT_UNITS_VERSION, ...(typeof unit.text === 'string' ? { text: unit.text } : {}) }),
  );
};
