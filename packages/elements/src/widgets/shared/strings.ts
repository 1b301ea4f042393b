// SPDX-License-Identifier: MIT
/**
 * Widget-internal texts: the words a widget says on its own (button labels, the required marker, the date-part
 * labels, live announcements). Definition texts (labels, hints, choices, error messages) never come from here:
 * they arrive resolved in the `FieldModel`.
 *
 * The tables live with the other built-in texts (`translations/vi.ts`, `translations/en.ts`, export `widgets`), so
 * the texts a widget and `<tk-form>` both say have one wording. Vietnamese is the base table and always here;
 * English must satisfy the same interface (a missing English string is a compile error) and arrives with the
 * English texts (`loadTranslation('en')`, which `<tk-form locale="en">` awaits before its first render). Counts
 * and names are functions, so word order stays right in both languages.
 */
import type { Locale } from '@tokhai/core';
import { widgetTexts } from '../../internal/localize.js';

/** Every string a widget renders by itself. */
export interface WidgetStrings {
  /** Appended to the label of a required field (visible text, not only `aria-required`). */
  required: string;
  /** Visually hidden prefix of an error message, so it is announced as an error (GOV.UK error-message). */
  errorPrefix: string;
  /** Badge text for a prefilled value. */
  prefilledFrom: (source: string) => string;
  /** Badge text for a prefilled value the citizen changed. */
  prefilledChanged: (source: string) => string;
  /** Badge text for a value locked by its source (read-only). */
  prefilledLocked: (source: string) => string;
  /** Visually hidden note after a hint link (links open in a new tab so answers are not lost). */
  opensInNewTab: string;

  /** Date input: the three part labels. */
  day: string;
  month: string;
  year: string;
  /** Date input: how to type a date (added to the hint). */
  dateFormatHint: string;
  /** Date input with `vn-partial-date`: what may be left empty. */
  partialDateHint: string;

  /** Character count: the static limit, announced with the field's description. */
  charLimit: (max: number) => string;
  /** Character count: characters left (n ≥ 0) or over the limit (n < 0). */
  charsRemaining: (n: number) => string;

  /** Select: the empty first option. */
  selectPlaceholder: string;
  /** Boolean shown as radios. */
  yes: string;
  no: string;

  /** Repeatable group: the default legend of item n (1-based), when the form gives no `options.itemLabel`. */
  itemLabel: (n: number) => string;
  /** Repeatable group: what one item is called in the add button when the form names nothing ("mục"). */
  itemNoun: string;
  /** Repeatable group: the add button. */
  addItem: (itemNoun: string) => string;
  /** Repeatable group: remove / move buttons (they name the item, so each button's name is unique). */
  removeItem: (item: string) => string;
  moveItemUp: (item: string) => string;
  moveItemDown: (item: string) => string;
  /** Repeatable group: live announcements after an action. */
  itemAdded: (item: string) => string;
  itemRemoved: (item: string) => string;
  itemMoved: (item: string, position: number) => string;
  /** Repeatable group: shown instead of the add button at `maxItems`. */
  maxItemsReached: (max: number) => string;
  /** Repeatable group: shown when there are no items yet. */
  noItems: string;

  /** File: the current file, its size, the remove button, upload progress and problems. */
  currentFile: (name: string, size: string) => string;
  removeFile: (name: string) => string;
  uploading: (name: string) => string;
  uploaded: (name: string) => string;
  uploadFailed: (name: string) => string;
  fileTooLarge: (max: string) => string;
  fileTypeNotAllowed: (accepted: string) => string;
  acceptedFiles: (accepted: string, max: string | undefined) => string;
  /** Human file sizes. */
  fileSize: (bytes: number) => string;

  /** Administrative unit: the part labels and states. */
  province: string;
  commune: string;
  street: string;
  chooseProvinceFirst: string;
  loadingCommunes: string;
  communesFailed: string;

  /** Shown by a container widget that was given no way to render its children. */
  noChildRenderer: string;
}

/**
 * The widget strings of a locale: Vietnamese for any locale tokhai does not ship, and for English until its
 * texts are loaded (`loadTranslation('en')`; a widget asking for them starts that load and updates when they arrive).
 */
export const widgetStrings = (locale: Locale | undefined): WidgetStrings => widgetTexts(locale);
