// SPDX-License-Identifier: MIT
import { MAX_DEPTH } from '../../util/json.js';
import { walkSchema, type SchemaWalk } from '../../util/schema-walk.js';
import type { CompileContext } from '../context.js';

/** Walks per data schema object: every compile copies the definition, so an entry lives as long as its compile. */
const walks = new WeakMap<object, SchemaWalk>();

/**
 * Every subschema position of the data schema (to `MAX_DEPTH`), walked once per compile and shared by the steps
 * that read it (normalizeSchema, checkFormats, checkPatterns); the steps only read the schema, never change it.
 */
export const schemaPositions = (it: CompileContext): SchemaWalk => {
  let walk = walks.get(it.schema);
  if (!walk) walks.set(it.schema, (walk = walkSchema(it.schema, MAX_DEPTH)));
  return walk;
};
