// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { css } from 'lit';
import { addStyles, flattenStyles } from './add-styles.js';

const red = css`
  p {
    color: rgb(200, 0, 0);
  }
`;
const wide = css`
  p {
    width: 123px;
  }
`;

function host(): ShadowRoot {
  const el = document.createElement('div');
  document.body.append(el);
  const root = el.attachShadow({ mode: 'open' });
  root.append(document.createElement('p'));
  return root;
}

describe('addStyles()', () => {
  afterEach(() => {
    document.body.replaceChildren();
    delete (globalThis as { litNonce?: string }).litNonce;
  });

  it('appends constructed sheets once and keeps the ones already adopted', () => {
    const root = host();
    const own = new CSSStyleSheet();
    root.adoptedStyleSheets = [own];
    addStyles(root, [red, wide, red]);
    addStyles(root, [wide]);
    expect(root.adoptedStyleSheets).toEqual([own, red.styleSheet, wide.styleSheet]);
    expect(getComputedStyle(root.querySelector('p')!).color).toBe('rgb(200, 0, 0)');
  });

  it('falls back to <style> elements with Lit\'s nonce where sheets cannot be adopted, each once', () => {
    (globalThis as { litNonce?: string }).litNonce = 'n0nce';
    const root = host();
    addStyles(root, [red, wide], false);
    addStyles(root, [red], false);
    const styles = [...root.querySelectorAll('style')];
    expect(styles).toHaveLength(2);
    expect(styles.map((s) => s.getAttribute('nonce'))).toEqual(['n0nce', 'n0nce']);
    expect(root.adoptedStyleSheets).toEqual([]);
    const p = root.querySelector('p')!;
    expect(getComputedStyle(p).color).toBe('rgb(200, 0, 0)');
    expect(getComputedStyle(p).width).toBe('123px');
  });

  it('flattens nested style groups', () => {
    expect(flattenStyles([red, [wide, [red]], undefined])).toEqual([red, wide, red]);
    expect(flattenStyles(undefined)).toEqual([]);
  });
});
