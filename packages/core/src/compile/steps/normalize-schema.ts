// SPDX-License-Identifier: MIT
import { getAtTokens, parseFragmentPointer } from '../../util/json-pointer.js';
import { isObject, MAX_DEPTH } from '../../util/json.js';
import type { SchemaPosition } from '../../util/schema-walk.js';
import { schemaPositions } from './schema-positions.js';
import { report, type CompileContext } from '../context.js';
import { settleSchema } from './settle-schema.js';
import { closureRefusal } from '../../engines/condition-schema.js';
import { withoutFragment } from '../../engines/id-index.js';

/**
 * Property names ajv would read through the prototype chain (`data.constructor` of `{}` is a function), making
 * engines disagree about a missing property. Forms never need them, so they are rejected.
 */
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Settles the schema and draft (settleSchema), then rejects reserved property names, too-deep and unresolved `$ref`s. */
export const normalizeSchema = (it: CompileContext): void => {
  settleSchema(it);
  if (it.fatal) return;
  const { positions, tooDeep } = schemaPositions(it);
  for (const p of tooDeep) report(it, `/schema${p}`, 'depth', `the schema is nested deeper than ${MAX_DEPTH} levels.`);
  if (tooDeep.length) it.fatal = true;
  for (const pos of positions) {
    const s = pos.schema;
    if (!isObject(s)) continue;
    const at = `/schema${pos.pointer}`;
    if (isObject(s.properties))
      for (const name of Object.keys(s.properties))
        if (RESERVED.has(name)) report(it, `${at}/properties/${name}`, 'schema', `"${name}" is a reserved property name (JavaScript object internals); rename the property.`);
    if (Array.isArray(s.required))
      s.required.forEach((name, i) => {
        if (typeof name === 'string' && RESERVED.has(name)) report(it, `${at}/required/${i}`, 'schema', `"${name}" is a reserved property name; rename the property.`);
      });
    if (Object.hasOwn(s, 'if')) {
      // An `if` decides conditional `required` at run time (rules/required.ts), by the closure matcher.
      const refused = closureRefusal(s.if, it.draft);
      if (refused) report(it, `${at}/if`, 'schema', `this "if" cannot be decided when the form runs: ${refused}.`);
    }
    for (const k of ['$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor'])
      if (Object.hasOwn(s, k)) report(it, `${at}/${k}`, 'ref', `${k} is not supported: the engines do not agree on dynamic references; use $ref.`);
    for (const k of ['$ref'] as const) {
      const ref = s[k];
      if (typeof ref !== 'string') continue;
      if (!ref.startsWith('#')) {
        if (!hasEmbeddedId(positions, ref)) report(it, `${at}/${k}`, 'ref', `"${ref}" is not a local reference: tokhai resolves only references inside the definition (#/$defs/…).`);
        continue;
      }
      if (ref.startsWith('#/') || ref === '#') {
        const tokens = parseFragmentPointer(ref);
        const target = tokens ? getAtTokens(it.schema, tokens) : undefined;
        if (!isObject(target) && typeof target !== 'boolean') report(it, `${at}/${k}`, 'ref', `"${ref}" does not point to a schema in this definition.`);
      } else if (!hasAnchor(positions, ref.slice(1))) report(it, `${at}/${k}`, 'ref', `no "$anchor": "${ref.slice(1)}" is declared in the schema.`);
    }
  }
};

const hasEmbeddedId = (positions: readonly SchemaPosition[], ref: string): boolean => {
  const base = withoutFragment(ref);
  return positions.some((p) => isObject(p.schema) && typeof p.schema.$id === 'string' && (p.schema.$id === base || p.schema.$id.replace(/#$/, '') === base || p.schema.$id.endsWith('/' + base)));
};

const hasAnchor = (positions: readonly SchemaPosition[], name: string): boolean =>
  positions.some((p) => isObject(p.schema) && (p.schema.$anchor === name || p.schema.$dynamicAnchor === name || p.schema.$id === '#' + name));
