// SPDX-License-Identifier: MIT

/**
 * The administrative-unit list these codes belong to: the two-tier list in force from 2025-07-01. Store it with
 * every address (`unitsVersion`), because a 5-digit commune code can name a different area before that date.
 */
export const ADMIN_UNITS_VERSION = '2025-07-01';
