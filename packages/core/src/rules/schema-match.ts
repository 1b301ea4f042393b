// SPDX-License-Identifier: MIT
/**
 * Does a value match a JSON Schema? Decided by the eval-free interpreter (@cfworker/json-schema) for rule
 * conditions and conditional `required`, so a browser under a strict CSP and a server using ajv for validation
 * still decide visibility identically (ADR 0002).
 */
import { Validator, type Schema, type SchemaDraft } from '@cfworker/json-schema';
import type { JsonSchema } from '../models/json-schema.js';
import { deref } from './schema-nav.js';
import { isObject } from '../util/json.js';

/** Decides whether a value matches a schema. Never throws. */
export type SchemaMatcher = (schema: JsonSchema, value: unknown) => boolean;

/** The interpreter draft for a definition's `$schema` (2020-12 unless it names an older draft). */
export function draftOf(schemaUri: unknown): SchemaDraft {
  if (typeof schemaUri !== 'string') return '2020-12';
  if (schemaUri.includes('draft-07')) return '7';
  if (schemaUri.includes('draft-04')) return '4';
  if (schemaUri.includes('2019-09')) return '2019-09';
  return '2020-12';
}

/**
 * How ajv (JSON Forms' validator) treats an `undefined` value, which the interpreter refuses: it has no JSON type,
 * so `type`, `const` and `enum` fail; every type-specific keyword (`minLength`, `required`, `properties`…) does not
 * apply; the applicators combine their subschemas. `root` resolves local `$ref`s.
 */
function matchesUndefined(schema: unknown, root: JsonSchema, depth = 0): boolean {
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

/**
 * Creates a matcher that compiles each schema once (cached by identity) with the interpreter. A value the
 * interpreter cannot take (nested `undefined`, a function) or a schema it cannot run (an unresolvable `$ref`)
 * does not match.
 */
export function createSchemaMatcher(draft: SchemaDraft): SchemaMatcher {
  const validators = new WeakMap<object, Validator>();
  const validatorFor = (schema: object): Validator => {
    let v = validators.get(schema);
    if (v === undefined) {
      v = new Validator(schema as Schema, draft, true);
      validators.set(schema, v);
    }
    return v;
  };
  return (schema, value) => {
    if (typeof schema === 'boolean') return schema;
    if (value === undefined) return matchesUndefined(schema, schema);
    try {
      return validatorFor(schema).validate(value).valid;
    } catch {
      return false;
    }
  };
}
