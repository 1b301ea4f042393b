// SPDX-License-Identifier: MIT
/** JSON Pointers (RFC 6901): the one way the CLI names a place in a definition, a schema or data. */

/** Escapes one reference token (`~` → `~0`, `/` → `~1`). */
export const escapeToken = (token: string | number): string => String(token).replace(/~/g, '~0').replace(/\//g, '~1');

/** Splits a pointer into unescaped tokens; `''` is the root. Also accepts the URI-fragment form `#/a/b`. */
export function parsePointer(pointer: string): string[] {
  const p = pointer.startsWith('#') ? decodeURIComponent(pointer.slice(1)) : pointer;
  if (p === '') return [];
  if (!p.startsWith('/')) throw new Error(`not a JSON Pointer: "${pointer}"`);
  return p
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Builds a pointer from tokens. */
export const toPointer = (tokens: readonly (string | number)[]): string =>
  tokens.map((t) => '/' + escapeToken(t)).join('');

/** Appends tokens to a pointer. */
export const appendPointer = (pointer: string, ...tokens: (string | number)[]): string => pointer + toPointer(tokens);

/** The value at `pointer` in `doc`, or `undefined`. Only own properties are followed. */
export function getPointer(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const token of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, token)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
