// SPDX-License-Identifier: MIT
/** The version of `@tokhai/elements`, compared by `define` when a tag is already registered. Keep in step with package.json (a test checks). */
export const VERSION = '0.1.0';
