// SPDX-License-Identifier: MIT
/**
 * A yes/no JSON Schema (2020-12) matcher: the schema is compiled once into a tree of plain operations that one
 * small interpreter (`holds`/`passes`) runs. No generated code (it runs under a strict CSP), no error objects, no
 * locations. It exists for `checkMetaSchema`, which asks on every compile whether a definition conforms to
 * `form.schema.json`. For a conforming definition (the normal case: catalog forms, forms loaded at run time) the
 * answer is all that step needs, and the detailed engine pass that locates and explains errors runs only when this
 * matcher says no. Reporting stays the detailed pass's alone.
 *
 * Why an interpreter over a tree rather than one closure per keyword: a page compiles one form, once, so the match
 * mostly runs before the JavaScript engine has optimized anything. Two hot functions are optimized within that first
 * run; forty kinds of closures each wait for their own share of calls (measured: about 3x faster the first time,
 * the same once warm).
 *
 * Only the keywords the meta-schemas use are implemented, each with the semantics of @cfworker/json-schema (the
 * engine of the detailed pass): its `deepCompareStrict` equality and `ucs2length` lengths, `u`-flag patterns,
 * 2020-12 `$ref` beside sibling keywords, formats from tokhai's table as the interpreter engine injects them. Any
 * other keyword, a nested `$id` or a non-local `$ref` makes `compileMatcher` throw, so a keyword added to the
 * meta-schema is never silently ignored (the caller then keeps the detailed pass alone).
 */
import { deepCompareStrict, ucs2length } from '@cfworker/json-schema';
import { checkFormat } from '../../formats/index.js';
import { getAtTokens, parseFragmentPointer } from '../../util/json-pointer.js';
import { isObject, type JsonObject } from '../../util/json.js';

/** A compiled yes/no matcher. */
export type Matcher = (value: unknown) => boolean;

/** What an operation does (one keyword, or keywords that only make sense together). */
const enum K {
  False,
  Type,
  ConstPrimitive,
  Const,
  EnumSet,
  Enum,
  MinLength,
  MaxLength,
  Pattern,
  Format,
  Minimum,
  Maximum,
  ExclusiveMinimum,
  ExclusiveMaximum,
  MinItems,
  MaxItems,
  MinProperties,
  MaxProperties,
  UniqueItems,
  Required,
  DependentRequired,
  PropertyNames,
  /** `properties` alone with few names: probe each name. */
  Probe,
  /** `properties`, `patternProperties`, `additionalProperties`: walk the object's keys. */
  Members,
  Items,
  Ref,
  AllOf,
  /** `allOf` of `{ if: { properties: { key: { const } }, required: [key] }, then }`: pick the `then`s by tag. */
  Tagged,
  AnyOf,
  OneOf,
  Not,
  If,
}

/** One operation. One shape for all kinds, so the interpreter reads its fields from one object layout. */
class Op {
  constructor(
    readonly k: K,
    readonly n = 0,
    readonly a: unknown = undefined,
    readonly b: unknown = undefined,
    readonly c: unknown = undefined,
  ) {}
}

/** A compiled schema: every operation must hold; then `unevaluatedProperties` (when present) on what is left. */
class Node {
  ops: Op[] = [];
  unevaluated: Node | undefined = undefined;
}

const YES = new Node();
const NO = new Node();
NO.ops.push(new Op(K.False));

// ---------------------------------------------------------------------------------------------------------------
// The interpreter

/** JSON type bits; a number also has the integer bit when it has no fraction (as cfworker's `integer`). */
const T_NULL = 1;
const T_BOOLEAN = 2;
const T_NUMBER = 4;
const T_INTEGER = 8;
const T_STRING = 16;
const T_ARRAY = 32;
const T_OBJECT = 64;
const TYPE_BITS: Readonly<Record<string, number>> = {
  null: T_NULL,
  boolean: T_BOOLEAN,
  number: T_NUMBER | T_INTEGER,
  integer: T_INTEGER,
  string: T_STRING,
  array: T_ARRAY,
  object: T_OBJECT,
};

const typeBits = (v: unknown): number => {
  switch (typeof v) {
    case 'string':
      return T_STRING;
    case 'number':
      return v % 1 === 0 ? T_NUMBER | T_INTEGER : T_NUMBER;
    case 'boolean':
      return T_BOOLEAN;
    case 'object':
      return v === null ? T_NULL : Array.isArray(v) ? T_ARRAY : T_OBJECT;
    default:
      return 0;
  }
};

/**
 * True when `v` matches `node`. With `out`, a match also adds the property names it evaluated in that object (its
 * `properties`, `patternProperties`, `additionalProperties`, `unevaluatedProperties`, and those of the in-place
 * subschemas that hold): what a sibling `unevaluatedProperties` must not look at again.
 */
const holds = (node: Node, v: unknown, out: Set<string> | undefined): boolean => {
  const ops = node.ops;
  if (node.unevaluated === undefined || !isObject(v)) {
    for (let i = 0; i < ops.length; i++) if (!passes(ops[i], v, out)) return false;
    return true;
  }
  const seen = new Set<string>();
  for (let i = 0; i < ops.length; i++) if (!passes(ops[i], v, seen)) return false;
  for (const k of Object.keys(v)) {
    if (!seen.has(k) && !holds(node.unevaluated, v[k], undefined)) return false;
    out?.add(k);
  }
  return true;
};

/**
 * Runs a subschema whose annotations count only if it holds (an `if`, an `anyOf` branch): first without `out`,
 * then, once it is known to hold, again to collect its names (cheaper than a scratch set for every branch tried).
 */
const branch = (node: Node, v: unknown, out: Set<string> | undefined): boolean => {
  if (!holds(node, v, undefined)) return false;
  if (out !== undefined && isObject(v)) holds(node, v, out);
  return true;
};

/** True when `v` passes one operation. */
const passes = (op: Op, v: unknown, out: Set<string> | undefined): boolean => {
  switch (op.k) {
    case K.False:
      return false;
    case K.Type:
      return (op.n & typeBits(v)) !== 0;
    case K.ConstPrimitive:
      return v === op.a;
    case K.Const:
      return deepCompareStrict(v, op.a);
    case K.EnumSet:
      return (op.a as Set<unknown>).has(v);
    case K.Enum:
      return (op.a as unknown[]).some((x) => deepCompareStrict(v, x));
    case K.MinLength:
      return typeof v !== 'string' || ucs2length(v) >= op.n;
    case K.MaxLength:
      return typeof v !== 'string' || ucs2length(v) <= op.n;
    case K.Pattern:
      return typeof v !== 'string' || (op.a as RegExp).test(v);
    case K.Format:
      // The interpreter engine checks formats on strings and numbers with tokhai's table (engines/interpreter.ts).
      return (typeof v !== 'string' && typeof v !== 'number') || checkFormat(op.a as string, v);
    case K.Minimum:
      return typeof v !== 'number' || v >= op.n;
    case K.Maximum:
      return typeof v !== 'number' || v <= op.n;
    case K.ExclusiveMinimum:
      return typeof v !== 'number' || v > op.n;
    case K.ExclusiveMaximum:
      return typeof v !== 'number' || v < op.n;
    case K.MinItems:
      return !Array.isArray(v) || v.length >= op.n;
    case K.MaxItems:
      return !Array.isArray(v) || v.length <= op.n;
    case K.MinProperties:
      return !isObject(v) || Object.keys(v).length >= op.n;
    case K.MaxProperties:
      return !isObject(v) || Object.keys(v).length <= op.n;
    case K.UniqueItems:
      return !Array.isArray(v) || unique(v);
    case K.Required: {
      if (!isObject(v)) return true;
      for (const name of op.a as string[]) if (!Object.hasOwn(v, name)) return false;
      return true;
    }
    case K.DependentRequired: {
      if (!isObject(v)) return true;
      for (const [k, names] of op.a as Array<[string, string[]]>) if (Object.hasOwn(v, k)) for (const n of names) if (!Object.hasOwn(v, n)) return false;
      return true;
    }
    case K.PropertyNames: {
      if (!isObject(v)) return true;
      for (const k of Object.keys(v)) if (!holds(op.a as Node, k, undefined)) return false;
      return true;
    }
    case K.Probe: {
      if (!isObject(v)) return true;
      for (const [k, node] of op.a as Array<[string, Node]>)
        if (Object.hasOwn(v, k)) {
          if (!holds(node, v[k], undefined)) return false;
          out?.add(k);
        }
      return true;
    }
    case K.Members:
      return !isObject(v) || members(op, v, out);
    case K.Items: {
      if (!Array.isArray(v)) return true;
      for (const x of v) if (!holds(op.a as Node, x, undefined)) return false;
      return true;
    }
    case K.Ref:
      return holds(op.a as Node, v, out);
    case K.AllOf: {
      for (const node of op.a as Node[]) if (!holds(node, v, out)) return false;
      return true;
    }
    case K.Tagged: {
      const thens = isObject(v) ? (Object.hasOwn(v, op.a as string) ? (op.b as Map<unknown, Node[]>).get(v[op.a as string]) : undefined) : (op.c as Node[]);
      if (thens === undefined) return true;
      if (isObject(v)) out?.add(op.a as string);
      for (const node of thens) if (!holds(node, v, out)) return false;
      return true;
    }
    case K.AnyOf: {
      let matched = false;
      for (const node of op.a as Node[])
        if (out === undefined ? holds(node, v, undefined) : branch(node, v, out)) {
          // Every branch that holds annotates, so none is skipped when names are collected.
          if (out === undefined) return true;
          matched = true;
        }
      return matched;
    }
    case K.OneOf: {
      let match: Node | undefined;
      for (const node of op.a as Node[])
        if (holds(node, v, undefined)) {
          if (match !== undefined) return false;
          match = node;
        }
      return match !== undefined && (out === undefined || holds(match, v, out));
    }
    case K.Not:
      return !holds(op.a as Node, v, undefined);
    case K.If:
      return branch(op.a as Node, v, out) ? holds(op.b as Node, v, out) : holds(op.c as Node, v, out);
    default: {
      const unknown: never = op.k;
      return unknown;
    }
  }
};

/** `properties`, `patternProperties` and `additionalProperties` over the object's own keys. */
const members = (op: Op, v: JsonObject, out: Set<string> | undefined): boolean => {
  const byName = op.a as Map<string, Node>;
  const patterns = op.b as Array<[RegExp, Node]>;
  const additional = op.c as Node | undefined;
  for (const k of Object.keys(v)) {
    const x = v[k];
    const node = byName.get(k);
    let covered = node !== undefined;
    if (node !== undefined && !holds(node, x, undefined)) return false;
    for (const [re, sub] of patterns)
      if (re.test(k)) {
        covered = true;
        if (!holds(sub, x, undefined)) return false;
      }
    if (!covered && additional !== undefined) {
      if (!holds(additional, x, undefined)) return false;
      covered = true;
    }
    if (covered) out?.add(k);
  }
  return true;
};

/** cfworker's `uniqueItems`: `===`, or deep equality between two objects or arrays. */
const unique = (v: unknown[]): boolean => {
  for (let i = 0; i < v.length; i++)
    for (let j = i + 1; j < v.length; j++) {
      const a: unknown = v[i];
      const b: unknown = v[j];
      if (a === b || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && deepCompareStrict(a, b))) return false;
    }
  return true;
};

// ---------------------------------------------------------------------------------------------------------------
// The compiler

/** What a keyword rule can ask while compiling. */
interface Compiler {
  /** Compiles a subschema (memoized per schema object, so recursive `$ref`s terminate). */
  sub(schema: unknown): Node;
  /** The document root (local `$ref`s resolve in it). */
  root: JsonObject;
}

/** A row of the keyword table: the keywords it reads and the operation they become (undefined: nothing to check). */
interface KeywordRule {
  keywords: readonly string[];
  compile(schema: JsonObject, c: Compiler): Op | undefined;
}

const num = (schema: JsonObject, keyword: string): number => {
  const n = schema[keyword];
  if (typeof n !== 'number') throw new Error(`"${keyword}" must be a number`);
  return n;
};

const strings = (value: unknown, keyword: string): string[] => {
  if (!Array.isArray(value) || !value.every((x) => typeof x === 'string')) throw new Error(`"${keyword}" must be an array of strings`);
  return value;
};

const subs = (schema: JsonObject, keyword: string, c: Compiler): Node[] => {
  const v = schema[keyword];
  if (!Array.isArray(v) || v.length === 0) throw new Error(`"${keyword}" must be a non-empty array`);
  return v.map((s) => c.sub(s));
};

/** A keyword whose value is a number limit. */
const limit = (keyword: string, k: K): KeywordRule => ({ keywords: [keyword], compile: (s) => new Op(k, num(s, keyword)) });

/** Keys of an object, exactly (`{ if, then }` has no `else`, `{ const }` nothing else). */
const hasExactly = (o: unknown, ...keys: string[]): o is JsonObject =>
  isObject(o) && Object.keys(o).length === keys.length && keys.every((k) => Object.hasOwn(o, k));

/**
 * `allOf: [{ if: { properties: { K: { const: C } }, required: [K] }, then: T }, …]` with one K, the way a schema
 * discriminates on a tag (UI elements on `type`): the value of K picks its `then`s from a table instead of every
 * `if` being tried. Same verdict and annotations: an object without K meets no `if`; a non-object meets every `if`
 * (`properties` and `required` ignore it), so every `then` applies. Undefined when `allOf` has another shape.
 */
const tagged = (branches: unknown, c: Compiler): Op | undefined => {
  if (!Array.isArray(branches) || branches.length < 2) return undefined;
  let key: string | undefined;
  const table = new Map<unknown, Node[]>();
  const thens: Node[] = [];
  for (const b of branches) {
    if (!(hasExactly(b, 'if', 'then') || hasExactly(b, 'if'))) return undefined;
    const cond = b.if;
    if (!hasExactly(cond, 'properties', 'required') || !isObject(cond.properties)) return undefined;
    const names = Object.keys(cond.properties);
    if (names.length !== 1 || !Array.isArray(cond.required) || cond.required.length !== 1 || cond.required[0] !== names[0]) return undefined;
    if (key !== undefined && key !== names[0]) return undefined;
    key = names[0];
    const tag = cond.properties[key];
    if (!hasExactly(tag, 'const') || (typeof tag.const === 'object' && tag.const !== null)) return undefined;
    const then = Object.hasOwn(b, 'then') ? c.sub(b.then) : YES;
    thens.push(then);
    const list = table.get(tag.const);
    if (list) list.push(then);
    else table.set(tag.const, [then]);
  }
  return new Op(K.Tagged, 0, key, table, thens);
};

/** Annotations and containers: nothing to check. */
const ANNOTATIONS = ['$schema', '$comment', 'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$defs', 'definitions'];

/** The keyword table, cheapest checks first. `unevaluatedProperties` is not here: it runs after all of them. */
const RULES: readonly KeywordRule[] = [
  { keywords: ANNOTATIONS, compile: () => undefined },
  {
    keywords: ['$id'],
    compile: (s, c) => {
      // Only the root may set the base URI: local refs then resolve against the one document.
      if (s !== c.root) throw new Error('a nested "$id" is not supported');
      return undefined;
    },
  },
  {
    keywords: ['type'],
    compile: (s) => {
      const names: unknown[] = Array.isArray(s.type) ? s.type : [s.type];
      // An unknown type name matches nothing, as in cfworker.
      return new Op(K.Type, names.reduce<number>((bits, t) => bits | (typeof t === 'string' && Object.hasOwn(TYPE_BITS, t) ? TYPE_BITS[t] : 0), 0));
    },
  },
  {
    keywords: ['const'],
    compile: (s) => new Op(typeof s.const !== 'object' || s.const === null ? K.ConstPrimitive : K.Const, 0, s.const),
  },
  {
    keywords: ['enum'],
    compile: (s) => {
      const values = s.enum;
      if (!Array.isArray(values)) throw new Error('"enum" must be an array');
      // Primitives only: cfworker compares them with `===` (NaN, where Set and === differ, is not JSON).
      return values.every((x) => typeof x !== 'object' || x === null) ? new Op(K.EnumSet, 0, new Set(values)) : new Op(K.Enum, 0, values);
    },
  },
  limit('minLength', K.MinLength),
  limit('maxLength', K.MaxLength),
  { keywords: ['pattern'], compile: (s) => new Op(K.Pattern, 0, new RegExp(String(s.pattern), 'u')) },
  { keywords: ['format'], compile: (s) => new Op(K.Format, 0, String(s.format)) },
  limit('minimum', K.Minimum),
  limit('maximum', K.Maximum),
  limit('exclusiveMinimum', K.ExclusiveMinimum),
  limit('exclusiveMaximum', K.ExclusiveMaximum),
  limit('minItems', K.MinItems),
  limit('maxItems', K.MaxItems),
  limit('minProperties', K.MinProperties),
  limit('maxProperties', K.MaxProperties),
  { keywords: ['uniqueItems'], compile: (s) => (s.uniqueItems === true ? new Op(K.UniqueItems) : undefined) },
  { keywords: ['required'], compile: (s) => new Op(K.Required, 0, strings(s.required, 'required')) },
  {
    keywords: ['dependentRequired'],
    compile: (s) => {
      const deps = s.dependentRequired;
      if (!isObject(deps)) throw new Error('"dependentRequired" must be an object');
      return new Op(K.DependentRequired, 0, Object.keys(deps).map((k) => [k, strings(deps[k], 'dependentRequired')]));
    },
  },
  { keywords: ['propertyNames'], compile: (s, c) => new Op(K.PropertyNames, 0, c.sub(s.propertyNames)) },
  {
    // Together: `additionalProperties` applies to what the other two leave.
    keywords: ['properties', 'patternProperties', 'additionalProperties'],
    compile: (s, c) => {
      const props = isObject(s.properties) ? Object.keys(s.properties).map((k) => [k, c.sub((s.properties as JsonObject)[k])] as [string, Node]) : [];
      const patterns = isObject(s.patternProperties)
        ? Object.keys(s.patternProperties).map((p) => [new RegExp(p, 'u'), c.sub((s.patternProperties as JsonObject)[p])] as [RegExp, Node])
        : [];
      const additional = Object.hasOwn(s, 'additionalProperties') ? c.sub(s.additionalProperties) : undefined;
      // Few declared names (UI elements, conditions): probing them beats listing the object's keys.
      if (!patterns.length && !additional && props.length <= 4) return new Op(K.Probe, 0, props);
      return new Op(K.Members, 0, new Map(props), patterns, additional);
    },
  },
  {
    keywords: ['items'],
    compile: (s, c) => {
      if (Array.isArray(s.items)) throw new Error('an array "items" is not supported (2020-12: prefixItems)');
      return new Op(K.Items, 0, c.sub(s.items));
    },
  },
  {
    keywords: ['$ref'],
    compile: (s, c) => {
      const tokens = typeof s.$ref === 'string' && s.$ref.startsWith('#') ? parseFragmentPointer(s.$ref) : undefined;
      const target = tokens && getAtTokens(c.root, tokens);
      if (target === undefined) throw new Error(`"$ref": ${JSON.stringify(s.$ref)} is not a local reference into the document`);
      return new Op(K.Ref, 0, c.sub(target));
    },
  },
  { keywords: ['allOf'], compile: (s, c) => tagged(s.allOf, c) ?? new Op(K.AllOf, 0, subs(s, 'allOf', c)) },
  { keywords: ['anyOf'], compile: (s, c) => new Op(K.AnyOf, 0, subs(s, 'anyOf', c)) },
  { keywords: ['oneOf'], compile: (s, c) => new Op(K.OneOf, 0, subs(s, 'oneOf', c)) },
  { keywords: ['not'], compile: (s, c) => new Op(K.Not, 0, c.sub(s.not)) },
  {
    // `then`/`else` without `if` have no effect (as in the specification and cfworker).
    keywords: ['if', 'then', 'else'],
    compile: (s, c) =>
      Object.hasOwn(s, 'if')
        ? new Op(K.If, 0, c.sub(s.if), Object.hasOwn(s, 'then') ? c.sub(s.then) : YES, Object.hasOwn(s, 'else') ? c.sub(s.else) : YES)
        : undefined,
  },
];

/**
 * Compiles `root` into a yes/no matcher. Throws for a keyword outside the table, a nested `$id`, or a `$ref` that is
 * not a JSON Pointer fragment into `root`. The matcher throws only where its input is not JSON (the caller screens
 * that) or nests deeper than the call stack.
 *
 * `unevaluatedProperties` follows the specification's annotations. (cfworker also lets one see annotations its
 * parent made before it, which can only matter for one inside an in-place applicator of an annotating schema: the
 * meta-schemas have none; `uiElement` is always reached with no annotations around it.)
 */
export const compileMatcher = (root: JsonObject): Matcher => {
  const nodes = new Map<object, Node>();
  const c: Compiler = {
    root,
    sub(schema) {
      if (schema === true) return YES;
      if (schema === false) return NO;
      if (!isObject(schema)) throw new Error('a subschema must be an object or a boolean');
      let node = nodes.get(schema);
      if (node) return node;
      // Registered before its keywords are compiled: a recursive `$ref` gets this node and sees it filled later.
      nodes.set(schema, (node = new Node()));
      const used = new Set<string>(['unevaluatedProperties']);
      for (const rule of RULES) {
        if (!rule.keywords.some((k) => Object.hasOwn(schema, k))) continue;
        for (const k of rule.keywords) used.add(k);
        const op = rule.compile(schema, c);
        if (op) node.ops.push(op);
      }
      for (const k of Object.keys(schema)) if (!used.has(k)) throw new Error(`the keyword "${k}" is not supported`);
      if (Object.hasOwn(schema, 'unevaluatedProperties')) node.unevaluated = c.sub(schema.unevaluatedProperties);
      return node;
    },
  };
  const node = c.sub(root);
  return (value) => holds(node, value, undefined);
};
