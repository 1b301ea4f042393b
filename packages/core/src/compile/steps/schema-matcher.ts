// SPDX-License-Identifier: MIT
/**
 * A yes/no JSON Schema (2020-12) matcher compiled to closures once: no generated code (it runs under a strict CSP),
 * no error objects, no locations. It exists for `checkMetaSchema`, which asks on every compile whether a
 * definition conforms to `form.schema.json`. For a conforming definition (the normal case: catalog forms, forms
 * loaded at run time) the answer is all that step needs, and the detailed engine pass that locates and explains
 * errors runs only when this matcher says no. Reporting stays the detailed pass's alone.
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

/**
 * A compiled check: true when the value matches. With `out`, a check that passes also adds the property names it
 * evaluated in that object (its `properties`, `patternProperties`, `additionalProperties`, and those of the in-place
 * subschemas that hold): what a sibling `unevaluatedProperties` must not look at again.
 */
type Check = (value: unknown, out?: Set<string>) => boolean;

/** A compiled yes/no matcher. */
export type Matcher = (value: unknown) => boolean;

/** What a keyword rule can ask while compiling. */
interface Compiler {
  /** Compiles a subschema (memoized per schema object, so recursive `$ref`s terminate). */
  sub(schema: unknown): Check;
  /** The document root (local `$ref`s resolve in it). */
  root: JsonObject;
}

/** A row of the keyword table: the keywords it reads and how it compiles them (undefined: nothing to check). */
interface KeywordRule {
  keywords: readonly string[];
  compile(schema: JsonObject, c: Compiler): Check | undefined;
}

const yes: Check = () => true;
const no: Check = () => false;

const isNumber = (v: unknown): v is number => typeof v === 'number';
const isString = (v: unknown): v is string => typeof v === 'string';

/** cfworker's instance types; `integer` is a number without a fraction. */
const TYPES: Readonly<Record<string, (v: unknown) => boolean>> = {
  null: (v) => v === null,
  boolean: (v) => typeof v === 'boolean',
  number: isNumber,
  integer: (v) => isNumber(v) && v % 1 === 0,
  string: isString,
  array: (v) => Array.isArray(v),
  object: isObject,
};

const typeTest = (name: unknown): ((v: unknown) => boolean) => (typeof name === 'string' && Object.hasOwn(TYPES, name) ? TYPES[name] : no);

const num = (schema: JsonObject, keyword: string): number => {
  const n = schema[keyword];
  if (typeof n !== 'number') throw new Error(`"${keyword}" must be a number`);
  return n;
};

const strings = (value: unknown, keyword: string): string[] => {
  if (!Array.isArray(value) || !value.every(isString)) throw new Error(`"${keyword}" must be an array of strings`);
  return value;
};

const subs = (schema: JsonObject, keyword: string, c: Compiler): Check[] => {
  const v = schema[keyword];
  if (!Array.isArray(v) || v.length === 0) throw new Error(`"${keyword}" must be a non-empty array`);
  return v.map((s) => c.sub(s));
};

/** A limit that applies to one instance type (numbers, string lengths, array lengths). */
const bound = (keyword: string, test: (v: unknown, limit: number) => boolean): KeywordRule => ({
  keywords: [keyword],
  compile: (s) => {
    const limit = num(s, keyword);
    return (v) => test(v, limit);
  },
});

/**
 * Runs a check whose annotations count only if it passes (an `if`, an `anyOf` branch): first without `out`, then,
 * once it is known to pass, again to collect its names (cheaper than a scratch set for every branch tried).
 */
const branch = (check: Check, v: unknown, out: Set<string> | undefined): boolean => {
  if (!check(v)) return false;
  if (out && isObject(v)) check(v, out);
  return true;
};

/** Keys of an object, exactly (`{ if, then }` has no `else`, `{ const }` nothing else). */
const hasExactly = (o: unknown, ...keys: string[]): o is JsonObject =>
  isObject(o) && Object.keys(o).length === keys.length && keys.every((k) => Object.hasOwn(o, k));

/**
 * `allOf: [{ if: { properties: { K: { const: C } }, required: [K] }, then: T }, …]` with one K, the way a schema
 * discriminates on a tag (UI elements on `type`): the value of K picks its `then`s from a table instead of every
 * `if` being tried. Same verdict and annotations: an object without K meets no `if`; a non-object meets every `if`
 * (`properties` and `required` ignore it), so every `then` applies. Undefined when `allOf` has another shape.
 */
const discriminated = (branches: unknown, c: Compiler): Check | undefined => {
  if (!Array.isArray(branches) || branches.length < 2) return undefined;
  let key: string | undefined;
  const table = new Map<unknown, Check[]>();
  const thens: Check[] = [];
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
    const then = Object.hasOwn(b, 'then') ? c.sub(b.then) : yes;
    thens.push(then);
    const list = table.get(tag.const);
    if (list) list.push(then);
    else table.set(tag.const, [then]);
  }
  const k = key!;
  return (v, out) => {
    const apply = isObject(v) ? (Object.hasOwn(v, k) ? table.get(v[k]) : undefined) : thens;
    if (!apply) return true;
    if (isObject(v)) out?.add(k);
    for (const then of apply) if (!then(v, out)) return false;
    return true;
  };
};

/** `properties`, `patternProperties` and `additionalProperties` together: the last depends on the first two. */
const objectMembers: KeywordRule = {
  keywords: ['properties', 'patternProperties', 'additionalProperties'],
  compile: (s, c) => {
    const props = isObject(s.properties) ? Object.keys(s.properties).map((k) => [k, c.sub((s.properties as JsonObject)[k])] as const) : [];
    const patterns = isObject(s.patternProperties)
      ? Object.keys(s.patternProperties).map((p) => [new RegExp(p, 'u'), c.sub((s.patternProperties as JsonObject)[p])] as const)
      : [];
    const additional = Object.hasOwn(s, 'additionalProperties') ? c.sub(s.additionalProperties) : undefined;
    if (!patterns.length && !additional && props.length <= 4)
      // Few declared names (UI elements, conditions): probing them beats listing the object's keys.
      return (v, out) => {
        if (!isObject(v)) return true;
        for (const [k, check] of props)
          if (Object.hasOwn(v, k)) {
            if (!check(v[k])) return false;
            out?.add(k);
          }
        return true;
      };
    const byName = new Map(props);
    return (v, out) => {
      if (!isObject(v)) return true;
      for (const k of Object.keys(v)) {
        const x = v[k];
        const check = byName.get(k);
        let covered = check !== undefined;
        if (check && !check(x)) return false;
        for (const [re, sub] of patterns)
          if (re.test(k)) {
            covered = true;
            if (!sub(x)) return false;
          }
        if (!covered && additional) {
          if (!additional(x)) return false;
          covered = true;
        }
        if (covered) out?.add(k);
      }
      return true;
    };
  },
};

/** Annotations and containers: nothing to check. */
const ANNOTATIONS = ['$schema', '$comment', 'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', '$defs', 'definitions'];

/** The keyword table, cheapest checks first. `unevaluatedProperties` is not here: it wraps all of them (see `sub`). */
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
      if (!Array.isArray(s.type)) return typeTest(s.type);
      const tests = s.type.map(typeTest);
      return (v) => tests.some((t) => t(v));
    },
  },
  {
    keywords: ['const'],
    compile: (s) => {
      const expected = s.const;
      if (typeof expected !== 'object' || expected === null) return (v) => v === expected;
      return (v) => deepCompareStrict(v, expected);
    },
  },
  {
    keywords: ['enum'],
    compile: (s) => {
      const values = s.enum;
      if (!Array.isArray(values)) throw new Error('"enum" must be an array');
      if (values.every((x) => typeof x !== 'object' || x === null)) {
        // Primitives only: cfworker compares them with `===` (NaN, where Set and === differ, is not JSON).
        const set = new Set(values);
        return (v) => set.has(v);
      }
      return (v) => values.some((x) => deepCompareStrict(v, x));
    },
  },
  bound('minLength', (v, n) => !isString(v) || ucs2length(v) >= n),
  bound('maxLength', (v, n) => !isString(v) || ucs2length(v) <= n),
  {
    keywords: ['pattern'],
    compile: (s) => {
      const re = new RegExp(String(s.pattern), 'u');
      return (v) => !isString(v) || re.test(v);
    },
  },
  {
    keywords: ['format'],
    compile: (s) => {
      const name = String(s.format);
      // The interpreter engine checks formats on strings and numbers with tokhai's table (engines/interpreter.ts).
      return (v) => !(isString(v) || isNumber(v)) || checkFormat(name, v);
    },
  },
  bound('minimum', (v, n) => !isNumber(v) || v >= n),
  bound('maximum', (v, n) => !isNumber(v) || v <= n),
  bound('exclusiveMinimum', (v, n) => !isNumber(v) || v > n),
  bound('exclusiveMaximum', (v, n) => !isNumber(v) || v < n),
  bound('minItems', (v, n) => !Array.isArray(v) || v.length >= n),
  bound('maxItems', (v, n) => !Array.isArray(v) || v.length <= n),
  bound('minProperties', (v, n) => !isObject(v) || Object.keys(v).length >= n),
  bound('maxProperties', (v, n) => !isObject(v) || Object.keys(v).length <= n),
  {
    keywords: ['uniqueItems'],
    compile: (s) =>
      s.uniqueItems !== true
        ? undefined
        : (v) => {
            if (!Array.isArray(v)) return true;
            for (let i = 0; i < v.length; i++)
              for (let j = i + 1; j < v.length; j++) {
                const a: unknown = v[i];
                const b: unknown = v[j];
                if (a === b || (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null && deepCompareStrict(a, b))) return false;
              }
            return true;
          },
  },
  {
    keywords: ['required'],
    compile: (s) => {
      const names = strings(s.required, 'required');
      if (names.length === 1) {
        const [name] = names;
        return (v) => !isObject(v) || Object.hasOwn(v, name);
      }
      return (v) => {
        if (!isObject(v)) return true;
        for (const k of names) if (!Object.hasOwn(v, k)) return false;
        return true;
      };
    },
  },
  {
    keywords: ['dependentRequired'],
    compile: (s) => {
      const deps = s.dependentRequired;
      if (!isObject(deps)) throw new Error('"dependentRequired" must be an object');
      const pairs = Object.keys(deps).map((k) => [k, strings(deps[k], 'dependentRequired')] as const);
      return (v) => {
        if (!isObject(v)) return true;
        for (const [k, names] of pairs) if (Object.hasOwn(v, k)) for (const n of names) if (!Object.hasOwn(v, n)) return false;
        return true;
      };
    },
  },
  {
    keywords: ['propertyNames'],
    compile: (s, c) => {
      const check = c.sub(s.propertyNames);
      return (v) => {
        if (!isObject(v)) return true;
        for (const k of Object.keys(v)) if (!check(k)) return false;
        return true;
      };
    },
  },
  objectMembers,
  {
    keywords: ['items'],
    compile: (s, c) => {
      if (Array.isArray(s.items)) throw new Error('an array "items" is not supported (2020-12: prefixItems)');
      const check = c.sub(s.items);
      return (v) => {
        if (!Array.isArray(v)) return true;
        for (const x of v) if (!check(x)) return false;
        return true;
      };
    },
  },
  {
    keywords: ['$ref'],
    compile: (s, c) => {
      const tokens = isString(s.$ref) && s.$ref.startsWith('#') ? parseFragmentPointer(s.$ref) : undefined;
      const target = tokens && getAtTokens(c.root, tokens);
      if (target === undefined) throw new Error(`"$ref": ${JSON.stringify(s.$ref)} is not a local reference into the document`);
      return c.sub(target);
    },
  },
  {
    keywords: ['allOf'],
    compile: (s, c) => {
      const dispatch = discriminated(s.allOf, c);
      if (dispatch) return dispatch;
      const all = subs(s, 'allOf', c);
      return (v, out) => {
        for (const check of all) if (!check(v, out)) return false;
        return true;
      };
    },
  },
  {
    keywords: ['anyOf'],
    compile: (s, c) => {
      const any = subs(s, 'anyOf', c);
      return (v, out) => {
        if (!out) return any.some((check) => check(v));
        // Every branch that holds annotates, so none is skipped.
        let matched = false;
        for (const check of any) if (branch(check, v, out)) matched = true;
        return matched;
      };
    },
  },
  {
    keywords: ['oneOf'],
    compile: (s, c) => {
      const one = subs(s, 'oneOf', c);
      return (v, out) => {
        let match: Check | undefined;
        for (const check of one)
          if (check(v)) {
            if (match) return false;
            match = check;
          }
        return match !== undefined && (!out || match(v, out));
      };
    },
  },
  {
    keywords: ['not'],
    compile: (s, c) => {
      const check = c.sub(s.not);
      return (v) => !check(v);
    },
  },
  {
    // `then`/`else` without `if` have no effect (as in the specification and cfworker).
    keywords: ['if', 'then', 'else'],
    compile: (s, c) => {
      if (!Object.hasOwn(s, 'if')) return undefined;
      const cond = c.sub(s.if);
      const then = Object.hasOwn(s, 'then') ? c.sub(s.then) : yes;
      const otherwise = Object.hasOwn(s, 'else') ? c.sub(s.else) : yes;
      return (v, out) => (branch(cond, v, out) ? then(v, out) : otherwise(v, out));
    },
  },
];

/** Every check must hold (each sees `out`). */
const every = (checks: Check[]): Check => {
  if (checks.length === 0) return yes;
  if (checks.length === 1) return checks[0];
  if (checks.length === 2) {
    const [a, b] = checks;
    return (v, out) => a(v, out) && b(v, out);
  }
  return (v, out) => {
    for (const check of checks) if (!check(v, out)) return false;
    return true;
  };
};

/**
 * `unevaluatedProperties` around the schema's other keywords: they run first and report what they evaluated. The
 * annotations follow the specification. (cfworker also lets such a keyword see annotations its parent made before
 * it, which can only matter for one inside an in-place applicator of an annotating schema: the meta-schemas have
 * none; `uiElement` is always reached with no annotations around it.)
 */
const unevaluated = (rest: Check, check: Check): Check => (v, out) => {
  if (!isObject(v)) return rest(v, out);
  const seen = new Set<string>();
  if (!rest(v, seen)) return false;
  for (const k of Object.keys(v)) {
    if (!seen.has(k) && !check(v[k])) return false;
    out?.add(k);
  }
  return true;
};

/**
 * Compiles `root` into a yes/no matcher. Throws for a keyword outside the table, a nested `$id`, or a `$ref` that is
 * not a JSON Pointer fragment into `root`. The matcher throws only where its input is not JSON (the caller screens
 * that) or nests deeper than the call stack.
 */
export const compileMatcher = (root: JsonObject): Matcher => {
  const cache = new Map<object, Check>();
  const c: Compiler = {
    root,
    sub(schema) {
      if (schema === true) return yes;
      if (schema === false) return no;
      if (!isObject(schema)) throw new Error('a subschema must be an object or a boolean');
      const hit = cache.get(schema);
      if (hit) return hit;
      // A recursive `$ref` reached while compiling this schema gets a forwarder to the finished check.
      const late: { check?: Check } = {};
      cache.set(schema, (v, out) => late.check!(v, out));
      const checks: Check[] = [];
      const used = new Set<string>(['unevaluatedProperties']);
      for (const rule of RULES) {
        if (!rule.keywords.some((k) => Object.hasOwn(schema, k))) continue;
        for (const k of rule.keywords) used.add(k);
        const check = rule.compile(schema, c);
        if (check) checks.push(check);
      }
      for (const k of Object.keys(schema)) if (!used.has(k)) throw new Error(`the keyword "${k}" is not supported`);
      const compiled = Object.hasOwn(schema, 'unevaluatedProperties') ? unevaluated(every(checks), c.sub(schema.unevaluatedProperties)) : every(checks);
      late.check = compiled;
      cache.set(schema, compiled);
      return compiled;
    },
  };
  const check = c.sub(root);
  return (value) => check(value);
};
