// SPDX-License-Identifier: MIT
// RFC 6901 JSON Pointers: the one way every tokhai error, provenance entry and binding locates a value.

/** Escapes one reference token (`~` → `~0`, `/` → `~1`). */
export const escapeToken = (token: string | number): string =>
  String(token).replace(/~/g, '~0').replace(/\//g, '~1');

/** Joins reference tokens into a pointer (`[]` is the root, `''`). */
export const toPointer = (tokens: readonly (string | number)[]): string =>
  tokens.map((t) => '/' + escapeToken(t)).join('');

/** Splits a pointer into unescaped tokens; `undefined` when the text is not a pointer. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  const tokens = pointer.slice(1).split('/');
  // `~` must be followed by 0 or 1: anything else is not a pointer (RFC 6901 §3).
  if (tokens.some((t) => /~(?![01])/.test(t))) return undefined;
  return tokens.map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** True when `value` is a plain JSON object (not an array, not null). */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own-property lookup: never reaches `Object.prototype`, so `constructor` or `__proto__` are data, not code. */
const own = (value: unknown, token: string): { found: boolean; value?: unknown } => {
  if (Array.isArray(value)) {
    if (!/^(0|[1-9][0-9]*)$/.test(token)) return { found: false };
    const i = Number(token);
    return i < value.length ? { found: true, value: value[i] } : { found: false };
  }
  if (isJsonObject(value) && Object.prototype.hasOwnProperty.call(value, token)) {
    return { found: true, value: value[token] };
  }
  return { found: false };
};

/** The value at `pointer`, or `{found: false}` when any step is missing or the pointer is malformed. */
export function lookup(document: unknown, pointer: string): { found: boolean; value?: unknown } {
  const tokens = parsePointer(pointer);
  if (!tokens) return { found: false };
  let current: unknown = document;
  for (const token of tokens) {
    const step = own(current, token);
    if (!step.found) return { found: false };
    current = step.value;
  }
  return { found: true, value: current };
}

/** True when `pointer` is `prefix` or lies under it (`/a/b` is under `/a`, `/ab` is not). */
export const isUnder = (pointer: string, prefix: string): boolean =>
  pointer === prefix || pointer.startsWith(prefix + '/');
