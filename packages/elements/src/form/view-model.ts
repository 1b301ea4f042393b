// SPDX-License-Identifier: MIT
/**
 * The view model of a form: the UI schema walked once per render into a tree of visible nodes, each control with
 * its `FieldModel`. It is pure (no DOM, no Lit): everything the view renderer, the wizard's per-step validation, the
 * review step and the error summary need comes from this one walk, so they cannot disagree about which fields
 * are visible, what they are called or which errors they show.
 *
 * It never decides a rule: visibility, enablement, requirement and computed values are read from core's
 * `Evaluation`, and errors from core's `validate`.
 *
 * It is built on every change (every keystroke), so what cannot change between two builds is decided once:
 *
 * - per compiled form, control element and base schema (`ControlPlan`): the resolved schema, whether the parent
 *   requires it, and the widget row the ranked testers pick (schema and UI schema are frozen once compiled; a
 *   change to the registry starts the choices over);
 * - per control, data pointer and locale (`ControlTexts`): the DOM id, label, hint, placeholder and choices.
 *
 * The first build of a form (its first render) makes all of these for every field at once, so the walk itself is
 * kept lean for it too: siblings share one `Frame` (no object per child), a control reads its value from the data
 * of its frame along its plan's parsed keys, and an empty memo is filled without comparing anything.
 *
 * And what did not change keeps its identity: given a `ViewMemo`, a node or `FieldModel` equal to the one of the
 * previous build *is* that one (`internView`), so `<tk-form>` hands every untouched widget the same `field` object
 * (the widget does not draw again) and its view renderer (layouts/view-renderer.ts) reuses the DOM of an untouched
 * subtree without walking it: a keystroke redraws the edited widget, the widgets whose value, errors or state
 * changed and the layouts above them, not the whole form.
 */
import {
  NOT_APPLICABLE,
  RANK,
  and,
  arrayOfObjectsControlTester,
  generateDetailUi,
  rankWith,
  schemaTypeIs,
  uiTypeIs,
  findBestTester,
  isCategorization,
  isControl,
  annotationOf,
  isLabel,
  isLayout,
  objectControlTester,
  type Categorization,
  type CompiledForm,
  type ControlElement,
  type ElementState,
  type Evaluation,
  type FieldProvenance,
  type FieldState,
  type JsonSchema,
  type JsonSchemaObject,
  type Locale,
  type LocatedError,
  type RankedTester,
  type UISchemaElement,
} from '@tokhai/core';
import type { FieldModel, FieldPrefill } from '../internal/field-model.js';
import { isUnder, joinPointer, pointerToId, scopeKeys, toPointer, valueAlong } from '../internal/pointer.js';
import { issueWarning } from '../internal/dev-mode.js';
import { containers, registry, type WidgetRow } from '../registry.js';
import { choicesOf, controlHint, controlLabel, humanize, layoutText } from './field-text.js';

/** A control rendered by a widget. */
export interface ControlView {
  kind: 'control';
  uiPath: string;
  model: FieldModel;
  widget: WidgetRow;
  /** A container widget's child controls: an object's properties. */
  children?: ViewNode[];
  /** A container widget's child controls: one node per array item. */
  items?: ViewNode[];
}

/** A control no widget fits: a visible fallback, so the citizen knows something is missing. */
export interface UnsupportedView {
  kind: 'unsupported';
  uiPath: string;
  model: FieldModel;
}

/** A layout (`VerticalLayout`, `HorizontalLayout`, `Group`). */
export interface LayoutView {
  kind: 'vertical' | 'horizontal' | 'group';
  uiPath: string;
  /** Group legend. */
  label?: string;
  children: ViewNode[];
}

/** Static text. */
export interface LabelView {
  kind: 'label';
  uiPath: string;
  text: string;
}

/** Any node. */
export type ViewNode = ControlView | UnsupportedView | LayoutView | LabelView;

/** One step of a wizard. */
export interface StepView {
  uiPath: string;
  title: string;
  children: ViewNode[];
}

/** The whole form, as visible now. */
export interface FormView {
  /** The root node (undefined when the root element is hidden). For a wizard, undefined: see `steps`. */
  root?: ViewNode;
  /** The visible steps when the root element is a `Categorization`. */
  steps?: StepView[];
}

/**
 * What the previous build produced, by UI path: `buildView` reuses a node or model from it when the new one is
 * equal, and replaces it with what it built. One memo per `<tk-form>`; start a new one for another form.
 */
export interface ViewMemo {
  nodes: Map<string, ViewNode>;
  steps: Map<string, StepView>;
}

/** An empty memo (the first build reuses nothing). */
export function createViewMemo(): ViewMemo {
  return { nodes: new Map(), steps: new Map() };
}

/** What the walk reads. */
export interface ViewContext {
  compiled: CompiledForm;
  evaluation: Evaluation;
  locale: Locale;
  /** Every current error (visible fields), normalized by `locateErrors`. */
  errors: readonly LocatedError[];
  /** Whether a field's errors are shown now (touched, or a submit / "Next" was attempted). */
  showErrors: (pointer: string) => boolean;
  readonly: boolean;
  disabled: boolean;
  provenance: Record<string, FieldProvenance>;
  /** Localized provider name. */
  sourceLabel: (source: string) => string;
  /**
   * The previous build, to keep the identity of what did not change (and updated with this build). Without it,
   * every node and model is new.
   */
  memo?: ViewMemo;
  /**
   * Fields whose model must be a new object even when equal to the previous one: a widget that just emitted a
   * value re-checks its draft against the stored value when it receives a new `field` (an edit the form stored
   * as no change, such as clearing an empty field, still reaches the widget).
   */
  fresh?: ReadonlySet<string>;
}

/** A container row: a widget that shows controls `<tk-form>` builds (their rules, errors and ids are the form's). */
interface ContainerRow {
  tester: RankedTester;
  container: WidgetRow;
}

/**
 * Arrays of objects and plain objects contain other controls, whose rules, errors and ids must stay in
 * `<tk-form>`'s one tree: the form builds the child controls and the container widget (`<tk-repeat-group>`,
 * `<tk-fieldset>`) places them through `renderChild`. A widget row that ranks higher still wins (an address
 * object picks the admin-unit widget; a file object the file widget); registry rows come first, so they win ties.
 */
const CONTAINER_ROWS: ContainerRow[] = [
  { tester: arrayOfObjectsControlTester, container: containers.array },
  { tester: objectControlTester, container: containers.object },
  // Any other array (of strings, numbers…; arrays of choices go to the checkbox group, which ranks higher):
  // a repeatable group whose items are one control each.
  { tester: rankWith(RANK.generic, and(uiTypeIs('Control'), schemaTypeIs('array'))), container: containers.array },
];

/**
 * What the nodes of one subtree share: the data pointer their scopes are relative to, the data there and that
 * schema. Siblings share one frame (a node's UI path is passed beside it), so walking a layout makes no object
 * per child.
 */
interface Frame {
  dataBase: string;
  /**
   * The i18n key path of `dataBase` (`children` for `/children/0`): its property names joined with dots, array
   * indices left out. Kept along the walk rather than derived from the pointer, because only the walk knows which
   * tokens are indices: a property may be named `12`.
   */
  keyBase: string;
  /**
   * The (evaluated) data at `dataBase`: a control reads its value from here along its relative keys, instead of
   * walking its whole pointer from the root.
   */
  data: unknown;
  schema: JsonSchema;
  /** State inherited from an enclosing generated control (object groups, array items). */
  inherited?: ElementState;
}

const DEFAULT_STATE: ElementState = { visible: true, enabled: true };

/** The base schema of items whose array declares none (one shared object, so it can key the caches). */
const NO_ITEM_SCHEMA: JsonSchemaObject = Object.freeze({});

// ---------------------------------------------------------------------------------------------------------------
// What is decided once per compiled form
// ---------------------------------------------------------------------------------------------------------------

/** What a control's place in the UI decides, whatever the data: its schema and its widget. */
interface ControlPlan {
  /** The base schema the plan was made for (a control inside items of two arrays has a plan per base). */
  base: JsonSchema;
  /** The plans of the same control for other base schemas (rare: made when a second base comes). */
  others?: Map<JsonSchema, ControlPlan>;
  /** The data pointer relative to the base (`/a/b`). */
  relative: string;
  /** `relative`, parsed: the keys a value is read along. */
  keys: readonly string[];
  /** The schema the scope points at; `undefined` when it points nowhere (the control is skipped). */
  schema: JsonSchemaObject | undefined;
  /** The schema holding the property lists it in `required`. */
  requiredInParent: boolean;
  /** The row the ranked testers picked; `undefined` when none fits. */
  row: WidgetRow | undefined;
  /** The row is one of `CONTAINER_ROWS` (an object or an array the form builds the children of). */
  containerRow: boolean;
  /**
   * The texts last read through this plan, and their locale and pointer (a control outside arrays has one
   * pointer: always this one).
   */
  lastTexts?: ControlTexts;
  lastLocale?: Locale;
  lastPointer?: string;
  /** Every texts read through this plan, by `locale pointer`; made once a second pointer or locale comes. */
  texts?: Map<string, ControlTexts>;
}

/** A control's texts and id at one data pointer, in one locale. */
interface ControlTexts {
  id: string;
  label: string;
  showLabel: boolean;
  options: FieldModel['options'];
  hint?: string;
  placeholder?: string;
  choices?: FieldModel['choices'];
}

type PickRow = WidgetRow | ContainerRow;

/** The caches of one compiled form (it is immutable, so they never go stale; a registry change resets the plans). */
interface FormCache {
  /** The rows the plans were picked from. */
  rows: readonly PickRow[];
  /** Control element → its plan for the first base schema it was seen with (the others in `others`). */
  plans: WeakMap<ControlElement, ControlPlan>;
  /** Base schema → scope → `compiled.resolveScope` (null: unresolved). */
  scopes: WeakMap<object, Map<string, JsonSchema | null>>;
  /** UI path → the paths of its children (`childPath`). */
  paths: Map<string, string[]>;
  /**
   * Widget choices by what the built-in testers read (`pickShared`): a form repeats the same kinds of field (a
   * name, a date, a phone number…) many times. Absent while the registry holds other rows.
   */
  picks?: Map<string, Pick<ControlPlan, 'row' | 'containerRow'>>;
}

const formCaches = new WeakMap<CompiledForm, FormCache>();

/** The rows to pick from now: the registry (a portal may add rows) followed by the container rows. */
function rowsNow(previous: readonly PickRow[] | undefined): readonly PickRow[] {
  const same =
    previous !== undefined &&
    previous.length === registry.length + CONTAINER_ROWS.length &&
    registry.every((row, i) => previous[i] === row) &&
    CONTAINER_ROWS.every((row, i) => previous[registry.length + i] === row);
  return same ? previous : [...registry, ...CONTAINER_ROWS];
}

/** The testers of the built-in registry rows, in order (`registry` before any portal changed it). */
const BUILT_IN_TESTERS = registry.map((row) => row.tester);

/** Whether the rows are the built-in ones: their testers read only a control's type, options and resolved schema. */
const builtIn = (rows: readonly PickRow[]): boolean =>
  rows.length === BUILT_IN_TESTERS.length + CONTAINER_ROWS.length && BUILT_IN_TESTERS.every((tester, i) => rows[i].tester === tester);

function cacheOf(compiled: CompiledForm): FormCache {
  let cache = formCaches.get(compiled);
  if (!cache) {
    const rows = rowsNow(undefined);
    cache = { rows, plans: new WeakMap(), scopes: new WeakMap(), paths: new Map() };
    if (builtIn(rows)) cache.picks = new Map();
    formCaches.set(compiled, cache);
  }
  const rows = rowsNow(cache.rows);
  if (rows !== cache.rows) {
    cache.rows = rows;
    cache.plans = new WeakMap();
    cache.picks = builtIn(rows) ? new Map() : undefined;
  }
  return cache;
}

/** One build: the context, the form's caches, the errors indexed by pointer, and the models made so far. */
interface Build {
  ctx: ViewContext;
  cache: FormCache;
  errors: ErrorIndex;
  /** Every model built, in document order (what `modelsIn(allNodes(view))` gives). */
  models: FieldModel[];
  /** `ctx.provenance`, or `undefined` when no field was prefilled (most forms): no lookup per field then. */
  provenance: Record<string, FieldProvenance> | undefined;
  /**
   * The empty memo of a first build: every node is recorded in it as it is built, rather than by a second walk
   * over the finished view (nothing is compared: there is nothing to keep).
   */
  record: Map<string, ViewNode> | undefined;
}

const isEmpty = (record: object): boolean => {
  for (const _ in record) return false;
  return true;
};

/**
 * The UI paths of a node's children (`<parent>/elements/<i>`), filled in by `childPath`, made once per form: the
 * same string objects on every build, so the lookups keyed by them (the evaluation's element states, the view
 * memo) do not hash a new string each time. Read once per parent, not once per child.
 */
function childPaths(b: Build, parent: string): string[] {
  let children = b.cache.paths.get(parent);
  if (!children) b.cache.paths.set(parent, (children = []));
  return children;
}

const childPath = (paths: string[], parent: string, i: number): string => (paths[i] ??= `${parent}/elements/${i}`);

/** `compiled.resolveScope`, remembered per (base schema, scope). */
function resolveScope(b: Build, scope: string, base: JsonSchema): JsonSchema | undefined {
  if (typeof base !== 'object' || base === null) return b.ctx.compiled.resolveScope(scope, base);
  let byScope = b.cache.scopes.get(base);
  if (!byScope) b.cache.scopes.set(base, (byScope = new Map<string, JsonSchema | null>()));
  let hit = byScope.get(scope);
  if (hit === undefined) byScope.set(scope, (hit = plainProperty(b, scope, base) ?? b.ctx.compiled.resolveScope(scope, base) ?? null));
  return hit ?? undefined;
}

/** A scope ending in `/properties/<plain name>` (no `~` or `%` escapes to decode). */
const PROPERTY_SCOPE = /^(#.*)\/properties\/([\w$-]+)$/;

/**
 * The usual scope answered from its parent's (remembered) schema: core resolves a scope one step at a time, so
 * `<parent>/properties/<name>` is the parent's own `properties[name]` when that is a plain schema object (no
 * `$ref` to follow). Siblings share the parent's lookup instead of each walking the scope from the root again.
 * Anything else (`undefined`) goes to `compiled.resolveScope`.
 */
function plainProperty(b: Build, scope: string, base: JsonSchema): JsonSchemaObject | undefined {
  const match = PROPERTY_SCOPE.exec(scope);
  return match ? ownProperty(resolveScope(b, match[1], base), match[2]) : undefined;
}

/** `parent.properties[name]` when it is a plain schema object (no `$ref` to follow). */
function ownProperty(parent: JsonSchema | undefined, name: string): JsonSchemaObject | undefined {
  const properties = asSchemaObject(parent)?.properties;
  const own = properties && !Array.isArray(properties) && Object.hasOwn(properties, name) ? properties[name] : undefined;
  return own && typeof own === 'object' && !Array.isArray(own) && own.$ref === undefined ? own : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------------------------

/** The errors by pointer: at it exactly, and at or under it (for composite widgets). */
interface ErrorIndex {
  at: Map<string, LocatedError[]>;
  under: Map<string, LocatedError[]>;
}

function indexErrors(errors: readonly LocatedError[]): ErrorIndex {
  const at = new Map<string, LocatedError[]>();
  const under = new Map<string, LocatedError[]>();
  const add = (map: Map<string, LocatedError[]>, key: string, error: LocatedError) => {
    const list = map.get(key);
    if (list) list.push(error);
    else map.set(key, [error]);
  };
  for (const error of errors) {
    add(at, error.pointer, error);
    // Every enclosing pointer but the root (a root control shows only the root's own errors).
    for (let end = error.pointer.indexOf('/', 1); ; end = error.pointer.indexOf('/', end + 1)) {
      if (end === -1) {
        if (error.pointer !== '') add(under, error.pointer, error);
        break;
      }
      add(under, error.pointer.slice(0, end), error);
    }
  }
  return { at, under };
}

/**
 * Puts `required` errors at the missing property. Core locates them there already; this keeps the UI right if
 * an engine reports them at the parent object with `params.missingProperty`, as ajv does.
 */
export function locateErrors(errors: readonly LocatedError[]): LocatedError[] {
  return errors.map((e) => {
    const missing = e.params?.missingProperty;
    if (e.keyword !== 'required' || typeof missing !== 'string') return e;
    // Already at the property (core's convention): keep it.
    if (e.pointer.endsWith(joinPointer('', missing))) return e;
    return { ...e, pointer: joinPointer(e.pointer, missing) };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------------------------

/** Builds the view of the whole form (keeping what did not change when `ctx.memo` is given). */
export function buildView(ctx: ViewContext): FormView {
  const { memo } = ctx;
  // A first build (nothing in the memo) has nothing to keep: it only records what it builds.
  const first = memo !== undefined && memo.nodes.size === 0 && memo.steps.size === 0;
  const b: Build = {
    ctx,
    cache: cacheOf(ctx.compiled),
    errors: indexErrors(ctx.errors),
    models: [],
    provenance: isEmpty(ctx.provenance) ? undefined : ctx.provenance,
    record: first ? memo.nodes : undefined,
  };
  const ui = ctx.compiled.ui;
  const start: Frame = { dataBase: '', keyBase: '', data: ctx.evaluation.data, schema: ctx.compiled.schema };
  const view: FormView = isCategorization(ui) ? { steps: buildSteps(b, ui, '', start) } : {};
  if (!view.steps) {
    const root = buildNode(b, ui, '', start);
    if (root) view.root = root;
  }
  adoptOrphanErrors(ctx, b.models);
  if (!memo) return view;
  if (!first) return internView(view, memo, ctx.fresh);
  for (const step of view.steps ?? []) memo.steps.set(step.uiPath, step);
  indexFields(view, b.models);
  return view;
}

/**
 * The field an error belongs to: its own; else the nearest field above it (an address widget owns the errors of
 * its commune); else the first field below it. The last case is an absent required object whose properties are
 * separate controls (`/applicant` is required, the form shows `/applicant/fullName`): the citizen fixes it by
 * filling in that first field, so that is where the message goes and where the error summary links.
 */
export function ownerOf<T extends { pointer: string }>(pointer: string, models: readonly T[]): T | undefined {
  return (
    models.find((m) => m.pointer === pointer) ??
    [...models].filter((m) => m.pointer !== '' && isUnder(pointer, m.pointer)).sort((a, b) => b.pointer.length - a.pointer.length)[0] ??
    models.find((m) => pointer === '' || isUnder(m.pointer, pointer))
  );
}

/** True when a field sits at `pointer` or above it (a root field does not count): the error has an owner. */
function isClaimed(pointer: string, fields: ReadonlySet<string>): boolean {
  if (fields.has(pointer)) return true;
  for (let end = pointer.indexOf('/', 1); end !== -1; end = pointer.indexOf('/', end + 1)) {
    if (fields.has(pointer.slice(0, end))) return true;
  }
  return false;
}

/** Gives errors that no field claimed (no field at or above their pointer) to the first field below them. */
function adoptOrphanErrors(ctx: ViewContext, models: readonly FieldModel[]): void {
  if (ctx.errors.length === 0) return;
  const fields = new Set(models.map((m) => m.pointer).filter((p) => p !== ''));
  for (const error of ctx.errors) {
    if (isClaimed(error.pointer, fields) || models.some((m) => m.pointer === error.pointer)) continue;
    const owner = ownerOf(error.pointer, models);
    if (owner && ctx.showErrors(owner.pointer) && !owner.errors.includes(error)) owner.errors = [...owner.errors, error];
  }
}

/**
 * The visible categories of a categorization, nested categorizations flattened in order. A category that asks
 * questions but whose every question a rule hides now is left out, as if hidden itself: the citizen would get a
 * step with a heading and nothing to answer, counted in "Bước 2/4" and in the review. (A category without any
 * control, only text, is shown: its author made it a page to read.)
 */
function buildSteps(b: Build, cat: Categorization, uiPath: string, frame: Frame): StepView[] {
  const { ctx } = b;
  if (!elementState(ctx, uiPath, frame).visible) return [];
  const paths = childPaths(b, uiPath);
  return cat.elements.flatMap((el, i) => {
    const path = childPath(paths, uiPath, i);
    if (isCategorization(el)) return buildSteps(b, el, path, frame);
    if (!elementState(ctx, path, frame).visible) return [];
    const category = el;
    const fields = b.models.length;
    const children = buildChildren(b, category.elements, path, frame);
    if (b.models.length === fields && hasControl(category)) return [];
    return [{ uiPath: path, title: layoutText(ctx.compiled, ctx.locale, category, category.label), children }];
  });
}

/** A node made outside `buildNode`, recorded as `buildNode` records its nodes. */
function recorded<T extends ViewNode>(b: Build, node: T): T {
  b.record?.set(node.uiPath, node);
  return node;
}

/** Whether a UI schema element is or contains a control. */
const hasControl = (el: UISchemaElement): boolean => isControl(el) || (isLayout(el) && el.elements.some(hasControl));

function buildChildren(b: Build, elements: readonly UISchemaElement[], uiPath: string, frame: Frame): ViewNode[] {
  const nodes: ViewNode[] = [];
  const paths = childPaths(b, uiPath);
  for (let i = 0; i < elements.length; i++) {
    const node = buildNode(b, elements[i], childPath(paths, uiPath, i), frame);
    if (node) nodes.push(node);
  }
  return nodes;
}

function elementState(ctx: ViewContext, uiPath: string, frame: Frame): ElementState {
  return ctx.evaluation.elements[uiPath] ?? frame.inherited ?? DEFAULT_STATE;
}

/** The kinds of layout this module knows, by UI schema type. */
const LAYOUT_KINDS: Record<string, LayoutView['kind']> = {
  VerticalLayout: 'vertical',
  HorizontalLayout: 'horizontal',
  Group: 'group',
  Category: 'group',
  Categorization: 'vertical',
};

function buildNode(b: Build, el: UISchemaElement, uiPath: string, frame: Frame): ViewNode | undefined {
  const node = makeNode(b, el, uiPath, frame);
  if (node && b.record) b.record.set(uiPath, node);
  return node;
}

function makeNode(b: Build, el: UISchemaElement, uiPath: string, frame: Frame): ViewNode | undefined {
  const { ctx } = b;
  const state = elementState(ctx, uiPath, frame);
  if (!state.visible) return undefined;
  // Inside a generated control, an element's own state is what its children inherit.
  const inner: Frame = frame.inherited && frame.inherited !== state ? { ...frame, inherited: state } : frame;
  if (isControl(el)) return buildControl(b, el, uiPath, inner, state);
  if (isLabel(el)) return { kind: 'label', uiPath, text: layoutText(ctx.compiled, ctx.locale, el, el.text) };
  if (isLayout(el)) {
    const kind = LAYOUT_KINDS[el.type] ?? 'vertical';
    const label = 'label' in el && typeof el.label === 'string' ? layoutText(ctx.compiled, ctx.locale, el, el.label) : undefined;
    const children = isCategorization(el)
      ? buildSteps(b, el, uiPath, inner).map((s): LayoutView => recorded(b, { kind: 'group', uiPath: s.uiPath, label: s.title, children: s.children }))
      : buildChildren(b, el.elements, uiPath, inner);
    return { kind, uiPath, label: kind === 'group' ? label : undefined, children };
  }
  issueWarning('unknown-element', `UI schema element type "${(el as { type: string }).type}" at ${uiPath || '/'} is not known; it is skipped.`);
  return undefined;
}

/**
 * Whether a widget renders child controls through `renderChild`: explicit (`container`), or declared by its class,
 * as a Lit reactive property or as an accessor of a plain element (the built-in `<tk-fieldset>`, which a portal's
 * row may name by its tag alone).
 */
export function isContainer(row: WidgetRow): boolean {
  if (row.container !== undefined) return row.container;
  const cls = (row.element ?? globalThis.customElements?.get(row.tagName)) as { elementProperties?: Map<PropertyKey, unknown>; prototype?: object } | undefined;
  if (!cls) return false;
  return cls.elementProperties?.has('renderChild') === true || (cls.prototype !== undefined && 'renderChild' in cls.prototype);
}

/** The widget row for a control (the ranked testers' choice), or `undefined` when none fits. */
function pick(b: Build, control: ControlElement, schema: JsonSchema): Pick<ControlPlan, 'row' | 'containerRow'> {
  const match = findBestTester(b.cache.rows, control, schema, { rootSchema: b.ctx.compiled.schema });
  if (!match || match.rank === NOT_APPLICABLE) return { row: undefined, containerRow: false };
  if ('container' in match.row && typeof match.row.container === 'object') return { row: match.row.container, containerRow: true };
  return { row: match.row, containerRow: false };
}

/**
 * `pick`, answered from an earlier control of the form with the same type, options and resolved schema while the
 * registry holds only the built-in rows, whose testers read nothing else (no scope names; `$ref`s inside resolve
 * against the same root). Objects and arrays (large schemas, few of them) are always asked.
 */
function pickShared(b: Build, control: ControlElement, base: JsonSchema, resolved: JsonSchema): Pick<ControlPlan, 'row' | 'containerRow'> {
  const picks = b.cache.picks;
  if (!picks || typeof resolved !== 'object' || resolved === null || resolved.properties || resolved.items) return pick(b, control, base);
  const key = shapeKey(control, resolved);
  let choice = picks.get(key);
  if (!choice) picks.set(key, (choice = pick(b, control, base)));
  return choice;
}

/**
 * What the built-in testers can read of a control, as text: its type, options and schema without the keywords
 * that only annotate (testers choose by type, format, choices and shape, never by these). Two JSON texts in a
 * row read back one way, so the key is unambiguous; the schema is written by one native `JSON.stringify` of a
 * shallow copy, not one call and one string per keyword (a first render makes a key for every field).
 */
function shapeKey(control: ControlElement, schema: JsonSchemaObject): string {
  const { title: _title, description: _description, $comment: _comment, examples: _examples, ...shape } = schema;
  return control.type + JSON.stringify(control.options ?? null) + JSON.stringify(shape);
}

/** A control's plan for a base schema: computed the first time, then read (never per keystroke). */
function planOf(b: Build, control: ControlElement, base: JsonSchema): ControlPlan {
  const first = b.cache.plans.get(control);
  if (first === undefined) {
    const plan = makePlan(b, control, base);
    b.cache.plans.set(control, plan);
    return plan;
  }
  if (first.base === base) return first;
  let plan = first.others?.get(base);
  if (!plan) (first.others ??= new Map()).set(base, (plan = makePlan(b, control, base)));
  return plan;
}

/** A scope of plain property names only (`#/properties/a/properties/b`): nothing in it to decode or escape. */
const PLAIN_SCOPE = /^#(?:\/properties\/[\w$-]+)*$/;

function makePlan(b: Build, control: ControlElement, base: JsonSchema): ControlPlan {
  const { scope } = control;
  // The usual scope, of plain names: split at its `/properties/` steps, its pieces are its keys (after the leading
  // empty one) and their join its pointer. Native string operations, where parsing a scope makes a string per
  // token (`properties` included) and joins them one by one. A property named `properties` is no problem: the
  // matches never overlap, and each is a step with its two slashes.
  const plain = PLAIN_SCOPE.test(scope);
  const keys = plain ? scope.slice(1).split('/properties/') : scopeKeys(scope);
  const relative = plain ? keys.join('/') : toPointer(keys);
  if (plain) keys.shift();
  // A scope `<parent>/properties/<name>` (a last segment without "/"): the parent's schema, remembered for the
  // siblings, says whether the property is required and usually holds its schema (as `plainProperty` finds it,
  // without remembering each control's own scope: a plan reads it once).
  const cut = scope.lastIndexOf('/properties/');
  const name = cut === -1 ? '' : scope.slice(cut + '/properties/'.length);
  const parent = name !== '' && !name.includes('/') ? resolveScope(b, scope.slice(0, cut) || '#', base) : undefined;
  const own = typeof base === 'object' && base !== null && PROPERTY_SCOPE.test(scope) ? ownProperty(parent, name) : undefined;
  // Else core's `resolveScope`, which follows `properties` (into `allOf` members too: a property only a member
  // declares, as in core's generated item layouts) and `$ref`s.
  const resolved = withItemsResolved(b, own ?? asSchemaObject(resolveScope(b, scope, base)));
  // The label and hint written beside the property's `$ref` are that field's, not the shared schema's.
  const schema = own ? resolved : withDeclaredTexts(b, resolved, declaredProperty(b, parent, keys[keys.length - 1]));
  const plan: ControlPlan = { base, relative, keys, schema, requiredInParent: false, row: undefined, containerRow: false };
  if (schema === undefined) return plan;
  // The property's own name (`a/b`), as `required` lists it: the last key, not `relative`'s escaped token (`a~1b`).
  plan.requiredInParent = isRequiredIn(parent as JsonSchemaObject | undefined, keys[keys.length - 1]);
  // Testers resolve the scope with core, as above (`schema` is the resolved one, or a copy with its items resolved).
  const choice = pickShared(b, control, base, schema);
  plan.row = choice.row;
  plan.containerRow = choice.containerRow;
  return plan;
}

function fieldState(ctx: ViewContext, pointer: string, schemaRequired: boolean, element: ElementState): FieldState {
  return (
    ctx.evaluation.fields[pointer] ?? {
      visible: element.visible,
      enabled: element.enabled,
      required: schemaRequired && element.visible,
      computed: Object.hasOwn(ctx.evaluation.computed, pointer),
    }
  );
}

const asSchemaObject = (s: JsonSchema | undefined): JsonSchemaObject | undefined => (s && typeof s === 'object' ? s : undefined);

/**
 * An array schema whose `items` is a `$ref` (`{"$ref": "#/definitions/member"}`), as a copy with the item schema
 * resolved: the widget (a repeater adding an empty item) and the item controls need the item's own schema, and
 * a widget cannot resolve references. Made once per plan, so the model's schema keeps its identity.
 */
function withItemsResolved(b: Build, schema: JsonSchemaObject | undefined): JsonSchemaObject | undefined {
  const items = schema?.items;
  if (!schema || !items || typeof items !== 'object' || Array.isArray(items) || items.$ref === undefined) return schema;
  const resolved = asSchemaObject(resolveScope(b, '#', items));
  return resolved ? Object.freeze({ ...schema, items: resolved }) : schema;
}

/**
 * A property as its parent declares it (its `$ref` not followed): in the parent's `properties`, else in an `allOf`
 * member's (where core's `resolveScope` finds it too). `undefined` when it is declared nowhere plain.
 */
function declaredProperty(b: Build, parent: JsonSchema | undefined, name: string | undefined): JsonSchemaObject | undefined {
  const queue = [asSchemaObject(parent)];
  for (let i = 0; i < queue.length && i < 64; i++) {
    const s = queue[i];
    if (!s || name === undefined) continue;
    const properties = s.properties;
    if (properties && !Array.isArray(properties) && Object.hasOwn(properties, name)) return asSchemaObject(properties[name]);
    if (Array.isArray(s.allOf)) for (const member of s.allOf) queue.push(asSchemaObject(resolveScope(b, '#', member)));
  }
  return undefined;
}

/**
 * The resolved schema of a property declared with a `$ref`, with the `title` and `description` written beside
 * the `$ref` (`{"$ref": "#/$defs/nationality", "title": "Quốc tịch của người mẹ"}`): as a copy when they differ
 * from the target's, so the label and hint (field-text.ts reads them from the schema) are that field's while the
 * other uses of the `$def` keep its own. Made once per plan, as `withItemsResolved`: the model's schema keeps its
 * identity from one build to the next.
 */
function withDeclaredTexts(b: Build, schema: JsonSchemaObject | undefined, declared: JsonSchemaObject | undefined): JsonSchemaObject | undefined {
  if (!schema || declared?.$ref === undefined) return schema;
  const root = b.ctx.compiled.schema;
  const title = annotationOf(declared, root, 'title');
  const description = annotationOf(declared, root, 'description');
  const newTitle = title !== undefined && title !== schema.title;
  const newDescription = description !== undefined && description !== schema.description;
  if (!newTitle && !newDescription) return schema;
  const copy: JsonSchemaObject = { ...schema };
  if (newTitle) copy.title = title;
  if (newDescription) copy.description = description;
  return Object.freeze(copy);
}

/** Whether the schema holding a property lists it as required. */
function isRequiredIn(parent: JsonSchemaObject | undefined, property: string | undefined): boolean {
  return property !== undefined && Array.isArray(parent?.required) && parent.required.includes(property);
}

/** A control's i18n key path: its frame's, then the property names its scope adds (`children` + `name`). */
function keyPathOf(base: string, keys: readonly string[]): string {
  if (keys.length === 0) return base;
  const own = keys.length === 1 ? keys[0] : keys.join('.');
  return base === '' ? own : `${base}.${own}`;
}

function buildControl(b: Build, control: ControlElement, uiPath: string, frame: Frame, element: ElementState): ViewNode | undefined {
  const { ctx } = b;
  const plan = planOf(b, control, frame.schema);
  const pointer = frame.dataBase + plan.relative;
  const schema = plan.schema;
  if (schema === undefined) {
    issueWarning('scope-not-found', `Control scope "${control.scope}" at UI ${uiPath || '/'} resolves to no schema; it is skipped.`);
    return undefined;
  }
  const state = fieldState(ctx, pointer, plan.requiredInParent, element);
  if (!state.visible) return undefined;
  const widget = plan.row;
  const container = widget !== undefined && (plan.containerRow || isContainer(widget));
  // A widget shows the errors of its parts (an address's commune); a group or a repeater only its own, because
  // its parts are controls of their own.
  const model = fieldModel(b, plan, control, pointer, frame.keyBase, schema, valueAlong(frame.data, plan.keys), state, element, container);
  b.models.push(model);
  if (widget) {
    const view: ControlView = { kind: 'control', uiPath, model, widget };
    if (container && schema.type === 'array') view.items = buildItems(b, control, uiPath, model, keyPathOf(frame.keyBase, plan.keys), schema);
    else if (container) view.children = buildProperties(b, uiPath, model, keyPathOf(frame.keyBase, plan.keys), schema);
    return view;
  }
  issueWarning(
    'unsupported-control',
    `No widget fits the control "${control.scope}" (${pointer}); a visible "unsupported field" notice is shown. Register a widget row in registry.ts or change the control's options.`,
  );
  return { kind: 'unsupported', uiPath, model };
}

/**
 * The controls of an object's properties (an object control shown by `<tk-fieldset>`): core's generated layout
 * (`generateDetailUi`: one control per declared property, `allOf` members included), placed under the object.
 */
function buildProperties(b: Build, uiPath: string, model: FieldModel, keyPath: string, schema: JsonSchemaObject): ViewNode[] {
  const inherited = { visible: true, enabled: model.enabled && !model.readonly };
  const layout = generateDetailUi(schema, b.ctx.compiled.schema);
  const node = buildNode(b, layout, `${uiPath}/properties`, { dataBase: model.pointer, keyBase: keyPath, data: model.value, schema, inherited });
  return node ? [node] : [];
}

/**
 * The controls of each array item: the control's `options.detail`, else core's generated item layout
 * (`generateDetailUi`), which the evaluation's element paths (`/elements/2/detail/0/…`) are defined over.
 */
function buildItems(b: Build, control: ControlElement, uiPath: string, model: FieldModel, keyPath: string, schema: JsonSchemaObject): ViewNode[] {
  const itemSchema = schema.items && typeof schema.items === 'object' && !Array.isArray(schema.items) ? schema.items : undefined;
  const values = Array.isArray(model.value) ? model.value : [];
  const option = control.options?.detail;
  const detail = option && typeof option === 'object' ? option : generateDetailUi(itemSchema, b.ctx.compiled.schema);
  const inherited = { visible: true, enabled: model.enabled && !model.readonly };
  // One node per item, even when the detail is hidden, so `renderChild({index})` lines up with the data.
  return values.map((value, index): ViewNode => {
    const itemPath = `${uiPath}/detail/${index}`;
    const frame: Frame = { dataBase: joinPointer(model.pointer, index), keyBase: keyPath, data: value, schema: itemSchema ?? NO_ITEM_SCHEMA, inherited };
    return buildNode(b, detail, itemPath, frame) ?? recorded(b, { kind: 'vertical', uiPath: itemPath, children: [] });
  });
}

/** JSON equality for provenance comparison (small values: names, dates, codes, addresses). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * No errors: one frozen list shared by every field that shows none (most fields, every field of a first render),
 * rather than an empty array each. Models are compared by their errors' content (`sameErrors`), never by the
 * list's identity, and a field's errors are replaced, never changed in place (`adoptOrphanErrors`).
 */
const NO_ERRORS = Object.freeze([]) as unknown as LocatedError[];

/** The errors a control shows: at its pointer, or under it for a composite widget (an address, a date triple). */
function errorsAt(b: Build, pointer: string, exact: boolean): LocatedError[] {
  const found = exact || pointer === '' ? b.errors.at.get(pointer) : b.errors.under.get(pointer);
  if (!found || !b.ctx.showErrors(pointer)) return NO_ERRORS;
  return found.slice();
}

/**
 * A control's id and texts at `pointer` in the build's locale: resolved once per plan, pointer and locale, then
 * read (a control outside arrays, in one locale, keeps only `lastTexts`: no map is made for it).
 */
function textsOf(b: Build, plan: ControlPlan, control: ControlElement, pointer: string, keyBase: string, schema: JsonSchemaObject): ControlTexts {
  const { locale } = b.ctx;
  const last = plan.lastTexts;
  if (last !== undefined && plan.lastLocale === locale && plan.lastPointer === pointer) return last;
  let texts: ControlTexts | undefined;
  if (last === undefined) texts = makeTexts(b, control, pointer, keyPathOf(keyBase, plan.keys), schema);
  else {
    const key = `${locale} ${pointer}`;
    texts = plan.texts?.get(key);
    if (!texts) {
      texts = makeTexts(b, control, pointer, keyPathOf(keyBase, plan.keys), schema);
      (plan.texts ??= new Map([[`${plan.lastLocale} ${plan.lastPointer}`, last]])).set(key, texts);
    }
  }
  plan.lastTexts = texts;
  plan.lastLocale = locale;
  plan.lastPointer = pointer;
  return texts;
}

/** The options of a control that has none: one frozen object shared by those controls, rather than one each. */
const NO_OPTIONS: FieldModel['options'] = Object.freeze({});

function makeTexts(b: Build, control: ControlElement, pointer: string, keyPath: string, schema: JsonSchemaObject): ControlTexts {
  const { compiled, locale } = b.ctx;
  const options = control.options ?? NO_OPTIONS;
  let label = controlLabel(compiled, locale, control, keyPath, schema);
  if (label === undefined) {
    label = humanize(pointer);
    issueWarning('missing-label', `The control at ${pointer} has no label (no i18n key, control label or schema title); "${label}" is shown.`);
  }
  // Every member set at once: one object of one shape for every control (no member added afterwards).
  return {
    id: pointerToId(pointer),
    label,
    showLabel: control.label !== false,
    options,
    hint: controlHint(compiled, locale, control, keyPath, schema) || undefined,
    placeholder: typeof options.placeholder === 'string' ? compiled.text(options.placeholder, locale) : undefined,
    choices: choicesOf(compiled, locale, control, keyPath, schema),
  };
}

function fieldModel(
  b: Build,
  plan: ControlPlan,
  control: ControlElement,
  pointer: string,
  /** The frame's i18n key path (`Frame.keyBase`); the control's own is made from it only when its texts are. */
  keyBase: string,
  schema: JsonSchemaObject,
  value: unknown,
  state: FieldState,
  element: ElementState,
  exactErrors: boolean,
): FieldModel {
  const { ctx } = b;
  const texts = textsOf(b, plan, control, pointer, keyBase, schema);
  const provenance = b.provenance?.[pointer];
  const locked = provenance?.mode === 'locked';
  const readonlyByDefinition = state.computed || texts.options.readonly === true || schema.readOnly === true;
  // Core reports computed and read-only fields as not enabled; they stay focusable and readable as read-only.
  const enabled = !ctx.disabled && ((element.enabled && state.enabled) || readonlyByDefinition);
  const model: FieldModel = {
    pointer,
    id: texts.id,
    schema,
    options: texts.options,
    label: texts.label,
    showLabel: texts.showLabel,
    value,
    required: state.required,
    enabled,
    readonly: ctx.readonly || readonlyByDefinition || locked,
    errors: errorsAt(b, pointer, exactErrors),
    locale: ctx.locale,
  };
  if (texts.hint !== undefined) model.hint = texts.hint;
  if (texts.placeholder !== undefined) model.placeholder = texts.placeholder;
  if (texts.choices) model.choices = texts.choices;
  if (provenance) {
    model.prefill = {
      source: provenance.source,
      sourceLabel: ctx.sourceLabel(provenance.source),
      mode: provenance.mode,
      modified: provenance.modified === true || !sameJson(value, provenance.value),
    };
  }
  return model;
}

// ---------------------------------------------------------------------------------------------------------------
// Keeping what did not change
// ---------------------------------------------------------------------------------------------------------------

const sameErrors = (a: readonly LocatedError[], b: readonly LocatedError[]): boolean =>
  a.length === b.length &&
  a.every(
    (e, i) =>
      e === b[i] ||
      (e.pointer === b[i].pointer &&
        e.keyword === b[i].keyword &&
        e.messageKey === b[i].messageKey &&
        e.message === b[i].message &&
        e.schemaPath === b[i].schemaPath &&
        sameJson(e.params, b[i].params)),
  );

const samePrefill = (a: FieldPrefill | undefined, b: FieldPrefill | undefined): boolean =>
  a === b ||
  (a !== undefined && b !== undefined && a.source === b.source && a.sourceLabel === b.sourceLabel && a.mode === b.mode && a.modified === b.modified);

/** How two models' members compare; any member not listed (ids, texts, flags, the schema, options) by identity. */
const MODEL_EQUALITY: Partial<Record<keyof FieldModel, (a: never, b: never) => boolean>> = {
  value: sameJson,
  errors: sameErrors,
  prefill: samePrefill,
};

/** Whether two models would render the same: the same members, equal by `MODEL_EQUALITY`. */
export function sameModel(a: FieldModel, b: FieldModel): boolean {
  if (a === b) return true;
  let count = 0;
  for (const key in a) {
    count++;
    if (!Object.hasOwn(b, key)) return false;
    const k = key as keyof FieldModel;
    const equal = (MODEL_EQUALITY[k] ?? Object.is) as (x: unknown, y: unknown) => boolean;
    if (!equal(a[k], b[k])) return false;
  }
  for (const _ in b) count--;
  return count === 0;
}

/** Same elements in the same order (both absent counts as the same). */
const sameList = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

interface Intern {
  previous: ViewMemo;
  next: ViewMemo;
  fresh: ReadonlySet<string> | undefined;
  /** The models of the result, in document order. */
  models: FieldModel[];
}

/** Replaces every node, step and model equal to the previous build's with that one, bottom-up; updates the memo. */
function internView(view: FormView, memo: ViewMemo, fresh: ReadonlySet<string> | undefined): FormView {
  const s: Intern = { previous: { nodes: memo.nodes, steps: memo.steps }, next: createViewMemo(), fresh, models: [] };
  const result: FormView = {};
  if (view.root) result.root = internNode(view.root, s);
  if (view.steps) result.steps = view.steps.map((step) => internStep(step, s));
  memo.nodes = s.next.nodes;
  memo.steps = s.next.steps;
  indexFields(result, s.models);
  return result;
}

function internStep(step: StepView, s: Intern): StepView {
  step.children = internList(step.children, s);
  const previous = s.previous.steps.get(step.uiPath);
  const result = previous && previous.title === step.title && sameList(previous.children, step.children) ? previous : step;
  s.next.steps.set(step.uiPath, result);
  return result;
}

/** The list with every node interned, in place: the lists are fresh from this build, never the previous build's. */
function internList(nodes: ViewNode[], s: Intern): ViewNode[] {
  for (let i = 0; i < nodes.length; i++) nodes[i] = internNode(nodes[i], s);
  return nodes;
}

function internModel(model: FieldModel, previous: FieldModel | undefined, s: Intern): FieldModel {
  if (!previous || s.fresh?.has(model.pointer)) return model;
  return sameModel(previous, model) ? previous : model;
}

/**
 * The node itself (fresh from this build, so it may be updated in place) or the previous build's equal node.
 * Nodes are matched by UI path (unique in one view) and must be of the same kind.
 */
function internNode(node: ViewNode, s: Intern): ViewNode {
  const key = node.uiPath;
  const previous = s.previous.nodes.get(key);
  let result: ViewNode = node;
  switch (node.kind) {
    case 'control': {
      const before = previous?.kind === 'control' ? previous : undefined;
      node.model = internModel(node.model, before?.model, s);
      s.models.push(node.model);
      if (node.children) node.children = internList(node.children, s);
      if (node.items) node.items = internList(node.items, s);
      if (before && before.model === node.model && before.widget === node.widget && sameList(before.children, node.children) && sameList(before.items, node.items)) {
        result = before;
      }
      break;
    }
    case 'unsupported': {
      const before = previous?.kind === 'unsupported' ? previous : undefined;
      node.model = internModel(node.model, before?.model, s);
      s.models.push(node.model);
      if (before && before.model === node.model) result = before;
      break;
    }
    case 'label':
      if (previous?.kind === 'label' && previous.text === node.text) result = previous;
      break;
    default: {
      node.children = internList(node.children, s);
      const before = previous?.kind === node.kind ? previous : undefined;
      if (before && before.label === node.label && sameList(before.children, node.children)) result = before;
    }
  }
  s.next.nodes.set(key, result);
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a view
// ---------------------------------------------------------------------------------------------------------------

/** Every control model in a subtree, in document order (array items and object groups included). */
export function modelsIn(nodes: readonly ViewNode[]): FieldModel[] {
  const out: FieldModel[] = [];
  visitNodes(nodes, (node) => {
    if (node.kind === 'control' || node.kind === 'unsupported') out.push(node.model);
  });
  return out;
}

/** Calls `visit` on every node of `nodes` and their subtrees, each before its children, in document order. */
function visitNodes(nodes: readonly ViewNode[], visit: (node: ViewNode) => void): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    visit(node);
    if (node.kind === 'control') {
      if (node.children) visitNodes(node.children, visit);
      if (node.items) visitNodes(node.items, visit);
    } else if (node.kind !== 'unsupported' && node.kind !== 'label') visitNodes(node.children, visit);
  }
}

/** The nodes of the form as one list (every step's children for a wizard). */
export function allNodes(view: FormView): ViewNode[] {
  return view.steps ? view.steps.flatMap((s) => s.children) : view.root ? [view.root] : [];
}

interface FieldIndex {
  fields: readonly FieldModel[];
  /** The first field at each pointer: made by the first `fieldAt` on the view (a render asks none). */
  byPointer?: Map<string, FieldModel>;
}

const fieldIndexes = new WeakMap<FormView, FieldIndex>();

/** Remembers the fields of a view (in document order). */
function indexFields(view: FormView, fields: readonly FieldModel[]): FieldIndex {
  const index: FieldIndex = { fields };
  fieldIndexes.set(view, index);
  return index;
}

function fieldIndex(view: FormView): FieldIndex {
  return fieldIndexes.get(view) ?? indexFields(view, modelsIn(allNodes(view)));
}

/** Every field of a view in document order (`modelsIn(allNodes(view))`, computed once per view). Do not change it. */
export function fieldsOf(view: FormView): readonly FieldModel[] {
  return fieldIndex(view).fields;
}

/** The first field of a view at `pointer`. */
export function fieldAt(view: FormView, pointer: string): FieldModel | undefined {
  const index = fieldIndex(view);
  if (!index.byPointer) {
    index.byPointer = new Map();
    for (const m of index.fields) if (!index.byPointer.has(m.pointer)) index.byPointer.set(m.pointer, m);
  }
  return index.byPointer.get(pointer);
}

/** The errors whose owner (`ownerOf` among `all` fields) is one of `models` (a step's fields). */
export function errorsOf(errors: readonly LocatedError[], models: readonly FieldModel[], all: readonly FieldModel[] = models): LocatedError[] {
  const mine = new Set(models.map((m) => m.pointer));
  return errors.filter((e) => {
    const owner = ownerOf(e.pointer, all);
    return owner !== undefined && mine.has(owner.pointer);
  });
}
