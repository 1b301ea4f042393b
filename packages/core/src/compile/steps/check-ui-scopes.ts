// SPDX-License-Identifier: MIT
import { indexUi } from '../ui-index.js';
import { report, type CompileContext } from '../context.js';

/** Every Control scope names a schema property (relative to the item schema inside `options.detail`). */
export const checkUiScopes = (it: CompileContext): void => {
  // A generated layout only names declared properties; if one does not resolve, the schema problem is reported.
  if (it.uiGenerated) return;
  for (const p of indexUi(it.ui, it.schema).problems) report(it, `/ui${p.pointer}`, p.code, p.message);
};
