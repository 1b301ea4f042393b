// SPDX-License-Identifier: MIT
/**
 * Common authoring mistakes the meta-schema can only report as a cascade, explained in one sentence each.
 *
 * A UI element is checked against its type's `then` branch, so one lower-case `"type": "control"` or
 * `"effect": "show"` fails every element around it: the meta-schema reports `#/ui fails the "if" rule`,
 * `"elements" is not a known property here` (nothing was evaluated in the failed branch), `"rule" is not a known
 * property here`… before, if at all, the value at fault. `findMistakes` finds those values (an unknown UI element
 * type, rule effect or condition type, a version that is not MAJOR.MINOR.PATCH) and says what is wrong and how to
 * fix it; `withMistakesFixed` is the definition with each mistake corrected (the suggestion, or a type guessed from
 * the element's members), so that `checkMetaSchema` keeps only the errors that remain once the mistakes are fixed:
 * the cascade goes, every unrelated error stays.
 */
import type { Locale } from '../../models/definition.js';
import { DEFINITION_PROBLEM_TEXTS, type DefinitionProblemTexts, type MistakeParams } from '../../i18n/definition-problems.js';
import type { RawError } from '../../models/engine.js';
import { getAtPointer } from '../../util/json-pointer.js';
import { cloneJson, isObject, MAX_DEPTH } from '../../util/json.js';
import { formDefinitionSchema } from '../form-schema.js';
import { closestName } from './closest-name.js';
import { anyStartsWith } from '../../util/sorted-strings.js';

/** One explained mistake. */
export interface Mistake {
  /** Where the wrong value is (JSON Pointer into the definition). */
  pointer: string;
  /** What is wrong and how to fix it, in the requested locale. */
  message: string;
  /**
   * Pointers where a later step reports the same mistake in its own words (the logic check's "Unknown condition
   * kind" sits on the condition, not on its `type`): the explanation replaces those reports.
   */
  covers: string[];
  /**
   * The correction that removes the mistake's cascade: the value to write at `at` (usually `pointer`; a missing
   * element type is added on the element), `undefined` to delete the member. No fix when nothing can be guessed.
   */
  fix: { at: string; value: unknown } | undefined;
}

// The allowed values come from the meta-schema itself, so the explanations cannot drift from what it accepts.
const $defs = formDefinitionSchema.$defs;
/** UI schema element types. */
export const UI_ELEMENT_TYPES: readonly string[] = $defs.uiElement.properties.type.enum;
/** Rule effects, SHOW first (as the docs list them). */
export const RULE_EFFECTS: readonly string[] = [...$defs.rule.properties.effect.enum].sort((a, b) => Number(b === 'SHOW') - Number(a === 'SHOW'));
/** Condition types (a condition without `type` is a schema condition). */
export const CONDITION_TYPES: readonly string[] = $defs.condition.properties.type.enum;
const SEMVER = new RegExp(formDefinitionSchema.properties.version.pattern);

/** The element type an element's members point to, for an element whose `type` is missing or unrecognisable. */
const typeByMembers = (el: Record<string, unknown>): string | undefined =>
  Object.hasOwn(el, 'scope') ? 'Control' : Object.hasOwn(el, 'text') ? 'Label' : Array.isArray(el.elements) ? (typeof el.label === 'string' ? 'Group' : 'VerticalLayout') : undefined;

/** `"1.0"` → `"1.0.0"`, `"v2.1.3"` → `"2.1.3"`, `1` → `"1.0.0"`: the version the author most likely meant. */
const versionSuggestion = (value: string | number): string | undefined => {
  const m = /^\s*[vV]?(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?\s*$/.exec(String(value));
  if (!m) return undefined;
  const candidate = [m[1], m[2] ?? '0', m[3] ?? '0'].map(Number).join('.');
  return SEMVER.test(candidate) ? candidate : undefined;
};

/** A mistake about a value that must be one of `allowed`. */
const enumMistake = (
  pointer: string,
  value: unknown,
  allowed: readonly string[],
  text: (p: MistakeParams) => string,
  fallback: { value: unknown } | undefined,
  covers: string[] = [],
): Mistake => {
  const suggestion = typeof value === 'string' ? closestName(value, allowed) : undefined;
  const params: MistakeParams = suggestion !== undefined ? { value, suggestion, allowed } : { value, allowed };
  const fix = suggestion !== undefined ? { value: suggestion } : fallback;
  return { pointer, message: text(params), covers, fix: fix && { at: pointer, value: fix.value } };
};

/** The mistakes of one rule's condition tree (iterative: a hostile condition cannot overflow the stack). */
const conditionMistakes = (condition: unknown, pointer: string, texts: DefinitionProblemTexts, out: Mistake[]): void => {
  const stack: Array<[unknown, string, number]> = [[condition, pointer, 0]];
  while (stack.length) {
    const [c, at, depth] = stack.pop()!;
    if (!isObject(c) || depth > MAX_DEPTH) continue;
    if (Object.hasOwn(c, 'type') && !CONDITION_TYPES.includes(c.type as string)) {
      // Without a close match: the kind its members say, else no type at all (a schema condition).
      const guess = { value: Array.isArray(c.conditions) ? 'AND' : Object.hasOwn(c, 'expectedValue') ? 'LEAF' : undefined };
      out.push(enumMistake(`${at}/type`, c.type, CONDITION_TYPES, texts.conditionType, guess, [at]));
    }
    if (Array.isArray(c.conditions)) c.conditions.forEach((sub: unknown, i) => stack.push([sub, `${at}/conditions/${i}`, depth + 1]));
  }
};

/** The mistakes of a layout: element types, rule effects, condition types (iterative, depth-limited). */
const uiMistakes = (ui: unknown, texts: DefinitionProblemTexts, out: Mistake[]): void => {
  const stack: Array<[unknown, string, number]> = [[ui, '/ui', 0]];
  while (stack.length) {
    const [el, at, depth] = stack.pop()!;
    if (!isObject(el) || depth > MAX_DEPTH) continue;
    const guessed = typeByMembers(el);
    if (!Object.hasOwn(el, 'type')) {
      const params: MistakeParams = guessed !== undefined ? { value: undefined, suggestion: guessed, allowed: UI_ELEMENT_TYPES } : { value: undefined, allowed: UI_ELEMENT_TYPES };
      out.push({ pointer: at, message: texts.uiTypeMissing(params), covers: [], fix: guessed !== undefined ? { at: `${at}/type`, value: guessed } : undefined });
    } else if (!UI_ELEMENT_TYPES.includes(el.type as string)) {
      out.push(enumMistake(`${at}/type`, el.type, UI_ELEMENT_TYPES, texts.uiType, guessed !== undefined ? { value: guessed } : undefined));
    }
    if (isObject(el.rule)) {
      const rule = el.rule;
      if (Object.hasOwn(rule, 'effect') && !RULE_EFFECTS.includes(rule.effect as string))
        out.push(enumMistake(`${at}/rule/effect`, rule.effect, RULE_EFFECTS, texts.ruleEffect, { value: RULE_EFFECTS[0] }));
      conditionMistakes(rule.condition, `${at}/rule/condition`, texts, out);
    }
    const children: Array<[unknown, string]> = [];
    if (Array.isArray(el.elements)) el.elements.forEach((child: unknown, i) => children.push([child, `${at}/elements/${i}`]));
    if (isObject(el.options) && Object.hasOwn(el.options, 'detail')) children.push([el.options.detail, `${at}/options/detail`]);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i][0], children[i][1], depth + 1]);
  }
};

/**
 * The explained mistakes of a definition, in document order of the parts checked (version, then layout). Reads any
 * JSON value without throwing.
 */
export const findMistakes = (definition: unknown, locale: Locale = 'en'): Mistake[] => {
  if (!isObject(definition)) return [];
  const texts = DEFINITION_PROBLEM_TEXTS[locale] ?? DEFINITION_PROBLEM_TEXTS.en;
  const out: Mistake[] = [];
  if (Object.hasOwn(definition, 'version')) {
    const v = definition.version;
    if ((typeof v === 'string' && !SEMVER.test(v)) || typeof v === 'number') {
      const suggestion = versionSuggestion(v);
      const params: MistakeParams = suggestion !== undefined ? { value: v, suggestion, allowed: [] } : { value: v, allowed: [] };
      out.push({ pointer: '/version', message: texts.version(params), covers: [], fix: { at: '/version', value: suggestion ?? '0.0.0' } });
    }
  }
  if (Object.hasOwn(definition, 'ui')) uiMistakes(definition.ui, texts, out);
  return out;
};

/**
 * A copy of `definition` with every fixable mistake corrected, or `undefined` when it cannot be copied (data JSON
 * cannot hold: the meta-schema reports that on its own).
 */
export const withMistakesFixed = (definition: unknown, mistakes: readonly Mistake[]): unknown => {
  let copy: unknown;
  try {
    copy = cloneJson(definition);
  } catch {
    return undefined;
  }
  for (const { fix } of mistakes) {
    if (!fix) continue;
    // Pointers made here hold only member names the meta-schema knows and array indices: no escapes.
    const tokens = fix.at.split('/').slice(1);
    let parent: unknown = copy;
    for (const t of tokens.slice(0, -1)) parent = isObject(parent) || Array.isArray(parent) ? (parent as Record<string, unknown>)[t] : undefined;
    if (!isObject(parent)) continue;
    const last = tokens[tokens.length - 1];
    if (fix.value === undefined) delete parent[last];
    else parent[last] = fix.value;
  }
  return copy;
};

// --- cascades of any error inside a layout ----------------------------------------------------------------------

/** The members each UI element type declares (the shared ones and its `then` branch's), from the meta-schema. */
const UI_MEMBERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  UI_ELEMENT_TYPES.map((type) => {
    const branch = $defs.uiElement.allOf.find((b) => b.if.properties.type.const === type);
    return [type, new Set([...Object.keys($defs.uiElement.properties), ...Object.keys(branch?.then.properties ?? {})])];
  }),
);


/**
 * Leaves out the errors a layout element gets only because something inside it failed: its `if` (the type's branch
 * failed) and "`elements` is not a known property here" for members its type declares (a failed branch evaluates
 * none of them). What failed inside is reported at its own place; an unknown member stays reported. Near-linear in
 * the number of errors (a sort, then a binary search per candidate), as a hostile layout may fail everywhere.
 */
export const withoutLayoutCascades = <E extends RawError>(errors: readonly E[], definition: unknown): E[] => {
  const ownFailures = new Set<string>();
  for (const e of errors) if (e.keyword !== 'if' && e.keyword !== 'unevaluatedProperties') ownFailures.add(e.instancePath);
  const paths = errors.map((e) => e.instancePath).sort();
  const isCascade = (e: E): boolean => {
    if (e.keyword !== 'if' && e.keyword !== 'unevaluatedProperties') return false;
    const at = e.instancePath;
    // Something failed in the element (not its own cascade errors), or anywhere below it.
    if (!ownFailures.has(at) && !anyStartsWith(paths, at + '/')) return false;
    if (e.keyword === 'if') return true;
    let el: unknown;
    try {
      el = getAtPointer(definition, at);
    } catch {
      return false;
    }
    const members = isObject(el) && typeof el.type === 'string' ? UI_MEMBERS.get(el.type) : undefined;
    return members !== undefined && members.has(String(e.params.unevaluatedProperty));
  };
  return errors.filter((e) => !isCascade(e));
};
