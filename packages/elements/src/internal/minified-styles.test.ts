// SPDX-License-Identifier: MIT
// The production bundle ships every component's CSS minified (scripts/rollup-minify-css.mjs). Chromium's own CSS
// parser is the judge here: each stylesheet of the elements, minified, must parse to exactly the rules it parses to
// as written, so the bundle can never look different from the components the other tests render from source.
import { describe, expect, it } from 'vitest';
import type { CSSResult } from 'lit';
import { minifyCss } from '../../../../scripts/minify-css.mjs';

/** Every `*.styles.ts` module of the elements and what it exports. */
// @ts-expect-error -- the glob overloads this project sees require `import`; here every export of each module counts.
const modules: Record<string, Record<string, unknown>> = import.meta.glob('../**/*.styles.ts', { eager: true });

const isCssResult = (value: unknown): value is CSSResult => typeof (value as CSSResult | undefined)?.cssText === 'string';

/** The rules Chromium parses from a text, as it serializes them. */
function parsedRules(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText);
}

const stylesheets = Object.entries(modules).flatMap(([path, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isCssResult(value))
    .map(([name, value]) => ({ name: `${path.replace('../', '')} ${name}`, css: (value as CSSResult).cssText })),
);

describe('minified component styles', () => {
  it('finds the stylesheets of the form, the widgets and the prefill components', () => {
    expect(stylesheets.length).toBeGreaterThanOrEqual(20);
    expect(stylesheets.map((s) => s.name).join('\n')).toMatch(/form\/form\.styles\.ts/);
  });

  it.each(stylesheets)('$name parses to the same rules, in fewer characters', ({ css }) => {
    const small = minifyCss(css);
    expect(parsedRules(small)).toEqual(parsedRules(css));
    expect(small.length).toBeLessThan(css.length);
  });

  it('keeps quoted strings, descendant combinators before pseudo-classes and spaces between values', () => {
    const css = `
      /* a comment with a 'quote' */
      .a :focus , .b > .c {
        content: " (bắt  buộc) ";
        margin: 0 auto ;
        font-family: "Be Vietnam Pro", system-ui ;
      }
      @media (forced-colors: active) { .d { outline: 2px solid; } }
    `;
    const small = minifyCss(css);
    expect(small).toBe(' .a :focus, .b > .c{content: " (bắt  buộc) ";margin: 0 auto;font-family: "Be Vietnam Pro", system-ui}@media (forced-colors: active){.d{outline: 2px solid}}');
    expect(parsedRules(small)).toEqual(parsedRules(css));
  });
});
