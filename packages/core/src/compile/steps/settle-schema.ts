// SPDX-License-Identifier: MIT
import { isObject } from '../../util/json.js';
import { report, type CompileContext } from '../context.js';

/**
 * Settles the data schema and its draft: an object root (`true` or nothing: the empty schema) and a `$schema` of
 * 2020-12 (the default) or draft-07. What `compileBuiltForm` needs of `normalizeSchema`: the build already ran the
 * rest of it (reserved names, depth, references), so this step does not carry it.
 */
export const settleSchema = (it: CompileContext): void => {
  const raw: unknown = it.definition.schema;
  if (raw === true || raw === undefined) it.schema = {};
  else if (isObject(raw)) it.schema = raw;
  else {
    report(it, '/schema', 'schema', 'the data schema must be an object schema (a form collects an object).');
    it.fatal = true;
    return;
  }
  const declared = it.schema.$schema;
  if (declared === undefined || /json-schema\.org\/draft\/2020-12\/schema/.test(String(declared))) it.draft = '2020-12';
  else if (/json-schema\.org\/draft-07\/schema/.test(String(declared))) it.draft = 'draft-07';
  else report(it, '/schema/$schema', 'schema', `unsupported $schema "${String(declared)}": use JSON Schema 2020-12 (or draft-07).`);
  if (it.schema.type !== undefined && it.schema.type !== 'object')
    report(it, '/schema/type', 'schema', 'the root of the data schema must have type "object".');
};
