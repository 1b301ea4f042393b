// SPDX-License-Identifier: MIT
/** @packageDocumentation `@tokhai/cli`. */
export const PACKAGE = '@tokhai/cli';
