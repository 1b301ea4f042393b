import { expect, it } from 'vitest';

it('runs in a real browser (custom elements and shadow DOM exist)', () => {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.append(document.createElement('input'));
  expect(root.querySelector('input')).toBeInstanceOf(HTMLInputElement);
  expect(typeof customElements.define).toBe('function');
});
