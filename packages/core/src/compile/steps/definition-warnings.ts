// SPDX-License-Identifier: MIT
/**
 * `definitionWarnings`: what in a definition is probably a mistake but still compiles, as located warnings. Not a
 * compile step (a compile problem is always fatal, and these must never fail a compilation or a build): `tokhai
 * validate` prints them with `warning: `. Besides the text warnings of check-i18n.ts, the typos an author cannot see
 * until the form misbehaves:
 *
 * - `unknown-source`: a prefill binding's `source` is not a provider id tokhai documents (known-providers.ts);
 * - `unknown-claim`: its `claim` names nothing that provider documents (`/nmae`; a list without its item index);
 * - `unknown-widget-option`: a Control's `options.format` or `options.mask` that no built-in tester reads
 *   (widget-options.ts), so the control silently gets its default widget;
 * - `i18n-unknown-enum-value`: an i18n key `<path>.enum.<value>` whose field does not allow the value (or is no
 *   choice, or no field): the label is never shown;
 * - `control-without-label`: a Control with no label text at all (no i18n `<path>.label`, no `label`, no schema
 *   `title`, neither beside the property's `$ref` nor on its target): citizens and screen readers get the bare
 *   property name (WCAG 2.4.6, 3.3.2).
 *
 * Unknown names are warnings, not errors: a portal may register providers and widgets of its own, and can say so
 * (`sources`, `widgetOptions`: `tokhai validate --source … --widget-format …`) to keep its catalog free of warnings.
 */
import { LOCALES, type Locale } from '../../models/definition.js';
import type { DefinitionProblem } from '../../models/errors.js';
import type { JsonSchemaObject } from '../../models/json-schema.js';
import { DEFINITION_WARNING_TEXTS, type DefinitionWarningTexts } from '../../i18n/definition-warnings.js';
import { choiceValues } from '../../testers/testers.js';
import { escapeToken, hasAtPointer, parsePointer } from '../../util/json-pointer.js';
import { isObject, MAX_DEPTH } from '../../util/json.js';
import { combinatorMembers, derefLocal, typesOf } from '../../util/schema-nav.js';
import { generateDefaultUi } from '../generate-ui.js';
import { fieldTextAt } from '../texts.js';
import { indexUi } from '../ui-index.js';
import { definitionTextWarnings, type TextWarningCode } from './check-i18n.js';
import { closestName } from './closest-name.js';
import { KNOWN_PROVIDER_CLAIMS, KNOWN_PROVIDER_IDS, missingClaim } from './known-providers.js';
import { BUILT_IN_WIDGET_OPTIONS } from './widget-options.js';

/** The codes `definitionWarnings` reports. */
export type DefinitionWarningCode =
  | TextWarningCode
  | 'unknown-source'
  | 'unknown-claim'
  | 'unknown-widget-option'
  | 'i18n-unknown-enum-value'
  | 'control-without-label';

/** Options of `definitionWarnings`. */
export interface DefinitionWarningOptions {
  /** The language of the authoring warnings (`unknown-source` …). Default `en`; the text warnings are in English. */
  locale?: Locale;
  /**
   * The ids of the portal's own citizen data providers: a prefill binding may name them like tokhai's (no
   * `unknown-source`); their claims are the portal's, so they are not checked (no `unknown-claim`).
   */
  sources?: readonly string[];
  /** The `options.format` and `options.mask` values the portal's own widgets answer, known like the built-in ones. */
  widgetOptions?: { format?: readonly string[]; mask?: readonly string[] };
}

/** What every check reads. */
interface Input {
  definition: Record<string, unknown>;
  texts: DefinitionWarningTexts;
  /** The i18n tables present, by locale. */
  tables: Partial<Record<Locale, Record<string, unknown>>>;
  /** The data schema (`true` as `{}`), or `undefined` when there is none to check against. */
  schema: JsonSchemaObject | undefined;
  /** The portal's own provider ids (`DefinitionWarningOptions.sources`). */
  ownSources: ReadonlySet<string>;
  /** Every `options.format` / `options.mask` value a widget answers: the built-in ones and the portal's. */
  widgetOptions: { format: readonly string[]; mask: readonly string[] };
}

type Warn = (pointer: string, code: DefinitionWarningCode, message: string) => void;

// --- prefill ----------------------------------------------------------------------------------------------------

/** `unknown-source` and `unknown-claim`. */
const prefillWarnings = ({ definition, texts, ownSources }: Input, warn: Warn): void => {
  if (!Array.isArray(definition.prefill)) return;
  definition.prefill.forEach((b: unknown, i) => {
    if (!isObject(b) || typeof b.source !== 'string' || b.source.trim() === '') return;
    const source = b.source;
    if (ownSources.has(source)) return;
    if (!Object.hasOwn(KNOWN_PROVIDER_CLAIMS, source)) {
      const suggestion = closestName(source, KNOWN_PROVIDER_IDS);
      warn(`/prefill/${i}/source`, 'unknown-source', texts.unknownSource(suggestion !== undefined ? { source, known: KNOWN_PROVIDER_IDS, suggestion } : { source, known: KNOWN_PROVIDER_IDS }));
      return;
    }
    if (typeof b.claim !== 'string') return;
    const tokens = parsePointer(b.claim);
    if (tokens === undefined) return; // not a pointer: a compile error (check-prefill.ts)
    const miss = missingClaim(KNOWN_PROVIDER_CLAIMS[source], tokens, closestName);
    if (!miss) return;
    const params = { claim: b.claim, source, at: miss.at, ...(miss.suggestion !== undefined ? { suggestion: miss.suggestion } : {}) };
    const message = miss.kind === 'index' ? texts.claimNeedsIndex(params) : miss.kind === 'leaf' ? texts.claimUnderValue(params) : texts.unknownClaim(params);
    warn(`/prefill/${i}/claim`, 'unknown-claim', message);
  });
};

// --- widget options ---------------------------------------------------------------------------------------------

/** `unknown-widget-option`, on every Control of the layout (in `options.detail` layouts too). */
const widgetOptionWarnings = ({ definition, texts, widgetOptions }: Input, warn: Warn): void => {
  const stack: Array<[unknown, string, number]> = [[definition.ui, '/ui', 0]];
  while (stack.length) {
    const [el, at, depth] = stack.pop()!;
    if (!isObject(el) || depth > MAX_DEPTH) continue;
    const options = isObject(el.options) ? el.options : undefined;
    if (options && el.type === 'Control') {
      for (const option of ['format', 'mask'] as const) {
        const value = options[option];
        const known = widgetOptions[option];
        if (typeof value !== 'string' || known.includes(value)) continue;
        const suggestion = closestName(value, known);
        warn(`${at}/options/${option}`, 'unknown-widget-option', texts.unknownWidgetOption(suggestion !== undefined ? { option, value, known, suggestion } : { option, value, known }));
      }
    }
    const children: Array<[unknown, string]> = [];
    if (Array.isArray(el.elements)) el.elements.forEach((child: unknown, i) => children.push([child, `${at}/elements/${i}`]));
    if (options && Object.hasOwn(options, 'detail')) children.push([options.detail, `${at}/options/detail`]);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i][0], children[i][1], depth + 1]);
  }
};

// --- i18n enum labels -------------------------------------------------------------------------------------------

/** At most this many (schema, path) pairs are visited: a guard against huge or recursive schemas. */
const MAX_VISITS = 20_000;

/**
 * Every field of the schema by its i18n key path (property names joined with dots, array indices left out, as
 * `<path>.label` keys are made), with every subschema that describes it (through `$ref`, `allOf`/`anyOf`/`oneOf`,
 * `then`/`else`, array items).
 */
const fieldsByKeyPath = (root: JsonSchemaObject): Map<string, JsonSchemaObject[]> => {
  const fields = new Map<string, JsonSchemaObject[]>();
  const visited = new Map<JsonSchemaObject, Set<string>>();
  const stack: Array<[unknown, string[]]> = [[root, []]];
  let visits = 0;
  while (stack.length && visits < MAX_VISITS) {
    const [raw, path] = stack.pop()!;
    const s = derefLocal(raw, root);
    if (!s || path.length > MAX_DEPTH / 8) continue;
    const key = path.join('.');
    const seen = visited.get(s) ?? new Set<string>();
    if (seen.has(key)) continue;
    seen.add(key);
    visited.set(s, seen);
    visits++;
    fields.set(key, [...(fields.get(key) ?? []), s]);
    for (const member of combinatorMembers(s, root)) stack.push([member, path]);
    for (const branch of [s.then, s.else]) if (branch !== undefined) stack.push([branch, path]);
    if (isObject(s.properties)) for (const [name, sub] of Object.entries(s.properties)) stack.push([sub, [...path, name]]);
    for (const items of [s.items, s.additionalItems, ...(Array.isArray(s.prefixItems) ? s.prefixItems : [])]) {
      if (Array.isArray(items)) for (const item of items) stack.push([item, path]);
      else if (items !== undefined) stack.push([items, path]);
    }
  }
  return fields;
};

/** The values a field allows, as its `<path>.enum.<value>` keys spell them; `undefined` when it is no closed choice. */
const allowedValues = (schemas: readonly JsonSchemaObject[], root: JsonSchemaObject): string[] | undefined => {
  const values = new Set<string>();
  let choice = false;
  for (const s of schemas) {
    const own = choiceValues(s, root);
    if (own) {
      choice = true;
      for (const v of own) values.add(String(v));
    } else if (typesOf(s).includes('boolean')) {
      // A boolean shown as radios: its labels are `<path>.enum.true` / `.false` when it has a oneOf; allowed anyway.
      choice = true;
      values.add('true');
      values.add('false');
    }
  }
  return choice ? [...values] : undefined;
};

/** `i18n-unknown-enum-value`. */
const enumLabelWarnings = ({ definition, texts, tables, schema }: Input, warn: Warn): void => {
  if (!schema) return;
  const fields = fieldsByKeyPath(schema);
  // A control's own `i18n` key base names its field too.
  for (const c of indexUi(uiOf(definition, schema, tables), schema).controls)
    if (typeof c.element.i18n === 'string') fields.set(c.element.i18n, [...(fields.get(c.element.i18n) ?? []), c.schema]);
  const reported = new Set<string>();
  for (const locale of LOCALES) {
    const table = tables[locale];
    if (!table) continue;
    for (const key of Object.keys(table)) {
      if (reported.has(key)) continue;
      const split = enumKeySplit(key, fields);
      if (!split) continue;
      reported.add(key);
      const { field, value } = split;
      const at = `/i18n/${locale}/${escapeToken(key)}`;
      const schemas = fields.get(field);
      if (!schemas) {
        const suggestion = closestName(field, [...fields.keys()].filter((k) => k !== ''));
        warn(at, 'i18n-unknown-enum-value', texts.enumOfUnknownField(suggestion !== undefined ? { key, field, suggestion } : { key, field }));
        continue;
      }
      const values = allowedValues(schemas, schema);
      if (!values) warn(at, 'i18n-unknown-enum-value', texts.enumOfNonChoice({ key, field }));
      else if (!values.includes(value)) {
        const suggestion = closestName(value, values);
        warn(at, 'i18n-unknown-enum-value', texts.unknownEnumValue(suggestion !== undefined ? { key, field, value, values, suggestion } : { key, field, value, values }));
      }
    }
  }
};

/**
 * A key `<field>.enum.<value>` split into its field path and value: at the `.enum.` whose left part is a field
 * (a property may itself be named `enum`), else at the last one. `undefined` for any other key.
 */
const enumKeySplit = (key: string, fields: ReadonlyMap<string, unknown>): { field: string; value: string } | undefined => {
  const splits: Array<{ field: string; value: string }> = [];
  if (key.startsWith('enum.')) splits.push({ field: '', value: key.slice(5) });
  for (let at = key.indexOf('.enum.'); at >= 0; at = key.indexOf('.enum.', at + 1)) splits.push({ field: key.slice(0, at), value: key.slice(at + 6) });
  return splits.find((s) => fields.has(s.field)) ?? splits[splits.length - 1];
};

// --- labels -----------------------------------------------------------------------------------------------------

/** The definition's layout, or the one compileForm generates for a definition without one. */
const uiOf = (definition: Record<string, unknown>, schema: JsonSchemaObject, tables: Input['tables']): unknown =>
  Object.hasOwn(definition, 'ui') ? definition.ui : generateDefaultUi(schema, schema, (k) => Object.hasOwn(tables.vi ?? {}, k));

const hasText = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

/** `control-without-label`: a Control whose label resolves to nothing in some locale (see elements' `controlLabel`). */
const labelWarnings = ({ definition, texts, tables, schema }: Input, warn: Warn): void => {
  if (!schema) return;
  const generated = !Object.hasOwn(definition, 'ui');
  for (const c of indexUi(uiOf(definition, schema, tables), schema).controls) {
    const keyPath = c.dataPath.filter((t) => t !== '*').join('.');
    const base = typeof c.element.i18n === 'string' ? c.element.i18n : keyPath;
    const key = base ? `${base}.label` : 'label';
    // The title core's labels read (at `pattern`, the data pointer with `*` for item indices): the one beside the
    // property's `$ref` (that use's own), else its schema's.
    if (hasText(c.element.label) || hasText(c.schema.title) || hasText(fieldTextAt(schema, c.pattern, 'title'))) continue;
    // Every locale a form is shown in: one without a table of its own falls back to Vietnamese.
    const missing = LOCALES.filter((l) => !hasText(tables[l]?.[key]) && !hasText(tables.vi?.[key]));
    if (!missing.length) continue;
    const name = [...c.dataPath].reverse().find((t) => t !== '*') ?? '';
    warn(generated ? schemaPointer(definition, c.dataPath) : `/ui${c.uiPointer}`, 'control-without-label', texts.controlWithoutLabel({ key, name, locales: missing }));
  }
};

/** Where a generated Control's property is declared (`/schema/properties/a/items/properties/b`), when it is there. */
const schemaPointer = (definition: Record<string, unknown>, dataPath: readonly string[]): string => {
  const pointer = '/schema' + dataPath.map((t) => (t === '*' ? '/items' : `/properties/${escapeToken(t)}`)).join('');
  return hasAtPointer(definition, pointer) ? pointer : '/schema';
};

// --- all --------------------------------------------------------------------------------------------------------

const CHECKS: ReadonlyArray<(input: Input, warn: Warn) => void> = [prefillWarnings, widgetOptionWarnings, enumLabelWarnings, labelWarnings];

/**
 * The warnings of a definition: the text warnings (`definitionTextWarnings`) and the authoring warnings above, each
 * located at its JSON Pointer, the authoring ones in `options.locale`. Reads any JSON value without throwing (a
 * check that cannot read a part reports nothing there); `compileForm` does not run it.
 */
export const definitionWarnings = (definition: unknown, options: DefinitionWarningOptions = {}): DefinitionProblem[] => {
  if (!isObject(definition)) return [];
  const found: DefinitionProblem[] = [...definitionTextWarnings(definition)];
  const i18n = isObject(definition.i18n) ? definition.i18n : {};
  const tables: Input['tables'] = {};
  for (const l of LOCALES) if (Object.hasOwn(i18n, l) && isObject(i18n[l])) tables[l] = i18n[l];
  const schema = definition.schema === true ? {} : isObject(definition.schema) ? definition.schema : undefined;
  const input: Input = {
    definition,
    texts: DEFINITION_WARNING_TEXTS[options.locale ?? 'en'] ?? DEFINITION_WARNING_TEXTS.en,
    tables,
    schema,
    ownSources: new Set(options.sources),
    widgetOptions: {
      format: [...BUILT_IN_WIDGET_OPTIONS.format, ...(options.widgetOptions?.format ?? [])],
      mask: [...BUILT_IN_WIDGET_OPTIONS.mask, ...(options.widgetOptions?.mask ?? [])],
    },
  };
  const warn: Warn = (pointer, code, message) => found.push({ pointer, code, message });
  for (const check of CHECKS) {
    try {
      check(input, warn);
    } catch {
      // A part no check could read (a cycle, a getter that throws): its problems are the compiler's to report.
    }
  }
  return found;
};
