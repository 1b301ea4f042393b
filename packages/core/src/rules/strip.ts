// SPDX-License-Identifier: MIT
/**
 * Removing hidden data. The value at every hidden pointer is deleted; an array item is spliced out (later items
 * move up). An object that becomes empty *because of* stripping is deleted too, unless its parent's schema
 * requires it (then it stays `{}`, so the submission keeps the shape the schema needs) or it is an array item (the
 * number of items is the citizen's answer). Objects that were already empty are left alone.
 */
import type { JsonSchemaObject } from '../models/json-schema.js';
import { getAtTokens, parsePointer } from '../util/json-pointer.js';
import { isObject } from '../util/json.js';
import { requiredKeys } from './required.js';
import type { SchemaMatcher } from './schema-match.js';
import { schemasAlong } from './schema-nav.js';

const INDEX = /^(0|[1-9]\d*)$/;

/** Orders token lists so that deeper pointers and higher array indices come first (safe deletion order). */
function deletionOrder(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    const bothIndices = INDEX.test(a[i]) && INDEX.test(b[i]);
    return bothIndices ? Number(b[i]) - Number(a[i]) : a[i] < b[i] ? 1 : -1;
  }
  return b.length - a.length;
}

/** Deletes the value at `tokens` from `data` (mutates); true when something was there. */
function deleteAt(data: unknown, tokens: readonly string[]): boolean {
  if (tokens.length === 0) return false;
  const parent = getAtTokens(data, tokens.slice(0, -1));
  const key = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    if (!INDEX.test(key) || Number(key) >= parent.length) return false;
    parent.splice(Number(key), 1);
    return true;
  }
  if (isObject(parent) && Object.hasOwn(parent, key)) {
    delete parent[key];
    return true;
  }
  return false;
}

/** After a deletion under `tokens`' parent, deletes the objects it emptied, walking up (mutates). */
function pruneEmptied(data: unknown, tokens: readonly string[], root: JsonSchemaObject, matches: SchemaMatcher): void {
  for (let end = tokens.length - 1; end > 0; end--) {
    const path = tokens.slice(0, end);
    const value = getAtTokens(data, path);
    if (!isObject(value) || Object.keys(value).length > 0) return;
    const grandparent = getAtTokens(data, path.slice(0, -1));
    if (!isObject(grandparent)) return; // an array item, or nothing: leave it
    const parentSchema = schemasAlong(root, path)[end - 1];
    if (parentSchema !== undefined && requiredKeys(parentSchema, grandparent, root, matches).has(path[end - 1])) return;
    deleteAt(data, path);
  }
}

/** Removes the values at `pointers` from `data` (mutates it) and prunes the objects that emptied. */
export function stripHidden(data: unknown, pointers: readonly string[], root: JsonSchemaObject, matches: SchemaMatcher): void {
  const lists = pointers.map(parsePointer).filter((t): t is string[] => t !== undefined && t.length > 0);
  lists.sort(deletionOrder);
  for (const tokens of lists) if (deleteAt(data, tokens)) pruneEmptied(data, tokens, root, matches);
}

/** True when any of `pointers` has a value in `data`. */
export function anyPresent(data: unknown, pointers: readonly string[]): boolean {
  return pointers.some((p) => {
    const tokens = parsePointer(p);
    return tokens !== undefined && tokens.length > 0 && getAtTokens(data, tokens) !== undefined;
  });
}
