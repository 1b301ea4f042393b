// SPDX-License-Identifier: MIT
/**
 * Maps the `$id`s of a schema document to the JSON Pointers where they are declared, so error locations that
 * engines give as `<uri>#<pointer>` can be turned into pointers in the root document. Resolution is a small
 * RFC 3986 subset (absolute ids, and relative ids against their parent's base), enough for schemas that embed
 * their own resources; remote documents are not supported anywhere in tokhai.
 */
import { isObject } from '../util/json.js';
import { walkSchema } from '../util/schema-walk.js';

const hasScheme = (s: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(s);

/** True for the line terminators `.` does not match. */
const isLineTerminator = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * `s.replace(/#.*$/, '')`: the text before the first `#` that no line terminator follows. Written out because the
 * expression backtracks quadratically on a text of many `#` followed by a line break, and `$id`s and `$ref`s come
 * from definitions (50,000 of them took 2.4 s).
 */
export const withoutFragment = (s: string): string => {
  let start = 0;
  for (let i = s.length - 1; i >= 0; i--)
    if (isLineTerminator(s.charCodeAt(i))) {
      start = i + 1;
      break;
    }
  const hash = s.indexOf('#', start);
  return hash < 0 ? s : s.slice(0, hash);
};

/** `s.replace(/[^/]*$/, '')`: the text up to its last `/` (quadratic as an expression on a text without one). */
const directoryOf = (s: string): string => s.slice(0, s.lastIndexOf('/') + 1);

/** Resolves `ref` against `base` (scheme-relative and path-relative references, dot segments not collapsed). */
export const resolveUriRef = (ref: string, base: string): string => {
  if (hasScheme(ref) || base === '') return ref;
  if (ref.startsWith('#')) return withoutFragment(base) + ref;
  const origin = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)/i.exec(base)?.[1] ?? '';
  if (ref.startsWith('/')) return origin + ref;
  return directoryOf(withoutFragment(base)) + ref;
};

/** Returns `uri → pointer` for every `$id` (without fragment) in the document. */
export const buildIdIndex = (root: unknown): ((uri: string) => string | undefined) => {
  const ids = new Map<string, string>();
  const bases = new Map<unknown, string>();
  for (const pos of walkSchema(root, Number.POSITIVE_INFINITY).positions) {
    const s = pos.schema;
    if (!isObject(s)) continue;
    const parentBase = pos.parent ? (bases.get(pos.parent) ?? '') : '';
    let base = parentBase;
    const id = s.$id;
    if (typeof id === 'string' && !id.startsWith('#')) {
      base = withoutFragment(resolveUriRef(id, parentBase));
      if (!ids.has(base)) ids.set(base, pos.pointer);
    }
    bases.set(s, base);
  }
  return (uri) => ids.get(uri.replace(/#$/, ''));
};

/** The pointers of every local `$ref`/`$dynamicRef`/`$recursiveRef` target in the document (deduplicated). */
export const refTargets = (root: unknown): string[] => {
  const byId = buildIdIndex(root);
  const anchors = new Map<string, string>();
  const refs: Array<{ ref: string; base: string }> = [];
  const bases = new Map<unknown, string>();
  for (const pos of walkSchema(root, Number.POSITIVE_INFINITY).positions) {
    const s = pos.schema;
    if (!isObject(s)) continue;
    let base = pos.parent ? (bases.get(pos.parent) ?? '') : '';
    if (typeof s.$id === 'string' && !s.$id.startsWith('#')) base = withoutFragment(resolveUriRef(s.$id, base));
    bases.set(s, base);
    for (const a of [s.$anchor, s.$dynamicAnchor, typeof s.$id === 'string' && s.$id.startsWith('#') ? s.$id.slice(1) : undefined])
      if (typeof a === 'string' && !anchors.has(`${base}#${a}`)) anchors.set(`${base}#${a}`, pos.pointer);
    for (const k of ['$ref', '$dynamicRef', '$recursiveRef'])
      if (typeof s[k] === 'string') refs.push({ ref: s[k], base });
  }
  const out = new Set<string>();
  for (const { ref, base } of refs) {
    const abs = resolveUriRef(ref, base);
    const hash = abs.indexOf('#');
    const uri = hash < 0 ? abs : abs.slice(0, hash);
    const fragment = hash < 0 ? '' : abs.slice(hash + 1);
    const docPointer = uri === '' || uri === base ? (base === '' ? '' : (byId(base) ?? '')) : byId(uri);
    if (docPointer === undefined) continue;
    if (fragment === '' ) out.add(docPointer);
    else if (fragment.startsWith('/')) {
      try {
        out.add(docPointer + fragment.split('/').slice(1).map((t) => '/' + decodeURIComponent(t)).join(''));
      } catch {
        /* malformed escape: not a target */
      }
    } else {
      const p = anchors.get(`${uri}#${fragment}`);
      if (p !== undefined) out.add(p);
    }
  }
  out.delete('');
  return [...out];
};
