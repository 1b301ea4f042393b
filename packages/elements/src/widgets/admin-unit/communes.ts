// SPDX-License-Identifier: MIT
/**
 * The part of `@tokhai/vn-data/admin-units` the address widget and its read-only display use: the communes of a
 * province, and a unit's name by code. `loadAdminUnits()` imports this module, not the package entry, because a
 * dynamic import keeps every export of the module it names: through the entry, the chunk carried the old → new
 * code tables and `convertOldAddress` too (about 11 KB of its 30 KB gzip), which no widget uses.
 */
export { communesOf, unit } from '@tokhai/vn-data/admin-units';
export type { AdminUnit, Commune } from '@tokhai/vn-data/admin-units';
