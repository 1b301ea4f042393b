// SPDX-License-Identifier: MIT
/**
 * Turns meta-schema errors into sentences a form author understands, located at the offending value. English on
 * purpose: definition problems are read by developers and authors in editors and CI logs, beside the JSON.
 */
import type { RawError } from '../models/engine.js';
import { getAtPointer, parentPointer } from '../util/json-pointer.js';
import { isObject, own } from '../util/json.js';
import { childPointer } from '../util/json-pointer.js';
import { editDistance } from './steps/closest-name.js';

const quote = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** The edit distance of two property names, capped at 3 when their lengths alone differ by more than 2. */
const distance = (a: string, b: string): number => (Math.abs(a.length - b.length) > 2 ? 3 : editDistance(a, b));

/** Property names a schema (and its `allOf`/`then` parts) declares. */
const declaredNames = (schema: unknown, root: unknown, depth = 0): string[] => {
  if (!isObject(schema) || depth > 4) return [];
  const ref = own(schema, '$ref');
  if (typeof ref === 'string' && ref.startsWith('#/')) return declaredNames(getAtPointer(root, ref.slice(1)), root, depth + 1);
  const names = isObject(schema.properties) ? Object.keys(schema.properties) : [];
  for (const k of ['allOf', 'anyOf', 'oneOf']) {
    const v = schema[k];
    if (Array.isArray(v)) for (const s of v) names.push(...declaredNames(s, root, depth + 1), ...declaredNames(own(s, 'then'), root, depth + 1));
  }
  return names;
};

/** "Did you mean …?" for an unknown property name. */
export const suggestion = (name: string, candidates: readonly string[]): string => {
  const best = candidates.filter((c) => c !== name).map((c) => [c, distance(name.toLowerCase(), c.toLowerCase())] as const).sort((a, b) => a[1] - b[1])[0];
  return best && best[1] <= 2 ? ` Did you mean "${best[0]}"?` : '';
};

/** Where a problem about a meta-schema error points, and what it says. */
export const describeMetaError = (e: RawError, metaSchema: unknown): { pointer: string; message: string } => {
  const p = e.params;
  const parent = getAtPointer(metaSchema, parentPointer(e.schemaPath));
  const hint = typeof own(parent, 'description') === 'string' ? ` (${String(own(parent, 'description'))})` : '';
  switch (e.keyword) {
    case 'required':
      return { pointer: e.instancePath, message: `is missing the required property "${String(p.missingProperty)}".` };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      const names = declaredNames(getAtPointer(metaSchema, parentPointer(e.schemaPath)), metaSchema);
      return { pointer: childPointer(e.instancePath, name), message: `"${name}" is not a known property here.${suggestion(name, names)}` };
    }
    case 'type':
      return { pointer: e.instancePath, message: `must be of type ${Array.isArray(p.type) ? p.type.join(' or ') : String(p.type)}${hint}.` };
    case 'enum':
      return { pointer: e.instancePath, message: `must be one of ${(p.allowedValues as unknown[]).map(quote).join(', ')}.` };
    case 'const':
      return { pointer: e.instancePath, message: `must be ${quote(p.allowedValue)}.` };
    case 'pattern':
      return { pointer: e.instancePath, message: `does not have the expected form${hint || ` (pattern ${String(p.pattern)})`}.` };
    case 'format':
      return { pointer: e.instancePath, message: p.format === 'regex' ? 'is not a valid regular expression.' : `is not a valid ${String(p.format)}.` };
    case 'minLength':
      return { pointer: e.instancePath, message: p.limit === 1 ? 'must not be empty.' : `must have at least ${String(p.limit)} characters.` };
    case 'minItems':
      return { pointer: e.instancePath, message: `must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}.` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { pointer: e.instancePath, message: `must be ${e.keyword === 'minimum' ? 'at least' : 'more than'} ${String(p.limit)}.` };
    case 'uniqueItems':
      return { pointer: e.instancePath, message: `has duplicate items (${String(p.j)} and ${String(p.i)}).` };
    case 'anyOf':
    case 'oneOf':
      return { pointer: e.instancePath, message: `does not have any of the accepted shapes${hint}.` };
    case 'false schema':
      return { pointer: e.instancePath, message: 'is not allowed here.' };
    case 'dependentRequired':
      return { pointer: e.instancePath, message: `has "${String(p.property)}" but not "${String(p.missingProperty)}".` };
    case 'propertyNames':
      return { pointer: childPointer(e.instancePath, String(p.propertyName)), message: 'is not an allowed name here.' };
    default:
      return { pointer: e.instancePath, message: `fails the "${e.keyword}" rule of the definition format.` };
  }
};

// The run-time half lives in validate/ (CompiledForm.validate needs it without this module's sentences).
export { collapseErrors } from '../validate/collapse-errors.js';
