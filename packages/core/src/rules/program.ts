// SPDX-License-Identifier: MIT
/**
 * The layout, compiled once per definition into flat lists of element descriptors ("templates"), and the walk that
 * runs them for one piece of data. The walk decides exactly what the frame-by-frame walk it replaced decided (JSON
 * Forms' semantics, see condition.ts and docs/logic.md; the old walk is kept in reference-evaluate.test.helper.ts
 * for the property tests): a hidden or disabled layout hides or disables everything inside
 * it; an array control repeats its detail once per item, with scopes relative to the item; an object control with
 * `options.detail` walks that detail relative to the object. Element paths and data pointers are the same strings
 * in the same (document) order.
 *
 * What depends only on the definition is decided here, once: every scope's schema and data path, rule closures
 * (compiled-condition.ts), read-only flags, computed flags, element paths and pointers of the static layout, and the
 * data each rule reads (for the evaluator's "does stripping change what rules saw?" check). Array item templates
 * are built on first use, once per item schema, and kept.
 */
import type { ElementState, FieldState } from '../models/compiled-form.js';
import type { JsonSchemaObject } from '../models/json-schema.js';
import { toPointer, unescapeToken } from '../util/json-pointer.js';
import { isObject, MAX_DEPTH } from '../util/json.js';
import { compileRule, type CompiledRule, type ConditionReads } from './compiled-condition.js';
import { scopeDataPath } from './condition.js';
import { childOf } from './cow.js';
import { generateDetailUi } from './detail.js';
import { PatternSet } from './patterns.js';
import type { Draft } from './schema-match.js';
import { isArraySchema, isObjectSchema, itemSchema, propertySchema, resolveScope, type ResolvedScope } from './schema-nav.js';

/**
 * The four element states, shared and frozen: an evaluation's results are read-only, and a 1,000-field form has
 * over a thousand elements per evaluation.
 */
const ELEMENT_STATES: readonly (readonly ElementState[])[] = [
  [Object.freeze({ visible: false, enabled: false }), Object.freeze({ visible: false, enabled: true })],
  [Object.freeze({ visible: true, enabled: false }), Object.freeze({ visible: true, enabled: true })],
];
const elementState = (visible: boolean, enabled: boolean): ElementState => ELEMENT_STATES[visible ? 1 : 0][enabled ? 1 : 0];

/** The token standing for any array index in a data pattern. */
export const ANY_ITEM = '*';

/** The item schema used when the array schema names none (ui-walk used a fresh `{}`; its meaning is the same). */
const NO_ITEM_SCHEMA: JsonSchemaObject = Object.freeze({});

/** An array control: how its items are laid out. */
interface ArrayControl {
  schema: JsonSchemaObject;
  /** `options.detail` when it is a layout; otherwise each item gets the generated detail of its schema. */
  detail: Record<string, unknown> | undefined;
  /** The item schema of every index, when it does not depend on the index (`items` as one schema). */
  uniformItem: JsonSchemaObject | undefined;
  /** Depth of the item detail's root element. */
  depth: number;
  /** The data pattern of the array (`/children` → `['children']`, items inside items as `*`). */
  pattern: string[];
  /** Item templates by item schema (built on first use). */
  templates: Map<JsonSchemaObject, Template>;
}

/** A Control's data: `tokens` and `pointer` relative to its template's data base. */
export interface ControlData {
  tokens: string[];
  pointer: string;
  readOnly: boolean;
  /** Whether the pointer is a computed target, when the template is the root layout (else decided per item). */
  computed: boolean | undefined;
  array: ArrayControl | undefined;
  /** A slot for what the evaluator prepares per fixed pointer (the required-check path), filled on first use. */
  prepared?: unknown;
}

/** One element of a template. */
export interface UiNode {
  /** UI path relative to the template's root path. */
  path: string;
  /** The parent's index in the template, -1 for the template's root. */
  parent: number;
  rule: CompiledRule | undefined;
  /** The data its rule's condition reads, relative to the template's data base (hidden-at.ts asks). */
  reads: ConditionReads;
  readonly: boolean;
  /** True for `type: "Control"`; `data` is undefined when its scope names no data. */
  control: boolean;
  data: ControlData | undefined;
}

/** A layout compiled for one data base: the root layout, an item detail, in document order (parents first). */
export interface Template {
  nodes: UiNode[];
}

/** One field: a data pointer, edited by one or more controls (an item's controls give one field per item). */
export interface FieldEntry {
  pointer: string;
  tokens: readonly string[];
  state: FieldState;
  /** The control's compiled data when it belongs to the root layout (its pointer is then the same every time). */
  fixed: ControlData | undefined;
}

/** What a walk produces. */
export interface WalkOutput {
  elements: Record<string, ElementState>;
  /** Field states by pointer. A pointer edited by several controls is visible (enabled) if any of them is. */
  fields: Record<string, FieldState>;
  /** The fields in the order the layout first shows them. */
  entries: FieldEntry[];
  /** Data tokens of the arrays whose items were expanded (what the walk read of the data besides conditions). */
  arrays: (readonly string[])[];
}

/** The fixed inputs of every walk. */
export interface Program {
  root: JsonSchemaObject;
  template: Template;
  draft: Draft;
  computedTargets: ReadonlySet<string>;
  /** Data patterns every compiled rule condition reads (grows as item templates are built). */
  reads: PatternSet;
}

/** Where a template sits: its schema, its data base (relative and as a pattern), its UI path and depth. */
interface Placement {
  element: unknown;
  schema: JsonSchemaObject;
  /** Data tokens from the template's base to this element's base (object details move it). */
  base: string[];
  path: string;
  parent: number;
  depth: number;
}

/** The shared state a template is built with. */
interface BuildContext {
  program: Program;
  /** The template's data pattern (what `*` items stand for), for `reads` and array patterns. */
  pattern: readonly string[];
  /** True for the root layout: computed flags can be decided now. */
  isRoot: boolean;
  /** The parent scope resolved last (see `resolveScopeShared`). */
  last: LastParent;
}

/** JSON Forms reads both spellings of a read-only option. */
const isReadonlyOption = (element: Record<string, unknown>): boolean =>
  isObject(element.options) && (element.options.readonly === true || element.options.readOnly === true);

/** The parent scope resolved last, against `base`, and its answer. */
interface LastParent {
  base: JsonSchemaObject | undefined;
  scope: string;
  resolved: ResolvedScope | undefined;
}

/** The property step that ends most scopes (`<parent>/properties/<name>`). */
const PROPERTY_STEP = '/properties/';

/**
 * `resolveScope(scope, base, root)`, answered for `<parent>/properties/<name>` from the parent's answer and one
 * property step. Controls mostly come in runs of siblings, so the parent is usually the one resolved last (`last`):
 * walking each scope from the base through a token list of its own repeats the parent's steps for every control
 * before a form's first render, in code not yet optimized. The answer is `resolveScope`'s: with no `%` to decode
 * and no `/` in the name, the scope's tokens are the parent's followed by `properties` and `name`, which
 * `resolveScope` takes in order, so its state after the parent's tokens is the parent's answer, and its last step
 * looks the property up in that schema (`propertySchema`). A parent it cannot resolve, and any other scope, go to
 * `resolveScope` itself. The data path is a fresh array. (No recursion for the parent: a scope is untrusted text of
 * any length.)
 */
function resolveScopeShared(scope: string, base: JsonSchemaObject, root: JsonSchemaObject, last: LastParent): ResolvedScope | undefined {
  const cut = scope.lastIndexOf(PROPERTY_STEP);
  if (cut > 0 && !scope.includes('/', cut + PROPERTY_STEP.length) && !scope.includes('%')) {
    // Compared without slicing a new string: most controls are siblings of the one before.
    if (last.base !== base || cut !== last.scope.length || !scope.startsWith(last.scope)) {
      const prefix = scope.slice(0, cut);
      last.resolved = resolveScope(prefix, base, root);
      last.base = base;
      last.scope = prefix;
    }
    const parent = last.resolved;
    if (parent !== undefined) {
      const name = unescapeToken(scope.slice(cut + PROPERTY_STEP.length));
      const schema = propertySchema(parent.schema, name, root);
      return schema === undefined ? undefined : { schema, dataPath: parent.dataPath.concat(name) };
    }
  }
  return resolveScope(scope, base, root);
}

/** The item schema of every index when it cannot depend on the index (`itemSchema` then returns `items`). */
function uniformItemSchema(schema: JsonSchemaObject, root: JsonSchemaObject): JsonSchemaObject | undefined {
  if (Array.isArray(schema.prefixItems) || Array.isArray(schema.items) || schema.items === undefined) return undefined;
  return itemSchema(schema, 0, root) ?? NO_ITEM_SCHEMA;
}

/** Compiles a Control's data side (and pushes its object detail, walked relative to the object). */
function controlData(ctx: BuildContext, place: Placement, el: Record<string, unknown>, index: number, stack: Placement[]): ControlData | undefined {
  const { root } = ctx.program;
  // The scope resolved against the base schema, else its data path alone.
  const scope = el.scope;
  const resolved = typeof scope === 'string' ? resolveScopeShared(scope, place.schema, root, ctx.last) : undefined;
  const schema = resolved?.schema;
  const dataPath = resolved ? resolved.dataPath : scopeDataPath(scope);
  if (dataPath === null) return undefined;
  // A resolved scope's data path is a fresh array: at the root of a template it is the tokens as they are.
  const tokens = place.base.length === 0 && schema !== undefined ? dataPath : place.base.concat(dataPath);
  const pointer = toPointer(tokens);
  // JSON Forms also allows a string here ("GENERATED", "REGISTERED"): anything but a layout means generated.
  const detail = isObject(el.options) && isObject(el.options.detail) ? el.options.detail : undefined;
  const data: ControlData = {
    tokens,
    pointer,
    readOnly: schema?.readOnly === true,
    // Without computed values the set is not asked: the lookup would hash every new pointer string.
    computed: ctx.isRoot ? ctx.program.computedTargets.size > 0 && ctx.program.computedTargets.has(pointer) : undefined,
    array: undefined,
  };
  if (isArraySchema(schema)) {
    const pattern = [...ctx.pattern, ...tokens];
    data.array = { schema: schema!, detail, uniformItem: uniformItemSchema(schema!, root), depth: place.depth + 1, pattern, templates: new Map() };
  } else if (detail !== undefined && schema !== undefined && isObjectSchema(schema)) {
    stack.push({ element: detail, schema, base: tokens, path: `${place.path}/detail`, parent: index, depth: place.depth + 1 });
  }
  return data;
}

/** The reads of an element without a rule: shared, since nothing adds to them. */
const NO_READS: ConditionReads = Object.freeze([]) as unknown as ConditionReads;

/**
 * Compiles the layout at `start` into a template (iteratively, in document order). It runs over every element of
 * the layout before a form's first render, in code not yet optimized, so an element allocates only what it keeps:
 * no reads list without a rule, no list of children (they go on the stack directly, last first).
 */
function buildTemplate(ctx: BuildContext, start: Placement): Template {
  const nodes: UiNode[] = [];
  const stack: Placement[] = [start];
  while (stack.length > 0) {
    const place = stack.pop()!;
    const el = place.element;
    if (!isObject(el) || place.depth > MAX_DEPTH) continue;
    const index = nodes.length;
    let reads = NO_READS;
    let rule: CompiledRule | undefined;
    if (el.rule !== undefined) {
      reads = [];
      rule = compileRule(el.rule, place.base, ctx.program.draft, reads);
      for (const r of reads) ctx.program.reads.add([...ctx.pattern, ...r]);
    }
    const node: UiNode = {
      path: place.path,
      parent: place.parent,
      rule,
      reads,
      readonly: isReadonlyOption(el),
      control: el.type === 'Control',
      data: undefined,
    };
    nodes.push(node);
    if (node.control) node.data = controlData(ctx, place, el, index, stack);
    else if (Array.isArray(el.elements)) {
      const elements: unknown[] = el.elements;
      // Last first, so that elements are visited (and reported) in document order; holes are skipped (as forEach).
      for (let i = elements.length - 1; i >= 0; i--) {
        if (i in elements) stack.push({ element: elements[i], schema: place.schema, base: place.base, path: `${place.path}/elements/${i}`, parent: index, depth: place.depth + 1 });
      }
    }
  }
  return { nodes };
}

/** Compiles the root layout. */
export function compileProgram(root: JsonSchemaObject, ui: unknown, draft: Draft, computedTargets: ReadonlySet<string>): Program {
  const program: Program = { root, template: { nodes: [] }, draft, computedTargets, reads: new PatternSet() };
  program.template = buildTemplate({ program, pattern: [], isRoot: true, last: { base: undefined, scope: '', resolved: undefined } }, { element: ui, schema: root, base: [], path: '', parent: -1, depth: 0 });
  return program;
}

/** The item template of an array control for one item schema (built on first use). */
function itemTemplate(program: Program, array: ArrayControl, item: JsonSchemaObject): Template {
  let template = array.templates.get(item);
  if (template === undefined) {
    const layout = array.detail ?? generateDetailUi(item, program.root);
    const ctx: BuildContext = { program, pattern: [...array.pattern, ANY_ITEM], isRoot: false, last: { base: undefined, scope: '', resolved: undefined } };
    template = buildTemplate(ctx, { element: layout, schema: item, base: [], path: '', parent: -1, depth: array.depth });
    array.templates.set(item, template);
  }
  return template;
}

/** Where one walk of a template stands. */
interface Instance {
  /** The data at the template's base (the root data, or the item). */
  value: unknown;
  /** UI path, pointer and tokens of the template's base. */
  path: string;
  pointer: string;
  tokens: readonly string[];
  visible: boolean;
  enabled: boolean;
}

/** Walks one template instance, appending to `out`. Recurses once per array item. */
function walkTemplate(program: Program, template: Template, at: Instance, out: WalkOutput): void {
  const { nodes } = template;
  const visible = new Array<boolean>(nodes.length);
  const enabled = new Array<boolean>(nodes.length);
  const isRoot = at.tokens.length === 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const parentVisible = node.parent < 0 ? at.visible : visible[node.parent];
    const parentEnabled = node.parent < 0 ? at.enabled : enabled[node.parent];
    const rule = node.rule;
    const isVisible = parentVisible && (rule?.visible === undefined || rule.visible(at.value));
    let isEnabled = parentEnabled && !node.readonly && (rule?.enabled === undefined || rule.enabled(at.value));
    const path = at.path + node.path;
    const data = node.data;
    if (data !== undefined) {
      const pointer = isRoot ? data.pointer : at.pointer + data.pointer;
      const tokens = isRoot ? data.tokens : at.tokens.concat(data.tokens);
      const computed = data.computed ?? (program.computedTargets.size > 0 && program.computedTargets.has(pointer));
      isEnabled = isEnabled && !computed && !data.readOnly;
      addField(out, pointer, tokens, isVisible, isEnabled, computed, isRoot ? data : undefined);
      out.elements[path] = elementState(isVisible, isEnabled);
      visible[i] = isVisible;
      enabled[i] = isEnabled;
      if (data.array !== undefined) walkItems(program, data.array, { value: readAt(at.value, data.tokens), path, pointer, tokens, visible: isVisible, enabled: isEnabled }, out);
      continue;
    }
    out.elements[path] = elementState(isVisible, isEnabled);
    visible[i] = isVisible;
    enabled[i] = isEnabled;
  }
}

/** Records a control's field (merging with an earlier control of the same pointer). */
function addField(out: WalkOutput, pointer: string, tokens: readonly string[], visible: boolean, enabled: boolean, computed: boolean, fixed: ControlData | undefined): void {
  // Pointers are '' or start with '/': never an inherited property name.
  const prev = out.fields[pointer];
  if (prev === undefined) {
    const state: FieldState = { visible, enabled, required: false, computed };
    out.fields[pointer] = state;
    out.entries.push({ pointer, tokens, state, fixed });
  } else {
    prev.visible = prev.visible || visible;
    prev.enabled = prev.enabled || enabled;
    prev.computed = computed;
  }
}

/** Reads the value at `tokens` below `value` (getAtTokens). */
function readAt(value: unknown, tokens: readonly string[]): unknown {
  let cur = value;
  for (let i = 0; i < tokens.length && cur !== undefined; i++) cur = childOf(cur, tokens[i]);
  return cur;
}

/** Walks an array control's items (`at.value` is the array, `at.path`/`pointer`/`tokens` the control's). */
function walkItems(program: Program, array: ArrayControl, at: Instance, out: WalkOutput): void {
  const items = at.value;
  if (!Array.isArray(items)) return;
  out.arrays.push(at.tokens);
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) continue; // as forEach: holes of a sparse array are not items
    const item = array.uniformItem ?? itemSchema(array.schema, i, program.root) ?? NO_ITEM_SCHEMA;
    const index = String(i);
    walkTemplate(program, itemTemplate(program, array, item), {
      value: items[i] as unknown,
      path: `${at.path}/detail/${index}`,
      pointer: `${at.pointer}/${index}`,
      tokens: [...at.tokens, index],
      visible: at.visible,
      enabled: at.enabled,
    }, out);
  }
}

/** Walks the layout for `data` (the data rules see). */
export function walkProgram(program: Program, data: unknown): WalkOutput {
  const out: WalkOutput = { elements: {}, fields: {}, entries: [], arrays: [] };
  walkTemplate(program, program.template, { value: data, path: '', pointer: '', tokens: [], visible: true, enabled: true }, out);
  return out;
}
