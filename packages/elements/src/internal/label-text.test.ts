// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import { labelText } from './label-text.js';

describe('labelText()', () => {
  const host = document.createElement('div');
  const draw = (label: string, required: string) =>
    render(html`<label for="x" ${labelText(label, required)}><span class="tk-field__required"></span></label>`, host);
  const label = () => host.querySelector('label')!;

  it('writes the label, then the required marker inside the span, as text without comment markers', () => {
    draw('Họ và tên', ' (bắt buộc)');
    expect(label().textContent).toBe('Họ và tên (bắt buộc)');
    expect(label().querySelector('.tk-field__required')!.textContent).toBe(' (bắt buộc)');
    expect([...label().childNodes].map((n) => n.nodeType)).toEqual([Node.TEXT_NODE, Node.ELEMENT_NODE]);
  });

  it('keeps markup in a label as text', () => {
    draw('<img src=x onerror="window.__labelXss = 1">', '');
    expect(label().querySelector('img')).toBeNull();
    expect(label().textContent).toBe('<img src=x onerror="window.__labelXss = 1">');
    expect((window as { __labelXss?: number }).__labelXss).toBeUndefined();
  });

  it('updates the same text nodes when the label or the marker changes (a locale switch)', () => {
    draw('Ngày sinh', ' (bắt buộc)');
    const [text, span] = [label().firstChild, label().lastElementChild];
    draw('Date of birth', ' (required)');
    expect(label().textContent).toBe('Date of birth (required)');
    expect(label().firstChild).toBe(text);
    expect(label().lastElementChild).toBe(span);
    draw('Date of birth', '');
    expect(label().textContent).toBe('Date of birth');
  });
});
