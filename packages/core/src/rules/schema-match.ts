// SPDX-License-Identifier: MIT
/**
 * Does a value match a JSON Schema? Decided by core's eval-free interpreter engine (@cfworker/json-schema with
 * tokhai's formats) for rule conditions and conditional `required`, whatever engine validates the form, so a
 * browser under a strict CSP and a server using ajv decide visibility identically (ADR 0002).
 */
import { interpreterEngine, interpreterMatcher } from '../engines/interpreter.js';
import type { SchemaValidator } from '../models/engine.js';
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

/** Compiles a schema with the interpreter engine; throws when it cannot (an unresolvable `$ref`). */
export function compileWithInterpreter(schema: JsonSchema, draft: Draft): SchemaValidator {
  return interpreterEngine().compile(schema, { draft });
}

/** The most primitive values whose answers a matcher remembers. */
const PRIMITIVE_ANSWERS = 512;

/**
 * Compiles a schema into a yes/no check with the interpreter (no error objects are built). A schema it cannot
 * compile (an unresolvable `$ref`) never matches; a value the interpreter cannot take (nested `undefined`, a
 * function) does not match.
 */
export function compileMatcher(schema: JsonSchema, draft: Draft): (value: unknown) => boolean {
  let matches: (value: unknown) => boolean;
  try {
    matches = interpreterMatcher(schema, draft);
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
 * Creates a matcher that compiles each schema once (cached by identity) with the interpreter. A value the
 * interpreter cannot take (nested `undefined`, a function) or a schema it cannot compile does not match.
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
