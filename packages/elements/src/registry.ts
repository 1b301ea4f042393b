// SPDX-License-Identifier: MIT
/**
 * The one table that maps controls to widgets, in the shape of JSON Forms' `vanilla-renderers/src/renderers.ts`:
 * each row is a ranked tester from `@tokhai/core` and the tag of the widget that renders a matching control.
 * `<tk-form>` picks the highest-ranked row (`findBestTester`); when every row answers `NOT_APPLICABLE` it renders
 * a visible "unsupported field" fallback and issues an `unsupported-control` dev-mode warning.
 *
 * The rows come from `widgets/index.ts` (`widgetRegistry`). A row carries the widget class (`element`), or a
 * function that loads it on first use (`load`), or neither when the portal defines the tag itself. `bundle.ts`
 * registers every `element` under its tag; `<tk-form>` calls `load` when a form first shows a control of the row
 * and waits for it before that first render (so `await form.updateComplete` still sees every control), then
 * defines the class it resolves to. Either way `<tk-form>` adopts the class's static `styles` into its shadow
 * root (docs/decisions/0001-one-shadow-root.md). A portal adds a widget by adding a row (before defining it).
 * The built-in rare or heavy widgets (file upload, administrative unit, repeatable group) are `load` rows: in
 * the bundle each is a chunk beside `tokhai.bundle.js`, fetched only by forms that use it.
 *
 * `<tk-form>` asks the table once per control of a compiled form (schema and UI schema are frozen, so the answer
 * cannot change while the citizen types) and remembers the row; adding, removing or replacing a row makes it ask
 * again at its next render.
 *
 * ```ts
 * import { rankWith, RANK, isDateControl } from '@tokhai/core';
 * registry.push({ tester: rankWith(RANK.forced + 1, isDateControl), tagName: 'my-date-field', element: MyDateField });
 * // or loaded the first time a form shows such a control (a chunk of the portal's own bundle):
 * registry.push({ tester: rankWith(RANK.forced + 1, isMapControl), tagName: 'my-map', load: () => import('./my-map.js').then((m) => m.MyMap) });
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
   * Loads the widget class on first use, instead of `element`: `<tk-form>` calls it (once per page) when a form
   * first shows a control of this row, awaits it before rendering that form, and defines the class it resolves
   * to under `tagName` (resolve to nothing if the loaded module defines the tag itself). A container widget
   * loaded this way must say `container: true`, since its class is not there to be asked.
   */
  load?: () => Promise<unknown>;
  /**
   * The widget contains other controls (an object as a fieldset, a repeatable group): `<tk-form>` builds the
   * child controls itself (their rules, errors and ids are the form's) and hands the widget a `renderChild`
   * callback (`widgets/shared/child-renderer.ts`) that returns them. Inferred when the class declares
   * `renderChild` (a Lit reactive property, `@property`, or an accessor, as the built-in `<tk-fieldset>` has); a
   * row whose class is not there to be asked (loaded on first use) must say `container: true`.
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
  return { tester: () => -1, tagName, ...(row.element ? { element: row.element } : {}), ...(row.load ? { load: row.load } : {}), container: true };
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
