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

/** One `required` error of an expansion, relative to the missing property. */
interface MissingLeaf {
  /** The escaped pointer from the missing property down to the object that lacks `missingProperty` (`''`: itself). */
  at: string;
  /** Where the `required` keyword is written in the root schema. */
  schemaPath: string;
  missingProperty: string;
}

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
 * Tokens after which a subschema describes the same value as the schema around it: a `required` written in a
 * `then` names properties the enclosing object schema declares. `anyOf`/`oneOf` branches are left out: their
 * errors never reach this step (collapseErrors keeps the group's error instead).
 */
const IN_PLACE_SINGLE: ReadonlySet<string> = new Set(['then', 'else']);
const IN_PLACE_KEYED: ReadonlySet<string> = new Set(['allOf', 'dependentSchemas', 'dependencies']);

/** A schema that applies to the value, with its pointer in the root schema. */
interface Node {
  pointer: string;
  schema: JsonSchemaObject;
}

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

  /** The schema object at a pointer (`true` is `{}`; `false` and non-schemas are `undefined`). */
  const schemaAt = (pointer: string): JsonSchemaObject | undefined => {
    const s = getAtPointer(root, pointer);
    return s === true ? {} : isObject(s) ? s : undefined;
  };

  /**
   * True when a schema between the root and `pointer` (itself included) declares its own `$id`: a `#/…` reference
   * written there resolves against that resource, not the root, so it is not followed.
   */
  const underNestedId = (pointer: string): boolean => {
    const tokens = parsePointer(pointer) ?? [];
    for (let i = 1; i <= tokens.length; i++) if (typeof own(getAtTokens(root, tokens.slice(0, i)), '$id') === 'string') return true;
    return false;
  };

  /**
   * The schemas that describe a value whose schema is at `pointer`: that one, then its `$ref` target and so on (in
   * draft-07 only the last, since a `$ref` hides its siblings). `undefined` when a reference is not a local pointer.
   */
  const nodesOf = (pointer: string): Node[] | undefined => {
    const nodes: Node[] = [];
    let at = pointer;
    for (let hops = 0; ; hops++) {
      const schema = schemaAt(at);
      if (schema === undefined) return undefined;
      const ref = schema.$ref;
      if (typeof ref !== 'string') {
        nodes.push({ pointer: at, schema });
        return nodes;
      }
      if (!refHidesSiblings) nodes.push({ pointer: at, schema });
      const tokens = ref.startsWith('#') ? fragmentTokens(ref) : undefined;
      if (tokens === undefined || hops >= MAX_REF_HOPS || underNestedId(at)) return undefined;
      at = toPointer(tokens);
    }
  };

  /**
   * Where property `name` is declared: in the `properties` of the schema at `holder`, else (when `around`, for a
   * `required` written in a `then`, an `allOf` member…) of the schema around it, lexically. Only the engine's own
   * errors look around: their keyword was reached inside the object schema that holds it, while a node reached
   * through a `$ref` may sit anywhere. `undefined` when not declared in plain `properties`.
   */
  const declarationOf = (holder: string, name: string, around: boolean): string | undefined => {
    let at = holder;
    for (;;) {
      const properties = own(schemaAt(at), 'properties');
      if (isObject(properties) && Object.hasOwn(properties, name)) return `${at}/properties/${escapeToken(name)}`;
      if (!around) return undefined;
      const tokens = parsePointer(at);
      if (tokens === undefined || tokens.length === 0) return undefined;
      const last = tokens[tokens.length - 1];
      if (IN_PLACE_SINGLE.has(last)) at = toPointer(tokens.slice(0, -1));
      else if (tokens.length >= 2 && IN_PLACE_KEYED.has(tokens[tokens.length - 2])) at = toPointer(tokens.slice(0, -2));
      else return undefined;
    }
  };

  /** Where `name` is declared on one of the nodes of a value (the one that requires it first). */
  const declaredOn = (nodes: readonly Node[], first: Node, name: string): string | undefined => {
    const own = declarationOf(first.pointer, name, false);
    if (own !== undefined) return own;
    for (const n of nodes) {
      const found = n === first ? undefined : declarationOf(n.pointer, name, false);
      if (found !== undefined) return found;
    }
    return undefined;
  };

  /** True when the schemas admit objects and nothing else (or say nothing about the type). */
  const onlyObjects = (nodes: readonly Node[]): boolean =>
    nodes.every(({ schema }) => {
      const t = schema.type;
      return t === undefined || t === 'object' || (Array.isArray(t) && t.length > 0 && t.every((x) => x === 'object'));
    });

  /**
   * The errors that the missing object at data pointer `pointer`, declared at schema pointer `declared`, stands for;
   * `undefined` when it stays one error. `active`: the schemas being expanded on the way here (meeting one again
   * means a recursive schema); `budget`: the errors still allowed.
   */
  const leavesOf = (declared: string, pointer: string, active: Set<string>, budget: { left: number }): MissingLeaf[] | undefined => {
    if (active.size >= MAX_NESTING || staysOne(pointer)) return undefined;
    const nodes = nodesOf(declared);
    if (nodes === undefined || !onlyObjects(nodes) || nodes.some((n) => active.has(n.pointer))) return undefined;
    for (const n of nodes) active.add(n.pointer);
    try {
      const out: MissingLeaf[] = [];
      const seen = new Set<string>();
      for (const node of nodes) {
        const required = node.schema.required;
        if (!Array.isArray(required)) continue;
        for (const name of required) {
          // A name required twice (here and in a `$ref` target) is one question.
          if (typeof name !== 'string' || seen.has(name)) continue;
          seen.add(name);
          const childAt = declaredOn(nodes, node, name);
          const child = childPointer(pointer, name);
          const inner = childAt === undefined ? undefined : leavesOf(childAt, child, active, budget);
          if (inner === undefined) {
            if (--budget.left < 0) return undefined;
            out.push({ at: '', schemaPath: `${node.pointer}/required`, missingProperty: name });
          } else {
            const prefix = child.slice(pointer.length);
            for (const leaf of inner) out.push({ at: prefix + leaf.at, schemaPath: leaf.schemaPath, missingProperty: leaf.missingProperty });
          }
        }
      }
      return out.length > 0 ? out : undefined;
    } finally {
      for (const n of nodes) active.delete(n.pointer);
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
      const holder = schemaPath.slice(0, -'/required'.length);
      // Declared where the `required` is written or around it, else on a `$ref` target beside it (2020-12).
      const holderNodes = nodesOf(holder);
      const declared = declarationOf(holder, name, true) ?? (holderNodes?.length ? declaredOn(holderNodes, holderNodes[0], name) : undefined);
      found = (declared === undefined ? undefined : leavesOf(declared, missing, new Set(), { left: MAX_EXPANDED })) ?? null;
      if (cache.size < MAX_CACHED) cache.set(key, found);
    }
    return found;
  };

  /** The `required` errors an error stands for, or `undefined` when it stays as it is. */
  const expand = (e: RawError): RawError[] | undefined => {
    const name = e.params.missingProperty;
    if (e.keyword !== 'required' || typeof name !== 'string' || !e.schemaPath.endsWith('/required')) return undefined;
    const missing = childPointer(e.instancePath, name);
    const leaves = expansionOf(e.schemaPath, name, missing);
    if (leaves === null) return undefined;
    return leaves.map((l) => ({ instancePath: missing + l.at, schemaPath: l.schemaPath, keyword: 'required', params: { missingProperty: l.missingProperty } }));
  };

  return (errors) => {
    let out: RawError[] | undefined;
    let left = MAX_ADDED;
    for (let i = 0; i < errors.length; i++) {
      const more = left > 0 ? expand(errors[i]) : undefined;
      if (more === undefined || more.length - 1 > left) {
        out?.push(errors[i]);
        continue;
      }
      left -= more.length - 1;
      // Copied from the first replaced error on: a list without missing groups is returned as it is.
      out ??= errors.slice(0, i);
      for (const e of more) out.push(e);
    }
    return out ?? errors;
  };
};
