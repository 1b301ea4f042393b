// SPDX-License-Identifier: MIT
/** Human file sizes for the widget texts of every locale (`WidgetStrings.fileSize`). */

/** Formats a byte count with the locale's decimal separator (1 KB = 1024 B, as file pickers show). */
export const fileSize =
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
