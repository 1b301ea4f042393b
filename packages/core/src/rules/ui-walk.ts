// SPDX-License-Identifier: MIT
/**
 * Walks the layout with the data and decides every element's state. A hidden or disabled layout hides or
 * disables everything inside it; an array control repeats its detail layout once per item, with scopes relative
 * to the item; an object control with `options.detail` walks that detail relative to the object.
 *
 * Element paths are JSON Pointers into the UI schema (`''` root, `/elements/1/elements/0`); inside an item's detail
 * they continue after the item index (`/elements/2/detail/0/elements/1`), and inside an object's detail after
 * `detail` (`/elements/3/detail/elements/0`).
 */
import type { ElementState } from '../models/compiled-form.js';
import type { JsonSchema, JsonSchemaObject } from '../models/json-schema.js';
import type { ControlElement, UISchemaElement } from '../models/uischema.js';
import { getAtTokens, toPointer } from '../util/json-pointer.js';
import { isObject, MAX_DEPTH } from '../util/json.js';
import { evalEnablement, evalVisibility, scopeDataPath, type ConditionContext } from './condition.js';
import { generateDetailUi } from './detail.js';
import { isArraySchema, isObjectSchema, itemSchema, resolveScope } from './schema-nav.js';

/** One control met during the walk (an array item's controls are met once per item). */
export interface ControlVisit {
  /** Data pointer of the value the control edits. */
  pointer: string;
  /** Data tokens of the pointer. */
  tokens: string[];
  visible: boolean;
  enabled: boolean;
  computed: boolean;
}

/** What the walk produces. */
export interface WalkResult {
  elements: Record<string, ElementState>;
  controls: ControlVisit[];
}

/** The fixed inputs of a walk. */
export interface WalkPlan {
  root: JsonSchemaObject;
  ui: UISchemaElement;
  /** Data pointers of computed fields (read-only, `computed: true`). */
  computedTargets: ReadonlySet<string>;
}

/** Where the walk stands: the element, its path, its schema base and data base, and its parent's state. */
interface Frame {
  element: unknown;
  path: string;
  schema: JsonSchemaObject;
  base: string[];
  visible: boolean;
  enabled: boolean;
  depth: number;
}

/** The resolved schema and data path of a control, cached per (base schema, scope). */
type ResolvedControl = { schema: JsonSchemaObject | undefined; dataPath: string[] | null };
const scopeCache = new WeakMap<JsonSchemaObject, Map<string, ResolvedControl>>();

function resolveControl(scope: unknown, base: JsonSchemaObject, root: JsonSchema): ResolvedControl {
  if (typeof scope !== 'string') return { schema: undefined, dataPath: null };
  let byScope = scopeCache.get(base);
  if (byScope === undefined) {
    byScope = new Map<string, ResolvedControl>();
    scopeCache.set(base, byScope);
  }
  let hit = byScope.get(scope);
  if (hit === undefined) {
    const resolved = resolveScope(scope, base, root);
    hit = resolved ? { schema: resolved.schema, dataPath: resolved.dataPath } : { schema: undefined, dataPath: scopeDataPath(scope) };
    byScope.set(scope, hit);
  }
  return hit;
}

/** The state an element's own rule and options give it, on top of its parent's. */
function ownState(frame: Frame, element: Record<string, unknown>, ctx: ConditionContext): ElementState {
  const rule = element.rule;
  const hasRule = isObject(rule);
  const visible = frame.visible && (!hasRule || evalVisibility(ctx, rule as never, frame.base));
  // JSON Forms reads both spellings.
  const readonly = isObject(element.options) && (element.options.readonly === true || element.options.readOnly === true);
  const enabled = frame.enabled && !readonly && (!hasRule || evalEnablement(ctx, rule as never, frame.base));
  return { visible, enabled };
}

/** Walks the layout for `data`. */
export function walkUi(plan: WalkPlan, data: unknown, ctx: ConditionContext): WalkResult {
  const elements: Record<string, ElementState> = {};
  const controls: ControlVisit[] = [];
  const stack: Frame[] = [{ element: plan.ui, path: '', schema: plan.root, base: [], visible: true, enabled: true, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (!isObject(frame.element) || frame.depth > MAX_DEPTH) continue;
    const element = frame.element;
    const state = ownState(frame, element, ctx);
    const children: Frame[] = [];
    if (element.type === 'Control') {
      const visit = visitControl(plan, frame, element as unknown as ControlElement, state, data);
      elements[frame.path] = { visible: state.visible, enabled: visit.control?.enabled ?? state.enabled };
      if (visit.control) controls.push(visit.control);
      children.push(...visit.children);
    } else {
      elements[frame.path] = state;
      const kids = Array.isArray(element.elements) ? element.elements : [];
      kids.forEach((child, i) => children.push({ ...frame, element: child, path: `${frame.path}/elements/${i}`, ...state, depth: frame.depth + 1 }));
    }
    // Reverse, so that elements are visited (and reported) in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { elements, controls };
}

/** A control's own visit, and the frames of its detail (per array item, or once for an object). */
function visitControl(plan: WalkPlan, frame: Frame, control: ControlElement, state: ElementState, data: unknown) {
  const { schema, dataPath } = resolveControl(control.scope, frame.schema, plan.root);
  if (dataPath === null) return { control: undefined, children: [] as Frame[] };
  const tokens = [...frame.base, ...dataPath];
  const pointer = toPointer(tokens);
  const computed = plan.computedTargets.has(pointer);
  const enabled = state.enabled && !computed && schema?.readOnly !== true;
  const visit: ControlVisit = { pointer, tokens, visible: state.visible, enabled, computed };
  const inner = { ...frame, visible: state.visible, enabled, depth: frame.depth + 1 };
  // JSON Forms also allows a string here ("GENERATED", "REGISTERED"): anything but a layout means generated.
  const detail = isObject(control.options) && isObject(control.options.detail) ? control.options.detail : undefined;
  const children: Frame[] = [];
  if (isArraySchema(schema)) {
    const items = getAtTokens(data, tokens);
    if (Array.isArray(items)) {
      items.forEach((_, i) => {
        const item = itemSchema(schema!, i, plan.root) ?? {};
        const layout = detail ?? generateDetailUi(item, plan.root);
        children.push({ ...inner, element: layout, path: `${frame.path}/detail/${i}`, schema: item, base: [...tokens, String(i)] });
      });
    }
  } else if (detail !== undefined && schema !== undefined && isObjectSchema(schema)) {
    children.push({ ...inner, element: detail, path: `${frame.path}/detail`, schema, base: tokens });
  }
  return { control: visit, children };
}
