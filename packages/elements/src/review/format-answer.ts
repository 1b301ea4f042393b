// SPDX-License-Identifier: MIT
/**
 * How the review step shows an answer: the words the citizen chose (enum labels, Có/Không, dd/mm/yyyy dates),
 * not the stored codes. Widgets that need reference data (administrative units) provide `display` in their
 * registry row instead; this is the plain fallback.
 */
import type { Locale } from '@tokhai/core';
import type { FieldModel } from '../internal/field-model.js';
import type { Translation } from '../translations/vi.js';

const ISO_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** `2007-03-27` → `27/03/2007`; partial dates keep their precision (`2007-03` → `03/2007`). */
export function formatDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return [m[3], m[2], m[1]].filter(Boolean).join('/');
}

const isDateSchema = (model: FieldModel) =>
  ['date', 'vn-partial-date'].includes(String(model.schema.format)) || model.options.format === 'date';

/** Whether an answer is empty (shown as "Chưa cung cấp" / "Not provided"). */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value).every(isEmptyAnswer);
  return false;
}

function formatScalar(model: FieldModel, value: unknown, t: Translation, locale: Locale): string {
  const choice = model.choices?.find((c) => c.value === value);
  if (choice) return choice.label;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'number') return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(value);
  if (typeof value === 'string') return isDateSchema(model) ? formatDate(value) : value;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name; // a file attachment
    return Object.values(o)
      .filter((v) => !isEmptyAnswer(v))
      .map((v) => formatScalar(model, v, t, locale))
      .join(', ');
  }
  return String(value);
}

/** The answer as text. */
export function formatAnswer(model: FieldModel, value: unknown, t: Translation): string {
  if (isEmptyAnswer(value)) return t.notProvided;
  if (Array.isArray(value)) return value.map((v) => formatScalar(model, v, t, model.locale)).join(', ');
  return formatScalar(model, value, t, model.locale);
}
