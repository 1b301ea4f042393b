// SPDX-License-Identifier: MIT
// `minifyCss`: the CSS text of one part of a Lit `css` template without its comments, indentation and the spaces
// CSS ignores around `{`, `}` and `;` and before `,` (and the last `;` of a block). Conservative on purpose: quoted
// strings are kept as written, and a space that may separate two selectors or values (`.a :focus`, `0 auto`) is
// never removed.
// Used by the bundle build (rollup-minify-css.mjs); packages/elements/src/internal/minified-styles.test.ts checks in
// Chromium that every stylesheet of the elements parses to the same rules minified.

/** Whitespace and comments of CSS code (no strings in it) collapsed, and the spaces CSS ignores removed. */
const squeeze = (/** @type {string} */ code) =>
  code
    .replace(/\/\*[\s\S]*?(\*\/|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};]) ?/g, '$1')
    // A space after a comma stays: Chromium keeps a `var()` fallback's text as written (`var(--x, 1rem)`).
    .replace(/ ,/g, ',')
    .replace(/;}/g, '}');

/**
 * The CSS text of one template part, minified (see the module comment).
 * @param {string} text
 * @returns {string}
 */
export function minifyCss(text) {
  let out = '';
  let code = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      // A comment (which may hold quotes) is code for `squeeze` to drop.
      const end = text.indexOf('*/', i + 2);
      const next = end === -1 ? text.length : end + 2;
      code += text.slice(i, next);
      i = next;
    } else if (c === '"' || c === "'") {
      // A quoted string, escapes included, kept as written.
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += squeeze(code) + text.slice(i, j + 1);
      code = '';
      i = j + 1;
    } else {
      code += c;
      i++;
    }
  }
  return out + squeeze(code);
}
