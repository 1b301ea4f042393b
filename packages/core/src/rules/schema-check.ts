// SPDX-License-Identifier: MIT
/**
 * A structural check of a rule condition's `schema`: every keyword tokhai knows has a value of the right shape,
 * and every subschema is itself a schema. Table-driven (keyword → shape), in the spirit of ajv's keyword
 * definitions. Unknown keywords are allowed (JSON Schema ignores them), as are annotations.
 */
import type { DefinitionProblem } from '../models/errors.js';
import { joinPointer } from '../util/json-pointer.js';
import { isObject } from '../util/json.js';

/** The shape a keyword's value must have. */
type KeywordShape =
  | 'schema'
  | 'schemaArray'
  | 'schemaMap'
  | 'schemaOrSchemaArray'
  | 'nonNegativeInteger'
  | 'number'
  | 'positiveNumber'
  | 'string'
  | 'regex'
  | 'stringArray'
  | 'array'
  | 'boolean'
  | 'type'
  | 'regexMap'
  | 'dependentRequired'
  | 'dependencies';

/** Keyword → shape, for JSON Schema 2020-12 and draft-07 validation keywords. */
const KEYWORDS: Readonly<Record<string, KeywordShape>> = {
  type: 'type',
  enum: 'array',
  multipleOf: 'positiveNumber',
  maximum: 'number',
  exclusiveMaximum: 'number',
  minimum: 'number',
  exclusiveMinimum: 'number',
  maxLength: 'nonNegativeInteger',
  minLength: 'nonNegativeInteger',
  pattern: 'regex',
  maxItems: 'nonNegativeInteger',
  minItems: 'nonNegativeInteger',
  uniqueItems: 'boolean',
  maxContains: 'nonNegativeInteger',
  minContains: 'nonNegativeInteger',
  maxProperties: 'nonNegativeInteger',
  minProperties: 'nonNegativeInteger',
  required: 'stringArray',
  dependentRequired: 'dependentRequired',
  format: 'string',
  $ref: 'string',
  allOf: 'schemaArray',
  anyOf: 'schemaArray',
  oneOf: 'schemaArray',
  prefixItems: 'schemaArray',
  not: 'schema',
  if: 'schema',
  then: 'schema',
  else: 'schema',
  items: 'schemaOrSchemaArray',
  additionalItems: 'schema',
  contains: 'schema',
  additionalProperties: 'schema',
  propertyNames: 'schema',
  unevaluatedItems: 'schema',
  unevaluatedProperties: 'schema',
  properties: 'schemaMap',
  patternProperties: 'regexMap',
  dependentSchemas: 'schemaMap',
  $defs: 'schemaMap',
  definitions: 'schemaMap',
  dependencies: 'dependencies',
};

const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

/** True when `pattern` compiles as a Unicode regular expression (what every engine uses). */
function isRegex(pattern: unknown): boolean {
  if (typeof pattern !== 'string') return false;
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Checks one keyword value; pushes problems and recurses into subschemas. */
function checkKeyword(shape: KeywordShape, value: unknown, pointer: string, out: DefinitionProblem[]): void {
  const bad = (what: string): void => {
    out.push({ pointer, code: 'rule', message: `The condition schema keyword must be ${what}.` });
  };
  switch (shape) {
    case 'schema':
      return checkSchemaShape(value, pointer, out);
    case 'schemaArray':
      if (!Array.isArray(value) || value.length === 0) return bad('a non-empty array of schemas');
      return value.forEach((s, i) => checkSchemaShape(s, joinPointer(pointer, i), out));
    case 'schemaOrSchemaArray':
      return Array.isArray(value) ? checkKeyword('schemaArray', value, pointer, out) : checkSchemaShape(value, pointer, out);
    case 'schemaMap':
      if (!isObject(value)) return bad('an object of schemas');
      return Object.entries(value).forEach(([k, s]) => checkSchemaShape(s, joinPointer(pointer, k), out));
    case 'regexMap':
      if (!isObject(value)) return bad('an object of schemas keyed by regular expressions');
      return Object.entries(value).forEach(([k, s]) => {
        if (!isRegex(k)) out.push({ pointer: joinPointer(pointer, k), code: 'rule', message: `"${k}" is not a valid regular expression.` });
        checkSchemaShape(s, joinPointer(pointer, k), out);
      });
    case 'nonNegativeInteger':
      return Number.isInteger(value) && (value as number) >= 0 ? undefined : bad('a non-negative integer');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : bad('a number');
    case 'positiveNumber':
      return typeof value === 'number' && value > 0 ? undefined : bad('a number greater than 0');
    case 'string':
      return typeof value === 'string' ? undefined : bad('a string');
    case 'regex':
      return isRegex(value) ? undefined : bad('a valid regular expression');
    case 'stringArray':
      return isStringArray(value) ? undefined : bad('an array of strings');
    case 'array':
      return Array.isArray(value) ? undefined : bad('an array');
    case 'boolean':
      return typeof value === 'boolean' ? undefined : bad('true or false');
    case 'type': {
      const types = Array.isArray(value) ? value : [value];
      return types.length > 0 && types.every((t) => typeof t === 'string' && JSON_TYPES.has(t))
        ? undefined
        : bad(`a JSON type (${[...JSON_TYPES].join(', ')}) or an array of them`);
    }
    case 'dependentRequired':
      return isObject(value) && Object.values(value).every(isStringArray) ? undefined : bad('an object of string arrays');
    case 'dependencies':
      if (!isObject(value)) return bad('an object');
      return Object.entries(value).forEach(([k, v]) => {
        if (!isStringArray(v)) checkSchemaShape(v, joinPointer(pointer, k), out);
      });
    default: {
      const unreachable: never = shape;
      return unreachable;
    }
  }
}

/**
 * Checks that `schema` is a JSON Schema (a boolean, or an object whose known keywords have the right shapes),
 * reporting problems at `pointer` and below.
 */
export function checkSchemaShape(schema: unknown, pointer: string, out: DefinitionProblem[]): void {
  if (typeof schema === 'boolean') return;
  if (!isObject(schema)) {
    out.push({ pointer, code: 'rule', message: 'A condition schema must be a JSON Schema (an object or a boolean).' });
    return;
  }
  for (const [keyword, value] of Object.entries(schema)) {
    const shape = KEYWORDS[keyword];
    if (shape !== undefined) checkKeyword(shape, value, joinPointer(pointer, keyword), out);
  }
}
