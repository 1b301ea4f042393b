// SPDX-License-Identifier: MIT
/**
 * Definition texts: `text()` (an i18n key in a locale, falling back to `vi`, else the literal) and field labels.
 * The label of a data location comes from, in order: i18n `<dotted.path>.label`, the Control's `label` (a key or a
 * literal), the schema `title` (a key or a literal), the label of the layout section (Group, Category) that holds
 * exactly the fields under that location, the property name. Array items add their position.
 *
 * The schema `title` (and `description`) is the one written where the field is declared: a title beside a `$ref`
 * (`"nationality": {"$ref": "#/$defs/nationality", "title": "Quốc tịch của người mẹ"}`, which 2020-12 allows; a
 * title is an annotation, so it is read in draft-07 definitions too) labels that one use of the shared schema, and
 * the other uses keep the shared schema's own title (`fieldTextAt`).
 */
import type { FormDefinition, Locale } from '../models/definition.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import { escapeToken, parentPointer, parsePointer } from '../util/json-pointer.js';
import { isObject } from '../util/json.js';
import { indexTokenFlags, refChain, schemaAtDataPointer } from '../util/schema-nav.js';
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

/** The annotations that name and explain a field, which an author may write beside a `$ref`. */
export type FieldTextKeyword = 'title' | 'description';

const hasText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * The `title` (or `description`) of a schema as written: on the schema itself, else beside the next `$ref` it goes
 * through, and so on to the schema the references lead to (the nearest text wins: the one written at the field's
 * declaration is about that field, the shared schema's is about every use of it). Blank texts say nothing and are
 * passed over. `undefined` when none of them has one, or a reference cannot be followed (as `derefLocal`).
 */
export const annotationOf = (schema: unknown, root: unknown, keyword: FieldTextKeyword): string | undefined => {
  for (const s of refChain(schema, root)) {
    const text = s[keyword];
    if (hasText(text)) return text;
  }
  return undefined;
};

/**
 * The schema a data pointer's last step is declared with, as written (its `$ref` not followed): the property in
 * its parent's `properties`. `undefined` for the root, an array item, or a property declared elsewhere (a combinator
 * member, `then`/`else`, pattern or additional properties): those are labelled by their resolved schema's text.
 */
const declarationAt = (root: JsonSchemaObject, pointer: string): unknown => {
  const tokens = parsePointer(pointer);
  if (!tokens?.length) return undefined;
  const properties = schemaAtDataPointer(root, parentPointer(pointer))?.properties;
  const last = tokens[tokens.length - 1];
  return isObject(properties) && Object.hasOwn(properties, last) ? properties[last] : undefined;
};

/**
 * The `title` (or `description`) of the field at a data pointer (`/mother/nationality`, `*` for any array index):
 * the one written at its declaration, beside its `$ref`, else its schema's (`annotationOf`). A key or a literal,
 * as the author wrote it; `undefined` when there is none.
 */
export const fieldTextAt = (root: JsonSchemaObject, pointer: string, keyword: FieldTextKeyword): string | undefined => {
  const declared = declarationAt(root, pointer);
  return annotationOf(declared !== undefined ? declared : schemaAtDataPointer(root, pointer), root, keyword);
};

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
        const title = fieldTextAt(schema, pointer, 'title');
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
