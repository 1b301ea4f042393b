// SPDX-License-Identifier: MIT
/** @packageDocumentation `@tokhai/vn-data`: Vietnamese reference data. */
export const VN_DATA_VERSION = '2025-07-01';
