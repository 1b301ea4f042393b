// SPDX-License-Identifier: MIT
/**
 * `CompiledForm.validate`: runs the engine, adds tokhai's own checks, then locates and localizes every error.
 * Pipeline: evaluate (only when the form has computed values, or rules and errors to filter) → engine → admin
 * units → computed → collapse → localize → drop hidden → order as the form shows the fields. Never throws.
 * Data is JSON: every engine treats an `undefined` property as absent; values JSON cannot carry are engine-defined
 * (the interpreter reports one `unprocessable` error, ajv type errors), see the README.
 */
import type { Evaluation } from '../models/compiled-form.js';
import type { FormDefinition, Locale } from '../models/definition.js';
import type { RawError, SchemaValidator } from '../models/engine.js';
import type { LocatedError, ValidateOptions, ValidationResult } from '../models/errors.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import type { AdminUnitNameLookup } from '../computed/types.js';
import { tokhaiFormat } from '../formats/index.js';
import { formatMessage, isMessageKey } from '../i18n/index.js';
import { childPointer } from '../engines/normalize.js';
import { collapseErrors } from '../compile/describe-problem.js';
import { localized, patternOf, type TextResolver } from '../compile/texts.js';
import { getAtPointer, hasAtPointer, isAtOrUnder, parentPointer } from '../util/json-pointer.js';
import { isObject, stableStringify } from '../util/json.js';
import { schemaAtDataPointer, typesOf } from '../util/schema-nav.js';
import { checkCommuneCodes, communeCodeSites } from './admin-units.js';

/** What `createValidate` needs from the compiler. */
export interface ValidateDeps {
  definition: FormDefinition;
  schema: JsonSchemaObject;
  validator: SchemaValidator;
  evaluate: (data: unknown) => Evaluation;
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
  const { definition, schema, validator, evaluate, labelOf, text, order, adminUnits } = deps;
  const hasComputed = Array.isArray(definition.computed) && definition.computed.length > 0;
  // Without rules nothing is ever hidden: skip the evaluation when filtering errors.
  const hasRules = JSON.stringify(definition.ui ?? null).includes('"rule"');
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

  return (input: unknown, options: ValidateOptions = {}): ValidationResult => {
    const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
    try {
      const data = input;
      let evaluation: Evaluation | undefined = hasComputed ? evaluate(data) : undefined;
      const checked = evaluation ? evaluation.data : data;
      let raw = validator(checked);
      if (adminUnits && communeSites.length) raw = raw.concat(checkCommuneCodes(communeSites, checked, adminUnits));
      if (evaluation) raw = raw.concat(computedMismatches(data, evaluation));
      if (raw.length === 0) return { valid: true, errors: [] };
      let errors = collapseErrors(raw).map((e) => localize(e, checked, locale));
      if (!options.includeHidden && hasRules) {
        evaluation ??= evaluate(data);
        const hidden = evaluation.hidden;
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

/** Computed values the data carries that differ from what the definition computes (stale or tampered data). */
const computedMismatches = (data: unknown, evaluation: Evaluation): RawError[] => {
  const out: RawError[] = [];
  for (const [pointer, value] of Object.entries(evaluation.computed)) {
    if (!hasAtPointer(data, pointer)) continue;
    if (stableStringify(getAtPointer(data, pointer)) !== stableStringify(value))
      out.push({ instancePath: pointer, schemaPath: '', keyword: 'computed', params: { expected: value } });
  }
  return out;
};
