// SPDX-License-Identifier: MIT
/**
 * The view model of a form: the UI schema walked once per render into a tree of visible nodes, each control with
 * its `FieldModel`. It is pure (no DOM, no Lit): everything the templates, the wizard's per-step validation, the
 * review step and the error summary need comes from this one walk, so they cannot disagree about which fields
 * are visible, what they are called or which errors they show.
 *
 * It never decides a rule: visibility, enablement, requirement and computed values are read from core's
 * `Evaluation`, and errors from core's `validate`.
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
import type { FieldModel } from '../internal/field-model.js';
import { getAt, isUnder, joinPointer, pointerToId, scopeToPointer } from '../internal/pointer.js';
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

/** Where a node sits: its UI path, the data pointer its scopes are relative to, and that schema. */
interface Position {
  uiPath: string;
  dataBase: string;
  schema: JsonSchema;
  /** State inherited from an enclosing generated control (object groups, array items). */
  inherited?: { visible: boolean; enabled: boolean };
}

const DEFAULT_STATE: ElementState = { visible: true, enabled: true };

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

/** Builds the view of the whole form. */
export function buildView(ctx: ViewContext): FormView {
  const ui = ctx.compiled.ui;
  const start: Position = { uiPath: '', dataBase: '', schema: ctx.compiled.schema };
  const view: FormView = isCategorization(ui) ? { steps: buildSteps(ctx, ui, start) } : {};
  if (!view.steps) {
    const root = buildNode(ctx, ui, start);
    if (root) view.root = root;
  }
  adoptOrphanErrors(ctx, modelsIn(allNodes(view)));
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

/** Gives errors that no field claimed (no field at or above their pointer) to the first field below them. */
function adoptOrphanErrors(ctx: ViewContext, models: readonly FieldModel[]): void {
  for (const error of ctx.errors) {
    if (models.some((m) => m.pointer === error.pointer || (m.pointer !== '' && isUnder(error.pointer, m.pointer)))) continue;
    const owner = ownerOf(error.pointer, models);
    if (owner && ctx.showErrors(owner.pointer) && !owner.errors.includes(error)) owner.errors = [...owner.errors, error];
  }
}

/** The visible categories of a categorization, nested categorizations flattened in order. */
function buildSteps(ctx: ViewContext, cat: Categorization, pos: Position): StepView[] {
  if (!elementState(ctx, pos).visible) return [];
  return cat.elements.flatMap((el, i) => {
    const child: Position = { ...pos, uiPath: `${pos.uiPath}/elements/${i}` };
    if (isCategorization(el)) return buildSteps(ctx, el, child);
    if (!elementState(ctx, child).visible) return [];
    const category = el;
    return [
      {
        uiPath: child.uiPath,
        title: layoutText(ctx.compiled, ctx.locale, category, category.label),
        children: buildChildren(ctx, category.elements, child),
      },
    ];
  });
}

function buildChildren(ctx: ViewContext, elements: readonly UISchemaElement[], pos: Position): ViewNode[] {
  return elements.flatMap((el, i) => {
    const node = buildNode(ctx, el, { ...pos, uiPath: `${pos.uiPath}/elements/${i}` });
    return node ? [node] : [];
  });
}

function elementState(ctx: ViewContext, pos: Position): ElementState {
  const own = ctx.evaluation.elements[pos.uiPath] ?? pos.inherited ?? DEFAULT_STATE;
  return own;
}

/** The kinds of layout this module knows, by UI schema type. */
const LAYOUT_KINDS: Record<string, LayoutView['kind']> = {
  VerticalLayout: 'vertical',
  HorizontalLayout: 'horizontal',
  Group: 'group',
  Category: 'group',
  Categorization: 'vertical',
};

function buildNode(ctx: ViewContext, el: UISchemaElement, pos: Position): ViewNode | undefined {
  const state = elementState(ctx, pos);
  if (!state.visible) return undefined;
  const inner: Position = { ...pos, inherited: pos.inherited && { ...state } };
  if (isControl(el)) return buildControl(ctx, el, inner, state);
  if (isLabel(el)) return { kind: 'label', uiPath: pos.uiPath, text: layoutText(ctx.compiled, ctx.locale, el, el.text) };
  if (isLayout(el)) {
    const kind = LAYOUT_KINDS[el.type] ?? 'vertical';
    const label = 'label' in el && typeof el.label === 'string' ? layoutText(ctx.compiled, ctx.locale, el, el.label) : undefined;
    const children = isCategorization(el)
      ? buildSteps(ctx, el, inner).map((s): LayoutView => ({ kind: 'group', uiPath: s.uiPath, label: s.title, children: s.children }))
      : buildChildren(ctx, el.elements, inner);
    return { kind, uiPath: pos.uiPath, label: kind === 'group' ? label : undefined, children };
  }
  issueWarning('unknown-element', `UI schema element type "${(el as { type: string }).type}" at ${pos.uiPath || '/'} is not known; it is skipped.`);
  return undefined;
}

/** Whether a widget renders child controls through `renderChild` (explicit, or declared as a Lit property). */
export function isContainer(row: WidgetRow): boolean {
  if (row.container !== undefined) return row.container;
  const cls = (row.element ?? globalThis.customElements?.get(row.tagName)) as { elementProperties?: Map<PropertyKey, unknown> } | undefined;
  return cls?.elementProperties?.has('renderChild') === true;
}

/** The widget for a control (and whether it contains child controls), or `undefined` when none fits. */
function pick(ctx: ViewContext, control: ControlElement, schema: JsonSchema): { widget: WidgetRow; container: boolean } | undefined {
  const rows: Array<WidgetRow | ContainerRow> = [...registry, ...CONTAINER_ROWS];
  const match = findBestTester(rows, control, schema, { rootSchema: ctx.compiled.schema });
  if (!match || match.rank === NOT_APPLICABLE) return undefined;
  if ('container' in match.row && typeof match.row.container === 'object') return { widget: match.row.container, container: true };
  const widget = match.row;
  return { widget, container: isContainer(widget) };
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
 * The schema a control's scope points at. Core's `resolveScope` follows `properties`; a property declared by an
 * `allOf` member (which core's generated item layouts include) is looked up in the members too.
 */
function resolveControlSchema(compiled: CompiledForm, scope: string, base: JsonSchema): JsonSchemaObject | undefined {
  const direct = asSchemaObject(compiled.resolveScope(scope, base));
  if (direct) return direct;
  let current = asSchemaObject(compiled.resolveScope('#', base));
  const segments = scope.replace(/^#\/?/, '').split('/').filter(Boolean);
  for (let i = 0; current && i < segments.length; i += 2) {
    if (segments[i] !== 'properties') return undefined;
    const key = decodeURIComponent(segments[i + 1] ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
    const holders = [current, ...((current.allOf ?? [])).map((m) => asSchemaObject(compiled.resolveScope('#', m)))];
    const found = holders.find((h) => h?.properties && Object.hasOwn(h.properties, key))?.properties?.[key];
    current = found === undefined ? undefined : asSchemaObject(compiled.resolveScope('#', found));
  }
  return current;
}

/** Whether the schema holding a property lists it as required. */
function isRequiredIn(parent: JsonSchemaObject | undefined, property: string | undefined): boolean {
  return property !== undefined && Array.isArray(parent?.required) && parent.required.includes(property);
}

function buildControl(ctx: ViewContext, control: ControlElement, pos: Position, element: ElementState): ViewNode | undefined {
  const { compiled } = ctx;
  const relative = scopeToPointer(control.scope);
  const pointer = pos.dataBase + relative;
  const schema = resolveControlSchema(compiled, control.scope, pos.schema);
  if (schema === undefined) {
    issueWarning('scope-not-found', `Control scope "${control.scope}" at UI ${pos.uiPath || '/'} resolves to no schema; it is skipped.`);
    return undefined;
  }
  const parentScope = control.scope.replace(/\/properties\/[^/]+$/, '');
  const parent = parentScope !== control.scope ? compiled.resolveScope(parentScope || '#', pos.schema) : undefined;
  const property = relative.split('/').pop();
  const state = fieldState(ctx, pointer, isRequiredIn(parent as JsonSchemaObject | undefined, property), element);
  if (!state.visible) return undefined;
  // Testers resolve the scope with core; for a property only an `allOf` member declares, they get the resolved
  // schema itself (scope `#`).
  const direct = compiled.resolveScope(control.scope, pos.schema) !== undefined;
  const choice = direct ? pick(ctx, control, pos.schema) : pick(ctx, { ...control, scope: '#' }, schema);
  // A widget shows the errors of its parts (an address's commune); a group or a repeater only its own, because
  // its parts are controls of their own.
  const model = fieldModel(ctx, control, pointer, schema, state, element, choice?.container === true);
  if (choice) {
    const view: ControlView = { kind: 'control', uiPath: pos.uiPath, model, widget: choice.widget };
    if (choice.container && schema.type === 'array') view.items = buildItems(ctx, control, pos, model, schema);
    else if (choice.container) view.children = buildProperties(ctx, pos, model, schema);
    return view;
  }
  issueWarning(
    'unsupported-control',
    `No widget fits the control "${control.scope}" (${pointer}); a visible "unsupported field" notice is shown. Register a widget row in registry.ts or change the control's options.`,
  );
  return { kind: 'unsupported', uiPath: pos.uiPath, model };
}

/**
 * The controls of an object's properties (an object control shown by `<tk-fieldset>`): core's generated layout
 * (`generateDetailUi`: one control per declared property, `allOf` members included), placed under the object.
 */
function buildProperties(ctx: ViewContext, pos: Position, model: FieldModel, schema: JsonSchemaObject): ViewNode[] {
  const inherited = { visible: true, enabled: model.enabled && !model.readonly };
  const layout = generateDetailUi(schema, ctx.compiled.schema);
  const node = buildNode(ctx, layout, { uiPath: `${pos.uiPath}/properties`, dataBase: model.pointer, schema, inherited });
  return node ? [node] : [];
}

/**
 * The controls of each array item: the control's `options.detail`, else core's generated item layout
 * (`generateDetailUi`), which the evaluation's element paths (`/elements/2/detail/0/…`) are defined over.
 */
function buildItems(ctx: ViewContext, control: ControlElement, pos: Position, model: FieldModel, schema: JsonSchemaObject): ViewNode[] {
  const itemSchema = schema.items && typeof schema.items === 'object' && !Array.isArray(schema.items) ? schema.items : undefined;
  const values = Array.isArray(model.value) ? model.value : [];
  const option = control.options?.detail;
  const detail = option && typeof option === 'object' ? option : generateDetailUi(itemSchema, ctx.compiled.schema);
  const inherited = { visible: true, enabled: model.enabled && !model.readonly };
  // One node per item, even when the detail is hidden, so `renderChild({index})` lines up with the data.
  return values.map(
    (_, index): ViewNode =>
      buildNode(ctx, detail, { uiPath: `${pos.uiPath}/detail/${index}`, dataBase: joinPointer(model.pointer, index), schema: itemSchema ?? {}, inherited }) ?? {
        kind: 'vertical',
        uiPath: `${pos.uiPath}/detail/${index}`,
        children: [],
      },
  );
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

/** The errors a control shows: at its pointer, or under it for a composite widget (an address, a date triple). */
function errorsAt(ctx: ViewContext, pointer: string, exact: boolean): LocatedError[] {
  if (!ctx.showErrors(pointer)) return [];
  return ctx.errors.filter((e) => (exact ? e.pointer === pointer : isUnder(e.pointer, pointer) && (pointer !== '' || e.pointer === '')));
}

function fieldModel(
  ctx: ViewContext,
  control: ControlElement,
  pointer: string,
  schema: JsonSchemaObject,
  state: FieldState,
  element: ElementState,
  exactErrors: boolean,
): FieldModel {
  const { compiled, locale } = ctx;
  const options = (control.options ?? {});
  let label = controlLabel(compiled, locale, control, pointer, schema);
  if (label === undefined) {
    label = humanize(pointer);
    issueWarning('missing-label', `The control at ${pointer} has no label (no i18n key, control label or schema title); "${label}" is shown.`);
  }
  const value = getAt(ctx.evaluation.data, pointer);
  const provenance = ctx.provenance[pointer];
  const locked = provenance?.mode === 'locked';
  const readonlyByDefinition = state.computed || options.readonly === true || schema.readOnly === true;
  // Core reports computed and read-only fields as not enabled; they stay focusable and readable as read-only.
  const enabled = !ctx.disabled && ((element.enabled && state.enabled) || readonlyByDefinition);
  const model: FieldModel = {
    pointer,
    id: pointerToId(pointer),
    schema,
    options,
    label,
    showLabel: control.label !== false,
    value,
    required: state.required,
    enabled,
    readonly: ctx.readonly || readonlyByDefinition || locked,
    errors: errorsAt(ctx, pointer, exactErrors),
    locale,
  };
  const hint = controlHint(compiled, locale, control, pointer, schema);
  if (hint) model.hint = hint;
  if (typeof options.placeholder === 'string') model.placeholder = compiled.text(options.placeholder, locale);
  const choices = choicesOf(compiled, locale, control, pointer, schema);
  if (choices) model.choices = choices;
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

/** Every control model in a subtree, in document order (array items and object groups included). */
export function modelsIn(nodes: readonly ViewNode[]): FieldModel[] {
  return nodes.flatMap((node): FieldModel[] => {
    switch (node.kind) {
      case 'control':
        return [node.model, ...modelsIn(node.children ?? []), ...modelsIn(node.items ?? [])];
      case 'unsupported':
        return [node.model];
      case 'label':
        return [];
      default:
        return modelsIn(node.children);
    }
  });
}

/** The nodes of the form as one list (every step's children for a wizard). */
export function allNodes(view: FormView): ViewNode[] {
  return view.steps ? view.steps.flatMap((s) => s.children) : view.root ? [view.root] : [];
}

/** The errors whose owner (`ownerOf` among `all` fields) is one of `models` (a step's fields). */
export function errorsOf(errors: readonly LocatedError[], models: readonly FieldModel[], all: readonly FieldModel[] = models): LocatedError[] {
  const mine = new Set(models.map((m) => m.pointer));
  return errors.filter((e) => {
    const owner = ownerOf(e.pointer, all);
    return owner !== undefined && mine.has(owner.pointer);
  });
}
