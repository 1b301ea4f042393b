// SPDX-License-Identifier: MIT
/**
 * The one table that maps controls to widgets, in the shape of JSON Forms' `vanilla-renderers/src/renderers.ts`:
 * each row is a ranked tester from `@tokhai/core` and the tag of the widget that renders a matching control.
 * `<tk-form>` picks the highest-ranked row (`findBestTester`); when every row answers `NOT_APPLICABLE` it renders
 * a visible "unsupported field" fallback and issues an `unsupported-control` dev-mode warning.
 *
 * A row may also carry the widget class (`element`): `bundle.ts` registers every such class under its tag, and
 * `<tk-form>` adopts its static `styles` into its shadow root (docs/decisions/0001-one-shadow-root.md). Adding a
 * widget means adding one row here.
 *
 * ```ts
 * import { rankWith, RANK, isDateControl } from '@tokhai/core';
 * registry.push({ tester: rankWith(RANK.forced + 1, isDateControl), tagName: 'my-date-field', element: MyDateField });
 * ```
 */
import type { CSSResultGroup } from 'lit';
import { findBestTester, type RankedTester, type TesterContext, type JsonSchema, type UISchemaElement } from '@tokhai/core';
import type { FieldModel } from './internal/field-model.js';

/** A widget class as the registry sees it: a custom element, optionally with Lit static styles. */
export type WidgetElement = CustomElementConstructor & {
  styles?: CSSResultGroup;
  elementStyles?: CSSResultGroup;
  version?: string;
};

/** One row of the table. */
export interface WidgetRow {
  /** Which controls the widget fits, and how well. */
  tester: RankedTester;
  /** The widget's tag, `tk-<noun>`. */
  tagName: string;
  /** The widget class: `bundle.ts` defines it under `tagName`, and its styles are adopted by `<tk-form>`. */
  element?: WidgetElement;
  /**
   * How the review step ("Kiểm tra lại thông tin") shows a value, when plain formatting is not enough (names of
   * administrative units, file names). May load reference data lazily.
   */
  display?: (value: unknown, field: FieldModel) => string | Promise<string>;
}

/** Every built-in widget. Earlier rows win ties. */
export const registry: WidgetRow[] = [];

/** Picks the widget row for a control, or `undefined` when none applies. */
export function pickWidget(control: UISchemaElement, schema: JsonSchema, context: TesterContext): WidgetRow | undefined {
  return findBestTester(registry, control, schema, context)?.row;
}
