// SPDX-License-Identifier: MIT
/** @packageDocumentation `@tokhai/server`. */
export const PACKAGE = '@tokhai/server';
