// SPDX-License-Identifier: MIT
/**
 * `CompiledForm.validate`: runs the engine, adds tokhai's own checks, then locates and localizes every error.
 * Pipeline: computed values → engine → admin units → computed mismatches → collapse → missing groups listed field
 * by field (expand-missing-groups.ts) → drop hidden → order as the form shows the fields → localize (only the errors
 * shown are worded). Never throws. The groups are expanded before hidden errors are dropped, so a hidden child is
 * not listed and a hidden group hides every field it stands for.
 *
 * The logic engine runs no further than needed: computed values alone when no rule can hide what they read
 * (decided once per definition); for errors at pointers a rule can hide, the rules that can hide those pointers
 * (rules/hidden-at.ts), or the whole hidden set when only that can tell; nothing when the caller passes the
 * evaluation it already has (`options.evaluation`). Valid data without computed values costs the schema validation
 * and nothing else. What an error pointer always needs (layout position, label, message override) is decided once
 * per pointer and kept.
 * Data is JSON: every engine treats an `undefined` property as absent; values JSON cannot carry are engine-defined
 * (the interpreter reports one `unprocessable` error, ajv type errors), see the README.
 */
import type { Evaluation } from '../models/compiled-form.js';
import type { FormDefinition, Locale } from '../models/definition.js';
import type { RawError, SchemaValidator } from '../models/engine.js';
import type { LocatedError, ValidateOptions, ValidationResult } from '../models/errors.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { AdminUnitNameLookup } from '../computed/types.js';
import type { LogicEngine } from '../rules/index.js';
import { formatCheck } from '../formats/tokhai.js';
import { formatMessage, isMessageKey } from '../i18n/index.js';
import { collapseErrors } from './collapse-errors.js';
import { missingGroupExpander } from './expand-missing-groups.js';
import { localized, patternOf, type TextResolver } from '../compile/texts.js';
import { atOrUnderAny, childPointer, dataAt, parentPointer, parsePointer } from '../util/json-pointer.js';
import { sortStably } from '../util/sort.js';
import { isObject, stableStringify } from '../util/json.js';
import { schemaAtDataPointer, typesOf } from '../util/schema-nav.js';
import { checkCommuneCodes, communeCodeSites } from './admin-units.js';

/** What `createValidate` needs from the compiler. */
export interface ValidateDeps {
  definition: FormDefinition;
  schema: JsonSchemaObject;
  validator: SchemaValidator;
  /** The form's logic engine (rules/evaluate.ts). */
  logic: LogicEngine;
  labelOf: (pointer: string, locale: Locale) => string;
  text: TextResolver;
  /** Control pattern (`/children/*\/name`) → position in the layout; or a function returning it, called when first needed. */
  order: ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>);
  adminUnits?: AdminUnitNameLookup;
}

/** Keywords whose error names a missing property: the error points at that property. */
const MISSING_KEYWORDS = new Set(['required', 'dependentRequired', 'dependencies']);

/** True when a field is answered by picking (a select, radios, a checkbox): "Vui lòng chọn" rather than "nhập". */
const isChoice = (s: JsonSchemaObject | undefined): boolean => {
  if (!s) return false;
  if (Array.isArray(s.enum) || s.const !== undefined) return true;
  if (Array.isArray(s.oneOf) && s.oneOf.every((o) => isObject(o) && Object.hasOwn(o, 'const'))) return true;
  if (typesOf(s).includes('boolean')) return true;
  // Administrative units are picked from the official lists (the address widget's province and commune selects).
  if (s.format === 'vn-province-code' || s.format === 'vn-commune-code') return true;
  const items = isObject(s.items) ? (s.items) : undefined;
  return Boolean(items && (Array.isArray(items.enum) || Array.isArray(items.oneOf)));
};

/** `format.<name>` when the catalog has it, else `format`: by format name, decided once. */
const FORMAT_KEYS = new Map<string, string>();
const formatKeyOf = (name: string): string => {
  let key = FORMAT_KEYS.get(name);
  if (key === undefined) {
    key = isMessageKey(`format.${name}`) ? `format.${name}` : 'format';
    if (FORMAT_KEYS.size < 1_000) FORMAT_KEYS.set(name, key);
  }
  return key;
};

/** The catalog key for an error. */
const messageKeyOf = (e: RawError, pointer: string, choice: (pointer: string) => boolean, data: unknown): string => {
  switch (e.keyword) {
    case 'required':
      return choice(pointer) ? 'required.choice' : 'required';
    case 'format': {
      const name = String(e.params.format);
      if (name === 'vn-commune-code' && (e.params.reason === 'unknown' || e.params.reason === 'province')) return `format.vn-commune-code.${e.params.reason}`;
      const f = formatCheck(name);
      if (!f?.explain) return formatKeyOf(name);
      const value = dataAt(data, pointer);
      if (typeof value !== 'string') return formatKeyOf(name);
      const key = f.explain(value);
      return isMessageKey(key) ? key : 'format';
    }
    case 'const':
      return e.params.allowedValue === true ? 'const.true' : 'const';
    default:
      return isMessageKey(e.keyword) ? e.keyword : 'invalid';
  }
};

/** Replaces `{name}` placeholders in an author's override text with the label and parameters. */
const interpolate = (template: string, label: string, params: Record<string, unknown>): string =>
  template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name === 'label' ? label : Object.hasOwn(params, name) ? String(params[name]) : m,
  );

/** Finds an author's override for a pointer and keyword (exact pointer first, then with `*` for indices). */
const overrideFor = (messages: FormDefinition['messages'], schema: JsonSchemaObject, pointer: string, keyword: string): unknown => {
  if (!isObject(messages)) return undefined;
  for (const p of /\/\d/.test(pointer) ? [pointer, patternOf(pointer, schema)] : [pointer]) {
    const byKeyword = Object.hasOwn(messages, p) ? messages[p] : undefined;
    if (isObject(byKeyword) && Object.hasOwn(byKeyword, keyword)) return byKeyword[keyword];
  }
  return undefined;
};

/** Creates the `validate` function of a compiled form. */
export const createValidate = (deps: ValidateDeps): ((data: unknown, options?: ValidateOptions) => ValidationResult) => {
  const { definition, schema, validator, logic, labelOf, text, order, adminUnits } = deps;
  const communeSites = adminUnits ? communeCodeSites(schema) : [];
  const hasOverrides = isObject(definition.messages) && Object.keys(definition.messages).length > 0;
  // Declared below, with the layout facts it reads (only asked once some group is missing).
  const expandMissingGroups = missingGroupExpander(schema, (pointer) => staysOneError(pointer));

  /**
   * What errors at one pointer always need, decided once per pointer: its place in the layout, whether it is
   * answered by picking, its label per locale. One lookup per error (error pointers repeat between validations).
   */
  interface PointerFacts {
    order: number;
    choice: boolean | undefined;
    labels: Partial<Record<Locale, string>>;
    /** The author's override by keyword (`undefined`: none), as `overrideFor` finds it. */
    overrides: Map<string, unknown> | undefined;
  }
  const facts = new Map<string, PointerFacts>();
  const factsOf = (pointer: string): PointerFacts => {
    let f = facts.get(pointer);
    if (f === undefined) {
      f = { order: layoutOrder(pointer), choice: undefined, labels: {}, overrides: undefined };
      if (facts.size < 10_000) facts.set(pointer, f);
    }
    return f;
  };

  /** The position of the control that shows a pointer (or its nearest parent that has one). */
  let orderMap: ReadonlyMap<string, number> | undefined;
  const layoutOrder = (pointer: string): number => {
    orderMap ??= typeof order === 'function' ? order() : order;
    let p = patternOf(pointer, schema);
    for (;;) {
      const i = orderMap.get(p);
      if (i !== undefined) return i;
      if (p === '') return Number.MAX_SAFE_INTEGER;
      p = parentPointer(p);
    }
  };

  const choice = (pointer: string): boolean => {
    const f = factsOf(pointer);
    return (f.choice ??= isChoice(schemaAtDataPointer(schema, patternOf(pointer, schema))));
  };

  const labelAt = (pointer: string, locale: Locale): string => {
    const f = factsOf(pointer);
    return (f.labels[locale] ??= labelOf(pointer, locale));
  };

  const overrideAt = (pointer: string, keyword: string): unknown => {
    const overrides = (factsOf(pointer).overrides ??= new Map());
    if (overrides.has(keyword)) return overrides.get(keyword);
    const found = overrideFor(definition.messages, schema, pointer, keyword);
    overrides.set(keyword, found);
    return found;
  };

  /**
   * The data patterns that one Control answers by itself: a Control is bound to the pattern and no Control lies
   * under it (an address in the admin-unit widget). Such an object is one question: when it is missing it keeps its
   * one `required` error, worded with the Control's label, and the widget flags all its parts from it, rather than
   * an error per part named after property names the form never shows (`communeCode`).
   */
  let oneControl: ReadonlySet<string> | undefined;
  const answeredByOneControl = (pointer: string): boolean => {
    if (oneControl === undefined) {
      orderMap ??= typeof order === 'function' ? order() : order;
      const above = new Set<string>();
      for (const p of orderMap.keys()) for (let at = p.lastIndexOf('/'); at > 0; at = p.lastIndexOf('/', at - 1)) above.add(p.slice(0, at));
      oneControl = new Set([...orderMap.keys()].filter((p) => p !== '' && !above.has(p)));
    }
    return oneControl.size > 0 && oneControl.has(patternOf(pointer, schema));
  };

  /**
   * True when a missing object at `pointer` stays one error instead of an error per required field: one Control
   * answers it, or the author worded its `required` message (written for the group, so the group is not broken up).
   */
  const staysOneError = (pointer: string): boolean =>
    answeredByOneControl(pointer) || (hasOverrides && overrideAt(pointer, 'required') !== undefined);

  /** A raw error with where it shows (before it is worded) and its place in the error list. */
  type Placed = { e: RawError; pointer: string; order: number; index: number };

  const localize = ({ e, pointer }: Placed, data: unknown, locale: Locale): LocatedError => {
    const messageKey = messageKeyOf(e, pointer, choice, data);
    const label = labelAt(pointer, locale);
    // The message reads the error's own parameters; a copy is made only to add the label of `property`.
    const params: Record<string, unknown> = typeof e.params.property === 'string'
      ? { ...e.params, propertyLabel: labelOf(childPointer(e.instancePath, e.params.property), locale) }
      : e.params;
    const override = hasOverrides ? overrideAt(pointer, e.keyword) : undefined;
    const message =
      typeof override === 'string'
        ? interpolate(text(override, locale), label, params)
        : isObject(override)
          ? interpolate(localized(override, locale) ?? '', label, params)
          : formatMessage(messageKey, locale, { label, params });
    return { pointer, keyword: e.keyword, schemaPath: e.schemaPath, params: e.params, messageKey, message };
  };

  /**
   * Drops the errors under hidden fields: with the evaluation when there is one, else by asking the logic engine
   * about the few pointers a rule can hide at all (it decides only the rules that can hide them when it can).
   */
  const visibleOnly = (placed: Placed[], data: unknown, ruleData: unknown, evaluation: Evaluation | undefined, options: ValidateOptions): Placed[] => {
    const maybe = placed.filter((p) => logic.mayBeHidden(p.pointer));
    if (maybe.length === 0) return placed;
    if (evaluation) {
      const hidden = evaluation.hidden;
      if (!hidden.length) return placed;
      const isHidden = atOrUnderAny(hidden);
      return placed.filter((p) => !isHidden(p.pointer));
    }
    const covered = logic.coveredByHidden(maybe.map((p) => p.pointer), data, options, ruleData);
    if (!covered.includes(true)) return placed;
    const dropped = new Set(maybe.filter((_, i) => covered[i]));
    return placed.filter((p) => !dropped.has(p));
  };

  const unprocessable = (locale: Locale): ValidationResult => ({
    valid: false,
    errors: [{ pointer: '', keyword: 'unprocessable', schemaPath: '', params: {}, messageKey: 'unprocessable', message: formatMessage('unprocessable', locale, { label: labelOf('', locale), params: {} }) }],
  });

  /**
   * The data to check (computed values written in), the computed values, and the evaluation when one was run (the
   * caller's, or the one computing the values needed), as `evaluate` decides them.
   */
  const withComputed = (data: unknown, given: Evaluation | undefined, options: ValidateOptions): { checked: unknown; computed: Record<string, unknown> | undefined; evaluation: Evaluation | undefined } => {
    if (given) return { checked: given.data, computed: given.computed, evaluation: given };
    if (!logic.hasComputed) return { checked: data, computed: undefined, evaluation: undefined };
    const { data: checked, computed, evaluation } = logic.compute(data, options);
    return { checked, computed, evaluation };
  };

  return (input: unknown, options: ValidateOptions = {}): ValidationResult => {
    const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
    try {
      const data = input;
      // The caller's evaluation counts only when it is this form's answer for this very data object and date.
      const given = logic.answered(options.evaluation, data, options.now) ? options.evaluation : undefined;
      const { checked, computed, evaluation } = withComputed(data, given, options);
      let raw = validator(checked);
      if (adminUnits && communeSites.length) raw = withMore(raw, checkCommuneCodes(communeSites, checked, adminUnits));
      if (computed) raw = withMore(raw, computedMismatches(data, computed, logic.targetTokens));
      if (raw.length === 0) return { valid: true, errors: [] };
      let placed = expandMissingGroups(collapseErrors(raw)).map((e, index): Placed => {
        const pointer = pointerOf(e);
        return { e, pointer, order: factsOf(pointer).order, index };
      });
      if (!options.includeHidden && logic.canHide) placed = visibleOnly(placed, data, checked, evaluation, options);
      // In the order the form shows the fields; errors of one field in the engine's order.
      if (placed.length > 1) sortStably(placed, byLayout);
      const errors = placed.map((p) => localize(p, checked, locale));
      return { valid: errors.length === 0, errors };
    } catch {
      return unprocessable(locale);
    }
  };
};

/** Where an error shows: at the missing property for `required`-like keywords, else where the keyword applies. */
const pointerOf = (e: RawError): string =>
  MISSING_KEYWORDS.has(e.keyword) && typeof e.params.missingProperty === 'string' ? childPointer(e.instancePath, e.params.missingProperty) : e.instancePath;

/** The value at `tokens` when one is there (own properties, array indices in range), as `hasAtPointer` decides. */
const valueAt = (data: unknown, tokens: readonly string[]): { value: unknown } | undefined => {
  let cur = data;
  for (const t of tokens) {
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(t) || Number(t) >= cur.length) return undefined;
      cur = cur[Number(t)];
    } else if (isObject(cur) && Object.hasOwn(cur, t)) cur = cur[t];
    else return undefined;
  }
  return { value: cur };
};

/** Layout order, then the engine's order. */
const byLayout = (a: { order: number; index: number }, b: { order: number; index: number }): number => a.order - b.order || a.index - b.index;

/** `errors` followed by `more` (the same array when there is nothing more). */
const withMore = (errors: RawError[], more: RawError[]): RawError[] => (more.length === 0 ? errors : errors.concat(more));

/** Computed values the data carries that differ from what the definition computes (stale or tampered data). */
const computedMismatches = (data: unknown, computed: Record<string, unknown>, targets: ReadonlyMap<string, readonly string[]>): RawError[] => {
  const out: RawError[] = [];
  for (const pointer of Object.keys(computed)) {
    const value = computed[pointer];
    const tokens = targets.get(pointer) ?? parsePointer(pointer);
    const held = tokens === undefined ? undefined : valueAt(data, tokens);
    if (held === undefined) continue;
    // Two texts (the usual computed value) compare as they are; anything else as canonical JSON.
    const same = typeof held.value === 'string' && typeof value === 'string' ? held.value === value : stableStringify(held.value) === stableStringify(value);
    if (!same) out.push({ instancePath: pointer, schemaPath: '', keyword: 'computed', params: { expected: value } });
  }
  return out;
};
