// SPDX-License-Identifier: MIT
import type { FormDefinition, LocalizedText } from '../models/definition.js';
import type { JsonSchema } from '../models/json-schema.js';
import { isObject } from '../util/json.js';

/** What `definitionFromSchema` needs besides the schema. */
export interface DefinitionFromSchemaOptions {
  /** Reverse-DNS id. Default: `local.form`. */
  id?: string;
  /** Title, as text in both locales or a `LocalizedText`. Default: the schema's `title`, else the id. */
  title?: string | LocalizedText;
  /** Version. Default `0.0.0`. */
  version?: string;
}

/**
 * Wraps a bare JSON Schema into a minimal definition (no `ui`: the default layout is generated), so any existing
 * schema can be compiled: `compileForm(definitionFromSchema(schema, { id: 'vn.example.contact' }))`.
 */
export const definitionFromSchema = (schema: JsonSchema, options: DefinitionFromSchemaOptions = {}): FormDefinition => {
  const id = options.id ?? 'local.form';
  const schemaTitle = isObject(schema) && typeof schema.title === 'string' ? schema.title : undefined;
  const title: LocalizedText =
    typeof options.title === 'string' ? { vi: options.title } : (options.title ?? { vi: schemaTitle ?? id });
  return { id, version: options.version ?? '0.0.0', title, schema };
};
