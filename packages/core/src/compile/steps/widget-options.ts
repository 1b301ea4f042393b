// SPDX-License-Identifier: MIT
/**
 * The `options.format` and `options.mask` values core's ranked testers read (testers/ranked.ts and testers.ts):
 * what `definitionWarnings` tells a misspelt value from. The testers compare each value inline
 * (`optionIs('format', 'radio')`), so there is no list to import for `format`; `widget-options.test.ts` ties this
 * one to them both ways: every value here changes which built-in tester wins for some control, and every value the
 * testers' source compares is here. `mask` is built from the testers' own `ID_NUMBER_MASKS`.
 */
import { ID_NUMBER_MASKS } from '../../testers/testers.js';

/** Option name → the values a built-in tester reads, in the order the docs list them. */
export const BUILT_IN_WIDGET_OPTIONS: { readonly format: readonly string[]; readonly mask: readonly string[] } = {
  format: ['textarea', 'radio', 'select', 'checkbox-group', 'admin-unit', 'id-number', 'date', 'file'],
  mask: [...ID_NUMBER_MASKS, 'phone'],
};
