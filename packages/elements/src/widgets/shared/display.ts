// SPDX-License-Identifier: MIT
/**
 * How a widget's value reads as text in the review step ("Kiểm tra lại thông tin"): the same shape the citizen
 * typed (dd/mm/yyyy, grouped numbers, choice labels), never raw codes. Used by the `display` of registry rows.
 */
import type { FieldModel } from '../../internal/field-model.js';
import { formatNumber } from '../number-field/parse-number.js';
import { choicesOf, indexOfValue, itemChoicesOf } from './choices.js';
import { partsFromValue } from './date-parts.js';
import { maskByName, maskNameForFormat } from './masks.js';
import { textOf } from './same-value.js';
import { widgetStrings } from './strings.js';

/** A date as written in Vietnam: `15/03/2025`, `03/2025`, `2025`; typed text that is not a date as typed. */
export function displayDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}){0,2}$/.test(value)) return textOf(value);
  const { day, month, year } = partsFromValue(value);
  return [day, month, year].filter((p) => p !== '').join('/');
}

/** An identifier or phone number in its mask's groups. */
export function displayMasked(value: unknown, field: FieldModel): string {
  const name = typeof field.options.mask === 'string' ? field.options.mask : maskNameForFormat(field.schema.format);
  const mask = maskByName(name);
  return mask && typeof value === 'string' ? mask.format(value) : textOf(value);
}

/** A number with the locale's decimal separator. */
export const displayNumber = (value: unknown, field: FieldModel): string =>
  typeof value === 'number' ? formatNumber(value, field.locale) : textOf(value);

/** The label of the chosen value. */
export function displayChoice(value: unknown, field: FieldModel): string {
  const choices = choicesOf(field, widgetStrings(field.locale));
  const i = indexOfValue(choices, value);
  return i >= 0 ? choices[i].label : textOf(value);
}

/** The labels of the chosen values, comma-separated. */
export function displayChoices(value: unknown, field: FieldModel): string {
  if (!Array.isArray(value)) return textOf(value);
  const choices = itemChoicesOf(field);
  return value.map((v: unknown) => {
    const i = indexOfValue(choices, v);
    return i >= 0 ? choices[i].label : textOf(v);
  }).join(', ');
}

/** Có / Không. */
export const displayBoolean = (value: unknown, field: FieldModel): string =>
  value === true ? widgetStrings(field.locale).yes : value === false ? widgetStrings(field.locale).no : '';

/** The attached file's name and size. */
export function displayFile(value: unknown, field: FieldModel): string {
  if (typeof value !== 'object' || value === null) return '';
  const { name, size } = value as { name?: unknown; size?: unknown };
  if (typeof name !== 'string') return '';
  return typeof size === 'number' ? `${name} (${widgetStrings(field.locale).fileSize(size)})` : name;
}
