// SPDX-License-Identifier: MIT
/**
 * Does a value match a JSON Schema? Decided for rule conditions and conditional `required` by core's closure matcher
 * (engines/closure-matcher.ts: the interpreter engine's verdict, without cfworker or error objects), whatever engine
 * validates the form, so a browser under a strict CSP and a server using ajv decide visibility identically
 * (ADR 0002). A condition schema it does not implement is a definition problem (engines/condition-schema.ts,
 * reported by the definition checks), so compiled forms never hold one.
 */
import { compileClosureMatcher } from '../engines/closure-matcher.js';
import type { JsonSchema } from '../models/json-schema.js';
import { deref } from './schema-nav.js';
import { isObject } from '../util/json.js';

/** Decides whether a value matches a schema. Never throws. */
export type SchemaMatcher = (schema: JsonSchema, value: unknown) => boolean;

/** The engine draft for a definition's `$schema`: draft-07 (and older) when it says so, else 2020-12. */
export type Draft = '2020-12' | 'draft-07';

/** Reads the draft from a `$schema` URI. */
export function draftOf(schemaUri: unknown): Draft {
  return typeof schemaUri === 'string' && /draft-0[4-7]/.test(schemaUri) ? 'draft-07' : '2020-12';
}

/**
 * How ajv (JSON Forms' validator) treats an `undefined` value, which the interpreter refuses: it has no JSON type,
 * so `type`, `const` and `enum` fail; every type-specific keyword (`minLength`, `required`, `properties`…) does not
 * apply; the applicators combine their subschemas. `root` resolves local `$ref`s.
 */
export function matchesUndefined(schema: unknown, root: JsonSchema, depth = 0): boolean {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema) || depth > 64) return false;
  if ('type' in schema || 'const' in schema || 'enum' in schema) return false;
  const sub = (s: unknown) => matchesUndefined(s, root, depth + 1);
  if (typeof schema.$ref === 'string' && !sub(deref({ $ref: schema.$ref }, root) ?? false)) return false;
  if (Array.isArray(schema.allOf) && !schema.allOf.every(sub)) return false;
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some(sub)) return false;
  if (Array.isArray(schema.oneOf) && schema.oneOf.filter(sub).length !== 1) return false;
  if ('not' in schema && sub(schema.not)) return false;
  if ('if' in schema) {
    const branch = sub(schema.if) ? schema.then : schema.else;
    if (branch !== undefined && !sub(branch)) return false;
  }
  return true;
}

/** The most primitive values whose answers a matcher remembers. */
const PRIMITIVE_ANSWERS = 512;

/**
 * Compiles a schema into a yes/no check with the closure matcher (the interpreter's verdict). A schema it cannot
 * compile never matches: the definition checks reject such conditions (engines/condition-schema.ts), as they reject
 * an unresolvable `$ref`, which the interpreter could not compile either. A value JSON cannot hold (nested
 * `undefined` in an array, a function, NaN) does not match.
 */
export function compileMatcher(schema: JsonSchema, draft: Draft): (value: unknown) => boolean {
  let matches: (value: unknown) => boolean;
  try {
    matches = compileClosureMatcher(schema, draft);
  } catch {
    return () => false;
  }
  // A primitive's answer never changes (objects may be edited in place, so they are always checked): conditions
  // mostly test a text or a yes/no, and a renderer asks again on every keystroke.
  const known = new Map<unknown, boolean>();
  return (value) => {
    if (typeof value === 'object' && value !== null) return matches(value);
    let answer = known.get(value);
    if (answer === undefined) {
      answer = matches(value);
      if (known.size >= PRIMITIVE_ANSWERS) known.clear();
      known.set(value, answer);
    }
    return answer;
  };
}

/**
 * Creates a matcher that compiles each schema once (cached by identity) with `compileMatcher`. A value JSON cannot
 * hold (nested `undefined` in an array, a function) or a schema it cannot compile does not match.
 */
export function createSchemaMatcher(draft: Draft): SchemaMatcher {
  const matchers = new WeakMap<object, (value: unknown) => boolean>();
  return (schema, value) => {
    if (typeof schema === 'boolean') return schema;
    if (value === undefined) return matchesUndefined(schema, schema);
    if (typeof schema !== 'object' || schema === null) return false;
    let m = matchers.get(schema);
    if (m === undefined) matchers.set(schema, (m = compileMatcher(schema, draft)));
    return m(value);
  };
}
