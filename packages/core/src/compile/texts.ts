// SPDX-License-Identifier: MIT
/**
 * Definition texts: `text()` (an i18n key in a locale, falling back to `vi`, else the literal) and field labels.
 * The label of a data location comes from, in order: i18n `<dotted.path>.label`, the Control's `label` (a key or a
 * literal), the schema `title` (a key or a literal), the label of the layout section (Group, Category) that holds
 * exactly the fields under that location, the property name. Array items add their position.
 */
import type { FormDefinition, Locale } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import { escapeToken, parentPointer, parsePointer } from '../util/json-pointer.js';
import { isObject } from '../util/json.js';
import { indexTokenFlags, schemaAtDataPointer } from '../util/schema-nav.js';
import type { IndexedControl } from './ui-index.js';

/** Resolves definition texts. */
export type TextResolver = (keyOrText: string | undefined, locale: Locale, fallback?: string) => string;

/** Creates `text()` for a definition's i18n tables. */
export const createText = (definition: FormDefinition): TextResolver => {
  const tables = isObject(definition.i18n) ? definition.i18n : {};
  const lookup = (locale: Locale, key: string): string | undefined => {
    const t = Object.hasOwn(tables, locale) ? tables[locale] : undefined;
    return isObject(t) && Object.hasOwn(t, key) && typeof t[key] === 'string' ? t[key] : undefined;
  };
  return (keyOrText, locale, fallback) => {
    if (typeof keyOrText !== 'string') return fallback ?? '';
    return lookup(locale, keyOrText) ?? lookup('vi', keyOrText) ?? keyOrText;
  };
};

/** A `LocalizedText` in a locale (falling back to `vi`). */
export const localized = (t: unknown, locale: Locale): string | undefined => {
  if (!isObject(t)) return undefined;
  const v = Object.hasOwn(t, locale) ? t[locale] : t.vi;
  return typeof v === 'string' ? v : typeof t.vi === 'string' ? t.vi : undefined;
};

/**
 * Turns a data pointer into the Control pattern that covers it (`/children/0/name` → `/children/*\/name`). Only
 * array indices become `*`: a property named like one (`{"12": …}`) stays, as its Control's pattern has it.
 */
export const patternOf = (pointer: string, schema: JsonSchemaObject): string => {
  const tokens = parsePointer(pointer) ?? [];
  return patternFromTokens(tokens, indexTokenFlags(schema, tokens));
};

const patternFromTokens = (tokens: readonly string[], indices: readonly boolean[]): string =>
  tokens.map((t, i) => '/' + (indices[i] ? '*' : escapeToken(t))).join('');

/** Creates the label function: data pointer + locale → label. */
export const createLabels = (
  definition: FormDefinition,
  schema: JsonSchemaObject,
  controls: readonly IndexedControl[],
  text: TextResolver,
  sectionLabels: ReadonlyMap<string, string> = new Map(),
): ((pointer: string, locale: Locale) => string) => {
  const byPattern = new Map<string, IndexedControl>();
  for (const c of controls) if (!byPattern.has(c.pattern)) byPattern.set(c.pattern, c);
  const hasKey = (locale: Locale, key: string): boolean => text(key, locale, '') !== key;
  const cache = new Map<string, string>();
  const labelOf = (pointer: string, locale: Locale): string => {
    const cacheKey = locale + '\u0000' + pointer;
    const hit = cache.get(cacheKey);
    if (hit !== undefined) return hit;
    const tokens = parsePointer(pointer) ?? [];
    let label: string;
    if (tokens.length === 0) label = localized(definition.title, locale) ?? definition.id;
    else {
      const last = tokens[tokens.length - 1];
      // Array indices as the schema has them: a property named `12` is labelled as a field, not as item 13.
      const indices = indexTokenFlags(schema, tokens);
      if (indices[tokens.length - 1]) {
        label = `${labelOf(parentPointer(pointer), locale)} (${Number(last) + 1})`;
      } else {
        const key = `${tokens.filter((_, i) => !indices[i]).join('.')}.label`;
        const pattern = patternFromTokens(tokens, indices);
        const control = byPattern.get(pattern);
        const controlLabel = typeof control?.element.label === 'string' ? control.element.label : undefined;
        const title = schemaAtDataPointer(schema, pointer)?.title;
        const section = sectionLabels.get(pattern);
        label = hasKey(locale, key)
          ? text(key, locale)
          : controlLabel !== undefined
            ? text(controlLabel, locale)
            : typeof title === 'string'
              ? text(title, locale)
              : section !== undefined
                ? text(section, locale)
                : last;
      }
    }
    if (cache.size < 10_000) cache.set(cacheKey, label);
    return label;
  };
  return labelOf;
};
