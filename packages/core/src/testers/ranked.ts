// SPDX-License-Identifier: MIT
/**
 * The ranked testers of tokhai's control kinds, and the one function that picks the best row of a renderer table.
 *
 * Ranks are a table, not scattered numbers: a generic type match ranks lowest, a schema format or shape ranks
 * above it, and an explicit `options.format` chosen by the form author beats everything (`RANK.forced`). So an
 * address object with `options.format: "admin-unit"` beats the generic fieldset, an enum of at most five values
 * picks radios over a select, and `format: "date"` picks the date input over the text input.
 */
import type { JsonSchema } from '../models/json-schema.js';
import type { UISchemaElement } from '../models/uischema.js';
import {
  NOT_APPLICABLE,
  and,
  isAdminUnitControl,
  isArrayOfEnumsControl,
  isArrayOfObjectsControl,
  isBooleanControl,
  isChoiceControl,
  isDateControl,
  isEmailControl,
  isFileControl,
  isIdNumberControl,
  isMultiLineControl,
  isNumberControl,
  isObjectControl,
  isPhoneControl,
  isSmallChoiceControl,
  isStringControl,
  maxRank,
  optionIs,
  or,
  rankWith,
  schemaTypeIs,
  type RankedTester,
  type Tester,
  type TesterContext,
} from './testers.js';

/** The rank levels, lowest first. Custom renderers should pick a level from here (or `forced + 1` to override). */
export const RANK = {
  /** The schema type alone fits (any string, any object). */
  generic: 1,
  /** A more specific type fits (numbers, booleans, choices, arrays of objects, `format: email`). */
  typed: 2,
  /** A format or UI option chose the kind (`format: date`, `multi`, an identifier format, a small choice). */
  format: 3,
  /** The schema's shape chose the kind (an object with `provinceCode` + `communeCode`). */
  shape: 4,
  /** A schema extension chose the kind (`x-file`). */
  extension: 5,
  /** The form author named the widget in `options.format`. */
  forced: 10,
} as const;

/** Ranks `RANK.forced` when `options.format` is `format` and `fits` holds for the schema. */
const forced = (format: string, fits: Tester): RankedTester => rankWith(RANK.forced, and(optionIs('format', format), fits));

/** Any string: a single-line text input. */
export const textControlTester: RankedTester = rankWith(RANK.generic, isStringControl);

/** `options.multi` or `options.format: "textarea"`: a multi-line text area. */
export const textareaControlTester: RankedTester = maxRank(
  rankWith(RANK.format, and(isMultiLineControl, schemaTypeIs('string'))),
  forced('textarea', schemaTypeIs('string')),
);

/** A number or integer. */
export const numberControlTester: RankedTester = rankWith(RANK.typed, isNumberControl);

/** `format: email`. */
export const emailControlTester: RankedTester = rankWith(RANK.typed, isEmailControl);

/** `format: vn-phone | vn-mobile` or `options.mask: "phone"`. */
export const phoneControlTester: RankedTester = rankWith(RANK.format, isPhoneControl);

/** An identifier format or mask (ĐDCN, CMND, BHXH, MST), or `options.format: "id-number"`. */
export const idNumberControlTester: RankedTester = maxRank(
  rankWith(RANK.format, isIdNumberControl),
  forced('id-number', schemaTypeIs('string')),
);

/** `format: date | vn-partial-date`, or `options.format: "date"`. */
export const dateControlTester: RankedTester = maxRank(
  rankWith(RANK.format, isDateControl),
  forced('date', schemaTypeIs('string')),
);

/** Any single choice: a select list (the default beyond `RADIO_MAX_OPTIONS` values), or `options.format: "select"`. */
export const selectControlTester: RankedTester = maxRank(
  rankWith(RANK.typed, isChoiceControl),
  forced('select', isChoiceControl),
);

/** A single choice of at most `RADIO_MAX_OPTIONS` values, or `options.format: "radio"` (also on booleans: Có/Không). */
export const radioControlTester: RankedTester = maxRank(
  rankWith(RANK.format, isSmallChoiceControl),
  forced('radio', or(isChoiceControl, isBooleanControl)),
);

/** An array of choice values: a group of checkboxes. */
export const checkboxGroupControlTester: RankedTester = maxRank(
  rankWith(RANK.format, isArrayOfEnumsControl),
  forced('checkbox-group', isArrayOfEnumsControl),
);

/** A boolean: one checkbox. */
export const booleanControlTester: RankedTester = rankWith(RANK.typed, isBooleanControl);

/** Any object: a fieldset of its properties. */
export const objectControlTester: RankedTester = rankWith(RANK.generic, isObjectControl);

/** An array of objects: a repeatable group (add, remove, reorder). */
export const arrayOfObjectsControlTester: RankedTester = rankWith(RANK.typed, isArrayOfObjectsControl);

/** An address object: the cascading province → commune select. */
export const adminUnitControlTester: RankedTester = maxRank(
  rankWith(RANK.shape, isAdminUnitControl),
  forced('admin-unit', isObjectControl),
);

/** A file attachment (`x-file`, or `options.format: "file"` on an object). */
export const fileControlTester: RankedTester = maxRank(
  rankWith(RANK.extension, isFileControl),
  forced('file', isObjectControl),
);

/** A row of a renderer table: anything with a ranked tester. */
export interface TesterRow {
  tester: RankedTester;
}

/** The row a table picks for an element, with its rank. */
export interface TesterMatch<T extends TesterRow> {
  row: T;
  rank: number;
}

/**
 * Picks the highest-ranked row for an element. Ties go to the earlier row, so a table lists its preferred rows
 * first. Returns `undefined` when every row is `NOT_APPLICABLE` (the renderer then shows its visible fallback).
 */
export function findBestTester<T extends TesterRow>(
  rows: readonly T[],
  uischema: UISchemaElement,
  schema: JsonSchema,
  context: TesterContext,
): TesterMatch<T> | undefined {
  let best: TesterMatch<T> | undefined;
  for (const row of rows) {
    const rank = row.tester(uischema, schema, context);
    if (rank !== NOT_APPLICABLE && (best === undefined || rank > best.rank)) best = { row, rank };
  }
  return best;
}
