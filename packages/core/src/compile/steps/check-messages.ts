// SPDX-License-Identifier: MIT
import { escapeToken, parsePointer } from '../../util/json-pointer.js';
import { isObject } from '../../util/json.js';
import { schemaAtDataPointer } from '../../util/schema-nav.js';
import { report, type CompileContext } from '../context.js';

/** Keywords a message override may name: the schema keywords tokhai reports, plus its own checks. */
const OVERRIDABLE = new Set([
  'required', 'type', 'enum', 'const', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum',
  'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'contains',
  'additionalProperties', 'unevaluatedProperties', 'minProperties', 'maxProperties', 'dependentRequired',
  'dependencies', 'propertyNames', 'oneOf', 'anyOf', 'not', 'if', 'false schema', 'items', 'additionalItems',
  'unevaluatedItems', 'computed',
]);

/** Message overrides name a field of the schema and a keyword tokhai reports. */
export const checkMessages = (it: CompileContext): void => {
  const messages = it.definition.messages;
  if (!isObject(messages)) return;
  for (const [pointer, byKeyword] of Object.entries(messages)) {
    const at = `/messages/${escapeToken(pointer)}`;
    if (parsePointer(pointer) === undefined) continue; // the meta-schema check reports the form
    if (pointer !== '' && !schemaAtDataPointer(it.schema, pointer)) report(it, at, 'messages', `"${pointer}" does not name a field of the data schema.`);
    if (isObject(byKeyword))
      for (const k of Object.keys(byKeyword))
        if (!OVERRIDABLE.has(k)) report(it, `${at}/${escapeToken(k)}`, 'messages', `"${k}" is not a keyword tokhai reports errors for.`);
  }
};
