// SPDX-License-Identifier: MIT
/**
 * RFC 6901 JSON Pointers and the URI-fragment form JSON Forms uses for scopes (`#/properties/a`). Everything here is
 * iterative and reads only own properties, so hostile keys (`__proto__`, `constructor`) are plain data.
 */

// Compiling a form turns thousands of scopes and pointers into tokens and back; almost no token needs escaping, so
// the replacements run only when there is something to replace.

/** Escapes one reference token (`~` → `~0`, `/` → `~1`). */
export const escapeToken = (token: string): string =>
  token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;

/** Unescapes one reference token. */
export const unescapeToken = (token: string): string => (token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token);

/** Builds a pointer from tokens: `['a', 0]` → `/a/0`. */
export const toPointer = (tokens: readonly (string | number)[]): string => {
  // A loop, not map + join: it runs for every control of a layout before a form's first render, cold.
  let pointer = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    pointer += '/' + escapeToken(typeof t === 'string' ? t : String(t));
  }
  return pointer;
};

/** Appends tokens to a pointer. */
export const joinPointer = (base: string, ...tokens: (string | number)[]): string => base + toPointer(tokens);

/** Splits a pointer into tokens; `undefined` when it is not a pointer (must be `''` or start with `/`). */
export const parsePointer = (pointer: string): string[] | undefined => {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  const tokens = pointer.slice(1).split('/');
  // Only a pointer with `~` has anything to unescape (most have none).
  return pointer.includes('~') ? tokens.map(unescapeToken) : tokens;
};

/**
 * Splits a URI-fragment pointer (`#/properties/a%20b`) into tokens. Accepts `#`, `#/…` and, leniently, a bare
 * pointer. `undefined` when it is neither.
 */
export const parseFragmentPointer = (fragment: string): string[] | undefined => {
  let p = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (p.includes('%'))
    try {
      p = decodeURIComponent(p);
    } catch {
      return undefined;
    }
  return parsePointer(p);
};

const fragmentCache = new Map<string, readonly string[] | null>();

/**
 * `parseFragmentPointer`, remembered: a compile resolves every UI scope and `$ref` several times (the UI index, the
 * layout program, the rules' data paths), and a form has only so many distinct ones. The tokens are frozen (shared
 * between callers); the cache is bounded so that hostile input cannot grow it forever.
 */
export const fragmentTokens = (fragment: string): readonly string[] | undefined => {
  let tokens = fragmentCache.get(fragment);
  if (tokens === undefined) {
    const parsed = parseFragmentPointer(fragment);
    tokens = parsed === undefined ? null : Object.freeze(parsed);
    if (fragmentCache.size >= 50_000) fragmentCache.clear();
    fragmentCache.set(fragment, tokens);
  }
  return tokens ?? undefined;
};

/** The parent pointer (`/a/b` → `/a`; `''` stays `''`). */
export const parentPointer = (pointer: string): string => {
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
};

/** The last token of a pointer, unescaped (`''` for the root). */
export const lastToken = (pointer: string): string => {
  const i = pointer.lastIndexOf('/');
  return i < 0 ? '' : unescapeToken(pointer.slice(i + 1));
};

/** True when `pointer` equals `ancestor` or lies under it (`/a/b` is under `/a`, `/ab` is not). */
export const isAtOrUnder = (pointer: string, ancestor: string): boolean =>
  ancestor === '' || pointer === ancestor || pointer.startsWith(ancestor + '/');

/**
 * `(pointer) => ancestors.some((a) => isAtOrUnder(pointer, a))`, in time proportional to the pointer's length
 * instead of the number of ancestors: the ancestors are a set, and the pointer's own prefixes (at each `/`) are
 * looked up in it. For hidden fields against errors, both of which grow with the items of an array, where
 * comparing every pair is quadratic in what an untrusted submission sends.
 */
export const atOrUnderAny = (ancestors: Iterable<string>): ((pointer: string) => boolean) => {
  const set = new Set(ancestors);
  if (set.size === 0) return () => false;
  if (set.has('')) return () => true;
  return (pointer) => {
    if (set.has(pointer)) return true;
    for (let at = pointer.indexOf('/', 1); at > 0; at = pointer.indexOf('/', at + 1)) if (set.has(pointer.slice(0, at))) return true;
    return false;
  };
};

const isIndex = (token: string): boolean => /^(0|[1-9]\d*)$/.test(token);

/** Reads the value at tokens in a JSON value; own properties only. `undefined` when absent. */
export const getAtTokens = (value: unknown, tokens: readonly string[]): unknown => {
  let cur: unknown = value;
  for (const t of tokens) {
    if (Array.isArray(cur)) {
      if (!isIndex(t)) return undefined;
      cur = cur[Number(t)];
    } else if (cur !== null && typeof cur === 'object') {
      if (!Object.hasOwn(cur, t)) return undefined;
      cur = (cur as Record<string, unknown>)[t];
    } else {
      return undefined;
    }
  }
  return cur;
};

/** Reads the value at a JSON Pointer; `undefined` when absent or when the pointer is malformed. */
export const getAtPointer = (value: unknown, pointer: string): unknown => {
  const tokens = parsePointer(pointer);
  return tokens === undefined ? undefined : getAtTokens(value, tokens);
};

/** True when a value exists at the pointer (own properties, array indices in range). */
export const hasAtPointer = (value: unknown, pointer: string): boolean => {
  const tokens = parsePointer(pointer);
  if (tokens === undefined) return false;
  let cur: unknown = value;
  for (const t of tokens) {
    if (Array.isArray(cur)) {
      if (!isIndex(t) || Number(t) >= cur.length) return false;
      cur = cur[Number(t)];
    } else if (cur !== null && typeof cur === 'object' && Object.hasOwn(cur, t)) {
      cur = (cur as Record<string, unknown>)[t];
    } else {
      return false;
    }
  }
  return true;
};

const INDEX = /^(0|[1-9]\d*)$/;

/**
 * `getAtPointer` without building the token list: errors read the value they are about (`required`-like keywords
 * here, formats in validate's messages) on every validation of invalid data.
 */
export const dataAt = (data: unknown, pointer: string): unknown => {
  if (pointer === '') return data;
  if (!pointer.startsWith('/')) return undefined;
  const escaped = pointer.includes('~');
  let cur = data;
  let start = 1;
  for (;;) {
    const end = pointer.indexOf('/', start);
    const raw = end < 0 ? pointer.slice(start) : pointer.slice(start, end);
    const token = escaped ? unescapeToken(raw) : raw;
    if (Array.isArray(cur)) cur = INDEX.test(token) ? (cur[Number(token)] as unknown) : undefined;
    else if (cur !== null && typeof cur === 'object') cur = Object.hasOwn(cur, token) ? (cur as Record<string, unknown>)[token] : undefined;
    else return undefined;
    if (end < 0) return cur;
    start = end + 1;
  }
};

/** The pointer of a property under an instance path (for messages): `/a` + `missing` → `/a/missing`. */
export const childPointer = (instancePath: string, name: string): string =>
  // Property names rarely hold `~` or `/`: the common case skips the two replacements.
  `${instancePath}/${name.includes('~') || name.includes('/') ? name.replace(/~/g, '~0').replace(/\//g, '~1') : name}`;
