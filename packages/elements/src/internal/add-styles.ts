// SPDX-License-Identifier: MIT
/**
 * `addStyles(root, styles)`: adds Lit styles to a shadow root or document without removing what is there, each
 * once. The widgets and the prefill components render in light DOM inside `<tk-form>`'s shadow root (ADR 0001), so
 * their styles are added to that root, next to the form's own.
 *
 * Where the browser adopts constructed style sheets, they are appended to `adoptedStyleSheets`. Where it does not
 * (Safari before 16.4, still on phones that cannot update past iOS 15), each style becomes a `<style>` element,
 * as Lit does for a component's own styles: with `window.litNonce` as its nonce, so a strict Content Security
 * Policy (`style-src 'nonce-…'`) lets it apply. Without this, those phones showed the form's own styles but none
 * of the widgets'.
 */
import { supportsAdoptingStyleSheets, type CSSResultOrNative } from 'lit';

/** The styles added to each root by the fallback (constructed sheets are found in `adoptedStyleSheets` itself). */
const added = new WeakMap<Node, Set<CSSResultOrNative>>();

/**
 * Adds `styles` to `root` (see the module comment). `adopting` says whether the browser adopts constructed sheets
 * (Lit's `supportsAdoptingStyleSheets`); tests pass `false` to check the fallback in any browser.
 */
export function addStyles(root: ShadowRoot | Document, styles: readonly CSSResultOrNative[], adopting = supportsAdoptingStyleSheets): void {
  if (adopting) {
    const sheets = styles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet)).filter((s): s is CSSStyleSheet => s !== undefined);
    // Read once: `<tk-form>` calls this after every update, keystrokes included.
    const adopted = root.adoptedStyleSheets;
    const missing = sheets.filter((s, i) => !adopted.includes(s) && sheets.indexOf(s) === i);
    if (missing.length > 0) root.adoptedStyleSheets = [...adopted, ...missing];
    return;
  }
  let done = added.get(root);
  if (!done) added.set(root, (done = new Set()));
  const parent = root instanceof Document ? root.head : root;
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  for (const style of styles) {
    if (done.has(style) || style instanceof CSSStyleSheet) continue;
    done.add(style);
    const element = document.createElement('style');
    if (nonce !== undefined) element.setAttribute('nonce', nonce);
    element.textContent = style.cssText;
    parent.appendChild(element);
  }
}

/** Flattens a Lit `CSSResultGroup` (a style, or nested lists of them) into a list. */
export function flattenStyles(styles: unknown): CSSResultOrNative[] {
  if (!styles) return [];
  if (Array.isArray(styles)) return styles.flatMap(flattenStyles);
  return [styles as CSSResultOrNative];
}
