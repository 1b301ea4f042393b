// SPDX-License-Identifier: MIT
/**
 * A missing group, listed question by question. When the data has no `applicant` object at all, every engine reports
 * one `required` error for `applicant` (JSON Schema checks nothing inside a value that is not there), which the form
 * showed as one summary line ("Vui lòng nhập Người yêu cầu") linked to the group's first field; the citizen filled in
 * that field and "Next" then listed the other eleven. GOV.UK's error summary lists every question that needs an
 * answer on the first attempt, so `validate` replaces such an error with the `required` errors the object's required
 * descendants would have if the object were present and empty: one per required property, recursively through
 * required properties that are objects with required properties of their own.
 *
 * Each replacement is exactly the error an engine reports for the present, empty object (the object's
 * `instancePath`, the `schemaPath` where its `required` keyword is written, through `$ref`s, and `missingProperty`),
 * so messages, labels, author overrides, layout order and hidden-field filtering treat it like any other error, and
 * every engine (interpreter, ajv, precompiled) gives the same result because this runs on their canonical errors.
 *
 * Only the plain structure is followed: the object's own `properties` and `required` (and a `$ref` to a local
 * pointer, with its 2020-12 siblings; in draft-07 a `$ref` hides them, as in the engines' copies). Requirements an
 * object gets through `if`/`then`/`else`, `allOf`, `anyOf`/`oneOf`, `dependentRequired`/`dependentSchemas` are not
 * evaluated: deciding them needs values the citizen has not given yet (an `if` decides on the values inside the
 * object), and guessing would list questions the form may not ask. They are reported, as before, once the object
 * exists. So, besides the required properties listed:
 * - an object with no plain `required` list keeps its one error (there is nothing certain to list instead);
 * - a property whose declaration is not in plain `properties` (only in an `anyOf` branch, `patternProperties`,
 *   `additionalProperties`), whose `$ref` is not a local pointer (an anchor, another resource, a document with
 *   nested `$id`s), whose type is not just `object`, or whose expansion would repeat itself (a recursive schema)
 *   keeps its own error at that level;
 * - arrays are never entered: a missing required array stays one error (no item is invented);
 * - the caller's `staysOne(pointer)` keeps an object whole: `validate` passes the objects one Control answers by
 *   itself (an address in the admin-unit widget: one question, whose widget flags every part from the one error) and
 *   those whose `required` message the author worded.
 *
 * The expansion depends on the schema and the place alone, so it is decided once per `required` keyword and missing
 * pointer and then reused.
 */
import type { RawError } from '../models/engine.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import { draftOf } from '../rules/schema-match.js';
import { childPointer, escapeToken, fragmentTokens, getAtPointer, getAtTokens, parsePointer, toPointer } from '../util/json-pointer.js';
import { isObject, own } from '../util/json.js';
import { asSchemaObject } from '../util/schema-nav.js';

/**
 * One `required` error of an expansion, relative to the missing property: the escaped pointer from the missing
 * property down to the object that lacks `missingProperty` (`''`: itself), and where the `required` keyword is
 * written in the root schema.
 */
type MissingLeaf = readonly [at: string, schemaPath: string, missingProperty: string];

/** The most errors one missing property expands to; past it the property's own error stays. */
export const MAX_EXPANDED = 500;
/**
 * The most errors one validation adds by expanding; past it the remaining missing objects keep their own error.
 * Data is untrusted: 100,000 array items that each lack a required group must not become 100,000 × the group's
 * fields (a form a citizen fills in has a few hundred fields at most).
 */
export const MAX_ADDED = 5_000;
/** The deepest nesting of required objects followed. */
const MAX_NESTING = 32;
/** The most `$ref` hops followed from one property. */
const MAX_REF_HOPS = 32;
/** The most expansions remembered per form (required keywords × places: bounded by the schema and the data seen). */
const MAX_CACHED = 10_000;

/**
 * The endings of a schema pointer after which the subschema describes the same value as the schema around it (the
 * ending removed), tried in this order: a `required` written in a `then` names properties the enclosing object
 * schema declares. `anyOf`/`oneOf` branches are left out: their errors never reach this step (collapseErrors keeps
 * the group's error instead). Escaped tokens hold no `/`, so `[^/]*` is one whole token.
 */
const IN_PLACE: readonly RegExp[] = [/\/(?:then|else)$/, /\/(?:allOf|dependentSchemas|dependencies)\/[^/]*$/];

/** The pointer of the schema around an in-place subschema (see IN_PLACE), or `undefined`. */
const aroundOf = (pointer: string): string | undefined => {
  for (const ending of IN_PLACE) {
    const around = pointer.replace(ending, '');
    if (around !== pointer) return around;
  }
  return undefined;
};

/** True when the schema admits objects and nothing else (or says nothing about the type). */
const onlyObjects = (schema: JsonSchemaObject | undefined): boolean => {
  const type = schema?.type;
  const types: unknown[] = Array.isArray(type) ? type : [type ?? 'object'];
  return types.length > 0 && types.every((t) => t === 'object');
};

/** Replaces the `required` errors of missing groups in a list of canonical errors (see the module comment). */
export type MissingGroupExpander = (errors: RawError[]) => RawError[];

/**
 * Creates the expander of one form's schema. `staysOne(pointer)`: true when the missing object at this data
 * pointer must stay one error (asked for each object before it is expanded, at any depth).
 */
export const missingGroupExpander = (root: JsonSchemaObject, staysOne: (pointer: string) => boolean = () => false): MissingGroupExpander => {
  // In draft-07, the keywords beside a `$ref` are ignored (the engines validate a copy without them).
  const refHidesSiblings = draftOf(root.$schema) === 'draft-07';
  const cache = new Map<string, readonly MissingLeaf[] | null>();
  /** The schemas being expanded on the way to the current object: meeting one again means a recursive schema. */
  const active = new Set<string>();
  /** The errors the current expansion may still add. */
  let budget = 0;

  /** The schema object at a pointer (`true` is `{}`; `false` and non-schemas are `undefined`). */
  const schemaAt = (pointer: string): JsonSchemaObject | undefined => asSchemaObject(getAtPointer(root, pointer));

  /**
   * True when a schema between the root and `pointer` (itself included) declares its own `$id`: a `#/…` reference
   * written there resolves against that resource, not the root, so it is not followed.
   */
  const underNestedId = (pointer: string): boolean => {
    let at: unknown = root;
    for (const token of parsePointer(pointer) ?? []) {
      at = getAtTokens(at, [token]);
      if (typeof own(at, '$id') === 'string') return true;
    }
    return false;
  };

  /**
   * The pointers of the schemas that describe a value whose schema is at `pointer`: that one, then its `$ref` target
   * and so on (in draft-07 only the last, since a `$ref` hides its siblings). `undefined` when a reference is not a
   * local pointer.
   */
  const nodesOf = (pointer: string): string[] | undefined => {
    const nodes: string[] = [];
    for (let at = pointer, hops = 0; ; hops++) {
      const schema = schemaAt(at);
      if (schema === undefined) return undefined;
      const ref = schema.$ref;
      if (typeof ref !== 'string' || !refHidesSiblings) nodes.push(at);
      if (typeof ref !== 'string') return nodes;
      const tokens = ref.startsWith('#') ? fragmentTokens(ref) : undefined;
      if (tokens === undefined || hops >= MAX_REF_HOPS || underNestedId(at)) return undefined;
      at = toPointer(tokens);
    }
  };

  /** Where property `name` is declared in the plain `properties` of the schema at `at`, or `undefined`. */
  const propertyOf = (at: string, name: string): string | undefined => {
    const properties = own(schemaAt(at), 'properties');
    return isObject(properties) && Object.hasOwn(properties, name) ? `${at}/properties/${escapeToken(name)}` : undefined;
  };

  /** Where `name` is declared: on the first of these schemas that declares it. */
  const declaredOn = (schemas: readonly string[], name: string): string | undefined => {
    for (const at of schemas) {
      const found = propertyOf(at, name);
      if (found !== undefined) return found;
    }
    return undefined;
  };

  /**
   * Where `name` is declared for a `required` written at `holder` (an engine's own error): there, else in the schema
   * around it, lexically (its keyword was reached inside the object schema that holds it, while a node reached
   * through a `$ref` may sit anywhere), else on a `$ref` target beside it (2020-12).
   */
  const declarationOf = (holder: string, name: string): string | undefined => {
    const around: string[] = [];
    for (let at: string | undefined = holder; at !== undefined; at = aroundOf(at)) around.push(at);
    return declaredOn([...around, ...(nodesOf(holder) ?? [])], name);
  };

  /**
   * The errors that the missing object at data pointer `pointer`, declared at schema pointer `declared`, stands for;
   * `undefined` when it stays one error.
   */
  const leavesOf = (declared: string, pointer: string): MissingLeaf[] | undefined => {
    if (active.size >= MAX_NESTING || staysOne(pointer)) return undefined;
    const nodes = nodesOf(declared);
    if (nodes === undefined || !nodes.every((n) => onlyObjects(schemaAt(n))) || nodes.some((n) => active.has(n))) return undefined;
    for (const n of nodes) active.add(n);
    try {
      const out: MissingLeaf[] = [];
      const seen = new Set<string>();
      for (const node of nodes) {
        const required = schemaAt(node)?.required;
        if (Array.isArray(required))
          for (const name of required) {
            // A name required twice (here and in a `$ref` target) is one question.
            if (typeof name !== 'string' || seen.has(name)) continue;
            seen.add(name);
            // Declared on the node that requires it first, else on another node of the value.
            const childAt = declaredOn([node, ...nodes], name);
            const child = childPointer(pointer, name);
            const inner = childAt === undefined ? undefined : leavesOf(childAt, child);
            if (inner !== undefined) for (const [at, schemaPath, missing] of inner) out.push([child.slice(pointer.length) + at, schemaPath, missing]);
            else if (--budget < 0) return undefined;
            else out.push(['', `${node}/required`, name]);
          }
      }
      return out.length > 0 ? out : undefined;
    } finally {
      for (const n of nodes) active.delete(n);
    }
  };

  /**
   * The expansion of a `required` keyword's error for the missing property at `missing` (`null`: it stays one
   * error), decided once per keyword and place.
   */
  const expansionOf = (schemaPath: string, name: string, missing: string): readonly MissingLeaf[] | null => {
    const key = schemaPath + '\u0000' + missing;
    let found = cache.get(key);
    if (found === undefined) {
      const declared = declarationOf(schemaPath.slice(0, -'/required'.length), name);
      budget = MAX_EXPANDED;
      found = (declared === undefined ? undefined : leavesOf(declared, missing)) ?? null;
      if (cache.size < MAX_CACHED) cache.set(key, found);
    }
    return found;
  };

  return (errors) => {
    let out: RawError[] | undefined;
    let left = MAX_ADDED;
    for (let i = 0; i < errors.length; i++) {
      const e = errors[i];
      const name = e.params.missingProperty;
      const missing = typeof name === 'string' ? childPointer(e.instancePath, name) : '';
      const leaves =
        left > 0 && typeof name === 'string' && e.keyword === 'required' && e.schemaPath.endsWith('/required') ? expansionOf(e.schemaPath, name, missing) : null;
      if (leaves === null || leaves.length - 1 > left) {
        out?.push(e);
        continue;
      }
      left -= leaves.length - 1;
      // Copied from the first replaced error on: a list without missing groups is returned as it is.
      out ??= errors.slice(0, i);
      for (const [at, schemaPath, missingProperty] of leaves) out.push({ instancePath: missing + at, schemaPath, keyword: 'required', params: { missingProperty } });
    }
    return out ?? errors;
  };
};
