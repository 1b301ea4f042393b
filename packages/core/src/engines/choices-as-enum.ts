// SPDX-License-Identifier: MIT
/**
 * Choice lists as `enum`, before an engine compiles a schema. Catalog fields such as nationality are written as
 * `{ "oneOf": [{ "const": "VN", "title": "country.VN" }, …] }` so that every value carries its label. For
 * validation, `oneOf` over distinct constants means "equals exactly one constant", which is membership: the same
 * verdict as `enum: [constants]`. ajv's standalone code, however, writes out every branch of a `oneOf` at every
 * field that uses it (the birth form's validator more than doubled with 250 countries), and the interpreter walks
 * every branch too, whereas an `enum` is one array and one loop. So each engine validates a copy in which such a
 * `oneOf` is an `enum`; the definition itself is never touched (its hash, labels and `required.choice` all read it).
 *
 * A `oneOf` is rewritten only when the answer cannot change:
 * - every branch is an object holding `const` and annotations only (`title`, `description`, `$comment`,
 *   `examples`, `deprecated`, `readOnly`, `writeOnly`): annotations never fail, and a `const` branch evaluates no
 *   property or item, so `unevaluated*` beside it see the same thing;
 * - the constants are pairwise distinct as JSON Schema compares them (deep equality; `1` and `1.0` are the same
 *   number): with two equal constants, that value matches two branches and `oneOf` fails where `enum` would pass;
 * - the object has no `enum` of its own (the rewrite writes `enum` at the same object, so that the error's schema
 *   path is `<object>/enum` and its parent is the object that held `oneOf`: labels and message overrides find it);
 * - no `$ref` points into the `oneOf` (its branches disappear from the copy).
 * Every other keyword keeps its JSON Pointer, so errors are located exactly as before; a wrong value fails `enum`
 * ("choose from the list") instead of `oneOf` ("choose exactly one valid option").
 */
import { cloneJson, isObject, type JsonObject } from '../util/json.js';
import { walkSchema } from '../util/schema-walk.js';
import { refTargets } from './id-index.js';
import { firstDuplicate } from './normalize.js';

/** Keywords a choice branch may hold beside `const`: annotations, which never fail. */
const ANNOTATIONS: ReadonlySet<string> = new Set(['title', 'description', '$comment', 'examples', 'deprecated', 'readOnly', 'writeOnly']);

/** True when a branch is `{ const, …annotations }`. */
const isConstBranch = (branch: unknown): branch is JsonObject =>
  isObject(branch) && Object.hasOwn(branch, 'const') && Object.keys(branch).every((k) => k === 'const' || ANNOTATIONS.has(k));

/**
 * The constants of a `oneOf` that validates as their `enum`, or `undefined`: every branch a `const` branch, and no
 * two constants equal (`firstDuplicate` compares as JSON: key order ignored, `1.0` written as `1`).
 */
export const choiceConstants = (oneOf: unknown): unknown[] | undefined => {
  if (!Array.isArray(oneOf) || oneOf.length === 0 || !oneOf.every(isConstBranch)) return undefined;
  const values = oneOf.map((branch: JsonObject) => branch.const);
  return firstDuplicate(values) ? undefined : values;
};

/**
 * Rewrites, in place, every `oneOf` of distinct constants in a schema document into an `enum` (see above), and
 * returns the pointers of the objects rewritten. For an engine's private copy only.
 */
export const rewriteChoicesAsEnum = (copy: unknown): string[] => {
  const rewritten: string[] = [];
  const candidates = walkSchema(copy, Number.POSITIVE_INFINITY).positions.filter(
    (p) => isObject(p.schema) && Object.hasOwn(p.schema, 'oneOf') && !Object.hasOwn(p.schema, 'enum'),
  );
  if (candidates.length === 0) return rewritten;
  // Only looked for when some choice list exists: a reference into a `oneOf` keeps it as written.
  let targets: readonly string[] | undefined;
  for (const { schema, pointer } of candidates) {
    const s = schema as JsonObject;
    const values = choiceConstants(s.oneOf);
    if (values === undefined) continue;
    targets ??= refTargets(copy);
    const inside = `${pointer}/oneOf`;
    if (targets.some((t) => t === inside || t.startsWith(inside + '/'))) continue;
    delete s.oneOf;
    s.enum = values;
    rewritten.push(pointer);
  }
  return rewritten;
};

/**
 * A copy of `schema` in which every `oneOf` of distinct constants is an `enum`: what the engines compile and locate
 * errors in. The argument is never modified.
 */
export const choicesAsEnum = <T>(schema: T): T => {
  const copy = cloneJson(schema);
  rewriteChoicesAsEnum(copy);
  return copy;
};
