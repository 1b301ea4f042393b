// SPDX-License-Identifier: MIT
/**
 * One view over a form, whether the caller holds a `CompiledForm` or only its `FormDefinition`: its bindings, the
 * schema of a data pointer, a field label in each locale, and (compiled forms only) a validator for one value in
 * the context of the current data.
 */
import type {
  CompiledForm,
  FormDefinition,
  JsonSchema,
  JsonSchemaObject,
  Locale,
  LocatedError,
  PrefillBinding,
  UISchemaElement,
} from '@tokhai/core';
import { formatPointer, parsePointer, pointerContains, setPointer } from './pointer.js';
import { checkShape, childSchema, deref, schemaAtPointer, schemaTypes } from './schema.js';
import type { BilingualText, PrefillForm } from './types.js';

/** What prefill reads from a form. */
export interface FormView {
  readonly id: string;
  readonly version: string;
  readonly definition: FormDefinition;
  readonly bindings: readonly PrefillBinding[];
  readonly title: BilingualText;
  /** The schema of the data at `pointer`. */
  schemaAt(pointer: string): JsonSchemaObject | undefined;
  /** The field label in both locales. */
  label(pointer: string): BilingualText;
  /**
   * Why `value` cannot go at `pointer` (`[]` when it fits): its shape against the field's schema, then, for compiled
   * forms, core's validation of the data with the value written in, keeping only errors at or under `pointer` about
   * the value itself (`required` elsewhere in the form is not the value's fault).
   */
  problems(pointer: string, value: unknown, data: unknown): string[];
}

/** True when the argument is a compiled form rather than a definition. */
export function isCompiledForm(form: PrefillForm): form is CompiledForm {
  return typeof (form as CompiledForm).validate === 'function' && typeof (form as CompiledForm).definition === 'object';
}

/** The keywords whose failure means the value itself does not fit the field. */
const VALUE_KEYWORDS = new Set([
  'type', 'enum', 'const', 'format', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'additionalProperties', 'oneOf', 'anyOf',
]);

/** Builds the view. Cheap: nothing is precomputed but the control index. */
export function formView(form: PrefillForm): FormView {
  const compiled = isCompiledForm(form) ? form : undefined;
  const definition = compiled ? compiled.definition : (form as FormDefinition);
  const root = compiled ? compiled.schema : definition.schema;
  const controls = indexControls(compiled ? compiled.ui : definition.ui);
  const text = (keyOrText: string, locale: Locale): string => resolveText(definition, keyOrText, locale);
  return {
    id: definition.id,
    version: definition.version,
    definition,
    bindings: definition.prefill ?? [],
    title: { vi: definition.title.vi, en: definition.title.en ?? definition.title.vi },
    schemaAt: (pointer) => schemaAtPointer(root, pointer),
    label: (pointer) => {
      const schema = schemaAtPointer(root, pointer);
      const control = controls.get(pointer);
      const key = `${dottedPath(root, pointer)}.label`;
      const inLocale = (locale: Locale): string => {
        const own = i18nText(definition, locale, key) ?? i18nText(definition, 'vi', key);
        if (own !== undefined) return own;
        if (typeof control?.label === 'string') return text(control.label, locale);
        if (schema?.title !== undefined) return text(schema.title, locale);
        return lastSegment(pointer);
      };
      return { vi: inLocale('vi'), en: inLocale('en') };
    },
    problems: (pointer, value, data) => {
      const schema = schemaAtPointer(root, pointer);
      if (!schema) return [`the form's schema declares no field at ${pointer}`];
      const shape = checkShape(value, schema, root).map((p) => (p.at ? `${p.at}: ${p.message}` : p.message));
      if (shape.length > 0 || !compiled) return shape;
      return valueErrors(compiled, pointer, value, data).map((e) => `${e.pointer}: ${e.keyword} (${e.message})`);
    },
  };
}

/** Core's errors about the value at `pointer` once it is written into `data`. Never throws. */
function valueErrors(compiled: CompiledForm, pointer: string, value: unknown, data: unknown): LocatedError[] {
  try {
    const result = compiled.validate(setPointer(data ?? {}, pointer, value), { includeHidden: true });
    return result.errors.filter((e) => pointerContains(pointer, e.pointer) && VALUE_KEYWORDS.has(e.keyword));
  } catch {
    return []; // validate never throws by contract; a broken validator must not block prefill
  }
}

/** A definition text: an i18n key in `locale` (falling back to `vi`), else the literal text. */
function resolveText(definition: FormDefinition, keyOrText: string, locale: Locale): string {
  return i18nText(definition, locale, keyOrText) ?? i18nText(definition, 'vi', keyOrText) ?? keyOrText;
}

/**
 * The text of an i18n key in one locale: own entries only, and only texts. A label or title is an i18n key or a
 * literal, so a literal such as "constructor" or "toString" must not read `Object.prototype` (it would give a
 * function where the consent panel and the failure messages expect a text).
 */
function i18nText(definition: FormDefinition, locale: Locale, key: string): string | undefined {
  const i18n: unknown = definition.i18n;
  if (typeof i18n !== 'object' || i18n === null || !Object.hasOwn(i18n, locale)) return undefined;
  const table = (i18n as Record<string, unknown>)[locale];
  if (typeof table !== 'object' || table === null || !Object.hasOwn(table, key)) return undefined;
  const text = (table as Record<string, unknown>)[key];
  return typeof text === 'string' ? text : undefined;
}

const INDEX = /^(0|[1-9]\d*)$/;

/**
 * The i18n key path of a data pointer, as core and `<tk-form>` build it: the property names, unescaped, joined with
 * dots, array indices left out (`/children/0/name` → `children.name`, `/a~1b` → `a/b`). A token is an index only
 * where the schema there is an array: under an object, `{"12": …}` is a property and stays.
 */
function dottedPath(root: JsonSchema, pointer: string): string {
  const names: string[] = [];
  let current = deref(root, root);
  for (const key of parsePointer(pointer)) {
    const isIndex =
      INDEX.test(key) &&
      (current === undefined || (!Object.hasOwn(current.properties ?? {}, key) && (current.items !== undefined || current.prefixItems !== undefined || schemaTypes(current).includes('array'))));
    if (!isIndex) names.push(key);
    current = current === undefined ? undefined : childSchema(current, key, root);
  }
  return names.join('.');
}

/** The property name a pointer ends with, unescaped (`/a~1b` → `a/b`). */
function lastSegment(pointer: string): string {
  return parsePointer(pointer).pop() ?? '';
}

/**
 * Data pointer of a Control scope: `#/properties/a/properties/b` → `/a/b` (undefined for other shapes). A scope is
 * a URI fragment (RFC 6901 §6): percent-decoded first (`#/properties/50%25` names `50%`), then split and unescaped.
 */
function scopeToPointer(scope: string): string | undefined {
  let body = scope.replace(/^#/, '');
  try {
    body = decodeURIComponent(body);
  } catch {
    return undefined; // core rejects a malformed escape when it compiles the form
  }
  if (body !== '' && !body.startsWith('/')) return undefined;
  const parts = parsePointer(body);
  if (parts.length % 2 !== 0) return undefined;
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] !== 'properties') return undefined;
    out.push(parts[i + 1]);
  }
  return formatPointer(out);
}

/** Maps data pointers to the top-level (non-array-detail) Controls that render them. */
function indexControls(ui: UISchemaElement | undefined): Map<string, { label?: string | boolean }> {
  const map = new Map<string, { label?: string | boolean }>();
  const visit = (el: UISchemaElement): void => {
    if (el.type === 'Control' && 'scope' in el) {
      const p = scopeToPointer(el.scope);
      if (p !== undefined && !map.has(p)) map.set(p, el);
    }
    if ('elements' in el && Array.isArray(el.elements)) el.elements.forEach(visit);
  };
  if (ui) visit(ui);
  return map;
}
