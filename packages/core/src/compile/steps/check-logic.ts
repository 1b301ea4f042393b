// SPDX-License-Identifier: MIT
import { checkLogic as logicProblems } from '../../rules/index.js';
import { report, type CompileContext } from '../context.js';
import { explainedPointers } from './check-meta-schema.js';

/**
 * Rules and computed expressions, checked by the logic engine (scopes, operators, functions, cycles). A mistake
 * `checkMetaSchema` already explained (a lower-case effect or condition type) is not reported a second time.
 */
export const checkLogic = (it: CompileContext): void => {
  const input = { definition: it.definition, schema: it.schema, ui: it.ui, ...(it.options.functions ? { functions: it.options.functions } : {}) };
  const explained = explainedPointers(it);
  for (const p of logicProblems(input)) if (!explained.has(p.pointer)) report(it, p.pointer, p.code, p.message);
};
