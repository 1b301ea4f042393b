// SPDX-License-Identifier: MIT
/**
 * Copy-on-write edits of JSON data. The evaluator never deep-copies the data it is given: a copy-on-write value
 * starts as the caller's value, and an edit copies only the containers on the edited path (each at most once per
 * value); every other subtree stays shared with the source. So an evaluation costs what it edits, not what the
 * data weighs, and the caller's data is never touched.
 *
 * The edits keep the semantics the evaluator had when it edited a deep clone: own properties only, array items
 * by canonical index, `__proto__` and friends written as plain data (never as prototype changes).
 */
import { isObject, type JsonObject } from '../util/json.js';

const INDEX = /^(0|[1-9]\d*)$/;

/** Objects with at most this many keys are rebuilt without a deleted key rather than `delete`d from. */
const REBUILD_LIMIT = 32;

/** True for a canonical array index token (`0`, `12`; not `01`, `-1`). */
export const isIndexToken = (token: string): boolean => INDEX.test(token);

/** Sets an own data property, also for keys such as `__proto__` (which `=` would treat as a prototype change). */
export function setOwn(target: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** One step of a read as `getAtTokens` does it: own properties of objects, canonical indices of arrays. */
export function childOf(value: unknown, token: string): unknown {
  if (Array.isArray(value)) return INDEX.test(token) ? (value[Number(token)] as unknown) : undefined;
  if (value !== null && typeof value === 'object') return Object.hasOwn(value, token) ? (value as JsonObject)[token] : undefined;
  return undefined;
}

/**
 * A shallow copy of an object or array: own enumerable properties as data, one level. `Object.assign` onto a fresh
 * object, which V8 builds with fast properties that take the keys written later (the computed values) as cheaply:
 * a spread copy takes a slower path when a key is added, and ajv then reads the copy a sixth slower (measured on
 * the birth registration form). Assigning a `__proto__` key would change the prototype, so an object that has one
 * is copied with spread, which defines it as a plain own property.
 */
function shallowCopy(value: object): JsonObject | unknown[] {
  if (Array.isArray(value)) return (value as unknown[]).slice();
  return Object.hasOwn(value, '__proto__') ? { ...(value as JsonObject) } : (Object.assign({}, value) as JsonObject);
}

/** A value being edited: `root` is the current version; containers it copied are its own and edited in place. */
export class CopyOnWrite {
  /** The current version of the data (the source itself until the first edit). */
  root: unknown;
  private readonly owned = new Set<object>();

  constructor(source: unknown) {
    this.root = source;
  }

  /** True when an edit changed something (the root is then a copy). */
  get changed(): boolean {
    return this.owned.size > 0;
  }

  private own<T extends object>(value: T): T {
    if (this.owned.has(value)) return value;
    const copy = shallowCopy(value);
    this.owned.add(copy);
    return copy as T;
  }

  /**
   * The container at `tokens[0..end)`, made editable (it and every container above it copied once). `undefined`
   * when the path does not lead to an object or array.
   */
  private editable(tokens: readonly string[], end: number): JsonObject | unknown[] | undefined {
    if (this.root === null || typeof this.root !== 'object') return undefined;
    let cur = this.own(this.root as JsonObject | unknown[]);
    this.root = cur;
    for (let i = 0; i < end; i++) {
      const token = tokens[i];
      const next = childOf(cur, token);
      if (next === null || typeof next !== 'object') return undefined;
      const mine = this.own(next as JsonObject | unknown[]);
      if (mine !== next) {
        if (Array.isArray(cur)) cur[Number(token)] = mine;
        else setOwn(cur, token, mine);
      }
      cur = mine;
    }
    return cur;
  }

  /** Removes the own key `tokens[last]` of the object at `tokens[0..last)` (the caller checked both exist). */
  private removeKey(tokens: readonly string[]): void {
    const end = tokens.length - 1;
    const key = tokens[end];
    if (end === 0) {
      this.root = this.without(this.root as JsonObject, key);
      return;
    }
    const holder = this.editable(tokens, end - 1)!;
    const at = tokens[end - 1];
    const replaced = this.without(childOf(holder, at) as JsonObject, key);
    if (Array.isArray(holder)) holder[Number(at)] = replaced;
    else setOwn(holder, at, replaced);
  }

  /**
   * `value` without `key`, as an object of this value's own. A small object is rebuilt without the key: `delete`
   * would turn it into a slow dictionary object for every later reader (the schema validator reads the data right
   * after computed targets are rewritten). A large one is copied once and deleted from.
   */
  private without(value: JsonObject, key: string): JsonObject {
    const keys = Object.keys(value);
    if (keys.length > REBUILD_LIMIT) {
      const mine = this.own(value);
      delete mine[key];
      return mine;
    }
    const copy: JsonObject = {};
    for (const k of keys) if (k !== key) setOwn(copy, k, value[k]);
    this.owned.delete(value);
    this.owned.add(copy);
    return copy;
  }

  /**
   * Deletes the value at `tokens` walking objects only (a computed target never passes through an array): nothing
   * happens when a step is missing or not an object.
   */
  deleteInObjects(tokens: readonly string[]): void {
    if (tokens.length === 0) return;
    let cur: unknown = this.root;
    for (let i = 0; i < tokens.length - 1; i++) {
      if (!isObject(cur) || !Object.hasOwn(cur, tokens[i])) return;
      cur = cur[tokens[i]];
    }
    if (isObject(cur) && Object.hasOwn(cur, tokens[tokens.length - 1])) this.removeKey(tokens);
  }

  /**
   * Writes `value` at `tokens`, creating missing (or `undefined`) parent objects; stops (false) at a parent that is
   * not an object, keeping the objects created up to there. The root must be an object.
   */
  writeInObjects(tokens: readonly string[], value: unknown): boolean {
    if (!isObject(this.root) || tokens.length === 0) return false;
    let cur = this.own(this.root);
    this.root = cur;
    for (let i = 0; i < tokens.length - 1; i++) {
      const token = tokens[i];
      const next = Object.hasOwn(cur, token) ? cur[token] : undefined;
      if (next === undefined) {
        const created: JsonObject = {};
        this.owned.add(created);
        setOwn(cur, token, created);
        cur = created;
      } else if (isObject(next)) {
        const mine = this.own(next);
        if (mine !== next) setOwn(cur, token, mine);
        cur = mine;
      } else return false;
    }
    setOwn(cur, tokens[tokens.length - 1], value);
    return true;
  }

  /**
   * Deletes the value at `tokens` (an array item is spliced out, so later items move up). True when something
   * was there.
   */
  deleteAt(tokens: readonly string[]): boolean {
    if (tokens.length === 0) return false;
    let parent: unknown = this.root;
    for (let i = 0; i < tokens.length - 1; i++) parent = childOf(parent, tokens[i]);
    const key = tokens[tokens.length - 1];
    if (Array.isArray(parent)) {
      if (!INDEX.test(key) || Number(key) >= parent.length) return false;
      const mine = this.editable(tokens, tokens.length - 1) as unknown[];
      mine.splice(Number(key), 1);
      return true;
    }
    if (isObject(parent) && Object.hasOwn(parent, key)) {
      this.removeKey(tokens);
      return true;
    }
    return false;
  }
}

/** A fresh top-level copy of an object or array (nested values shared); other values as they are. */
export function freshRoot<T>(value: T): T {
  return value !== null && typeof value === 'object' ? (shallowCopy(value) as T) : value;
}
