// SPDX-License-Identifier: MIT
/**
 * Testers decide which widget fits a UI schema element, in the shape JSON Forms uses
 * (eclipsesource/jsonforms: packages/core/src/testers/testers.ts): a `Tester` answers yes or no, a `RankedTester`
 * answers with a number, and `NOT_APPLICABLE` (-1) means "cannot render this". Renderers keep a table of
 * `{ tester, renderer }` rows and pick the highest rank.
 *
 * Everything here is a pure function of (UI schema element, schema, context): no DOM, no renderer, no state. The
 * `schema` argument is the schema the element's `scope` is relative to: the root schema, or the item schema inside
 * an array's detail. `context.rootSchema` resolves `$ref`s.
 */
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import type { ControlElement, UISchemaElement } from '../models/uischema.js';
import { derefSchema, hasType, resolveScope } from './resolve-scope.js';

/** The rank of a tester that cannot handle an element. Renderers never pick a row at this rank. */
export const NOT_APPLICABLE = -1;

/** What a tester may read besides the element and its schema. */
export interface TesterContext {
  /** The form's root schema; local `$ref`s resolve against it. */
  rootSchema: JsonSchema;
  /** Renderer-wide settings, when a renderer has any. Testers in core read none. */
  config?: Record<string, unknown>;
}

/** Answers whether an element fits. */
export type Tester = (uischema: UISchemaElement, schema: JsonSchema, context: TesterContext) => boolean;

/** Answers how well an element fits: `NOT_APPLICABLE` or a rank (higher wins). */
export type RankedTester = (uischema: UISchemaElement, schema: JsonSchema, context: TesterContext) => number;

/** A predicate over the resolved schema of a control. */
export type SchemaPredicate = (schema: JsonSchemaObject, rootSchema: JsonSchema) => boolean;

// ---------------------------------------------------------------------------------------------------------------
// Combinators
// ---------------------------------------------------------------------------------------------------------------

// The combinators loop instead of calling `every`/`some`/`reduce` with a callback: a renderer asks every row of its
// table about every control before a form's first render, in code not yet optimized, where each callback is one
// more call per tester per control.

/** Holds when every tester holds (and short-circuits like `&&`). `and()` holds. */
export const and =
  (...testers: Tester[]): Tester =>
  (uischema, schema, context) => {
    for (let i = 0; i < testers.length; i++) if (!testers[i](uischema, schema, context)) return false;
    return true;
  };

/** Holds when any tester holds (and short-circuits like `||`). `or()` does not hold. */
export const or =
  (...testers: Tester[]): Tester =>
  (uischema, schema, context) => {
    for (let i = 0; i < testers.length; i++) if (testers[i](uischema, schema, context)) return true;
    return false;
  };

/** Holds when `tester` does not. */
export const not =
  (tester: Tester): Tester =>
  (uischema, schema, context) =>
    !tester(uischema, schema, context);

/** Turns a tester into a ranked tester: `rank` when it holds, else `NOT_APPLICABLE`. */
export const rankWith =
  (rank: number, tester: Tester): RankedTester =>
  (uischema, schema, context) =>
    tester(uischema, schema, context) ? rank : NOT_APPLICABLE;

/** Adds `by` to a ranked tester's rank; `NOT_APPLICABLE` stays `NOT_APPLICABLE`. */
export const withIncreasedRank =
  (by: number, ranked: RankedTester): RankedTester =>
  (uischema, schema, context) => {
    const rank = ranked(uischema, schema, context);
    return rank === NOT_APPLICABLE ? NOT_APPLICABLE : rank + by;
  };

/** The best of several ranked testers for one element (the highest rank, or `NOT_APPLICABLE`). */
export const maxRank =
  (...ranked: RankedTester[]): RankedTester =>
  (uischema, schema, context) => {
    let best = NOT_APPLICABLE;
    for (let i = 0; i < ranked.length; i++) best = Math.max(best, ranked[i](uischema, schema, context));
    return best;
  };

// ---------------------------------------------------------------------------------------------------------------
// Primitive testers
// ---------------------------------------------------------------------------------------------------------------

/** Narrows to a Control (an element with a `scope`). */
const isScoped = (uischema: UISchemaElement): uischema is ControlElement =>
  uischema.type === 'Control' && typeof (uischema as Partial<ControlElement>).scope === 'string';

/** Holds when the element has the given `type` (`Control`, `Group`, …). */
export const uiTypeIs =
  (expected: string): Tester =>
  (uischema) =>
    uischema.type === expected;

/** Holds when `options[name]` is exactly `value`. */
export const optionIs =
  (name: string, value: unknown): Tester =>
  (uischema) =>
    uischema.options !== undefined && uischema.options[name] === value;

/** Holds when `options[name]` is one of `values`. */
export const optionIn =
  (name: string, values: readonly unknown[]): Tester =>
  (uischema) =>
    uischema.options !== undefined && values.includes(uischema.options[name]);

/**
 * Holds for a Control whose scope resolves to a schema that satisfies `predicate`. Unresolvable scopes and
 * non-controls do not hold.
 */
export const schemaMatches =
  (predicate: SchemaPredicate): Tester =>
  (uischema, schema, context) => {
    if (!isScoped(uischema)) return false;
    const resolved = resolveScope(schema, uischema.scope, context.rootSchema ?? schema);
    return resolved !== undefined && predicate(resolved, context.rootSchema ?? schema);
  };

/** Holds for a Control whose schema admits `type` (declared, or derived from its keywords). */
export const schemaTypeIs = (type: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array'): Tester =>
  schemaMatches((s) => hasType(s, type));

/** Holds for a Control whose schema has `format: expected` and is not an object or array. */
export const formatIs = (expected: string): Tester =>
  schemaMatches((s) => s.format === expected && !hasType(s, 'object') && !hasType(s, 'array'));

/** Holds for a Control whose schema's `format` is one of `formats`. */
export const formatIn = (formats: readonly string[]): Tester =>
  schemaMatches((s) => typeof s.format === 'string' && formats.includes(s.format) && !hasType(s, 'object'));

/** Holds when the element is a Control whose scope ends with `suffix` (e.g. `/properties/address`). */
export const scopeEndsWith =
  (suffix: string): Tester =>
  (uischema) =>
    isScoped(uischema) && suffix !== '' && uischema.scope.endsWith(suffix);

// ---------------------------------------------------------------------------------------------------------------
// Schema helpers for choices
// ---------------------------------------------------------------------------------------------------------------

/** How many radio buttons a choice may have before a select list is the better default (GOV.UK guidance). */
export const RADIO_MAX_OPTIONS = 5;

/**
 * The allowed values of a choice schema: `enum`, a single `const`, or `oneOf`/`anyOf` entries that each carry a
 * `const` (the titled-enum pattern). `undefined` when the schema is not a closed choice.
 */
export function choiceValues(schema: JsonSchemaObject | undefined, rootSchema?: JsonSchema): unknown[] | undefined {
  if (schema === undefined) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum;
  if (schema.const !== undefined) return [schema.const];
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (!Array.isArray(alternatives) || alternatives.length === 0) return undefined;
  const branches = alternatives.map((b) => derefSchema(b, rootSchema ?? schema));
  if (!branches.every((b) => b !== undefined && b.const !== undefined)) return undefined;
  return branches.map((b) => b!.const);
}

/** The schema of one array item (`items`), with `$ref` resolved; tuples (`prefixItems`, item arrays) give `undefined`. */
function itemSchema(schema: JsonSchemaObject, rootSchema: JsonSchema): JsonSchemaObject | undefined {
  if (schema.prefixItems !== undefined || Array.isArray(schema.items)) return undefined;
  return derefSchema(schema.items, rootSchema);
}

/** True for an address-shaped object: it has both `provinceCode` and `communeCode` properties. */
function hasAdminUnitShape(schema: JsonSchemaObject): boolean {
  const props = schema.properties ?? {};
  return Object.hasOwn(props, 'provinceCode') && Object.hasOwn(props, 'communeCode');
}

/** The identifier formats that `<tk-id-number>` masks (see domain/identifiers.md). */
export const ID_NUMBER_FORMATS = ['vn-pid', 'vn-cmnd', 'vn-social-insurance', 'vn-tax-code'] as const;

/** The input masks an identifier field may name in `options.mask`. */
export const ID_NUMBER_MASKS = ['ddcn', 'cmnd', 'bhxh', 'mst'] as const;

/** The phone formats that `<tk-phone-field>` handles. */
export const PHONE_FORMATS = ['vn-phone', 'vn-mobile'] as const;

/** The date formats that `<tk-date-field>` handles. */
export const DATE_FORMATS = ['date', 'vn-partial-date'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Named predicates: one per kind of control
// ---------------------------------------------------------------------------------------------------------------

const isControlElement = uiTypeIs('Control');

/** A Control bound to a string. */
export const isStringControl = and(isControlElement, schemaTypeIs('string'));

/** A Control bound to a whole number. */
export const isIntegerControl = and(isControlElement, schemaTypeIs('integer'));

/** A Control bound to a number or an integer. */
export const isNumberControl = and(isControlElement, or(schemaTypeIs('number'), schemaTypeIs('integer')));

/** A Control bound to a boolean. */
export const isBooleanControl = and(isControlElement, schemaTypeIs('boolean'));

/** A Control bound to an object. */
export const isObjectControl = and(isControlElement, schemaTypeIs('object'));

/**
 * A Control bound to a closed list of values given by `enum` (or a single `const`). A boolean `const` is not a
 * choice: `{type: boolean, const: true}` is an undertaking the citizen must tick, a checkbox, not a lone radio.
 */
export const isEnumControl = and(
  isControlElement,
  schemaMatches((s) => Array.isArray(s.enum) || (s.const !== undefined && typeof s.const !== 'boolean')),
);

/** A Control bound to a titled enum: `oneOf` (or `anyOf`) entries that each have a `const` (and usually a `title`). */
export const isOneOfEnumControl = and(
  isControlElement,
  schemaMatches((s, root) => s.enum === undefined && s.const === undefined && choiceValues(s, root) !== undefined),
);

/** Either kind of single-choice control. */
export const isChoiceControl = or(isEnumControl, isOneOfEnumControl);

/** A single choice with at most `RADIO_MAX_OPTIONS` values: radios are the better default. */
export const isSmallChoiceControl = and(
  isChoiceControl,
  schemaMatches((s, root) => (choiceValues(s, root)?.length ?? Infinity) <= RADIO_MAX_OPTIONS),
);

/** A Control bound to an array whose items are a closed choice (several values may be picked). */
export const isArrayOfEnumsControl = and(
  isControlElement,
  schemaMatches((s, root) => {
    if (!hasType(s, 'array')) return false;
    const items = itemSchema(s, root);
    return choiceValues(items, root) !== undefined;
  }),
);

/** A Control bound to an array of objects (a repeatable group). */
export const isArrayOfObjectsControl = and(
  isControlElement,
  schemaMatches((s, root) => hasType(s, 'array') && hasType(itemSchema(s, root), 'object')),
);

/** A string Control shown as a multi-line text area: `options.multi: true` or `options.format: "textarea"`. */
export const isMultiLineControl = and(
  isControlElement,
  or(optionIs('multi', true), optionIs('format', 'textarea')),
  not(schemaTypeIs('object')),
);

/** A date Control: `format: date`, `format: vn-partial-date`, or `options.format: "date"`. */
export const isDateControl = and(isControlElement, or(formatIn(DATE_FORMATS), and(optionIs('format', 'date'), schemaTypeIs('string'))));

/** A date Control that accepts a year, or a month and year, without the rest (`format: vn-partial-date`). */
export const isPartialDateControl = and(isControlElement, formatIs('vn-partial-date'));

/** An e-mail address Control (`format: email`). */
export const isEmailControl = and(isControlElement, or(formatIs('email'), formatIs('idn-email')));

/** A Vietnamese phone number Control: `format: vn-phone | vn-mobile`, or `options.mask: "phone"`. */
export const isPhoneControl = and(
  isControlElement,
  schemaTypeIs('string'),
  or(formatIn(PHONE_FORMATS), optionIs('mask', 'phone')),
);

/**
 * A Vietnamese identifier Control (ĐDCN, CMND, BHXH, MST): a known identifier format, `options.mask` naming an
 * identifier mask, or `options.format: "id-number"`.
 */
export const isIdNumberControl = and(
  isControlElement,
  schemaTypeIs('string'),
  or(formatIn(ID_NUMBER_FORMATS), optionIn('mask', ID_NUMBER_MASKS), optionIs('format', 'id-number')),
);

/**
 * An address Control rendered as the cascading province → commune select: an object with `options.format:
 * "admin-unit"`, or any object with both `provinceCode` and `communeCode` properties.
 */
export const isAdminUnitControl = and(
  isObjectControl,
  or(optionIs('format', 'admin-unit'), schemaMatches(hasAdminUnitShape)),
);

/** A file attachment Control: an object schema with the `x-file` extension, or `options.format: "file"`. */
export const isFileControl = and(
  isControlElement,
  or(schemaMatches((s) => s['x-file'] !== undefined), and(optionIs('format', 'file'), schemaTypeIs('object'))),
);
