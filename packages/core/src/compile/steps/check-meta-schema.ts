// SPDX-License-Identifier: MIT
import type { SchemaValidator } from '../../models/engine.js';
import { interpreterEngine } from '../../engines/interpreter.js';
import { formDefinitionSchema } from '../form-schema.js';
import { collapseErrors, describeMetaError } from '../describe-problem.js';
import { report, type CompileContext } from '../context.js';

let metaValidator: SchemaValidator | undefined;

/** The definition meta-schema, compiled once with the eval-free engine (so it works in browsers too). */
const meta = (): SchemaValidator =>
  (metaValidator ??= interpreterEngine().compile(formDefinitionSchema as never, { draft: '2020-12' }));

/** Checks the definition against `form.schema.json`: shape, required members, known properties. */
export const checkMetaSchema = (it: CompileContext): void => {
  for (const e of collapseErrors(meta()(it.definition))) {
    if (e.keyword === 'unprocessable') {
      report(it, '', 'meta-schema', 'the definition is not plain JSON (or is nested too deeply to check).');
      it.fatal = true;
      continue;
    }
    const { pointer, message } = describeMetaError(e, formDefinitionSchema);
    report(it, pointer, 'meta-schema', message);
  }
};
