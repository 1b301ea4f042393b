import { describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import { parseSafeMarkdown, renderSafeMarkdown, safeHref } from './safe-markdown.js';

function mount(text: string): HTMLElement {
  const host = document.createElement('div');
  render(html`${renderSafeMarkdown(text, { newTabText: '(opens in new tab)' })}`, host);
  return host;
}

describe('parseSafeMarkdown', () => {
  it('parses emphasis, strong, links and line breaks', () => {
    expect(parseSafeMarkdown('a *b* **c** [d](https://e.vn/x)\nf')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'em', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'strong', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://e.vn/x', children: [{ type: 'text', text: 'd' }] },
      { type: 'break' },
      { type: 'text', text: 'f' },
    ]);
  });

  it('keeps unmatched markers, snake_case and arithmetic as text', () => {
    expect(parseSafeMarkdown('snake_case and 2 * 3 * 4 and *open')).toEqual([{ type: 'text', text: 'snake_case and 2 * 3 * 4 and *open' }]);
  });

  it('honours backslash escapes', () => {
    expect(parseSafeMarkdown('\\*not em\\*')).toEqual([{ type: 'text', text: '*not em*' }]);
  });

  it('turns links with other schemes into their plain words', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', '/relative', 'vbscript:x', ' javascript:alert(1)']) {
      expect(parseSafeMarkdown(`[click](${href})`)).toEqual([{ type: 'text', text: 'click' }]);
    }
  });

  it('bounds nesting depth', () => {
    const deep = '*'.repeat(200) + 'x' + '*'.repeat(200);
    expect(() => parseSafeMarkdown(deep)).not.toThrow();
  });
});

describe('safeHref', () => {
  it('accepts only absolute http and https URLs', () => {
    expect(safeHref('https://dichvucong.gov.vn/p')).toBe('https://dichvucong.gov.vn/p');
    expect(safeHref('http://a.vn')).toBe('http://a.vn/');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('mailto:a@b.vn')).toBeUndefined();
    expect(safeHref('//evil.example')).toBeUndefined();
  });
});

describe('renderSafeMarkdown', () => {
  it('renders DOM nodes with safe links that open a new tab with rel="noopener noreferrer"', () => {
    const host = mount('Xem *hướng dẫn* tại [Cổng DVC](https://dichvucong.gov.vn).');
    expect(host.querySelector('em')?.textContent).toBe('hướng dẫn');
    const a = host.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://dichvucong.gov.vn/');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.textContent).toContain('(opens in new tab)');
  });

  it('renders HTML in the text as text, never as elements', () => {
    (globalThis as { __xss?: boolean }).__xss = false;
    const host = mount('<img src=x onerror="globalThis.__xss=true"><script>globalThis.__xss=true</script> *<b>b</b>*');
    expect(host.querySelector('img, script, b')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror=');
    expect((globalThis as { __xss?: boolean }).__xss).toBe(false);
  });

  it('renders nothing for an undefined text', () => {
    expect(mount(undefined as unknown as string).textContent).toBe('');
  });
});
