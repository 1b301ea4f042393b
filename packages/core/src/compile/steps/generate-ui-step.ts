// SPDX-License-Identifier: MIT
import { isObject } from '../../util/json.js';
import { generateDefaultUi } from '../generate-ui.js';
import type { CompileContext } from '../context.js';

/** Uses the definition's `ui`, or generates the default layout from the schema when it is absent. */
export const settleUi = (it: CompileContext): void => {
  if (it.definition.ui !== undefined) {
    it.ui = it.definition.ui;
    return;
  }
  const vi = isObject(it.definition.i18n) && isObject(it.definition.i18n.vi) ? it.definition.i18n.vi : {};
  it.ui = generateDefaultUi(it.schema, it.schema, (k) => Object.hasOwn(vi, k));
  it.uiGenerated = true;
};
