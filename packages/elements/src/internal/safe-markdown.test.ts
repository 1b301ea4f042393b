import { describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import fc from 'fast-check';
import { flatten, parseSafeMarkdown, renderSafeMarkdown, safeHref, type SafeInline } from './safe-markdown.js';

/** The parser as it was before its scans were precomputed (each question scanned the rest of the text): the reference. */
function referenceParse(text: string, depth = 0): SafeInline[] {
  const findClosing = (marker: string, from: number): number => {
    for (let i = from; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text.startsWith(marker, i) && i > from) return i;
    }
    return -1;
  };
  const parseLink = (i: number): [SafeInline, number] | undefined => {
    const close = findClosing(']', i + 1);
    if (close < 0 || text[close + 1] !== '(') return undefined;
    let end = -1;
    for (let j = close + 2, d = 0; j < text.length && end < 0; j++) {
      if (text[j] === '(') d++;
      else if (text[j] === ')' && d-- === 0) end = j;
    }
    if (end < 0) return undefined;
    const children = referenceParse(text.slice(i + 1, close), depth + 1);
    const href = safeHref(text.slice(close + 2, end));
    return [href ? { type: 'link', href, children } : { type: 'text', text: flatten(children) }, end + 1];
  };
  const markers: Array<[string, 'em' | 'strong']> = [['**', 'strong'], ['__', 'strong'], ['*', 'em'], ['_', 'em']];
  const out: SafeInline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '\n') {
      flush();
      out.push({ type: 'break' });
      i++;
      continue;
    }
    if (depth < 8 && ch === '[') {
      const link = parseLink(i);
      if (link) {
        flush();
        out.push(link[0]);
        i = link[1];
        continue;
      }
    }
    const marker = depth < 8 ? markers.find(([m]) => text.startsWith(m, i)) : undefined;
    if (marker) {
      const [m, type] = marker;
      const close = findClosing(m, i + m.length);
      const inner = close > 0 ? text.slice(i + m.length, close) : '';
      if (close > 0 && inner.trim() === inner && inner !== '') {
        flush();
        out.push({ type, children: referenceParse(inner, depth + 1) });
        i = close + m.length;
        continue;
      }
    }
    buffer += ch;
    i++;
  }
  flush();
  return out;
}

/** A text whose property reads (`text[i]`, `text.length`, method lookups) are counted: the parser's work. */
function counted(text: string): { text: string; reads: () => number } {
  let reads = 0;
  const target = new String(text);
  const proxy = new Proxy(target, {
    get(t, key) {
      reads++;
      const v: unknown = Reflect.get(t, key);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
  return { text: proxy as unknown as string, reads: () => reads };
}

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

  it('parses exactly as the scanning parser did (random texts of markup characters)', () => {
    const text = fc.string({ unit: fc.constantFrom('*', '_', '[', ']', '(', ')', '\\', '\n', ' ', 'a', 'h', ':', '/', '.'), maxLength: 60 });
    const withLinks = fc.array(fc.oneof(text, fc.constantFrom('[x](https://a.vn/(b))', '(https://a.vn)', '[y](javascript:z)')), { maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(text, withLinks), (t) => {
        expect(parseSafeMarkdown(t)).toEqual(referenceParse(t));
      }),
      { numRuns: 3000, seed: 42 },
    );
  });

  it.each([
    ['unclosed brackets', '['.repeat(20_000)],
    ['links with no URL end', '[a]('.repeat(5_000)],
    ['brackets before one far close', '[]('.repeat(7_000)],
    ['emphasis markers', '*_'.repeat(10_000)],
  ])('reads a hostile definition text a bounded number of times per character (%s)', (_name, hostile) => {
    const { text, reads } = counted(hostile);
    expect(parseSafeMarkdown(text)).toEqual(parseSafeMarkdown(hostile));
    // The scanning parser read 20,000 unclosed brackets about 200 million times.
    expect(reads()).toBeLessThan(40 * hostile.length);
  });

  it('bounds nesting depth', () => {
    const deep = '*'.repeat(200) + 'x' + '*'.repeat(200);
    expect(() => parseSafeMarkdown(deep)).not.toThrow();
  });
});

describe('safeHref', () => {
  it('refuses javascript: however a definition disguises it (controls, entities, NFD, full-width, encoded)', () => {
    for (const href of [
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u00a0javascript:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      'javascript&colon;alert(1)',
      '%6Aavascript:alert(1)',
      'ｊａｖａｓｃｒｉｐｔ:alert(1)',
      'javascript:alert(1)'.normalize('NFD'),
      'jav\u0061script:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'blob:https://a.vn/x',
      'file:///etc/passwd',
    ]) {
      expect(safeHref(href), href).toBeUndefined();
      expect(parseSafeMarkdown(`[x](${href})`), href).toEqual([{ type: 'text', text: 'x' }]);
    }
  });

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
