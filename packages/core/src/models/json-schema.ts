// SPDX-License-Identifier: MIT
/**
 * A JSON Schema document (2020-12; draft-07 accepted). Kept deliberately loose: the meta-schema check in
 * `compileForm` is what enforces shape, and the engines read schemas as plain JSON.
 */
export type JsonSchema = boolean | JsonSchemaObject;

/** An object-form JSON Schema with the keywords tokhai reads by name. Other keywords pass through untouched. */
export interface JsonSchemaObject {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  type?: JsonType | JsonType[];
  title?: string;
  description?: string;
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  readOnly?: boolean;
  /** tokhai extension: the upload limits of a file attachment (`type: object` with name/type/size). */
  'x-file'?: { accept?: string[]; maxSize?: number };
  [keyword: string]: unknown;
}

/** The JSON types a schema can name. */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';
