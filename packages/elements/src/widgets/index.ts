// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * tokhai's widgets: one light-DOM custom element per kind of control, and `widgetRegistry`, the table that maps
 * controls to them through the ranked testers of `@tokhai/core`. Importing this module registers nothing (the
 * classes have no side effects); `defineWidgets()` or each widget's `<name>.js` module defines the tags.
 *
 * The rare or heavy widgets (`<tk-file-field>`, `<tk-admin-unit>`, `<tk-repeat-group>`) are not imported here:
 * their rows carry `load` instead of `element`, and `<tk-form>` loads them when a form first shows one (in the
 * bundle each is a chunk beside `tokhai.bundle.js`). `loadWidgets()` loads them all at once.
 *
 * ```ts
 * import { widgetRegistry, defineWidgets } from './widgets/index.js';
 * import { findBestTester } from '@tokhai/core';
 *
 * defineWidgets();
 * const row = findBestTester(widgetRegistry, control, form.schema, { rootSchema: form.schema })?.row;
 * const el = document.createElement(row.tagName);   // e.g. 'tk-date-field' for `format: date`
 * el.field = fieldModel;                             // the FieldModel contract
 * ```
 *
 * Container widgets (`<tk-fieldset>`, `<tk-repeat-group>`) are not rows: objects and arrays of objects are
 * rendered by `<tk-form>` itself, which may use them through `containerWidgets` and their `renderChild` hook.
 */
import type { CSSResultGroup } from 'lit';
import {
  adminUnitControlTester,
  booleanControlTester,
  checkboxGroupControlTester,
  dateControlTester,
  emailControlTester,
  fileControlTester,
  idNumberControlTester,
  numberControlTester,
  phoneControlTester,
  radioControlTester,
  selectControlTester,
  textareaControlTester,
  textControlTester,
  type RankedTester,
} from '@tokhai/core';
import { define } from '../internal/define.js';
import type { FieldModel } from '../internal/field-model.js';
import { displayAdminUnit } from './admin-unit/admin-unit-display.js';
import { TkCheckbox } from './checkbox/checkbox.component.js';
import { TkCheckboxGroup } from './checkbox-group/checkbox-group.component.js';
import { TkDateField } from './date-field/date-field.component.js';
import { TkEmailField } from './email-field/email-field.component.js';
import { TkFieldset } from './fieldset/fieldset.component.js';
import { TkIdNumber } from './id-number/id-number.component.js';
import { TkNumberField } from './number-field/number-field.component.js';
import { TkPhoneField } from './phone-field/phone-field.component.js';
import { TkRadioGroup } from './radio-group/radio-group.component.js';
import { TkSelect } from './select/select.component.js';
import {
  displayBoolean,
  displayChoice,
  displayChoices,
  displayDate,
  displayFile,
  displayMasked,
  displayNumber,
} from './shared/display.js';
import { TkTextarea } from './textarea/textarea.component.js';
import { TkTextField } from './text-field/text-field.component.js';

export { TkFieldElement } from './shared/field-element.js';
export type { ChildRenderer, ChildRenderRequest } from './shared/child-renderer.js';
export type { WidgetStrings } from './shared/strings.js';
export { widgetStrings } from './shared/strings.js';
export { fieldStyles } from './shared/field.styles.js';
// Loaded on first use (see `lazyRow`): types only here, so importing this module does not pull their code in.
export type { TkAdminUnit, AdminUnitValue } from './admin-unit/admin-unit.component.js';
export { TkCheckbox } from './checkbox/checkbox.component.js';
export { TkCheckboxGroup } from './checkbox-group/checkbox-group.component.js';
export { TkDateField } from './date-field/date-field.component.js';
export { TkEmailField } from './email-field/email-field.component.js';
export { TkFieldset } from './fieldset/fieldset.component.js';
export type { TkFileField, FileValue } from './file-field/file-field.component.js';
export { TkUploadEvent, type TkUploadDetail, type UploadResult } from './file-field/upload-event.js';
export { TkIdNumber } from './id-number/id-number.component.js';
export { TkNumberField } from './number-field/number-field.component.js';
export { TkPhoneField } from './phone-field/phone-field.component.js';
export { TkRadioGroup } from './radio-group/radio-group.component.js';
export type { TkRepeatGroup } from './repeat-group/repeat-group.component.js';
export { TkSelect } from './select/select.component.js';
export { TkTextarea } from './textarea/textarea.component.js';
export { TkTextField } from './text-field/text-field.component.js';

/** A widget class as the registry carries it. */
export type WidgetClass = CustomElementConstructor & { styles?: CSSResultGroup; version?: string };

/** One row of the widget table. */
export interface WidgetRegistryRow {
  /** Which controls the widget fits, and how well (from `@tokhai/core`). */
  tester: RankedTester;
  /** The widget's tag. */
  tagName: string;
  /** The widget class (defined under `tagName` by `defineWidgets`); absent for a widget loaded on first use. */
  element?: WidgetClass;
  /** The styles `<tk-form>` adopts for this widget (the class's static `styles`); absent until loaded. */
  styles?: CSSResultGroup;
  /**
   * Loads the widget class on first use (a chunk beside `tokhai.bundle.js`): `<tk-form>` calls it when a form
   * first shows a control of this row, and defines the class it resolves to under `tagName`.
   */
  load?: () => Promise<WidgetClass>;
  /** The value as review text, when plain formatting is not enough. */
  display?: (value: unknown, field: FieldModel) => string | Promise<string>;
}

const row = (
  tester: RankedTester,
  tagName: string,
  element: WidgetClass & { styles: CSSResultGroup },
  display?: WidgetRegistryRow['display'],
): WidgetRegistryRow => ({ tester, tagName, element, styles: element.styles, ...(display ? { display } : {}) });

/**
 * A row whose widget is loaded on first use. For the rare or heavy widgets only (a file upload, the cascading
 * address select, repeatable groups): most forms never show them, so `tokhai.bundle.js` does not carry them.
 * The common small widgets stay in the bundle, so a typical form renders without waiting for a chunk.
 */
const lazyRow = (
  tester: RankedTester,
  tagName: string,
  load: () => Promise<WidgetClass>,
  display?: WidgetRegistryRow['display'],
): WidgetRegistryRow => ({ tester, tagName, load, ...(display ? { display } : {}) });

/** Widget classes loaded on first use, by tag (each `import()` is a chunk of its own in the bundle). */
const LAZY: Readonly<Record<string, () => Promise<WidgetClass>>> = {
  'tk-admin-unit': () => import('./admin-unit/admin-unit.component.js').then((m) => m.TkAdminUnit),
  'tk-file-field': () => import('./file-field/file-field.component.js').then((m) => m.TkFileField),
  'tk-repeat-group': () => import('./repeat-group/repeat-group.component.js').then((m) => m.TkRepeatGroup),
};

/**
 * Every control widget, most specific first (earlier rows win ties). Ranks come from core's `RANK` table: a
 * generic type match (text, object) ranks lowest, a format or shape above it, `options.format` above all.
 */
export const widgetRegistry: readonly WidgetRegistryRow[] = [
  row(idNumberControlTester, 'tk-id-number', TkIdNumber, displayMasked),
  row(phoneControlTester, 'tk-phone-field', TkPhoneField, displayMasked),
  row(dateControlTester, 'tk-date-field', TkDateField, displayDate),
  row(emailControlTester, 'tk-email-field', TkEmailField),
  row(textareaControlTester, 'tk-textarea', TkTextarea),
  row(numberControlTester, 'tk-number-field', TkNumberField, displayNumber),
  row(radioControlTester, 'tk-radio-group', TkRadioGroup, displayChoice),
  row(selectControlTester, 'tk-select', TkSelect, displayChoice),
  row(checkboxGroupControlTester, 'tk-checkbox-group', TkCheckboxGroup, displayChoices),
  row(booleanControlTester, 'tk-checkbox', TkCheckbox, displayBoolean),
  lazyRow(adminUnitControlTester, 'tk-admin-unit', LAZY['tk-admin-unit'], displayAdminUnit),
  lazyRow(fileControlTester, 'tk-file-field', LAZY['tk-file-field'], displayFile),
  row(textControlTester, 'tk-text-field', TkTextField),
];

/** A container widget: its class, or how to load it on first use. */
export interface ContainerWidget {
  tagName: string;
  element?: WidgetClass;
  styles?: CSSResultGroup;
  load?: () => Promise<WidgetClass>;
}

/** Widgets that contain other controls, rendered by `<tk-form>` through their `renderChild` hook. */
export const containerWidgets: readonly ContainerWidget[] = [
  { tagName: 'tk-fieldset', element: TkFieldset, styles: TkFieldset.styles },
  { tagName: 'tk-repeat-group', load: LAZY['tk-repeat-group'] },
];

/**
 * Defines every widget tag whose class is in this module (once; a second copy of tokhai on the page is a no-op
 * or a dev-mode warning). Widgets loaded on first use are defined by `<tk-form>` when a form shows them, or all
 * at once by `loadWidgets()`.
 */
export function defineWidgets(): void {
  for (const { tagName, element } of [...widgetRegistry, ...containerWidgets]) if (element) define(tagName, element);
}

/** Loads and defines the widgets that are loaded on first use (for pages that create widgets by hand). */
export async function loadWidgets(): Promise<void> {
  defineWidgets();
  await Promise.all(
    [...widgetRegistry, ...containerWidgets].map(async ({ tagName, load }) => {
      if (load) define(tagName, await load());
    }),
  );
}
