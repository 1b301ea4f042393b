// SPDX-License-Identifier: MIT
/**
 * Ranked testers: which widget fits a UI schema control. Pure functions of (element, schema, context), in the
 * shape of JSON Forms' testers, plus the rank table of tokhai's control kinds and `findBestTester`.
 *
 * ```ts
 * import { findBestTester, rankWith, isDateControl, textControlTester, RANK } from '@tokhai/core';
 * const rows = [
 *   { tester: textControlTester, tagName: 'tk-text-field' },
 *   { tester: rankWith(RANK.format, isDateControl), tagName: 'tk-date-field' },
 * ];
 * const match = findBestTester(rows, control, form.schema, { rootSchema: form.schema });
 * match?.row.tagName; // 'tk-date-field' for a `format: date` property
 * ```
 */
export {
  NOT_APPLICABLE,
  RADIO_MAX_OPTIONS,
  ID_NUMBER_FORMATS,
  ID_NUMBER_MASKS,
  PHONE_FORMATS,
  DATE_FORMATS,
  and,
  or,
  not,
  rankWith,
  withIncreasedRank,
  maxRank,
  uiTypeIs,
  optionIs,
  optionIn,
  schemaMatches,
  schemaTypeIs,
  formatIs,
  formatIn,
  scopeEndsWith,
  choiceValues,
  isStringControl,
  isIntegerControl,
  isNumberControl,
  isBooleanControl,
  isObjectControl,
  isEnumControl,
  isOneOfEnumControl,
  isChoiceControl,
  isSmallChoiceControl,
  isArrayOfEnumsControl,
  isArrayOfObjectsControl,
  isMultiLineControl,
  isDateControl,
  isPartialDateControl,
  isEmailControl,
  isPhoneControl,
  isIdNumberControl,
  isAdminUnitControl,
  isFileControl,
} from './testers.js';
export type { Tester, RankedTester, TesterContext, SchemaPredicate } from './testers.js';
export {
  RANK,
  textControlTester,
  textareaControlTester,
  numberControlTester,
  emailControlTester,
  phoneControlTester,
  idNumberControlTester,
  dateControlTester,
  selectControlTester,
  radioControlTester,
  checkboxGroupControlTester,
  booleanControlTester,
  objectControlTester,
  arrayOfObjectsControlTester,
  adminUnitControlTester,
  fileControlTester,
  findBestTester,
} from './ranked.js';
export type { TesterRow, TesterMatch } from './ranked.js';
