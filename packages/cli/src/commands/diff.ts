// SPDX-License-Identifier: MIT
/**
 * `tokhai diff old.form.json new.form.json`: what changed between two versions of a definition, whether each
 * change can break existing data (a saved draft, a portal's stored submissions, a typed integration), the semver
 * bump that implies, and whether the new definition's `version` says so honestly.
 *
 * The rule of thumb: a change is **major** when data valid under the old definition may be invalid under the new
 * one, or may lose a field (removed or renamed fields, new required fields, narrower types or enums, tighter
 * limits, new patterns or formats); **minor** when the form accepts more or behaves differently without rejecting
 * old data (new optional fields, relaxed limits, new enum values, prefill, computed values, layout and rules);
 * **patch** when only texts change. When the CLI cannot prove a change to a combinator (`oneOf`, `not`, a changed
 * `if`) is compatible, it calls it major: an overstated bump costs a version number, an understated one costs data.
 */
import type { FormDefinition, JsonSchema, JsonSchemaObject } from '@tokhai/core';
import { appendPointer, escapeToken } from '../internal/json-pointer.js';
import {
  ANNOTATION_KEYWORDS,
  asObject,
  isObject,
  jsonEqual,
  resolveLocalRef,
  stripAnnotations,
} from '../internal/schema.js';
import {
  BUMP_LEVELS,
  bumpLevel,
  incSemVer,
  parseSemVer,
  requiredBump,
  type BumpLevel,
} from '../internal/semver.js';

/** How much a change can break. */
export type ChangeLevel = 'major' | 'minor' | 'patch';

/** What kind of change it is (stable names, for tooling). */
export type ChangeKind =
  | 'id-changed'
  | 'field-removed'
  | 'field-renamed'
  | 'field-added'
  | 'required-field-added'
  | 'field-now-required'
  | 'field-now-optional'
  | 'type-narrowed'
  | 'type-widened'
  | 'constraint-tightened'
  | 'constraint-relaxed'
  | 'values-removed'
  | 'values-added'
  | 'schema-changed'
  | 'default-changed'
  | 'text-changed'
  | 'layout-changed'
  | 'rule-changed'
  | 'prefill-changed'
  | 'computed-changed'
  | 'metadata-changed';

/** One difference between the two definitions. */
export interface DefinitionChange {
  level: ChangeLevel;
  kind: ChangeKind;
  /** Where in the data (`/child/fullName`; `*` stands for every array item), or in the definition for non-data changes. */
  path: string;
  /** JSON Pointer into the definition that has the change (the new one; the old one for removals). */
  pointer: string;
  /** A sentence for the form author. */
  message: string;
}

/** What `diffDefinitions` found. */
export interface DiffResult {
  changes: DefinitionChange[];
  /** The biggest change: the semver level the changes imply (`none` when nothing changed). */
  implied: BumpLevel;
  oldVersion: string;
  newVersion: string;
  /** The bump the definitions' `version`s make; `invalid` when either is not a semver version. */
  actual: BumpLevel | 'invalid';
  /** The smallest honest bump from `oldVersion` (below 1.0.0 a breaking change needs only a minor bump). */
  required: BumpLevel;
  /** The smallest honest version number, e.g. `2.0.0`. */
  suggestedVersion: string;
  /** False when `actual` is smaller than `required` (or a version is invalid): the bump understates the change. */
  honest: boolean;
}

/** Compares two definitions. Pure: reads only its arguments. */
export function diffDefinitions(oldDef: FormDefinition, newDef: FormDefinition): DiffResult {
  const changes: DefinitionChange[] = [];
  const add = (level: ChangeLevel, kind: ChangeKind, path: string, pointer: string, message: string) =>
    changes.push({ level, kind, path, pointer, message });

  for (const step of DEFINITION_STEPS) step(oldDef, newDef, add);

  const implied = changes.reduce<BumpLevel>((max, c) => (rank(c.level) > rank(max) ? c.level : max), 'none');
  const from = parseSemVer(String(oldDef.version));
  const to = parseSemVer(String(newDef.version));
  const actual = from && to ? bumpLevel(from, to) : 'invalid';
  const required = from ? requiredBump(from, implied) : implied;
  return {
    changes,
    implied,
    oldVersion: String(oldDef.version),
    newVersion: String(newDef.version),
    actual,
    required,
    suggestedVersion: from ? incSemVer(from, required) : '?',
    honest: actual !== 'invalid' && rank(actual) >= rank(required),
  };
}

const rank = (level: BumpLevel): number => BUMP_LEVELS.indexOf(level);

type Add = (level: ChangeLevel, kind: ChangeKind, path: string, pointer: string, message: string) => void;
type DefinitionStep = (o: FormDefinition, n: FormDefinition, add: Add) => void;

const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? 'undefined');

// ---------------------------------------------------------------------------------------------------------------
// Definition level: one step per top-level member.

const DEFINITION_STEPS: readonly DefinitionStep[] = [
  function compareId(o, n, add) {
    if (o.id !== n.id) add('major', 'id-changed', '/id', '/id', `id changed ${show(o.id)} → ${show(n.id)}: this is a different form`);
  },
  function compareTexts(o, n, add) {
    for (const key of ['title', 'description'] as const) {
      if (!jsonEqual(o[key], n[key])) add('patch', 'text-changed', `/${key}`, `/${key}`, `${key} changed`);
    }
  },
  function compareMetadata(o, n, add) {
    for (const key of ['procedure', '$schema'] as const) {
      if (!jsonEqual(o[key], n[key])) add('patch', 'metadata-changed', `/${key}`, `/${key}`, `${key} changed`);
    }
    if (!jsonEqual(o.migrations, n.migrations)) add('patch', 'metadata-changed', '/migrations', '/migrations', 'draft migrations changed');
  },
  function compareDataSchema(o, n, add) {
    const ctx: SchemaContext = { oldRoot: o.schema, newRoot: n.schema, add };
    compareSchema(ctx, { schema: o.schema, pointer: '/schema' }, { schema: n.schema, pointer: '/schema' }, '');
  },
  function compareI18n(o, n, add) {
    for (const locale of unionKeys(o.i18n, n.i18n)) {
      const a = o.i18n?.[locale as 'vi'] ?? {};
      const b = n.i18n?.[locale as 'vi'] ?? {};
      for (const key of unionKeys(a, b)) {
        if (a[key] === b[key]) continue;
        const verb = a[key] === undefined ? 'added' : b[key] === undefined ? 'removed' : 'changed';
        const pointer = appendPointer('/i18n', locale, key);
        add('patch', 'text-changed', pointer, pointer, `text ${locale}:${key} ${verb}`);
      }
    }
  },
  function compareMessages(o, n, add) {
    for (const target of unionKeys(o.messages, n.messages)) {
      if (!jsonEqual(o.messages?.[target], n.messages?.[target])) {
        const pointer = appendPointer('/messages', target);
        add('patch', 'text-changed', target, pointer, 'error message overrides changed');
      }
    }
  },
  function compareUi(o, n, add) {
    if (jsonEqual(o.ui, n.ui)) return;
    const diffs = leafDiffs(o.ui, n.ui, '/ui');
    const layout = diffs.filter((p) => !isUiText(p));
    for (const p of diffs.filter(isUiText)) add('patch', 'text-changed', p, p, 'layout text changed');
    const rules = layout.filter((p) => /\/rule(\/|$)/.test(p));
    const other = layout.filter((p) => !/\/rule(\/|$)/.test(p));
    for (const p of rules.slice(0, 20)) add('minor', 'rule-changed', p, p, 'a rule changed: visibility or enablement may differ');
    for (const p of other.slice(0, 20)) add('minor', 'layout-changed', p, p, 'layout changed');
    const hidden = Math.max(0, rules.length - 20) + Math.max(0, other.length - 20);
    if (hidden) add('minor', 'layout-changed', '/ui', '/ui', `… and ${hidden} more layout changes`);
  },
  function comparePrefill(o, n, add) {
    compareByTarget(o.prefill, n.prefill, '/prefill', 'prefill-changed', 'prefill binding', add);
  },
  function compareComputed(o, n, add) {
    compareByTarget(o.computed, n.computed, '/computed', 'computed-changed', 'computed value', add);
  },
];

const UI_TEXT_KEYS = new Set(['label', 'text', 'i18n', 'placeholder', 'description']);
const isUiText = (pointer: string): boolean => UI_TEXT_KEYS.has(pointer.slice(pointer.lastIndexOf('/') + 1));

function unionKeys(a: object | undefined, b: object | undefined): string[] {
  return [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])].sort();
}

/** Pointers (under `base`) of every leaf that differs between two JSON values. */
function leafDiffs(a: unknown, b: unknown, base: string): string[] {
  if (jsonEqual(a, b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => leafDiffs(a[i], b[i], appendPointer(base, i))).flat();
  }
  if (isObject(a) && isObject(b)) return unionKeys(a, b).flatMap((k) => leafDiffs(a[k], b[k], appendPointer(base, k)));
  return [base];
}

function compareByTarget(
  o: readonly { target: string }[] | undefined,
  n: readonly { target: string }[] | undefined,
  base: string,
  kind: ChangeKind,
  what: string,
  add: Add,
) {
  const index = (list: readonly { target: string }[] | undefined) => new Map((list ?? []).map((x, i) => [x.target, { x, i }]));
  const a = index(o);
  const b = index(n);
  for (const target of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const before = a.get(target);
    const after = b.get(target);
    if (before && after && jsonEqual(before.x, after.x)) continue;
    const pointer = appendPointer(base, (after ?? before)!.i);
    const verb = !before ? 'added' : !after ? 'removed' : 'changed';
    add('minor', kind, target, pointer, `${what} for ${target} ${verb}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Schema level: both schemas walked in step, by data path.

interface SchemaContext {
  oldRoot: JsonSchema;
  newRoot: JsonSchema;
  add: Add;
}

/** A schema and where it sits in its definition. */
interface Located {
  schema: JsonSchema | undefined;
  pointer: string;
}

/** Follows local `$ref`s, moving the pointer to the target (`/schema/$defs/address`). */
function derefLocated(root: JsonSchema, at: Located): { schema: JsonSchemaObject; pointer: string } {
  let { schema, pointer } = at;
  const seen = new Set<string>();
  while (isObject(schema) && typeof schema.$ref === 'string' && !seen.has(schema.$ref)) {
    seen.add(schema.$ref);
    const target = resolveLocalRef(root, schema.$ref);
    if (target === undefined) break;
    const { $ref: _ref, ...siblings } = schema;
    schema = isObject(target) ? { ...target, ...siblings } : target;
    pointer = '/schema' + decodeURIComponent(_ref.slice(1));
  }
  return { schema: asObject(schema), pointer };
}

/** The schema with every local `$ref` replaced by its target (cycles cut), for whole-subschema comparison. */
function inlineRefs(root: JsonSchema, value: unknown, seen: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => inlineRefs(root, v, seen));
  if (!isObject(value)) return value;
  if (typeof value.$ref === 'string' && !seen.includes(value.$ref)) {
    const target = resolveLocalRef(root, value.$ref);
    if (target !== undefined) {
      const { $ref, ...siblings } = value;
      return inlineRefs(root, isObject(target) ? { ...target, ...siblings } : target, [...seen, $ref]);
    }
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inlineRefs(root, v, seen)]));
}

/** Two sub-schemas validate the same data (by structure, annotations and `$ref` indirection ignored). */
const sameValidation = (ctx: SchemaContext, a: unknown, b: unknown): boolean =>
  jsonEqual(stripAnnotations(inlineRefs(ctx.oldRoot, a)), stripAnnotations(inlineRefs(ctx.newRoot, b)));

/** Keywords compared by their own step; anything else non-annotation is compared whole (changed → major). */
const HANDLED = new Set([
  '$ref', '$schema', '$id', '$defs', 'definitions', '$anchor',
  'type', 'enum', 'const', 'pattern', 'format', 'multipleOf', 'uniqueItems',
  'properties', 'required', 'additionalProperties', 'items', 'prefixItems', 'allOf', 'anyOf', 'oneOf',
  'if', 'then', 'else', 'x-file',
]);

/** Limits: keyword → which way is tighter, and the value absence means. */
const BOUNDS: Readonly<Record<string, { tighter: 'lower' | 'upper'; absent: number }>> = {
  minLength: { tighter: 'upper', absent: 0 },
  maxLength: { tighter: 'lower', absent: Infinity },
  minimum: { tighter: 'upper', absent: -Infinity },
  maximum: { tighter: 'lower', absent: Infinity },
  exclusiveMinimum: { tighter: 'upper', absent: -Infinity },
  exclusiveMaximum: { tighter: 'lower', absent: Infinity },
  minItems: { tighter: 'upper', absent: 0 },
  maxItems: { tighter: 'lower', absent: Infinity },
  minProperties: { tighter: 'upper', absent: 0 },
  maxProperties: { tighter: 'lower', absent: Infinity },
  minContains: { tighter: 'upper', absent: 1 },
  maxContains: { tighter: 'lower', absent: Infinity },
};

/** One comparison of a schema pair; the steps run in order at every schema node. */
type SchemaStep = (ctx: SchemaContext, o: JsonSchemaObject, n: JsonSchemaObject, path: string, oldPtr: string, newPtr: string) => void;

function compareSchema(ctx: SchemaContext, oldAt: Located, newAt: Located, path: string): void {
  const o = derefLocated(ctx.oldRoot, oldAt);
  const n = derefLocated(ctx.newRoot, newAt);
  // Identical here and no `$ref` below: nothing can differ. (With a `$ref` below, its target may have changed.)
  if (jsonEqual(o.schema, n.schema) && !containsRef(o.schema)) return;
  for (const step of SCHEMA_STEPS) step(ctx, o.schema, n.schema, path, o.pointer, n.pointer);
}

const containsRef = (v: unknown): boolean =>
  Array.isArray(v) ? v.some(containsRef) : isObject(v) ? typeof v.$ref === 'string' || Object.values(v).some(containsRef) : false;

const dataPath = (path: string) => path || '/';

const SCHEMA_STEPS: readonly SchemaStep[] = [
  function compareAnnotations(ctx, o, n, path, _op, np) {
    for (const key of ANNOTATION_KEYWORDS) {
      if (jsonEqual(o[key], n[key])) continue;
      if (key === 'default') ctx.add('minor', 'default-changed', dataPath(path), appendPointer(np, key), `default ${show(o[key])} → ${show(n[key])}`);
      else if (key === 'readOnly' || key === 'writeOnly') ctx.add('minor', 'schema-changed', dataPath(path), appendPointer(np, key), `${key} ${show(o[key])} → ${show(n[key])}`);
      else ctx.add('patch', 'text-changed', dataPath(path), appendPointer(np, key), `${key} changed`);
    }
    for (const key of unionKeys(o, n).filter((k) => k.startsWith('x-') && k !== 'x-file')) {
      if (!jsonEqual(o[key], n[key])) ctx.add('patch', 'metadata-changed', dataPath(path), appendPointer(np, key), `${key} changed`);
    }
  },

  function compareTypes(ctx, o, n, path, _op, np) {
    const before = typeSet(o.type);
    const after = typeSet(n.type);
    if (!before && !after) return;
    if (!after) return ctx.add('minor', 'type-widened', dataPath(path), np, `type ${show(o.type)} removed: any type accepted`);
    if (!before) return ctx.add('major', 'type-narrowed', dataPath(path), appendPointer(np, 'type'), `type ${show(n.type)} added`);
    const accepts = (set: Set<string>, t: string) => set.has(t) || (t === 'integer' && set.has('number'));
    const lost = [...before].filter((t) => !accepts(after, t));
    const gained = [...after].filter((t) => !accepts(before, t));
    if (lost.length) ctx.add('major', 'type-narrowed', dataPath(path), appendPointer(np, 'type'), `type ${show(o.type)} → ${show(n.type)}: ${lost.join(', ')} no longer accepted`);
    else if (gained.length) ctx.add('minor', 'type-widened', dataPath(path), appendPointer(np, 'type'), `type ${show(o.type)} → ${show(n.type)}`);
  },

  function compareBounds(ctx, o, n, path, _op, np) {
    for (const [key, { tighter, absent }] of Object.entries(BOUNDS)) {
      const a = typeof o[key] === 'number' ? o[key] : absent;
      const b = typeof n[key] === 'number' ? n[key] : absent;
      if (a === b) continue;
      const tightened = tighter === 'upper' ? b > a : b < a;
      const text = `${key} ${o[key] === undefined ? '(none)' : show(o[key])} → ${n[key] === undefined ? '(none)' : show(n[key])}`;
      ctx.add(tightened ? 'major' : 'minor', tightened ? 'constraint-tightened' : 'constraint-relaxed', dataPath(path), appendPointer(np, key), `${text} (${tightened ? 'tightened' : 'relaxed'})`);
    }
    if (!jsonEqual(o.multipleOf, n.multipleOf)) {
      const a = o.multipleOf;
      const b = n.multipleOf;
      const relaxed = b === undefined || (a !== undefined && b !== 0 && Number.isInteger(a / b));
      ctx.add(relaxed ? 'minor' : 'major', relaxed ? 'constraint-relaxed' : 'constraint-tightened', dataPath(path), appendPointer(np, 'multipleOf'), `multipleOf ${show(a)} → ${show(b)}`);
    }
    if (Boolean(o.uniqueItems) !== Boolean(n.uniqueItems)) {
      const tightened = Boolean(n.uniqueItems);
      ctx.add(tightened ? 'major' : 'minor', tightened ? 'constraint-tightened' : 'constraint-relaxed', dataPath(path), appendPointer(np, 'uniqueItems'), `uniqueItems ${tightened ? 'added' : 'removed'}`);
    }
  },

  function comparePatternAndFormat(ctx, o, n, path, _op, np) {
    for (const key of ['pattern', 'format'] as const) {
      if (o[key] === n[key]) continue;
      if (n[key] === undefined) ctx.add('minor', 'constraint-relaxed', dataPath(path), np, `${key} ${show(o[key])} removed`);
      else ctx.add('major', 'constraint-tightened', dataPath(path), appendPointer(np, key), o[key] === undefined ? `${key} ${show(n[key])} added` : `${key} ${show(o[key])} → ${show(n[key])}`);
    }
  },

  function compareValues(ctx, o, n, path, _op, np) {
    const before = allowedValues(ctx.oldRoot, o);
    const after = allowedValues(ctx.newRoot, n);
    if (before && after) {
      const removed = before.values.filter((v) => !after.values.some((w) => jsonEqual(v, w)));
      const added = after.values.filter((v) => !before.values.some((w) => jsonEqual(v, w)));
      if (removed.length) ctx.add('major', 'values-removed', dataPath(path), appendPointer(np, after.keyword), `allowed values removed: ${removed.map(show).join(', ')}`);
      if (added.length) ctx.add('minor', 'values-added', dataPath(path), appendPointer(np, after.keyword), `allowed values added: ${added.map(show).join(', ')}`);
      for (const [i, title] of after.titles.entries()) {
        const j = before.values.findIndex((v) => jsonEqual(v, after.values[i]));
        if (j >= 0 && before.titles[j] !== title) ctx.add('patch', 'text-changed', dataPath(path), appendPointer(np, after.keyword, i, 'title'), `title of value ${show(after.values[i])} changed`);
      }
    } else if (after) {
      ctx.add('major', 'values-removed', dataPath(path), appendPointer(np, after.keyword), `values restricted to ${after.values.map(show).join(', ')}`);
    } else if (before) {
      ctx.add('minor', 'values-added', dataPath(path), np, `restriction to ${before.values.map(show).join(', ')} removed`);
    }
  },

  function compareObject(ctx, o, n, path, op, np) {
    const before = o.properties ?? {};
    const after = n.properties ?? {};
    const reqBefore = new Set(o.required ?? []);
    const reqAfter = new Set(n.required ?? []);
    const removed = Object.keys(before).filter((k) => !Object.hasOwn(after, k));
    const added = Object.keys(after).filter((k) => !Object.hasOwn(before, k));
    const renamed = findRenames(ctx, removed, added, before, after);
    const child = (k: string) => `${path}/${escapeToken(k)}`;
    for (const [from, to] of renamed) {
      ctx.add('major', 'field-renamed', child(from), appendPointer(np, 'properties', to), `field renamed ${show(from)} → ${show(to)} (${child(from)} → ${child(to)})`);
    }
    for (const k of removed.filter((k) => !renamed.has(k))) {
      ctx.add('major', 'field-removed', child(k), appendPointer(op, 'properties', k), 'field removed');
    }
    const renamedTo = new Set(renamed.values());
    for (const k of added.filter((k) => !renamedTo.has(k))) {
      if (reqAfter.has(k)) ctx.add('major', 'required-field-added', child(k), appendPointer(np, 'properties', k), 'required field added');
      else ctx.add('minor', 'field-added', child(k), appendPointer(np, 'properties', k), 'optional field added');
    }
    for (const k of Object.keys(after).filter((k) => Object.hasOwn(before, k))) {
      compareSchema(ctx, { schema: before[k], pointer: appendPointer(op, 'properties', k) }, { schema: after[k], pointer: appendPointer(np, 'properties', k) }, child(k));
    }
    // Required-ness of fields that exist (or are only listed in `required`) in both versions.
    for (const k of [...new Set([...reqBefore, ...reqAfter])].sort()) {
      if (added.includes(k) || removed.includes(k) || renamedTo.has(k)) continue;
      if (reqAfter.has(k) && !reqBefore.has(k)) ctx.add('major', 'field-now-required', child(k), appendPointer(np, 'required'), 'field is now required');
      if (reqBefore.has(k) && !reqAfter.has(k)) ctx.add('minor', 'field-now-optional', child(k), np, 'field is now optional');
    }
    compareAdditionalProperties(ctx, o, n, path, op, np);
  },

  function compareArray(ctx, o, n, path, op, np) {
    const tupleBefore = o.prefixItems ?? (Array.isArray(o.items) ? o.items : undefined);
    const tupleAfter = n.prefixItems ?? (Array.isArray(n.items) ? n.items : undefined);
    const tupleKey = n.prefixItems ? 'prefixItems' : 'items';
    const oldTupleKey = o.prefixItems ? 'prefixItems' : 'items';
    for (let i = 0; i < Math.max(tupleBefore?.length ?? 0, tupleAfter?.length ?? 0); i++) {
      compareSchema(ctx, { schema: tupleBefore?.[i], pointer: appendPointer(op, oldTupleKey, i) }, { schema: tupleAfter?.[i], pointer: appendPointer(np, tupleKey, i) }, `${path}/${i}`);
    }
    const itemsBefore = Array.isArray(o.items) ? undefined : o.items;
    const itemsAfter = Array.isArray(n.items) ? undefined : n.items;
    if (itemsBefore !== undefined || itemsAfter !== undefined) {
      compareSchema(ctx, { schema: itemsBefore, pointer: appendPointer(op, 'items') }, { schema: itemsAfter, pointer: appendPointer(np, 'items') }, `${path}/*`);
    }
  },

  function compareAllOf(ctx, o, n, path, op, np) {
    const a = o.allOf ?? [];
    const b = n.allOf ?? [];
    if (a.length === b.length || a.length === 0 || b.length === 0) {
      // Same shape (or one side empty): compare branch by branch; a missing branch is `{}`, so an added branch
      // reports each constraint it adds.
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        compareSchema(ctx, { schema: a[i], pointer: appendPointer(op, 'allOf', i) }, { schema: b[i], pointer: appendPointer(np, 'allOf', i) }, path);
      }
    } else if (!sameValidation(ctx, a, b)) {
      ctx.add('major', 'schema-changed', dataPath(path), appendPointer(np, 'allOf'), 'allOf changed (branches added or removed); cannot prove old data stays valid');
    }
  },

  function compareConditional(ctx, o, n, path, op, np) {
    if (o.if === undefined && n.if === undefined) return; // `then`/`else` without `if` do nothing
    if (o.if !== undefined && n.if !== undefined && !sameValidation(ctx, o.if, n.if)) {
      ctx.add('major', 'schema-changed', dataPath(path), appendPointer(np, 'if'), 'condition (if) changed; cannot prove old data stays valid');
      return;
    }
    // The same condition, or one added or removed: its branches only add or drop constraints, so compare them
    // constraint by constraint (an added `then: {required: [...]}` reports the fields it requires).
    for (const key of ['then', 'else'] as const) {
      const before = o.if === undefined ? undefined : o[key];
      const after = n.if === undefined ? undefined : n[key];
      if (before === undefined && after === undefined) continue;
      const when = key === 'then' ? ' (when the if condition holds)' : ' (when the if condition fails)';
      const branch: SchemaContext = { ...ctx, add: (level, kind, p, ptr, message) => ctx.add(level, kind, p, ptr, message + when) };
      compareSchema(branch, { schema: before, pointer: appendPointer(op, key) }, { schema: after, pointer: appendPointer(np, key) }, path);
    }
  },

  function compareCombinators(ctx, o, n, path, _op, np) {
    for (const key of ['anyOf', 'oneOf'] as const) {
      if (isValueList(ctx.oldRoot, o[key]) && isValueList(ctx.newRoot, n[key])) continue; // compareValues did it
      if (o[key] === undefined && n[key] === undefined) continue;
      if (!sameValidation(ctx, o[key], n[key])) {
        ctx.add(n[key] === undefined ? 'minor' : 'major', n[key] === undefined ? 'constraint-relaxed' : 'schema-changed', dataPath(path), appendPointer(np, key), n[key] === undefined ? `${key} removed` : `${key} changed; cannot prove old data stays valid`);
      } else if (!jsonEqual(o[key], n[key])) {
        ctx.add('patch', 'text-changed', dataPath(path), appendPointer(np, key), `texts in ${key} changed`);
      }
    }
  },

  function compareFileLimits(ctx, o, n, path, _op, np) {
    const a = o['x-file'];
    const b = n['x-file'];
    if (jsonEqual(a, b)) return;
    const lostTypes = a?.accept && (b?.accept ? a.accept.filter((t) => !b.accept!.includes(t)) : []);
    const newTypes = !a?.accept && b?.accept;
    const smaller = (b?.maxSize ?? Infinity) < (a?.maxSize ?? Infinity);
    const tightened = Boolean(lostTypes?.length || newTypes || smaller);
    ctx.add(tightened ? 'major' : 'minor', tightened ? 'constraint-tightened' : 'constraint-relaxed', dataPath(path), appendPointer(np, 'x-file'), `file limits ${show(a)} → ${show(b)} (${tightened ? 'tightened' : 'relaxed'})`);
  },

  function compareOtherKeywords(ctx, o, n, path, _op, np) {
    for (const key of unionKeys(o, n)) {
      if (HANDLED.has(key) || ANNOTATION_KEYWORDS.has(key) || key.startsWith('x-') || key in BOUNDS) continue;
      if (sameValidation(ctx, o[key], n[key])) continue;
      if (n[key] === undefined) ctx.add('minor', 'constraint-relaxed', dataPath(path), np, `${key} removed`);
      else ctx.add('major', 'schema-changed', dataPath(path), appendPointer(np, key), `${key} ${o[key] === undefined ? 'added' : 'changed'}; cannot prove old data stays valid`);
    }
  },
];

function compareAdditionalProperties(ctx: SchemaContext, o: JsonSchemaObject, n: JsonSchemaObject, path: string, op: string, np: string) {
  const a = o.additionalProperties;
  const b = n.additionalProperties;
  if (jsonEqual(a, b)) return;
  const closed = (s: JsonSchema | undefined) => s === false;
  if (closed(b) && !closed(a)) {
    ctx.add('major', 'constraint-tightened', dataPath(path), appendPointer(np, 'additionalProperties'), 'additionalProperties: false added: unknown fields now rejected');
  } else if (closed(a) && !closed(b)) {
    ctx.add('minor', 'constraint-relaxed', dataPath(path), np, 'unknown fields now accepted');
  } else {
    compareSchema(ctx, { schema: a, pointer: appendPointer(op, 'additionalProperties') }, { schema: b, pointer: appendPointer(np, 'additionalProperties') }, `${path}/*`);
  }
}

/** Removed and added properties of one object whose schemas validate the same: `old name → new name`. */
function findRenames(
  ctx: SchemaContext,
  removed: string[],
  added: string[],
  before: Record<string, JsonSchema>,
  after: Record<string, JsonSchema>,
): Map<string, string> {
  const renames = new Map<string, string>();
  const claimed = new Set<string>();
  for (const r of removed) {
    const matches = added.filter((a) => !claimed.has(a) && sameValidation(ctx, before[r], after[a]));
    // Only an unambiguous pair is a rename; otherwise report a removal and an addition.
    const back = matches.length === 1 ? removed.filter((x) => sameValidation(ctx, before[x], after[matches[0]])) : [];
    if (matches.length === 1 && back.length === 1) {
      renames.set(r, matches[0]);
      claimed.add(matches[0]);
    }
  }
  return renames;
}

function typeSet(type: JsonSchemaObject['type']): Set<string> | undefined {
  return type === undefined ? undefined : new Set(Array.isArray(type) ? type : [type]);
}

/**
 * The values a schema restricts data to, from `enum`, `const` or a `oneOf`/`anyOf` whose every branch is a
 * `const` (the titled-enum idiom forms use for selects), with each value's title.
 */
function allowedValues(root: JsonSchema, s: JsonSchemaObject): { values: unknown[]; titles: (string | undefined)[]; keyword: string } | undefined {
  if (s.const !== undefined) return { values: [s.const], titles: [undefined], keyword: 'const' };
  if (Array.isArray(s.enum)) return { values: s.enum, titles: s.enum.map(() => undefined), keyword: 'enum' };
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = s[key];
    if (isValueList(root, list)) {
      const branches = list.map((b) => asObject(derefSimple(root, b)));
      return { values: branches.map((b) => b.const), titles: branches.map((b) => b.title), keyword: key };
    }
  }
  return undefined;
}

const derefSimple = (root: JsonSchema, s: JsonSchema): JsonSchema =>
  isObject(s) && typeof s.$ref === 'string' ? (resolveLocalRef(root, s.$ref) ?? s) : s;

/** True for `[{const: …, title?}, …]`: a list of allowed values with labels. */
function isValueList(root: JsonSchema, list: JsonSchema[] | undefined): list is JsonSchema[] {
  return (
    Array.isArray(list) &&
    list.length > 0 &&
    list.every((b) => {
      const s = derefSimple(root, b);
      return isObject(s) && s.const !== undefined && Object.keys(s).every((k) => k === 'const' || ANNOTATION_KEYWORDS.has(k));
    })
  );
}
