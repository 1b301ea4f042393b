// SPDX-License-Identifier: MIT
/**
 * JSON Pointer (RFC 6901) helpers over plain JSON data. Bindings, provenance and failures are all keyed by pointers
 * into the form data or into a provider's claims, so every module reads and writes values through these four
 * functions. Writes never mutate their input: prefill must not change data the citizen's form still holds.
 */

/** Splits a pointer (`/a/b~1c`) into decoded segments (`['a', 'b/c']`); `''` is the root (`[]`). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new SyntaxError(`Not a JSON Pointer: "${pointer}" (must be "" or start with "/")`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Joins segments into a pointer, escaping `~` and `/`. */
export function formatPointer(segments: readonly string[]): string {
  return segments.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value at `pointer`, or `undefined` when any step is missing. Never throws on data. */
export function getPointer(data: unknown, pointer: string): unknown {
  let current = data;
  for (const key of parsePointer(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9]\d*)$/.test(key)) return undefined;
      current = current[Number(key)];
    } else if (isRecord(current) && Object.hasOwn(current, key)) {
      current = current[key];
    } else {
      return undefined;
    }
  }
  return current;
}

/** True when the data holds a value (other than `undefined`) at `pointer`. */
export function hasPointer(data: unknown, pointer: string): boolean {
  return getPointer(data, pointer) !== undefined;
}

/**
 * Returns a copy of `data` with `value` written at `pointer`; missing objects on the way are created (arrays are
 * created for numeric segments). Only the containers along the path are copied; siblings are shared.
 */
export function setPointer<T>(data: T, pointer: string, value: unknown): T {
  return writeAt(data, parsePointer(pointer), value) as T;
}

function writeAt(container: unknown, segments: string[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [key, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(container) && /^(0|[1-9]\d*|-)$/.test(key)) {
    const copy = [...(container as unknown[])];
    const index = key === '-' ? copy.length : Number(key);
    copy[index] = writeAt(copy[index], rest, value);
    return copy;
  }
  if (isRecord(container)) {
    return { ...container, [key]: writeAt(container[key], rest, value) };
  }
  // Nothing usable here: start a fresh container shaped by the segment.
  if (/^(0|[1-9]\d*)$/.test(key)) {
    const fresh: unknown[] = [];
    fresh[Number(key)] = writeAt(undefined, rest, value);
    return fresh;
  }
  return { [key]: writeAt(undefined, rest, value) };
}

/** True when `ancestor` is `pointer` itself or one of its parents (`/a` contains `/a/b`, not `/ab`). */
export function pointerContains(ancestor: string, pointer: string): boolean {
  return ancestor === pointer || ancestor === '' || pointer.startsWith(ancestor + '/');
}

/** True when one pointer contains the other (they address overlapping data). */
export function pointersOverlap(a: string, b: string): boolean {
  return pointerContains(a, b) || pointerContains(b, a);
}

/** The pointer of `pointer` relative to `ancestor` (`/a`, `/a/b/c` → `/b/c`); assumes containment. */
export function relativePointer(ancestor: string, pointer: string): string {
  return pointer.slice(ancestor.length);
}
