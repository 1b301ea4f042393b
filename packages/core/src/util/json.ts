// SPDX-License-Identifier: MIT
/** Small helpers for reading untrusted JSON without touching prototypes. */

/** A plain JSON object (not null, not an array). */
export type JsonObject = Record<string, unknown>;

/** True for a non-null, non-array object. */
export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads an own property, never an inherited one (`o.constructor` of `{}` is `undefined` here). */
export const own = (o: unknown, key: string): unknown =>
  isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined;

/** Own string property or `undefined`. */
export const ownString = (o: unknown, key: string): string | undefined => {
  const v = own(o, key);
  return typeof v === 'string' ? v : undefined;
};

/** The depth past which tokhai's own recursive walks stop and report a located error instead of overflowing. */
export const MAX_DEPTH = 256;

/** Thrown by `cloneJson` for input JSON cannot represent as a tree: a cycle, or too many nodes once shared parts are copied. */
export class NotJsonError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotJsonError';
  }
}

/** The most nodes `cloneJson` copies (a shared subtree is copied once per place it appears). */
export const MAX_CLONE_NODES = 2_000_000;

/** Defines an own data property (for `__proto__`, where assignment would change the prototype instead). */
const defineOwn = (target: object, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

/**
 * Deep-clones JSON data into a tree; 10,000-deep input cannot overflow the stack. Own enumerable properties only;
 * keys such as `__proto__` are copied as data (defineProperty), never as prototype changes. An object referenced
 * from two places is copied twice, so the result has the shape the JSON text would have. Throws `NotJsonError` for
 * a cycle or past `MAX_CLONE_NODES` nodes (a small DAG can stand for an exponential tree). Non-JSON leaves
 * (functions, symbols, undefined) are copied as they are; array holes stay holes.
 *
 * Every compile copies the definition and the schema engine copies the schema, so this is a hot path, and in a
 * page it runs cold (before the code is optimized): recursive as long as the nesting allows (like `stableStringify`:
 * cold, up to twice as fast as the explicit stack, which is kept for deeper input), plain assignment except for
 * `__proto__`.
 */
export const cloneJson = <T>(value: T): T => copyJson(value, false).copy;

/**
 * `cloneJson`, with every object and array of the copy frozen as soon as it is complete: one walk where a copy that
 * is then deep-frozen would take two (a built form's definition, which nothing edits after the copy).
 */
export const cloneJsonFrozen = <T>(value: T): T => copyJson(value, true).copy;

/**
 * `cloneJsonFrozen`, also telling whether the copy is plain JSON data: no function or symbol anywhere in it, the
 * values `JSON.stringify` leaves out of an object or writes as `null` (so its text says exactly what the copy holds,
 * as far as `stableStringify` can tell). Same errors as `cloneJson`.
 */
export const cloneJsonFrozenChecked = <T>(value: T): { copy: T; plain: boolean } => copyJson(value, true);

/** What one copy keeps count of. */
interface CopyState {
  freeze: boolean;
  nodes: number;
  /** False once a function or symbol was copied. */
  plain: boolean;
}

const copyJson = <T>(value: T, freeze: boolean): { copy: T; plain: boolean } => {
  const state: CopyState = { freeze, nodes: 1, plain: true };
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function' || typeof value === 'symbol') state.plain = false;
    return { copy: value, plain: state.plain };
  }
  const copy = copyRecursive(value, 0, state) as T;
  return { copy, plain: state.plain };
};

/** Nesting a recursive walk takes before handing over to the iterative one (deep input must not overflow). */
const RECURSION_LIMIT = 200;

/** A non-object leaf as the copy keeps it, noting a function or symbol. */
const leaf = (v: unknown, state: CopyState): unknown => {
  if (typeof v === 'function' || typeof v === 'symbol') state.plain = false;
  return v;
};

/** The copy of one value of an object or array at `depth`: a leaf as it is, an object counted and copied. */
const copyValue = (v: unknown, depth: number, state: CopyState): unknown => {
  if (typeof v !== 'object' || v === null) return leaf(v, state);
  if (++state.nodes > MAX_CLONE_NODES) throw new NotJsonError(`more than ${MAX_CLONE_NODES} values`);
  return copyRecursive(v, depth + 1, state);
};

/**
 * The copy of one object or array, recursively. No cycle bookkeeping here: a cycle recurses to the limit, and the
 * iterative walk that takes over from there meets the object again on its own path and reports it.
 */
const copyRecursive = (src: object, depth: number, state: CopyState): object => {
  if (depth > RECURSION_LIMIT) return copyIterative(src, state);
  if (Array.isArray(src)) {
    const out: unknown[] = [];
    for (let i = 0; i < src.length; i++) if (i in src) out[i] = copyValue(src[i], depth, state);
    return state.freeze ? Object.freeze(out) : out;
  }
  const out: Record<string, unknown> = {};
  const keys = Object.keys(src);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const copy = copyValue((src as Record<string, unknown>)[key], depth, state);
    if (key === '__proto__') defineOwn(out, key, copy);
    else out[key] = copy;
  }
  return state.freeze ? Object.freeze(out) : out;
};

/** The same copy from an explicit stack (one frame per object on the current path): survives any depth. */
const copyIterative = (value: object, state: CopyState): object => {
  const freeze = state.freeze;
  const root: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  // Parallel stacks: the source object on the path, its copy, its keys (undefined for an array), the next index.
  const sources: object[] = [value];
  const copies: Array<Record<string, unknown> | unknown[]> = [root];
  const keyLists: Array<string[] | undefined> = [Array.isArray(value) ? undefined : Object.keys(value)];
  const next: number[] = [0];
  const onPath = new Set<unknown>([value]);
  while (sources.length) {
    const top = sources.length - 1;
    const src = sources[top] as Record<string, unknown> & unknown[];
    const keys = keyLists[top];
    const i = next[top];
    if (i >= (keys ? keys.length : src.length)) {
      onPath.delete(src);
      sources.pop();
      if (freeze) Object.freeze(copies[top]);
      copies.pop();
      keyLists.pop();
      next.pop();
      continue;
    }
    next[top] = i + 1;
    if (!keys && !(i in src)) continue;
    const v: unknown = keys ? src[keys[i]] : src[i];
    let copy = v;
    if (typeof v === 'object' && v !== null) {
      if (onPath.has(v)) throw new NotJsonError('a cycle');
      if (++state.nodes > MAX_CLONE_NODES) throw new NotJsonError(`more than ${MAX_CLONE_NODES} values`);
      const isArray = Array.isArray(v);
      copy = isArray ? [] : {};
      onPath.add(v);
      sources.push(v);
      copies.push(copy as Record<string, unknown> | unknown[]);
      keyLists.push(isArray ? undefined : Object.keys(v));
      next.push(0);
    } else leaf(v, state);
    const dst = copies[top];
    if (!keys) (dst as unknown[])[i] = copy;
    else if (keys[i] === '__proto__') defineOwn(dst, keys[i], copy);
    else (dst as Record<string, unknown>)[keys[i]] = copy;
  }
  return root;
};

/** Measures nesting depth iteratively, stopping early once `limit` is exceeded. */
export const depthExceeds = (value: unknown, limit: number): boolean => {
  const stack: Array<[unknown, number]> = [[value, 0]];
  const seen = new Set<unknown>();
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    if (d > limit) return true;
    seen.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return false;
};

/** A `JSON.stringify` with sorted keys (RFC 8785-like for plain data); used for hashing schemas. */
export const stableStringify = (value: unknown): string => stringifyRecursive(value, 0);

/**
 * The common case, recursive (2–3× faster than the explicit stack: it runs over a whole definition before a built
 * form's first render); a value nested deeper than `RECURSION_LIMIT` continues iteratively.
 */
const stringifyRecursive = (v: unknown, depth: number): string => {
  if (typeof v !== 'object' || v === null) return JSON.stringify(v) ?? 'null';
  if (depth > RECURSION_LIMIT) return stringifyIterative(v);
  if (Array.isArray(v)) {
    let out = '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out += ',';
      out += v[i] === undefined ? 'null' : stringifyRecursive(v[i], depth + 1);
    }
    return out + ']';
  }
  const keys = Object.keys(v).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const child = (v as JsonObject)[key];
    if (child === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += JSON.stringify(key) + ':' + stringifyRecursive(child, depth + 1);
  }
  return out + '}';
};

/** The same output, from an explicit stack: survives any depth. */
const stringifyIterative = (value: unknown): string => {
  const out: string[] = [];
  const stack: unknown[] = [value];
  const CLOSE_OBJ = Symbol('}');
  const CLOSE_ARR = Symbol(']');
  const COMMA = Symbol(',');
  while (stack.length) {
    const v = stack.pop();
    if (v === CLOSE_OBJ) out.push('}');
    else if (v === CLOSE_ARR) out.push(']');
    else if (v === COMMA) out.push(',');
    else if (v instanceof KeyToken) out.push(JSON.stringify(v.key) + ':');
    else if (Array.isArray(v)) {
      out.push('[');
      stack.push(CLOSE_ARR);
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push(v[i] === undefined ? null : v[i]);
        if (i > 0) stack.push(COMMA);
      }
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v).filter((k) => (v as JsonObject)[k] !== undefined).sort();
      out.push('{');
      stack.push(CLOSE_OBJ);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push((v as JsonObject)[keys[i]]);
        stack.push(new KeyToken(keys[i]));
        if (i > 0) stack.push(COMMA);
      }
    } else out.push(JSON.stringify(v) ?? 'null');
  }
  return out.join('');
};

class KeyToken {
  constructor(readonly key: string) {}
}
