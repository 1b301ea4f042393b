// SPDX-License-Identifier: MIT
/**
 * JSON Pointers over form data (RFC 6901), read and written immutably: a write returns new objects along the
 * path and shares everything else, so Lit sees a new `data` and untouched branches keep their identity.
 */

/** Splits `/a/b~1c` into `['a', 'b/c']`; `''` is the root (`[]`). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  const segments = pointer.slice(1).split('/');
  // Escapes are rare (a key with "/" or "~"): leave the segments alone when there is none.
  return pointer.includes('~') ? segments.map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')) : segments;
}

/** Joins segments into a pointer. */
export function toPointer(segments: readonly (string | number)[]): string {
  let out = '';
  for (const segment of segments) {
    const s = String(segment);
    out += '/' + (s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s);
  }
  return out;
}

/** Appends segments to a pointer. */
export function joinPointer(base: string, ...segments: (string | number)[]): string {
  return base + toPointer(segments);
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A pointer token that indexes an array. */
const INDEX = /^\d+$/;

/** The value at `pointer`, or `undefined`. */
export function getAt(data: unknown, pointer: string): unknown {
  return valueAlong(data, parsePointer(pointer));
}

/** The value along already parsed `keys` (as `getAt`, for a caller that parses a pointer once and reads it often). */
export function valueAlong(data: unknown, keys: readonly string[]): unknown {
  let current = data;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (Array.isArray(current)) current = INDEX.test(key) ? current[Number(key)] : undefined;
    else if (isObject(current) && Object.hasOwn(current, key)) current = current[key];
    else return undefined;
  }
  return current;
}

/** Keys that must never be written through a pointer (prototype pollution). */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A copy of `data` with `value` at `pointer`. Missing containers are created (an array when the next segment is
 * an index). Writing `undefined` removes the key (an empty answer is absent, as JSON Schema's `required` expects).
 */
export function setAt(data: unknown, pointer: string, value: unknown): unknown {
  return write(data, parsePointer(pointer), value);
}

function write(node: unknown, keys: string[], value: unknown): unknown {
  if (keys.length === 0) return value;
  const [key, ...rest] = keys as [string, ...string[]];
  if (FORBIDDEN.has(key)) return node;
  const nextIsIndex = rest.length > 0 && /^\d+$/.test(rest[0]);
  if (Array.isArray(node) && /^\d+$/.test(key)) {
    const copy = [...(node as unknown[])];
    const child = write(copy[Number(key)] ?? (nextIsIndex ? [] : {}), rest, value);
    if (child === undefined && rest.length === 0) copy.splice(Number(key), 1);
    else copy[Number(key)] = child;
    return copy;
  }
  const copy: Record<string, unknown> = isObject(node) ? { ...node } : {};
  const child = write(copy[key] ?? (nextIsIndex ? [] : {}), rest, value);
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy;
}

/**
 * A Control scope (`#/properties/a/properties/b`) → the data keys it names, relative to its base (`['a', 'b']`).
 * A scope is a URI fragment (RFC 6901 §6): it is percent-decoded before it is split, as core resolves it, so
 * `#/properties/50%25` names `50%` and `#/properties/h%E1%BB%8D` names `họ` (the data, the evaluation and the errors
 * all use core's reading).
 */
export function scopeKeys(scope: string): string[] {
  let body = scope.startsWith('#') ? scope.slice(1) : scope;
  if (body.includes('%'))
    try {
      body = decodeURIComponent(body);
    } catch {
      // A malformed escape: core rejects such a scope when it compiles; keep it as written here.
    }
  const segments = parsePointer(body);
  const out: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    if (segments[i] === 'properties' && i + 1 < segments.length) out.push(segments[++i]);
  }
  return out;
}

/** A Control scope (`#/properties/a/properties/b`) → the data pointer relative to its base (`/a/b`). */
export function scopeToPointer(scope: string): string {
  return toPointer(scopeKeys(scope));
}

const PLAIN_POINTER = /^[A-Za-z0-9/-]*$/;

/**
 * A DOM id for a data pointer, unique within one form: every character outside `[A-Za-z0-9-]` is escaped,
 * so `/a-b` and `/a/b` never collide.
 */
export function pointerToId(pointer: string, prefix = 'tk-field'): string {
  // The usual pointer has only letters, digits, "-" and "/" (escaped `_2f_`): one native replace, not a string
  // built character by character (a form makes one id per field on its first render).
  if (PLAIN_POINTER.test(pointer)) return prefix + pointer.replaceAll('/', '_2f_');
  let id = prefix;
  for (let i = 0; i < pointer.length; i++) {
    const c = pointer.charCodeAt(i);
    const plain = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
    id += plain ? pointer[i] : `_${c.toString(16)}_`;
  }
  return id;
}

/** True when `pointer` is `base` or lies under it. */
export function isUnder(pointer: string, base: string): boolean {
  // `pointer.startsWith(base + '/')`, without making that string.
  return pointer === base || base === '' || (pointer.length > base.length && pointer.charCodeAt(base.length) === 47 && pointer.startsWith(base));
}

/** Every leaf pointer of a JSON value that holds something (empty strings, arrays and objects are skipped). */
export function leafPointers(data: unknown, base = ''): string[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => leafPointers(v, joinPointer(base, i)));
  if (isObject(data)) return Object.entries(data).flatMap(([k, v]) => leafPointers(v, joinPointer(base, k)));
  return data === undefined || data === null || data === '' ? [] : [base];
}
