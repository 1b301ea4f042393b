// SPDX-License-Identifier: MIT
/**
 * @packageDocumentation
 * tokhai's widgets: one light-DOM custom element per kind of control, and `widgetRegistry`, the table that maps
 * controls to them through the ranked testers of `@tokhai/core`. Importing this module registers nothing (the
 * classes have no side effects); `defineWidgets()` or each widget's `<name>.js` module defines the tags.
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
import { TkAdminUnit } from './admin-unit/admin-unit.component.js';
import { displayAdminUnit } from './admin-unit/admin-unit-display.js';
import { TkCheckbox } from './checkbox/checkbox.component.js';
import { TkCheckboxGroup } from './checkbox-group/checkbox-group.component.js';
import { TkDateField } from './date-field/date-field.component.js';
import { TkEmailField } from './email-field/email-field.component.js';
import { TkFieldset } from './fieldset/fieldset.component.js';
import { TkFileField } from './file-field/file-field.component.js';
import { TkIdNumber } from './id-number/id-number.component.js';
import { TkNumberField } from './number-field/number-field.component.js';
import { TkPhoneField } from './phone-field/phone-field.component.js';
import { TkRadioGroup } from './radio-group/radio-group.component.js';
import { TkRepeatGroup } from './repeat-group/repeat-group.component.js';
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
export { TkAdminUnit, type AdminUnitValue } from './admin-unit/admin-unit.component.js';
export { TkCheckbox } from './checkbox/checkbox.component.js';
export { TkCheckboxGroup } from './checkbox-group/checkbox-group.component.js';
export { TkDateField } from './date-field/date-field.component.js';
export { TkEmailField } from './email-field/email-field.component.js';
export { TkFieldset } from './fieldset/fieldset.component.js';
export { TkFileField, type FileValue } from './file-field/file-field.component.js';
export { TkUploadEvent, type TkUploadDetail, type UploadResult } from './file-field/upload-event.js';
export { TkIdNumber } from './id-number/id-number.component.js';
export { TkNumberField } from './number-field/number-field.component.js';
export { TkPhoneField } from './phone-field/phone-field.component.js';
export { TkRadioGroup } from './radio-group/radio-group.component.js';
export { TkRepeatGroup } from './repeat-group/repeat-group.component.js';
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
  /** The widget class (defined under `tagName` by `defineWidgets`). */
  element: WidgetClass;
  /** The styles `<tk-form>` adopts for this widget (the class's static `styles`). */
  styles: CSSResultGroup;
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
  row(adminUnitControlTester, 'tk-admin-unit', TkAdminUnit, displayAdminUnit),
  row(fileControlTester, 'tk-file-field', TkFileField, displayFile),
  row(textControlTester, 'tk-text-field', TkTextField),
];

/** Widgets that contain other controls, rendered by `<tk-form>` through their `renderChild` hook. */
export const containerWidgets: ReadonlyArray<{ tagName: string; element: WidgetClass; styles: CSSResultGroup }> = [
  { tagName: 'tk-fieldset', element: TkFieldset, styles: TkFieldset.styles },
  { tagName: 'tk-repeat-group', element: TkRepeatGroup, styles: TkRepeatGroup.styles },
];

/** Defines every widget tag (once; a second copy of tokhai on the page is a no-op or a dev-mode warning). */
export function defineWidgets(): void {
  for (const { tagName, element } of [...widgetRegistry, ...containerWidgets]) define(tagName, element);
}
