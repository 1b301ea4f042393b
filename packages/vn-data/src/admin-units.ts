// SPDX-License-Identifier: MIT
export const ADMIN_UNITS_VERSION = '2025-07-01';
