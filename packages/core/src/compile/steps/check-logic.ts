// SPDX-License-Identifier: MIT
import { checkLogic as logicProblems } from '../../rules/index.js';
import { report, type CompileContext } from '../context.js';

/** Rules and computed expressions, checked by the logic engine (scopes, operators, functions, cycles). */
export const checkLogic = (it: CompileContext): void => {
  const input = { definition: it.definition, schema: it.schema, ui: it.ui, ...(it.options.functions ? { functions: it.options.functions } : {}) };
  for (const p of logicProblems(input)) report(it, p.pointer, p.code, p.message);
};
