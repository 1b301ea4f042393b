// SPDX-License-Identifier: MIT
import type { Locale } from '@tokhai/core';
import { widgetStrings, type WidgetStrings } from '../shared/strings.js';

/** A repeat group option's text (one string, or one per locale: `{vi, en}`) in `locale` (Vietnamese when it has none in that locale); `undefined` when not set. */
export function optionText(text: unknown, locale: Locale): string | undefined {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object') return (text as Partial<Record<string, string>>)[locale] ?? (text as Partial<Record<string, string>>).vi;
  return undefined;
}

/**
 * The name of item `n` (1-based) of a repeatable list, from its `options.itemLabel` ("Thành viên {n}", or
 * "Thành viên" + n), else "Mục n". One function for `<tk-repeat-group>`'s legends and the review's rows, so a
 * citizen reads the same name in both. `strings`: the widget texts of `locale` (a widget passes its own, which
 * loads a locale not loaded yet).
 */
export function itemName(itemLabel: unknown, locale: Locale, n: number, strings: Pick<WidgetStrings, 'itemLabel'> = widgetStrings(locale)): string {
  const template = optionText(itemLabel, locale);
  if (!template) return strings.itemLabel(n);
  return template.includes('{n}') ? template.replace(/\{n\}/g, String(n)) : `${template} ${n}`;
}
