// SPDX-License-Identifier: MIT
/**
 * The closure matcher: "does this value match this schema?" compiled once into closures, with the verdict of the
 * interpreter engine (@cfworker/json-schema as engines/interpreter.ts runs it) for every schema it accepts, in both
 * drafts. No generated code (strict CSP), no error objects, no locations: rule conditions and conditional `required`
 * only need the yes/no, and a browser showing a built form then carries neither cfworker nor the interpreter's error
 * normalization (ADR 0002: rules are still decided by one implementation everywhere, this one).
 *
 * The semantics are cfworker 4's, keyword by keyword (its `validate.js`): `deepCompareStrict` for `const`/`enum` on
 * objects and arrays, `===` otherwise; `ucs2length`; `u`-flag patterns; exact decimal `multipleOf`; `integer` as a
 * number without a fraction; `items` as a schema or an array in both drafts, continuing after `prefixItems`;
 * `additionalItems` only beside `items`; `dependencies`, `dependentRequired`, `dependentSchemas`; `contains` with
 * `minContains`/`maxContains`; `unevaluatedProperties`/`unevaluatedItems` with cfworker's bookkeeping of evaluated
 * names (kept only when the schema uses them); keywords cfworker does not know are ignored. As the interpreter:
 * `format` is checked with tokhai's table (the formats carried check strings; other values pass); in draft-07 a
 * `$ref` hides its siblings (except `definitions`, `$schema`, `$comment`); data with `undefined` properties is read
 * without them, and data JSON cannot hold never matches.
 *
 * `compileClosureMatcher` throws `UnsupportedSchemaError` for what it does not implement rather than guess: standard
 * formats other than `date`, `time`, `date-time` and `email` (formats/run-time.ts), `$recursiveRef`, an `$id` (or
 * `id`) anywhere, a `$ref` that is not a plain JSON Pointer fragment to a subschema position of the same document
 * (anchors, URIs, percent-escapes), a `$ref` cycle that never reaches the data (cfworker overflows its stack there),
 * and keyword values of the wrong shape (rules/schema-check.ts reports those first). The definition checks refuse
 * such condition schemas (engines/condition-schema.ts), so a compiled form never holds one it cannot decide.
 */
import { deepCompareStrict, ucs2length } from '@cfworker/json-schema';
import { runTimeFormat } from '../formats/run-time.js';
import { escapeToken, unescapeToken } from '../util/json-pointer.js';
import { inspectData, dropUndefined } from '../util/json-data.js';
import { isObject, type JsonObject } from '../util/json.js';
import { isMultipleOf } from '../util/multiple-of.js';
import { SUBSCHEMA_ARRAY_KEYWORDS, SUBSCHEMA_KEYWORDS } from '../util/schema-walk.js';

/** The drafts the engines distinguish. */
export type MatcherDraft = '2020-12' | 'draft-07';

/** A compiled yes/no matcher. Never throws for JSON data; data JSON cannot hold (or `undefined`) never matches. */
export type ClosureMatcher = (value: unknown) => boolean;

/** A schema the closure matcher does not implement (the message names the keyword and where it is). */
export class UnsupportedSchemaError extends Error {
  override name = 'UnsupportedSchemaError';
}

/**
 * What cfworker records as evaluated for one instance (names or indices → true), chained through prototypes as it
 * does (`Object.create(parent)`): a subschema of `allOf`/`anyOf`/`oneOf` sees what its parent evaluated before it.
 */
type Evaluated = Record<string, true>;

/** A compiled check. `ev` is the instance's evaluated record when the schema uses `unevaluated*`, else undefined. */
type Check = (value: unknown, ev: Evaluated | undefined) => boolean;

const yes: Check = () => true;
const no: Check = () => false;

const fresh = (track: boolean): Evaluated | undefined => (track ? (Object.create(null) as Evaluated) : undefined);

/** cfworker's instance types. */
const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Keywords whose value is one subschema (cfworker's dereference `schemaKeyword`; the schema walker's table). */
const ONE = SUBSCHEMA_KEYWORDS;
/** Keywords whose value is an array of subschemas. */
const ARRAY = SUBSCHEMA_ARRAY_KEYWORDS;
/** Keywords whose value maps names to subschemas (not the walker's: cfworker does not enter `dependencies`). */
const MAP = new Set(['$defs', 'definitions', 'properties', 'patternProperties', 'dependentSchemas']);
/** Subschemas cfworker does not apply: keyword → the keyword whose absence (presence, for the last) leaves it out. */
const UNAPPLIED: ReadonlyArray<readonly [string, string]> = [
  ['then', 'if'],
  ['else', 'if'],
  ['additionalItems', 'items'],
  ['unevaluatedProperties', 'additionalProperties'],
];
/** What stays beside a draft-07 `$ref` (engines/draft07.ts). */
const DRAFT07_REF_KEPT = new Set(['$ref', 'definitions', '$schema', '$comment']);
/** Characters a `$ref` fragment may use here: those cfworker's URI normalization leaves as they are, without `%`. */
const PLAIN_FRAGMENT = /^#(?:\/[A-Za-z0-9._~!$&'()*+,;=:@?-]*)*$/;

const fail = (where: string, what: string): never => {
  throw new UnsupportedSchemaError(`${what} (at ${where || '#'})`);
};

const number = (s: JsonObject, k: string, at: string): number | undefined => {
  if (!Object.hasOwn(s, k)) return undefined;
  const n = s[k];
  return typeof n === 'number' ? n : fail(at, `"${k}" must be a number`);
};

const stringList = (v: unknown, k: string, at: string): string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : fail(at, `"${k}" must be an array of strings`);

/** When a measured number breaks a limit keyword (a number, a length, a count of items or properties). */
const BREAKS: Record<string, (n: number, limit: number) => boolean> = {
  minimum: (n, l) => n < l,
  maximum: (n, l) => n > l,
  exclusiveMinimum: (n, l) => n <= l,
  exclusiveMaximum: (n, l) => n >= l,
  multipleOf: (n, l) => !isMultipleOf(n, l),
};
for (const k of ['Length', 'Items', 'Properties']) {
  BREAKS[`min${k}`] = BREAKS.minimum;
  BREAKS[`max${k}`] = BREAKS.maximum;
}

/** The limits among `keys` that `s` sets (read in that order), as one test of a measured number; none: undefined. */
const limits = (s: JsonObject, at: string, keys: readonly string[]): ((n: number) => boolean) | undefined => {
  const set: Array<[(n: number, limit: number) => boolean, number]> = [];
  for (const k of keys) {
    const limit = number(s, k, at);
    if (limit !== undefined) set.push([BREAKS[k], limit]);
  }
  return set.length ? (n) => set.every(([breaks, limit]) => !breaks(n, limit)) : undefined;
};

/**
 * How a `format` is checked: the check for a name (values it does not apply to pass), or `undefined` for a format
 * that is known but not carried (the schema is then refused).
 */
export type FormatLookup = (name: string) => ((value: unknown) => boolean) | undefined;

/**
 * Compiles a schema; see the module comment. Throws `UnsupportedSchemaError`. `formats` defaults to the run-time
 * table (formats/run-time.ts); the tests pass the engines' full table to compare every format case too.
 */
export const compileClosureMatcher = (root: unknown, draft: MatcherDraft, formats: FormatLookup = runTimeFormat): ClosureMatcher => {
  if (root === true || root === false) return matcher(root ? yes : no, false);
  if (!isObject(root)) fail('', 'a schema must be an object or a boolean');
  const schemaRoot = root as JsonObject;
  const track = scan(schemaRoot, draft === 'draft-07');
  const cache = new Map<object, Check>();
  const draft07 = draft === 'draft-07';
  /** Schema → the schemas it applies to the same value (`$ref`, `allOf`…): a cycle there never ends in cfworker. */
  const inPlaceEdges = new Map<object, object[]>();
  const edge = (from: JsonObject, to: unknown): void => {
    if (!isObject(to)) return;
    const list = inPlaceEdges.get(from);
    if (list) list.push(to);
    else inPlaceEdges.set(from, [to]);
  };

  const resolve = (ref: unknown, at: string): unknown => {
    if (typeof ref !== 'string' || !PLAIN_FRAGMENT.test(ref)) return fail(at, `the $ref ${JSON.stringify(ref)} is not a plain JSON Pointer into this schema`);
    const unresolved = (): never => fail(at, `the $ref ${ref} does not resolve`);
    const tokens = ref === '#' ? [] : ref.slice(2).split('/').map(unescapeToken);
    let node: unknown = schemaRoot;
    for (let i = 0; i < tokens.length; i++) {
      const kw = tokens[i];
      if (!isObject(node) || !Object.hasOwn(node, kw)) return unresolved();
      if (draft07 && typeof node.$ref === 'string' && !DRAFT07_REF_KEPT.has(kw)) return fail(at, `the $ref ${ref} points beside a draft-07 $ref`);
      const value = node[kw];
      if (ARRAY.has(kw) && Array.isArray(value)) {
        const index = tokens[++i];
        if (index === undefined || !/^(0|[1-9]\d*)$/.test(index) || Number(index) >= value.length) return unresolved();
        node = value[Number(index)];
      } else if (MAP.has(kw)) {
        const key = tokens[++i];
        if (key === undefined || !isObject(value) || !Object.hasOwn(value, key)) return unresolved();
        node = value[key];
      } else if (ONE.has(kw)) node = value;
      else return fail(at, `the $ref ${ref} points into "${kw}", which holds no subschema`);
    }
    if (typeof node !== 'boolean' && !isObject(node)) return fail(at, `the $ref ${ref} does not point to a schema`);
    return node;
  };

  const sub = (schema: unknown, at: string): Check => {
    if (schema === true) return yes;
    if (schema === false) return no;
    if (!isObject(schema)) return fail(at, 'a subschema must be an object or a boolean');
    const hit = cache.get(schema);
    if (hit) return hit;
    // A recursive `$ref` reached while compiling this schema gets a forwarder to the finished check.
    const late: { check?: Check } = {};
    cache.set(schema, (v, ev) => late.check!(v, ev));
    const check = compileSchema(schema, at);
    late.check = check;
    cache.set(schema, check);
    return check;
  };

  const subs = (s: JsonObject, k: string, at: string, inPlace = false): Check[] => {
    const v = s[k];
    if (inPlace && Array.isArray(v)) for (const x of v) edge(s, x);
    return Array.isArray(v) ? v.map((x, i) => sub(x, `${at}/${k}/${i}`)) : fail(at, `"${k}" must be an array of schemas`);
  };

  const map = (s: JsonObject, k: string, at: string, inPlace = false): Array<[string, Check]> => {
    const v = s[k];
    if (!isObject(v)) return fail(at, `"${k}" must be an object of schemas`);
    if (inPlace) for (const x of Object.values(v)) edge(s, x);
    return Object.keys(v).map((name) => [name, sub(v[name], `${at}/${k}/${escapeToken(name)}`)]);
  };

  /** The keywords of one schema object, in cfworker's order; every one must hold. */
  const compileSchema = (s: JsonObject, at: string): Check => {
    if (Object.hasOwn(s, '$recursiveRef')) fail(at, '"$recursiveRef" is not supported');
    const checks: Check[] = [];
    // Definitions are compiled even when nothing refers to them: the interpreter refuses a schema with an
    // unresolvable `$ref` anywhere, and so must this.
    for (const k of ['$defs', 'definitions'])
      if (Object.hasOwn(s, k) && (!draft07 || typeof s.$ref !== 'string' || k === 'definitions')) map(s, k, at);
    if (Object.hasOwn(s, '$ref')) {
      const target = resolve(s.$ref, at);
      edge(s, target);
      const ref = sub(target, `${at}/$ref`);
      // Draft-07 ignores the keywords beside `$ref` (the interpreter removes them; cfworker stops there too).
      if (draft07) return ref;
      checks.push(ref);
    }
    // Subschemas cfworker never applies (`then`/`else` without `if`, `additionalItems` without `items`,
    // `unevaluatedProperties` beside `additionalProperties`) are still compiled: the interpreter refuses an
    // unresolvable `$ref` in them, and so must this.
    for (const [k, unless] of UNAPPLIED) if (Object.hasOwn(s, k) && Object.hasOwn(s, unless) === (k === 'unevaluatedProperties')) sub(s[k], `${at}/${k}`);
    const simple = valueKeywords(s, at);
    if (simple) checks.push(simple);
    const applicators = inPlace(s, at);
    if (applicators) checks.push(applicators);
    const byType = typeKeywords(s, at);
    if (byType) checks.push(byType);
    return every(checks);
  };

  /** `type`, `const`, `enum`, `format`: the checks that read the instance itself. */
  const valueKeywords = (s: JsonObject, at: string): Check | undefined => {
    const checks: Check[] = [];
    if (Object.hasOwn(s, 'type')) checks.push(typeCheck(s.type, at));
    if (Object.hasOwn(s, 'const')) {
      const expected = s.const;
      checks.push(typeof expected === 'object' && expected !== null ? (v) => (typeof v === 'object' && v !== null ? deepCompareStrict(v, expected) : v === expected) : (v) => v === expected);
    }
    if (Object.hasOwn(s, 'enum')) {
      const values = s.enum;
      if (!Array.isArray(values)) fail(at, '"enum" must be an array');
      const list = values as unknown[];
      // cfworker compares primitives with `===` (a Set agrees: JSON has no NaN), objects and arrays deeply.
      const primitives = new Set(list.filter((x) => typeof x !== 'object' || x === null));
      checks.push((v) => (typeof v === 'object' && v !== null ? list.some((x) => deepCompareStrict(v, x)) : primitives.has(v)));
    }
    if (Object.hasOwn(s, 'format')) {
      const name = s.format;
      if (typeof name !== 'string') fail(at, '"format" must be a string');
      // As the interpreter injects it: tokhai's table decides (for a string format, other values pass); an unknown
      // name passes everything. The standard formats a built form's bundle does not carry are refused.
      const check = formats(name as string);
      if (!check) fail(at, `the format "${String(name)}" is not available to rule conditions (use date, time, date-time, email or a tokhai format)`);
      checks.push(check!);
    }
    return checks.length ? every(checks) : undefined;
  };

  /** `not`, `anyOf`, `allOf`, `oneOf`, `if`/`then`/`else`, with cfworker's evaluated bookkeeping. */
  const inPlace = (s: JsonObject, at: string): Check | undefined => {
    const checks: Check[] = [];
    if (Object.hasOwn(s, 'not')) {
      edge(s, s.not);
      const not = sub(s.not, `${at}/not`);
      checks.push((v) => !not(v, fresh(track)));
    }
    const anyOf = Object.hasOwn(s, 'anyOf') ? subs(s, 'anyOf', at, true) : undefined;
    const allOf = Object.hasOwn(s, 'allOf') ? subs(s, 'allOf', at, true) : undefined;
    const oneOf = Object.hasOwn(s, 'oneOf') ? subs(s, 'oneOf', at, true) : undefined;
    if (anyOf || allOf || oneOf)
      checks.push((v, ev) => {
        // With evaluated names tracked, every `anyOf` branch runs (as in cfworker): each that holds records what it
        // evaluated in its own record, chained to the parent's; they are merged once all three keywords hold.
        const held: Evaluated[] | undefined = ev ? [] : undefined;
        const branch = (c: Check): boolean => {
          if (!held) return c(v, undefined);
          const own = Object.create(ev ?? null) as Evaluated;
          const ok = c(v, own);
          if (ok) held.push(own);
          return ok;
        };
        if (anyOf) {
          let any = false;
          for (const c of anyOf)
            if (branch(c)) {
              any = true;
              if (!held) break;
            }
          if (!any) return false;
        }
        if (allOf) for (const c of allOf) if (!branch(c)) return false;
        if (oneOf) {
          let n = 0;
          for (const c of oneOf) if (branch(c) && ++n > 1) return false;
          if (n !== 1) return false;
        }
        if (held && typeof v === 'object' && v !== null) Object.assign(ev!, ...held);
        return true;
      });
    if (Object.hasOwn(s, 'if')) {
      for (const k of ['if', 'then', 'else']) edge(s, s[k]);
      const cond = sub(s.if, `${at}/if`);
      const then = Object.hasOwn(s, 'then') ? sub(s.then, `${at}/then`) : yes;
      const otherwise = Object.hasOwn(s, 'else') ? sub(s.else, `${at}/else`) : yes;
      checks.push((v, ev) => {
        const seen = fresh(track);
        if (cond(v, seen)) {
          if (ev && seen) Object.assign(ev, seen);
          return then(v, ev);
        }
        return otherwise(v, ev);
      });
    }
    return checks.length ? every(checks) : undefined;
  };

  /** The keywords that apply to one instance type. */
  const typeKeywords = (s: JsonObject, at: string): Check | undefined => {
    const object = objectKeywords(s, at);
    const array = arrayKeywords(s, at);
    const num = numberKeywords(s, at);
    const str = stringKeywords(s, at);
    if (!object && !array && !num && !str) return undefined;
    return (v, ev) => {
      if (typeof v === 'string') return !str || str(v, ev);
      if (typeof v === 'number') return !num || num(v, ev);
      if (Array.isArray(v)) return !array || array(v, ev);
      if (typeof v === 'object' && v !== null) return !object || object(v, ev);
      return true;
    };
  };

  const objectKeywords = (s: JsonObject, at: string): Check | undefined => {
    const checks: Check[] = [];
    if (Object.hasOwn(s, 'required')) {
      const names = stringList(s.required, 'required', at);
      checks.push((v) => names.every((k) => Object.hasOwn(v as JsonObject, k)));
    }
    const count = limits(s, at, ['minProperties', 'maxProperties']);
    if (count) checks.push((v) => count(Object.keys(v as JsonObject).length));
    if (Object.hasOwn(s, 'propertyNames')) {
      const names = sub(s.propertyNames, `${at}/propertyNames`);
      checks.push((v) => Object.keys(v as JsonObject).every((k) => names(k, fresh(track))));
    }
    if (Object.hasOwn(s, 'dependentRequired')) {
      const deps = s.dependentRequired;
      if (!isObject(deps)) fail(at, '"dependentRequired" must be an object');
      const pairs = Object.keys(deps as JsonObject).map((k) => [k, stringList((deps as JsonObject)[k], 'dependentRequired', at)] as const);
      checks.push((v) => pairs.every(([k, names]) => !Object.hasOwn(v as JsonObject, k) || names.every((n) => Object.hasOwn(v as JsonObject, n))));
    }
    if (Object.hasOwn(s, 'dependentSchemas')) {
      const deps = map(s, 'dependentSchemas', at, true);
      checks.push((v, ev) => {
        let ok = true;
        for (const [k, check] of deps) if (Object.hasOwn(v as JsonObject, k) && !check(v, ev)) ok = false;
        return ok;
      });
    }
    if (Object.hasOwn(s, 'dependencies')) {
      const deps = s.dependencies;
      if (!isObject(deps)) fail(at, '"dependencies" must be an object');
      const rows = Object.keys(deps as JsonObject).map((k): [string, string[] | Check] => {
        const d = (deps as JsonObject)[k];
        if (!Array.isArray(d)) edge(s, d);
        return [k, Array.isArray(d) ? stringList(d, 'dependencies', at) : sub(d, `${at}/dependencies/${k}`)];
      });
      checks.push((v) => {
        for (const [k, dep] of rows) {
          if (!Object.hasOwn(v as JsonObject, k)) continue;
          if (Array.isArray(dep) ? !dep.every((n) => Object.hasOwn(v as JsonObject, n)) : !dep(v, fresh(track))) return false;
        }
        return true;
      });
    }
    const members = objectMembers(s, at);
    if (members) checks.push(members);
    return checks.length ? every(checks) : undefined;
  };

  /** `properties`, `patternProperties`, `additionalProperties`, else `unevaluatedProperties` (cfworker's order). */
  const objectMembers = (s: JsonObject, at: string): Check | undefined => {
    const props = Object.hasOwn(s, 'properties') ? map(s, 'properties', at) : undefined;
    const patterns = Object.hasOwn(s, 'patternProperties')
      ? map(s, 'patternProperties', at).map(([p, check]): [RegExp, Check] => {
          try {
            return [new RegExp(p, 'u'), check];
          } catch {
            return fail(at, `"${p}" is not a valid regular expression`);
          }
        })
      : undefined;
    const additional = Object.hasOwn(s, 'additionalProperties') ? sub(s.additionalProperties, `${at}/additionalProperties`) : undefined;
    const unevaluated = !additional && Object.hasOwn(s, 'unevaluatedProperties') ? sub(s.unevaluatedProperties, `${at}/unevaluatedProperties`) : undefined;
    if (!props && !patterns && !additional && !unevaluated) return undefined;
    if (!track && !patterns && !additional) {
      // The common case (conditions on a few named properties): probe them.
      const list = props!;
      return (v) => {
        const o = v as JsonObject;
        for (const [k, check] of list) if (Object.hasOwn(o, k) && !check(o[k], undefined)) return false;
        return true;
      };
    }
    return (v, ev) => {
      const o = v as JsonObject;
      const here = additional ? new Set<string>() : undefined;
      if (props)
        for (const [k, check] of props) {
          if (!Object.hasOwn(o, k)) continue;
          here?.add(k);
          if (!check(o[k], fresh(track))) return false;
          if (ev) ev[k] = true;
        }
      if (patterns)
        for (const [re, check] of patterns)
          for (const k of Object.keys(o)) {
            if (!re.test(k)) continue;
            here?.add(k);
            if (!check(o[k], fresh(track))) return false;
            if (ev) ev[k] = true;
          }
      if (additional) {
        for (const k of Object.keys(o)) {
          if (here!.has(k)) continue;
          if (!additional(o[k], fresh(track))) return false;
          if (ev) ev[k] = true;
        }
      } else if (unevaluated)
        for (const k of Object.keys(o)) {
          if (ev?.[k]) continue;
          if (!unevaluated(o[k], fresh(track))) return false;
          if (ev) ev[k] = true;
        }
      return true;
    };
  };

  const arrayKeywords = (s: JsonObject, at: string): Check | undefined => {
    const count = limits(s, at, ['minItems', 'maxItems']);
    const prefix = Object.hasOwn(s, 'prefixItems') ? subs(s, 'prefixItems', at) : undefined;
    const hasItems = Object.hasOwn(s, 'items');
    const itemList = hasItems && Array.isArray(s.items) ? subs(s, 'items', at) : undefined;
    const items = hasItems && !itemList ? sub(s.items, `${at}/items`) : undefined;
    const additional = hasItems && Object.hasOwn(s, 'additionalItems') ? sub(s.additionalItems, `${at}/additionalItems`) : undefined;
    const contains = Object.hasOwn(s, 'contains') ? sub(s.contains, `${at}/contains`) : undefined;
    const minContains = contains ? number(s, 'minContains', at) : undefined;
    const maxContains = contains ? number(s, 'maxContains', at) : undefined;
    const unevaluated = Object.hasOwn(s, 'unevaluatedItems') ? sub(s.unevaluatedItems, `${at}/unevaluatedItems`) : undefined;
    if (Object.hasOwn(s, 'uniqueItems') && typeof s.uniqueItems !== 'boolean') fail(at, '"uniqueItems" must be true or false');
    const unique = s.uniqueItems === true;
    if (!count && !prefix && !hasItems && !contains && !unevaluated && !unique) return undefined;
    return (v, ev) => {
      const a = v as unknown[];
      const length = a.length;
      if (count && !count(length)) return false;
      let i = 0;
      if (prefix)
        for (const end = Math.min(prefix.length, length); i < end; i++) {
          if (ev) ev[i] = true;
          if (!prefix[i](a[i], fresh(track))) return false;
        }
      if (hasItems) {
        if (itemList)
          for (const end = Math.min(itemList.length, length); i < end; i++) {
            if (ev) ev[i] = true;
            if (!itemList[i](a[i], fresh(track))) return false;
          }
        else
          for (; i < length; i++) {
            if (ev) ev[i] = true;
            if (!items!(a[i], fresh(track))) return false;
          }
        if (additional)
          for (; i < length; i++) {
            if (ev) ev[i] = true;
            if (!additional(a[i], fresh(track))) return false;
          }
      }
      if (contains) {
        if (length === 0 && minContains === undefined) return false;
        if (minContains !== undefined && length < minContains) return false;
        let contained = 0;
        for (let j = 0; j < length; j++)
          if (contains(a[j], fresh(track))) {
            if (ev) ev[j] = true;
            contained++;
          }
        if (minContains === undefined ? contained === 0 : contained < minContains) return false;
        if (maxContains !== undefined && contained > maxContains) return false;
      }
      if (unevaluated)
        for (; i < length; i++) {
          if (ev?.[i]) continue;
          if (ev) ev[i] = true;
          if (!unevaluated(a[i], fresh(track))) return false;
        }
      if (unique)
        for (let j = 0; j < length; j++)
          for (let k = j + 1; k < length; k++) {
            const x: unknown = a[j];
            const y: unknown = a[k];
            if (x === y || (typeof x === 'object' && x !== null && typeof y === 'object' && y !== null && deepCompareStrict(x, y))) return false;
          }
      return true;
    };
  };

  const numberKeywords = (s: JsonObject, at: string): Check | undefined =>
    limits(s, at, ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']) as Check | undefined;

  const stringKeywords = (s: JsonObject, at: string): Check | undefined => {
    const length = limits(s, at, ['minLength', 'maxLength']);
    let pattern: RegExp | undefined;
    if (Object.hasOwn(s, 'pattern')) {
      if (typeof s.pattern !== 'string') fail(at, '"pattern" must be a string');
      try {
        pattern = new RegExp(s.pattern as string, 'u');
      } catch {
        fail(at, '"pattern" is not a valid regular expression');
      }
    }
    if (!length && !pattern) return undefined;
    return (v) => (!length || length(ucs2length(v as string))) && (!pattern || pattern.test(v as string));
  };

  const check = sub(schemaRoot, '');
  if (hasCycle(schemaRoot, inPlaceEdges)) fail('', 'the schema applies itself to the same value without end (a $ref cycle)');
  return matcher(check, track);
};

/** The matcher around a compiled check: data JSON cannot hold (or `undefined`) never matches. */
const matcher = (check: Check, track: boolean): ClosureMatcher => (value) => {
  if (value === undefined) return false;
  let data: unknown = value;
  if (typeof value === 'object' && value !== null) {
    const shape = inspectData(value);
    if (shape === 'not-json') return false;
    if (shape === 'has-undefined') data = dropUndefined(value);
  } else if (typeof value === 'number' ? !Number.isFinite(value) : typeof value !== 'string' && typeof value !== 'boolean' && value !== null) return false;
  try {
    return check(data, fresh(track));
  } catch {
    // Nesting past the call stack: the interpreter does not match then either.
    return false;
  }
};

/** True when the in-place graph has a cycle reachable from `root` (iterative depth-first search). */
const hasCycle = (root: object, edges: ReadonlyMap<object, object[]>): boolean => {
  const state = new Map<object, 1 | 2>(); // 1: on the current path, 2: done
  const stack: Array<[object, number]> = [[root, 0]];
  state.set(root, 1);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const next = edges.get(top[0])?.[top[1]++];
    if (next === undefined) {
      state.set(top[0], 2);
      stack.pop();
      continue;
    }
    const seen = state.get(next);
    if (seen === 1) return true;
    if (seen === undefined) {
      state.set(next, 1);
      stack.push([next, 0]);
    }
  }
  return false;
};

/** Keywords cfworker's `dereference` does not enter (their values are data). */
const DATA_KEYWORDS = new Set([
  'id', '$id', '$ref', '$schema', '$anchor', '$vocabulary', '$comment', 'default', 'enum', 'const', 'required', 'dependentRequired', 'type',
  'maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf', 'maxLength', 'minLength', 'pattern', 'format', 'maxItems',
  'minItems', 'uniqueItems', 'maxProperties', 'minProperties',
]);

/**
 * Walks the schema as cfworker's `dereference` does (on the interpreter's draft-07 copy, without the siblings of a
 * `$ref`). Throws for an `$id` (or draft-04 `id`) anywhere: identifiers change how references resolve, and one inside
 * any object that walk enters can make cfworker refuse the schema. Returns whether `unevaluatedProperties` or
 * `unevaluatedItems` appears (then evaluated names are tracked). Iterative.
 */
const scan = (root: JsonObject, draft07: boolean): boolean => {
  let unevaluated = false;
  const stack: Array<[unknown, string]> = [[root, '']];
  const seen = new Set<unknown>();
  while (stack.length) {
    const [s, at] = stack.pop()!;
    if (!isObject(s) || seen.has(s)) continue;
    seen.add(s);
    const pruned = draft07 && typeof s.$ref === 'string';
    if (!pruned && (Boolean(s.$id) || Boolean(s.id))) fail(at, 'an "$id" is not supported');
    for (const k of Object.keys(s)) {
      if (pruned && k !== 'definitions') continue;
      if (k === 'unevaluatedProperties' || k === 'unevaluatedItems') unevaluated = true;
      if (DATA_KEYWORDS.has(k)) continue;
      const v = s[k];
      if (Array.isArray(v)) {
        if (ARRAY.has(k)) v.forEach((x, i) => stack.push([x, `${at}/${k}/${i}`]));
      } else if (MAP.has(k)) {
        if (isObject(v)) for (const name of Object.keys(v)) stack.push([v[name], `${at}/${k}/${escapeToken(name)}`]);
      } else stack.push([v, `${at}/${k}`]);
    }
  }
  return unevaluated;
};

/** Every check must hold. */
const every = (checks: Check[]): Check => {
  if (checks.length === 0) return yes;
  if (checks.length === 1) return checks[0];
  if (checks.length === 2) {
    const [a, b] = checks;
    return (v, ev) => a(v, ev) && b(v, ev);
  }
  return (v, ev) => {
    for (const c of checks) if (!c(v, ev)) return false;
    return true;
  };
};

/** `type`: a name or a list of names; `integer` is a number without a fraction; an unknown name never holds. */
const typeCheck = (type: unknown, at: string): Check => {
  const names = Array.isArray(type) ? type : [type];
  if (!names.every((t) => typeof t === 'string')) fail(at, '"type" must be a string or an array of strings');
  const tests = (names as string[]).map((t): ((v: unknown) => boolean) =>
    t === 'integer' ? (v) => typeof v === 'number' && v % 1 === 0 : (v) => typeOf(v) === t,
  );
  return tests.length === 1 ? tests[0] : (v) => tests.some((t) => t(v));
};
