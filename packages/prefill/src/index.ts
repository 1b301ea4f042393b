// SPDX-License-Identifier: MIT
/** @packageDocumentation `@tokhai/prefill`. */
export const PACKAGE = '@tokhai/prefill';
