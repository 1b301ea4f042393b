// SPDX-License-Identifier: MIT
/**
 * The one table that maps controls to widgets, in the shape of JSON Forms' `vanilla-renderers/src/renderers.ts`:
 * each row is a ranked tester from `@tokhai/core` and the tag of the widget that renders a matching control.
 * `<tk-form>` picks the highest-ranked row (`findBestTester`); when every row answers `NOT_APPLICABLE` it renders
 * a visible "unsupported field" fallback and issues an `unsupported-control` dev-mode warning.
 *
 * The rows come from `widgets/index.ts` (`widgetRegistry`). A row carries the widget class (`element`):
 * `bundle.ts` registers every class under its tag, and `<tk-form>` adopts its static `styles` into its shadow
 * root (docs/decisions/0001-one-shadow-root.md). A portal adds a widget by adding a row (before defining it).
 *
 * `<tk-form>` asks the table once per control of a compiled form (schema and UI schema are frozen, so the answer
 * cannot change while the citizen types) and remembers the row; adding, removing or replacing a row makes it ask
 * again at its next render.
 *
 * ```ts
 * import { rankWith, RANK, isDateControl } from '@tokhai/core';
 * registry.push({ tester: rankWith(RANK.forced + 1, isDateControl), tagName: 'my-date-field', element: MyDateField });
 * ```
 */
import type { CSSResultGroup } from 'lit';
import { findBestTester, type RankedTester, type TesterContext, type JsonSchema, type UISchemaElement } from '@tokhai/core';
import type { FieldModel } from './internal/field-model.js';
import { containerWidgets, widgetRegistry } from './widgets/index.js';

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
   * The widget contains other controls (an object as a fieldset, a repeatable group): `<tk-form>` builds the
   * child controls itself (their rules, errors and ids are the form's) and hands the widget a `renderChild`
   * callback (`widgets/shared/child-renderer.ts`) that returns them. Inferred when the class declares a
   * `renderChild` property.
   */
  container?: boolean;
  /**
   * How the review step ("Kiểm tra lại thông tin") shows a value, when plain formatting is not enough (names of
   * administrative units, file names). May load reference data lazily.
   */
  display?: (value: unknown, field: FieldModel) => string | Promise<string>;
}

/** Every built-in widget (`widgets/index.ts`), most specific first. Earlier rows win ties. */
export const registry: WidgetRow[] = [...widgetRegistry];

const container = (tagName: string): WidgetRow => {
  const row = containerWidgets.find((c) => c.tagName === tagName)!;
  return { tester: () => -1, tagName, element: row.element, container: true };
};

/**
 * The container widgets `<tk-form>` uses for objects and arrays of objects that no registry row claims: it
 * builds their child controls and hands them over through `renderChild`.
 */
export const containers: { object: WidgetRow; array: WidgetRow } = {
  object: container('tk-fieldset'),
  array: container('tk-repeat-group'),
};

/** Picks the widget row for a control, or `undefined` when none applies. */
export function pickWidget(control: UISchemaElement, schema: JsonSchema, context: TesterContext): WidgetRow | undefined {
  return findBestTester(registry, control, schema, context)?.row;
}
