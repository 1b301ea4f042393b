// SPDX-License-Identifier: MIT
/** The CSS text of one part of a Lit `css` template, minified (see minify-css.mjs). */
export function minifyCss(text: string): string;
