// SPDX-License-Identifier: MIT
/**
 * `CompiledForm.validate`: runs the engine, adds tokhai's own checks, then locates and localizes every error.
 * Pipeline: computed values → engine → admin units → computed mismatches → collapse → localize → drop hidden →
 * order as the form shows the fields. Never throws.
 *
 * The logic engine runs no further than needed: computed values alone when no rule can hide what they read
 * (decided once per definition), the hidden set only when there are errors to filter and a rule can hide
 * something, and nothing when the caller passes the evaluation it already has (`options.evaluation`). Valid data
 * without computed values costs the schema validation and nothing else.
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
import { tokhaiFormat } from '../formats/index.js';
import { formatMessage, isMessageKey } from '../i18n/index.js';
import { childPointer } from '../engines/normalize.js';
import { collapseErrors } from '../compile/describe-problem.js';
import { localized, patternOf, type TextResolver } from '../compile/texts.js';
import { getAtPointer, isAtOrUnder, parentPointer, parsePointer } from '../util/json-pointer.js';
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
  /** Control pattern (`/children/*\/name`) → position in the layout. */
  order: ReadonlyMap<string, number>;
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
  const items = isObject(s.items) ? (s.items) : undefined;
  return Boolean(items && (Array.isArray(items.enum) || Array.isArray(items.oneOf)));
};

/** The catalog key for an error. */
const messageKeyOf = (e: RawError, pointer: string, choice: (pointer: string) => boolean, data: unknown): string => {
  switch (e.keyword) {
    case 'required':
      return choice(pointer) ? 'required.choice' : 'required';
    case 'format': {
      const name = String(e.params.format);
      if (name === 'vn-commune-code' && (e.params.reason === 'unknown' || e.params.reason === 'province')) return `format.vn-commune-code.${e.params.reason}`;
      const value = getAtPointer(data, pointer);
      const f = tokhaiFormat(name);
      const key = f?.explain && typeof value === 'string' ? f.explain(value) : `format.${name}`;
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
const overrideFor = (messages: FormDefinition['messages'], pointer: string, keyword: string): unknown => {
  if (!isObject(messages)) return undefined;
  for (const p of /\/\d/.test(pointer) ? [pointer, patternOf(pointer)] : [pointer]) {
    const byKeyword = Object.hasOwn(messages, p) ? messages[p] : undefined;
    if (isObject(byKeyword) && Object.hasOwn(byKeyword, keyword)) return byKeyword[keyword];
  }
  return undefined;
};

/** Creates the `validate` function of a compiled form. */
export const createValidate = (deps: ValidateDeps): ((data: unknown, options?: ValidateOptions) => ValidationResult) => {
  const { definition, schema, validator, logic, labelOf, text, order, adminUnits } = deps;
  const communeSites = adminUnits ? communeCodeSites(schema) : [];

  const orderCache = new Map<string, number>();
  const orderOf = (pointer: string): number => {
    const hit = orderCache.get(pointer);
    if (hit !== undefined) return hit;
    let p = patternOf(pointer);
    let found = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const i = order.get(p);
      if (i !== undefined) {
        found = i;
        break;
      }
      if (p === '') break;
      p = parentPointer(p);
    }
    if (orderCache.size < 10_000) orderCache.set(pointer, found);
    return found;
  };

  const choiceCache = new Map<string, boolean>();
  const choice = (pointer: string): boolean => {
    let c = choiceCache.get(pointer);
    if (c === undefined) {
      c = isChoice(schemaAtDataPointer(schema, patternOf(pointer)));
      if (choiceCache.size < 10_000) choiceCache.set(pointer, c);
    }
    return c;
  };

  const localize = (e: RawError, data: unknown, locale: Locale): LocatedError => {
    const pointer = MISSING_KEYWORDS.has(e.keyword) && typeof e.params.missingProperty === 'string'
      ? childPointer(e.instancePath, e.params.missingProperty)
      : e.instancePath;
    const messageKey = messageKeyOf(e, pointer, choice, data);
    const label = labelOf(pointer, locale);
    const params: Record<string, unknown> = { ...e.params };
    if (typeof e.params.property === 'string') params.propertyLabel = labelOf(childPointer(e.instancePath, e.params.property), locale);
    const override = overrideFor(definition.messages, pointer, e.keyword);
    const message =
      typeof override === 'string'
        ? interpolate(text(override, locale), label, params)
        : isObject(override)
          ? interpolate(localized(override, locale) ?? '', label, params)
          : formatMessage(messageKey, locale, { label, params });
    return { pointer, keyword: e.keyword, schemaPath: e.schemaPath, params: e.params, messageKey, message };
  };

  const unprocessable = (locale: Locale): ValidationResult => ({
    valid: false,
    errors: [{ pointer: '', keyword: 'unprocessable', schemaPath: '', params: {}, messageKey: 'unprocessable', message: formatMessage('unprocessable', locale, { label: labelOf('', locale), params: {} }) }],
  });

  /** The data to check (computed values written in) and the computed values, as `evaluate` decides them. */
  const withComputed = (data: unknown, evaluation: Evaluation | undefined, options: ValidateOptions): { checked: unknown; computed: Record<string, unknown> | undefined } => {
    if (evaluation) return { checked: evaluation.data, computed: evaluation.computed };
    if (!logic.hasComputed) return { checked: data, computed: undefined };
    const { data: checked, computed } = logic.compute(data, { now: options.now });
    return { checked, computed };
  };

  return (input: unknown, options: ValidateOptions = {}): ValidationResult => {
    const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
    try {
      const data = input;
      // The caller's evaluation counts only when it is this form's answer for this very data object and date.
      const given = logic.answered(options.evaluation, data, options.now) ? options.evaluation : undefined;
      const { checked, computed } = withComputed(data, given, options);
      let raw = validator(checked);
      if (adminUnits && communeSites.length) raw = raw.concat(checkCommuneCodes(communeSites, checked, adminUnits));
      if (computed) raw = raw.concat(computedMismatches(data, computed, logic.targetTokens));
      if (raw.length === 0) return { valid: true, errors: [] };
      let errors = collapseErrors(raw).map((e) => localize(e, checked, locale));
      if (!options.includeHidden && logic.canHide && errors.some((e) => logic.mayBeHidden(e.pointer))) {
        const hidden = given ? given.hidden : logic.hidden(data, { now: options.now });
        if (hidden.length) errors = errors.filter((e) => !hidden.some((h) => isAtOrUnder(e.pointer, h)));
      }
      const ranked = errors.map((e, i) => ({ e, i, o: orderOf(e.pointer) }));
      ranked.sort((a, b) => a.o - b.o || a.i - b.i);
      errors = ranked.map((r) => r.e);
      return { valid: errors.length === 0, errors };
    } catch {
      return unprocessable(locale);
    }
  };
};

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

/** Computed values the data carries that differ from what the definition computes (stale or tampered data). */
const computedMismatches = (data: unknown, computed: Record<string, unknown>, targets: ReadonlyMap<string, readonly string[]>): RawError[] => {
  const out: RawError[] = [];
  for (const [pointer, value] of Object.entries(computed)) {
    const tokens = targets.get(pointer) ?? parsePointer(pointer);
    const held = tokens === undefined ? undefined : valueAt(data, tokens);
    if (held === undefined) continue;
    // Two texts (the usual computed value) compare as they are; anything else as canonical JSON.
    const same = typeof held.value === 'string' && typeof value === 'string' ? held.value === value : stableStringify(held.value) === stableStringify(value);
    if (!same) out.push({ instancePath: pointer, schemaPath: '', keyword: 'computed', params: { expected: value } });
  }
  return out;
};
