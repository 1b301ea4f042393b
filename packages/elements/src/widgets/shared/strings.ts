// SPDX-License-Identifier: MIT
/**
 * Widget-internal texts: the words a widget says on its own (button labels, the required marker, the date-part
 * labels, live announcements). Definition texts (labels, hints, choices, error messages) never come from here:
 * they arrive resolved in the `FieldModel`.
 *
 * Vietnamese is the base table; English must satisfy the same interface, so a missing English string is a compile
 * error. Counts and names are functions, so word order stays right in both languages.
 */
import type { Locale } from '@tokhai/core';

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

/** Formats a byte count with the locale's decimal separator (1 KB = 1024 B, as file pickers show). */
const fileSize =
  (decimal: string) =>
  (bytes: number): string => {
    const units = ['B', 'KB', 'MB', 'GB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    const text = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0).replace(/\.0$/, '');
    return `${text.replace('.', decimal)} ${units[unit]}`;
  };

/** Vietnamese (the base table). */
export const vi: WidgetStrings = {
  required: ' (bắt buộc)',
  errorPrefix: 'Lỗi:',
  prefilledFrom: (s) => `Từ ${s}`,
  prefilledChanged: (s) => `Đã sửa (dữ liệu từ ${s})`,
  prefilledLocked: (s) => `Từ ${s}, không sửa được`,
  opensInNewTab: '(mở trong thẻ mới)',

  day: 'Ngày',
  month: 'Tháng',
  year: 'Năm',
  dateFormatHint: 'Ví dụ: 15 3 2025',
  partialDateHint: 'Nếu không nhớ ngày hoặc tháng, có thể chỉ nhập năm, hoặc tháng và năm.',

  charLimit: (max) => `Bạn có thể nhập tối đa ${max} ký tự.`,
  charsRemaining: (n) => (n >= 0 ? `Bạn còn ${n} ký tự.` : `Bạn đã nhập quá ${-n} ký tự.`),

  selectPlaceholder: '— Chọn —',
  yes: 'Có',
  no: 'Không',

  itemLabel: (n) => `Mục ${n}`,
  itemNoun: 'mục',
  addItem: (noun) => `Thêm ${noun}`,
  removeItem: (item) => `Xóa ${item}`,
  moveItemUp: (item) => `Chuyển ${item} lên`,
  moveItemDown: (item) => `Chuyển ${item} xuống`,
  itemAdded: (item) => `Đã thêm ${item}.`,
  itemRemoved: (item) => `Đã xóa ${item}.`,
  itemMoved: (item, position) => `Đã chuyển ${item} tới vị trí ${position}.`,
  maxItemsReached: (max) => `Đã đủ số lượng tối đa (${max}).`,
  noItems: 'Chưa có mục nào.',

  currentFile: (name, size) => `Tệp đã chọn: ${name} (${size})`,
  removeFile: (name) => `Xóa tệp ${name}`,
  uploading: (name) => `Đang tải lên ${name}…`,
  uploaded: (name) => `Đã tải lên ${name}.`,
  uploadFailed: (name) => `Không tải lên được ${name}. Hãy thử lại.`,
  fileTooLarge: (max) => `Tệp phải nhỏ hơn ${max}.`,
  fileTypeNotAllowed: (accepted) => `Tệp phải có định dạng ${accepted}.`,
  acceptedFiles: (accepted, max) => `Định dạng: ${accepted}${max ? `. Dung lượng tối đa ${max}` : ''}.`,
  fileSize: fileSize(','),

  province: 'Tỉnh/Thành phố',
  commune: 'Xã/Phường/Đặc khu',
  street: 'Số nhà, đường, thôn/tổ',
  chooseProvinceFirst: '— Chọn tỉnh/thành phố trước —',
  loadingCommunes: 'Đang tải danh sách xã/phường…',
  communesFailed: 'Không tải được danh sách xã/phường. Hãy chọn lại tỉnh/thành phố.',

  noChildRenderer: 'Không hiển thị được các trường con của mục này.',
};

/** English. */
export const en: WidgetStrings = {
  required: ' (required)',
  errorPrefix: 'Error:',
  prefilledFrom: (s) => `From ${s}`,
  prefilledChanged: (s) => `Changed (data from ${s})`,
  prefilledLocked: (s) => `From ${s}, cannot be changed`,
  opensInNewTab: '(opens in a new tab)',

  day: 'Day',
  month: 'Month',
  year: 'Year',
  dateFormatHint: 'For example, 15 3 2025',
  partialDateHint: 'If you do not know the day or month, you can enter only the year, or the month and year.',

  charLimit: (max) => `You can enter up to ${max} characters.`,
  charsRemaining: (n) =>
    n >= 0
      ? `You have ${n} character${n === 1 ? '' : 's'} remaining.`
      : `You have ${-n} character${n === -1 ? '' : 's'} too many.`,

  selectPlaceholder: '— Select —',
  yes: 'Yes',
  no: 'No',

  itemLabel: (n) => `Item ${n}`,
  itemNoun: 'item',
  addItem: (noun) => `Add ${noun}`,
  removeItem: (item) => `Remove ${item}`,
  moveItemUp: (item) => `Move ${item} up`,
  moveItemDown: (item) => `Move ${item} down`,
  itemAdded: (item) => `${item} added.`,
  itemRemoved: (item) => `${item} removed.`,
  itemMoved: (item, position) => `${item} moved to position ${position}.`,
  maxItemsReached: (max) => `You have added the maximum (${max}).`,
  noItems: 'Nothing added yet.',

  currentFile: (name, size) => `Chosen file: ${name} (${size})`,
  removeFile: (name) => `Remove file ${name}`,
  uploading: (name) => `Uploading ${name}…`,
  uploaded: (name) => `${name} uploaded.`,
  uploadFailed: (name) => `${name} could not be uploaded. Try again.`,
  fileTooLarge: (max) => `The file must be smaller than ${max}.`,
  fileTypeNotAllowed: (accepted) => `The file must be ${accepted}.`,
  acceptedFiles: (accepted, max) => `Formats: ${accepted}${max ? `. Maximum size ${max}` : ''}.`,
  fileSize: fileSize('.'),

  province: 'Province/City',
  commune: 'Commune/Ward/Special zone',
  street: 'House number, street, hamlet',
  chooseProvinceFirst: '— Choose a province first —',
  loadingCommunes: 'Loading communes…',
  communesFailed: 'The list of communes could not be loaded. Choose the province again.',

  noChildRenderer: 'The fields of this section cannot be shown.',
};

/** The tables by locale. */
export const WIDGET_STRINGS: Readonly<Record<Locale, WidgetStrings>> = { vi, en };

/** The widget strings of a locale (Vietnamese for any locale tokhai does not ship). */
export const widgetStrings = (locale: Locale | undefined): WidgetStrings => WIDGET_STRINGS[locale ?? 'vi'] ?? vi;
