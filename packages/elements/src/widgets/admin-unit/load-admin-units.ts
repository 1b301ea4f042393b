// SPDX-License-Identifier: MIT
/**
 * Loads the commune table (`@tokhai/vn-data/admin-units`, the part of it in ./communes.ts: ~18 KB gzip) on
 * first use, once per page. A dynamic `import()`, so bundlers split it out: a form without an address field never
 * downloads it, and one with an address field downloads it only when a province is chosen or an address is shown.
 */
type AdminUnitsModule = typeof import('./communes.js');

let loading: Promise<AdminUnitsModule> | undefined;

/** The admin-units module; a failed load is forgotten so the next call tries again. */
export function loadAdminUnits(): Promise<AdminUnitsModule> {
  loading ??= import('./communes.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
