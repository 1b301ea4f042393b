// SPDX-License-Identifier: MIT
/**
 * Dev-mode warnings, in the shape of Lit's (lit/lit: `packages/reactive-element/src/reactive-element.ts`).
 *
 * The production bundle (`dist/tokhai.bundle.js`) is built with rollup rewriting `const DEV_MODE = true` to
 * `const DEV_MODE = false` (root `rollup.config.mjs`), so terser drops every warning and its message strings.
 * The per-module ESM build keeps them: a portal developer running their own bundler in development sees them.
 */

/** True in development builds; `false` in `tokhai.bundle.js`. */
export const DEV_MODE = true;

/** Where each warning code is explained (the README section of the same name). */
const DOCS = '@tokhai/elements README, "Dev-mode warnings"';

declare global {
   
  var tokhaiIssuedWarnings: Set<string> | undefined;
}

/**
 * Prints a warning once per page. De-duplicated through `globalThis.tokhaiIssuedWarnings`, shared by every copy
 * of tokhai on the page; add a code to that set to silence it:
 *
 * ```js
 * (globalThis.tokhaiIssuedWarnings ??= new Set()).add('unsupported-control');
 * ```
 * @internal
 */
export function issueWarning(code: string, message: string): void {
  if (!DEV_MODE) return;
  const issued = (globalThis.tokhaiIssuedWarnings ??= new Set());
  const text = `[tokhai] ${message} (${code}: see ${DOCS})`;
  if (issued.has(code) || issued.has(text)) return;
  issued.add(text);
  console.warn(text);
}
