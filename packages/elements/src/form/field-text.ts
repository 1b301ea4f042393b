// SPDX-License-Identifier: MIT
/**
 * How a control's texts resolve (team vocabulary, "i18n keys in a definition"): the label comes from
 * `i18n[locale]["<dotted data path>.label"]`, then the control's `label` (a key when the i18n has it, else the
 * literal), then the schema `title`; the hint from `<path>.description`, then the schema `description`; enum
 * labels from `<path>.enum.<value>`, then `oneOf[].title`. `compiled.text` resolves keys and literals; this module
 * only decides the order. An element's `i18n` replaces the derived path.
 *
 * The `schema` passed in is the control's plan schema (view-model.ts): for a property declared with a `$ref`, the
 * resolved schema carrying the `title` and `description` written beside the `$ref` (that field's own, read before
 * the shared target's, as core's message labels read them), so this module reads one schema and never a `$ref`.
 */
import type { CompiledForm, JsonSchemaObject, Locale, UISchemaElement } from '@tokhai/core';
import { parsePointer } from '../internal/pointer.js';

/** True when the definition has `key` in `locale` or in Vietnamese (the fallback `compiled.text` uses). */
export function hasKey(compiled: CompiledForm, locale: Locale, key: string): boolean {
  const i18n = compiled.definition.i18n;
  return i18n?.[locale]?.[key] !== undefined || i18n?.vi?.[key] !== undefined;
}

/** The i18n key `<base>.<suffix>` when the definition has it. */
function keyed(compiled: CompiledForm, locale: Locale, base: string, suffix: string): string | undefined {
  const key = base ? `${base}.${suffix}` : suffix;
  return hasKey(compiled, locale, key) ? compiled.text(key, locale) : undefined;
}

/**
 * The key base of a control: its `i18n`, else `keyPath`, its dotted data path without array indices
 * (`children.name` for `/children/0/name`), which the view model builds along its walk (it knows which pointer
 * tokens are indices: a property may be named `0`).
 */
export function keyBase(element: UISchemaElement, keyPath: string): string {
  return element.i18n ?? keyPath;
}

/** Humanizes the last pointer segment (`fullName` → `Full name`): the last resort, with a dev warning. */
export function humanize(pointer: string): string {
  const last = parsePointer(pointer).pop() ?? '';
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A control's label, or `undefined` when the definition gives none. */
export function controlLabel(
  compiled: CompiledForm,
  locale: Locale,
  element: UISchemaElement & { label?: string | boolean },
  keyPath: string,
  schema: JsonSchemaObject,
): string | undefined {
  const base = keyBase(element, keyPath);
  return (
    keyed(compiled, locale, base, 'label') ??
    (typeof element.label === 'string' && element.label ? compiled.text(element.label, locale) : undefined) ??
    (schema.title ? compiled.text(schema.title, locale) : undefined)
  );
}

/** A control's hint (may use the safe markdown subset). */
export function controlHint(
  compiled: CompiledForm,
  locale: Locale,
  element: UISchemaElement,
  keyPath: string,
  schema: JsonSchemaObject,
): string | undefined {
  return (
    keyed(compiled, locale, keyBase(element, keyPath), 'description') ??
    (schema.description ? compiled.text(schema.description, locale) : undefined)
  );
}

/** A layout text (Group label, Category label, Label text): a key or a literal. */
export function layoutText(compiled: CompiledForm, locale: Locale, element: UISchemaElement, text: string | undefined): string {
  const fromKey = element.i18n ? keyed(compiled, locale, element.i18n, 'label') : undefined;
  return fromKey ?? compiled.text(text, locale, '');
}

/** The choice values of a schema (itself, or its array items) with their labels. */
export function choicesOf(
  compiled: CompiledForm,
  locale: Locale,
  element: UISchemaElement,
  keyPath: string,
  schema: JsonSchemaObject,
): Array<{ value: unknown; label: string }> | undefined {
  const items = schema.type === 'array' && schema.items && typeof schema.items === 'object' && !Array.isArray(schema.items)
    ? (schema.items)
    : undefined;
  const source = items ?? schema;
  const base = keyBase(element, keyPath);
  const label = (value: unknown, title?: string) =>
    keyed(compiled, locale, base, `enum.${String(value)}`) ?? (title ? compiled.text(title, locale) : String(value));
  if (Array.isArray(source.enum)) return source.enum.map((value) => ({ value, label: label(value) }));
  const options = (source.oneOf ?? source.anyOf) as JsonSchemaObject[] | undefined;
  if (Array.isArray(options) && options.every((o) => o && typeof o === 'object' && 'const' in o)) {
    return options.map((o) => ({ value: o.const, label: label(o.const, o.title) }));
  }
  return undefined;
}
