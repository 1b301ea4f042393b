// SPDX-License-Identifier: MIT
/**
 * The transforms a binding may name (core's `PREFILL_TRANSFORMS`), as one table of pure functions. The runner
 * applies them after fetching, and `verifyAttestations` applies them again to the attested claims, so the same
 * function decides both what the citizen sees and what the server accepts.
 */
import type { PrefillTransform } from '@tokhai/core';
import type { AdminUnitsApi, TransformContext, TransformResult, TransformTable } from '../types.js';
import { addressCommune, addressProvince, addressStreet, addressUnits, adminUnitCurrent } from './address.js';
import { dateIso, dateYear } from './date.js';
import { ethnicityCode } from './ethnicity.js';
import { nameFamily, nameGiven, nameMiddle, nameUpper } from './name.js';
import { sexCode } from './sex.js';
import { toStringValue } from './string.js';

/** Every transform by name. Typed against core's list, so a new name in core fails to compile until it is here. */
export const TRANSFORMS: Readonly<TransformTable> = {
  'name.family': nameFamily,
  'name.middle': nameMiddle,
  'name.given': nameGiven,
  'name.upper': nameUpper,
  'date.iso': dateIso,
  'date.year': dateYear,
  'address.street': addressStreet,
  'address.commune': addressCommune,
  'address.province': addressProvince,
  'address.units': addressUnits,
  'admin-unit.current': adminUnitCurrent,
  'ethnicity.code': ethnicityCode,
  'sex.code': sexCode,
  string: toStringValue,
};

/** Transforms that need the administrative-unit data (loaded lazily: it is the largest reference table). */
const NEEDS_ADMIN_UNITS: ReadonlySet<PrefillTransform> = new Set([
  'address.commune',
  'address.province',
  'address.units',
  'admin-unit.current',
]);

/**
 * Applies a transform by name; no transform passes the value through. Unknown names (a definition newer than this
 * package) are refused rather than passed through, so a locked field never receives an unconverted value.
 */
export function applyTransform(name: string | undefined, value: unknown, context: TransformContext = {}): TransformResult {
  if (name === undefined) return { ok: true, value };
  const fn = Object.hasOwn(TRANSFORMS, name) ? TRANSFORMS[name as PrefillTransform] : undefined;
  if (!fn) return { ok: false, kind: 'type', message: `unknown transform "${name}"` };
  return fn(value, context);
}

let adminUnits: Promise<AdminUnitsApi> | undefined;

/**
 * Loads the reference data the named transforms need (only the administrative units are loaded on demand).
 * Never rejects: when the data cannot load, the address transforms report failures instead. Returns a context to pass to `applyTransform` (add `targetSchema` per field).
 */
export async function loadTransformContext(names: Iterable<string | undefined>): Promise<TransformContext> {
  const needed = [...names].some((n) => n !== undefined && NEEDS_ADMIN_UNITS.has(n as PrefillTransform));
  if (!needed) return {};
  adminUnits ??= import('@tokhai/vn-data/admin-units').catch((error: unknown) => {
    adminUnits = undefined; // a failed chunk load (offline) may succeed next time
    throw error;
  });
  try {
    return { adminUnits: await adminUnits };
  } catch {
    // Without the data the address transforms answer `type` failures: those fields stay for the citizen to fill.
    return {};
  }
}
