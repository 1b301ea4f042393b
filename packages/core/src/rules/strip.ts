// SPDX-License-Identifier: MIT
/**
 * Removing hidden data. The value at every hidden pointer is deleted; an array item is spliced out (later items
 * move up). An object that becomes empty *because of* stripping is deleted too, unless its parent's schema
 * requires it (then it stays `{}`, so the submission keeps the shape the schema needs) or it is an array item (the
 * number of items is the citizen's answer). Objects that were already empty are left alone.
 *
 * Edits are copy-on-write (cow.ts): only the containers on stripped paths are copied.
 */
import type { JsonSchemaObject } from '../models/json-schema.js';
import { getAtTokens } from '../util/json-pointer.js';
import { isObject } from '../util/json.js';
import { isIndexToken, type CopyOnWrite } from './cow.js';
import { requiredKeys } from './required.js';
import type { SchemaMatcher } from './schema-match.js';
import { schemasAlong } from './schema-nav.js';

/** Orders token lists so that deeper pointers and higher array indices come first (safe deletion order). */
function deletionOrder(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    const bothIndices = isIndexToken(a[i]) && isIndexToken(b[i]);
    return bothIndices ? Number(b[i]) - Number(a[i]) : a[i] < b[i] ? 1 : -1;
  }
  return b.length - a.length;
}

/** After a deletion under `tokens`' parent, deletes the objects it emptied, walking up. */
function pruneEmptied(data: CopyOnWrite, tokens: readonly string[], root: JsonSchemaObject, matches: SchemaMatcher): void {
  for (let end = tokens.length - 1; end > 0; end--) {
    const path = tokens.slice(0, end);
    const value = getAtTokens(data.root, path);
    if (!isObject(value) || Object.keys(value).length > 0) return;
    const grandparent = getAtTokens(data.root, path.slice(0, -1));
    if (!isObject(grandparent)) return; // an array item, or nothing: leave it
    const parentSchema = schemasAlong(root, path)[end - 1];
    if (parentSchema !== undefined && requiredKeys(parentSchema, grandparent, root, matches).has(path[end - 1])) return;
    data.deleteAt(path);
  }
}

/** Removes the values at `paths` (token lists) from `data` and prunes the objects that emptied. */
export function stripHidden(data: CopyOnWrite, paths: readonly (readonly string[])[], root: JsonSchemaObject, matches: SchemaMatcher): void {
  const lists = paths.filter((t) => t.length > 0).sort(deletionOrder);
  for (const tokens of lists) if (data.deleteAt(tokens)) pruneEmptied(data, tokens, root, matches);
}
