// SPDX-License-Identifier: MIT
/**
 * The safe markdown subset of definition texts (Label elements, hints): `*emphasis*` / `_emphasis_`,
 * `**strong**` / `__strong__`, `[text](https://…)` links and line breaks. Nothing else is markup.
 *
 * Why a parser and not a markdown library: every string of a definition, a provider and the data is untrusted.
 * This module never produces HTML text. It parses into a small tree, and `renderSafeMarkdown` turns that tree
 * into Lit templates whose *static* parts are the only markup (`<em>`, `<strong>`, `<a>`, `<br>`) and whose
 * dynamic parts are text and attribute bindings, so the browser creates DOM nodes and text nodes and never
 * parses a definition string as HTML (no innerHTML, no unsafeHTML). A link is kept only when its URL parses as
 * an absolute `http:` or `https:` URL; `javascript:`, `data:` and relative URLs render as plain text.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** One node of the parsed subset. */
export type SafeInline =
  | { type: 'text'; text: string }
  | { type: 'break' }
  | { type: 'em' | 'strong'; children: SafeInline[] }
  | { type: 'link'; href: string; children: SafeInline[] };

/** The URL when it is an absolute http(s) URL, else `undefined`. */
export function safeHref(raw: string): string | undefined {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where closing markers and link ends are in one text, found once. Parsing asks, at every `[` and emphasis marker,
 * for the next closing marker and for the `)` that ends a link's URL; scanning the rest of the text for each
 * question made a hostile definition text quadratic (100,000 `[` froze the page for half a minute). Here the
 * positions that can answer a question are listed in one pass per kind, and each question is a binary search.
 *
 * `next(marker, from)`: the first `marker` after `from` (not at it) that a scan skipping the character after each
 * backslash finds. Every position the parser asks from is one such a scan from the start of the text stops at (the
 * parser consumes escapes in pairs, and no marker holds a backslash), so the positions listed from the start are
 * the ones a scan from `from` would find.
 *
 * `next(')', start - 1)`: the `)` that balances a URL starting at `start` (URLs may contain parentheses, as in
 * Wikipedia links): the first `)` at or after `start` before which as many `(` as `)` follow `start`, that is the
 * first `)` where the count of `)` minus `(` before it is what it was at `start`.
 */
function closers(text: string): (marker: string, from: number) => number {
  const lists = new Map<string, number[]>();
  const add = (key: string, i: number): void => {
    const list = lists.get(key);
    if (list) list.push(i);
    else lists.set(key, [i]);
  };
  let balance: number[] | undefined;
  return (marker, from) => {
    let key = marker;
    if (marker === ')') {
      if (!balance) {
        balance = [0];
        for (let i = 0; i < text.length; i++) {
          if (text[i] === ')') add(`)${balance[i]}`, i);
          balance.push(balance[i] + (text[i] === ')' ? 1 : text[i] === '(' ? -1 : 0));
        }
      }
      key = `)${balance[from + 1]}`;
    } else if (!lists.has(marker)) {
      lists.set(marker, []);
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text.startsWith(marker, i)) add(marker, i);
      }
    }
    const list = lists.get(key) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid] > from) hi = mid;
      else lo = mid + 1;
    }
    return lo < list.length ? list[lo] : -1;
  };
}

/** Parses a link `[text](url)` starting at `i` (text[i] === '['); returns the node and the end index. */
function parseLink(text: string, i: number, depth: number, next: ReturnType<typeof closers>): [SafeInline, number] | undefined {
  const close = next(']', i + 1);
  if (close < 0 || text[close + 1] !== '(') return undefined;
  const end = next(')', close + 1);
  if (end < 0) return undefined;
  const children = parse(text.slice(i + 1, close), depth + 1);
  const href = safeHref(text.slice(close + 2, end));
  // An unsafe link keeps its words but loses the link: the citizen still reads the sentence.
  return [href ? { type: 'link', href, children } : { type: 'text', text: flatten(children) }, end + 1];
}

/** The plain text of nodes. */
export function flatten(nodes: SafeInline[]): string {
  return nodes
    .map((n) => (n.type === 'text' ? n.text : n.type === 'break' ? '\n' : flatten(n.children)))
    .join('');
}

/** Emphasis markers, longest first so `**` wins over `*`. */
const MARKERS: Array<[string, 'em' | 'strong']> = [
  ['**', 'strong'],
  ['__', 'strong'],
  ['*', 'em'],
  ['_', 'em'],
];

/**
 * Parses the subset. Unmatched markers are text. Nesting is bounded (depth 8) so a hostile string cannot
 * recurse deeply.
 */
export function parseSafeMarkdown(text: string): SafeInline[] {
  return parse(text, 0);
}

function parse(text: string, depth: number): SafeInline[] {
  const out: SafeInline[] = [];
  const next = closers(text);
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
      const link = parseLink(text, i, depth, next);
      if (link) {
        flush();
        out.push(link[0]);
        i = link[1];
        continue;
      }
    }
    const marker = depth < 8 ? MARKERS.find(([m]) => text.startsWith(m, i)) : undefined;
    if (marker) {
      const [m, type] = marker;
      const close = next(m, i + m.length);
      // `snake_case` and `2 * 3 * 4` are not emphasis: the content must not start or end with a space.
      const inner = close > 0 ? text.slice(i + m.length, close) : '';
      if (close > 0 && inner.trim() === inner && inner !== '') {
        flush();
        out.push({ type, children: parse(inner, depth + 1) });
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

/** Options of `renderSafeMarkdown`. */
export interface SafeMarkdownOptions {
  /** Visually hidden text appended to links, e.g. "(opens in new tab)". Links open in a new tab so form answers are not lost. */
  newTabText?: string;
}

function renderNodes(nodes: SafeInline[], options: SafeMarkdownOptions): TemplateResult[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return html`${node.text}`;
      case 'break':
        return html`<br />`;
      case 'em':
        return html`<em>${renderNodes(node.children, options)}</em>`;
      case 'strong':
        return html`<strong>${renderNodes(node.children, options)}</strong>`;
      case 'link':
        return html`<a href=${node.href} target="_blank" rel="noopener noreferrer"
          >${renderNodes(node.children, options)}${options.newTabText
            ? html`<span class="visually-hidden"> ${options.newTabText}</span>`
            : nothing}</a
        >`;
    }
  });
}

/** Characters that may start markup in the subset; a text without any of them is plain text. */
const MARKUP = /[\\\n[*_]/;

/**
 * `renderSafeMarkdown` without the wrapping template: the text itself when it has no markup (most hints and
 * labels: Lit renders a string as one text node, with no template to clone), else the templates of its nodes.
 */
export function safeMarkdown(text: string | undefined, options: SafeMarkdownOptions = {}): unknown {
  if (!text) return nothing;
  return MARKUP.test(text) ? renderNodes(parseSafeMarkdown(text), options) : text;
}

/** Renders a definition text with the safe subset as Lit templates (text and attribute bindings only). */
export function renderSafeMarkdown(text: string | undefined, options: SafeMarkdownOptions = {}): TemplateResult {
  return html`${safeMarkdown(text, options)}`;
}
