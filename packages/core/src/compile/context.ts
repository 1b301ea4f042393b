// SPDX-License-Identifier: MIT
/** The one object every compile step reads and writes (as ajv's `it` in lib/compile). */
import type { DefinitionProblem } from '../models/errors.js';
import type { FormDefinition } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { SchemaValidator } from '../models/engine.js';
import type { UISchemaElement } from '../models/uischema.js';
import type { CompileOptions } from './options.js';

/** The state of one compilation. Steps add problems and never throw. */
export interface CompileContext {
  /** The options as given. */
  readonly options: CompileOptions;
  /** A private deep copy of the definition (the caller's object is never touched). */
  definition: FormDefinition;
  /** The data schema's root object (`true` becomes `{}`). */
  schema: JsonSchemaObject;
  /** The JSON Schema draft of `schema`. */
  draft: '2020-12' | 'draft-07';
  /** The layout: the definition's `ui`, or the generated one. */
  ui: UISchemaElement;
  /** True when `ui` was generated (scope problems are then the generator's, not the author's). */
  uiGenerated: boolean;
  /** Every problem found so far. */
  problems: DefinitionProblem[];
  /** The compiled schema validator, once `compileValidators` ran. */
  validator?: SchemaValidator;
  /** Set by steps whose failure makes later steps meaningless (e.g. no usable schema). */
  fatal: boolean;
}

/** Records a problem. */
export const report = (it: CompileContext, pointer: string, code: string, message: string): void => {
  it.problems.push({ pointer, code, message });
};
