// SPDX-License-Identifier: MIT
/**
 * `ViewRenderer`: draws the form's view (form/view-model.ts) as DOM nodes inside `<tk-form>`'s shadow root:
 * the layouts (`VerticalLayout`, `HorizontalLayout`, `Group`), `Label` texts, the "unsupported field" notice and a
 * widget element per control. `<tk-form>`'s Lit template places the root's node (or a wizard step's box); below
 * that, no template is involved.
 *
 * - **Kept by UI path.** Each layout element and widget element is made once for its place in the UI schema and
 *   kept while that place is shown, so the control the citizen is typing in, its focus and its caret survive
 *   every re-render. A widget element is replaced only when its place shows another widget or another data pointer.
 * - **Unchanged subtrees are skipped.** The view model returns the very same node object for a subtree that did
 *   not change (view-model.ts, `internView`): its DOM is reused as it is, without a walk. A keystroke redraws the
 *   path from the root to the edited widget.
 * - **Children placed by identity** (`placeChildren`): hidden nodes are removed, new ones inserted before the next
 *   kept one, and a kept node moves only when the order itself changed. Moving the focused control would blur it.
 *
 * Why not Lit templates here: for a form of 1000 fields they made 1500 template parts with two comment markers
 * each, and the markers' insertions and the parts' bookkeeping cost a sixth of the first render.
 */
import { render } from 'lit';
import type { FieldModel } from '../internal/field-model.js';
import { DEV_MODE, issueWarning } from '../internal/dev-mode.js';
import { renderSafeMarkdown } from '../internal/safe-markdown.js';
import type { ControlView, LabelView, LayoutView, StepView, UnsupportedView, ViewNode } from '../form/view-model.js';
import type { WidgetRow } from '../registry.js';
import type { Translation } from '../translations/vi.js';
import { element } from '../widgets/shared/dom-field-element.js';

/** A widget element as `<tk-form>` drives it. */
export type WidgetHost = HTMLElement & {
  field?: FieldModel;
  updateComplete?: Promise<unknown>;
  /** Container widgets only: renders their child controls (widgets/shared/child-renderer.ts). */
  renderChild?: (request: { pointer: string; index?: number }) => unknown;
};

/** What the renderer needs from `<tk-form>`. */
export interface ViewRendererHost {
  /** Called when a widget element is made for a row (the form loads a lazily loaded widget's class). */
  widgetCreated(row: WidgetRow): void;
  /** Whether a control shows a locked, known value, with a way to report it wrong beside it. */
  isKnownLocked(model: FieldModel): boolean;
  /** The text a locked value is shown as (its review text). */
  displayOf(model: FieldModel, t: Translation): string;
  /** Listens for `tk-correction` on the correction requests. */
  readonly onCorrection: (event: Event) => void;
}

/** The elements of the three layouts: tag, class and part. */
const LAYOUT_ELEMENTS = {
  vertical: { tag: 'div', attributes: { class: 'tk-vertical', part: 'vertical-layout' } },
  horizontal: { tag: 'div', attributes: { class: 'tk-horizontal', part: 'horizontal-layout' } },
  group: { tag: 'fieldset', attributes: { class: 'tk-group', part: 'group' } },
} as const;

/**
 * What is kept for a place: its element, the kind it was made for, and the node object and texts it was last drawn
 * from. Kept with the place, not by node object: a node object outlives its place on screen (a wizard builds every
 * step, shows one), and must not keep the elements of a place no longer shown alive.
 */
interface Kept {
  kind: ViewNode['kind'];
  element: HTMLElement;
  drawn?: { node: ViewNode; t: Translation; nodes: readonly Node[] };
}

/** Draws view nodes as DOM (see the module comment). One per `<tk-form>`. */
export class ViewRenderer {
  /** Widget elements by UI path. */
  private readonly hosts = new Map<string, WidgetHost>();
  /** Layout, label and notice elements by UI path (see `Kept`). */
  private readonly elements = new Map<string, Kept>();
  /** The correction request beside a locked known value, by UI path. */
  private readonly corrections = new Map<string, HTMLElement>();
  /** A wizard step's box, by the step's UI path. */
  private readonly stepBoxes = new Map<string, HTMLElement>();
  /** The UI paths the current render shows. */
  private shown = new Set<string>();
  /** The UI paths in a node's subtree (per node object, so computed once). */
  private readonly subtreePaths = new WeakMap<ViewNode, readonly string[]>();
  /** What a container widget's `renderChild` was last made from: unchanged children are not handed over again. */
  private readonly handed = new WeakMap<WidgetHost, { node: ControlView; t: Translation }>();

  constructor(private readonly host: ViewRendererHost) {}

  /** Starts a render: nothing is shown yet. */
  begin(): void {
    this.shown = new Set();
  }

  /** Ends a render: forgets the elements of places no longer shown (a place shown again gets new ones). */
  end(): void {
    for (const map of [this.hosts, this.elements, this.corrections, this.stepBoxes] as Array<Map<string, unknown>>) {
      for (const path of map.keys()) if (!this.shown.has(path)) map.delete(path);
    }
  }

  /** The widget elements shown. */
  widgets(): IterableIterator<WidgetHost> {
    return this.hosts.values();
  }

  /** The DOM nodes of a view node: its element, and beside a locked known value the way to report it wrong. */
  draw(node: ViewNode, t: Translation): readonly Node[] {
    if (node.kind === 'control') return this.drawControl(node, t);
    const before = this.elements.get(node.uiPath)?.drawn;
    // The same node object in the same texts, drawn into the element kept for its place: nothing changed.
    if (before && before.node === node && before.t === t) {
      this.keepSubtree(node);
      return before.nodes;
    }
    this.shown.add(node.uiPath);
    const nodes = [node.kind === 'label' ? this.drawLabel(node, t) : node.kind === 'unsupported' ? this.drawUnsupported(node, t) : this.drawLayout(node, t)];
    this.elements.get(node.uiPath)!.drawn = { node, t, nodes };
    return nodes;
  }

  /** A wizard step's questions, in a box of their own (kept per step, so its children are placed by identity). */
  drawStep(step: StepView, t: Translation): HTMLElement {
    let box = this.stepBoxes.get(step.uiPath);
    if (!box) this.stepBoxes.set(step.uiPath, (box = element('div', { class: 'tk-step-questions' })));
    this.shown.add(step.uiPath);
    placeChildren(box, null, this.drawAll(step.children, t));
    return box;
  }

  private drawAll(nodes: readonly ViewNode[], t: Translation): Node[] {
    const out: Node[] = [];
    for (const child of nodes) for (const made of this.draw(child, t)) out.push(made);
    return out;
  }

  private drawControl(node: ControlView, t: Translation): readonly Node[] {
    const widget = this.widgetHost(node);
    if (node.children || node.items) {
      // Children first: a widget drawn with DOM calls draws when it gets its field, and should have them then.
      this.handChildren(widget, node, t);
      widget.field = node.model;
      // Whether or not the container draws again, its children's elements are on screen: keep them.
      this.keepSubtree(node);
      return [widget];
    }
    widget.field = node.model;
    if (!this.host.isKnownLocked(node.model)) return [widget];
    return [widget, this.correction(node, t)];
  }

  /**
   * The widget element for a control, made once and kept while its place shows the same widget at the same data
   * pointer. The caller hands it the `FieldModel`: a new one only when something in the model changed (the view
   * model keeps equal ones), so only changed widgets draw.
   */
  private widgetHost(node: ControlView): WidgetHost {
    const path = node.uiPath;
    const tagName = node.widget.tagName;
    let widget = this.hosts.get(path);
    if (!widget || !isHostOf(widget, tagName, node.model.pointer)) {
      this.host.widgetCreated(node.widget);
      if (DEV_MODE && !customElements.get(tagName) && !node.widget.load) {
        issueWarning('widget-not-defined', `<${tagName}> is in the registry but not defined; import '@tokhai/elements/bundle' or define it.`);
      }
      widget = document.createElement(tagName);
      this.hosts.set(path, widget);
    }
    this.shown.add(path);
    return widget;
  }

  /**
   * Gives a container widget (`<tk-fieldset>`, `<tk-repeat-group>`) its child controls, drawn now: the container
   * asks for them in its own update, after this render has ended and forgotten what it did not show.
   */
  private handChildren(widget: WidgetHost, node: ControlView, t: Translation): void {
    const handed = this.handed.get(widget);
    if (handed?.node === node && handed.t === t && widget.renderChild) return;
    const children = this.drawAll(node.children ?? [], t);
    const items = (node.items ?? []).map((item) => this.draw(item, t));
    widget.renderChild = (request) => (request.index === undefined ? children : (items[request.index] ?? []));
    this.handed.set(widget, { node, t });
  }

  /** `<tk-correction-request>` beside a locked known value (as on a step whose every value is known). */
  private correction(node: ControlView, t: Translation): HTMLElement {
    let request = this.corrections.get(node.uiPath);
    if (!request) {
      request = document.createElement('tk-correction-request');
      request.addEventListener('tk-correction', this.host.onCorrection);
      this.corrections.set(node.uiPath, request);
    }
    (request as HTMLElement & { field?: FieldModel }).field = node.model;
    request.setAttribute('display-value', this.host.displayOf(node.model, t));
    return request;
  }

  /** The element kept for a place, or a new one (`make`) when the place had none or one of another kind. */
  private elementFor(node: ViewNode, make: () => HTMLElement): HTMLElement {
    const kept = this.elements.get(node.uiPath);
    if (kept && kept.kind === node.kind) return kept.element;
    const made = make();
    this.elements.set(node.uiPath, { kind: node.kind, element: made });
    return made;
  }

  private drawLayout(node: LayoutView, t: Translation): HTMLElement {
    const { tag, attributes } = LAYOUT_ELEMENTS[node.kind];
    const layout = this.elementFor(node, () => element(tag, attributes));
    const legend = node.kind === 'group' ? groupLegend(layout, node.label) : null;
    placeChildren(layout, legend, this.drawAll(node.children, t));
    return layout;
  }

  /** A `Label` element's text, in the safe markdown subset (text nodes and http(s) links only). */
  private drawLabel(node: LabelView, t: Translation): HTMLElement {
    const text = this.elementFor(node, () => element('p', { class: 'tk-text', part: 'text' }));
    render(renderSafeMarkdown(node.text, { newTabText: t.opensInNewTab }), text);
    return text;
  }

  /**
   * The notice for a control no widget fits: visible and named, so the citizen knows a question is missing instead
   * of submitting without it; focusable by script, so the error summary can still lead to it.
   */
  private drawUnsupported(node: UnsupportedView, t: Translation): HTMLElement {
    const notice = this.elementFor(node, () => element('div', { class: 'tk-unsupported', part: 'unsupported', tabindex: '-1', role: 'group' }));
    const { id, label } = node.model;
    notice.id = id;
    notice.setAttribute('aria-labelledby', `${id}-label`);
    // Texts as text nodes (`element` appends strings as text, never as HTML).
    notice.replaceChildren(element('p', { id: `${id}-label` }, element('strong', {}, t.unsupportedField(label))), element('p', {}, t.unsupportedFieldHint));
    return notice;
  }

  /** Marks every place in a subtree as shown (its elements are on screen, drawn before). */
  private keepSubtree(node: ViewNode): void {
    for (const path of this.pathsIn(node)) this.shown.add(path);
  }

  private pathsIn(node: ViewNode): readonly string[] {
    let paths = this.subtreePaths.get(node);
    if (!paths) {
      const nested = (list: readonly ViewNode[] | undefined) => (list ?? []).flatMap((n) => this.pathsIn(n));
      paths =
        node.kind === 'control'
          ? [node.uiPath, ...nested(node.children), ...nested(node.items)]
          : node.kind === 'unsupported' || node.kind === 'label'
            ? [node.uiPath]
            : [node.uiPath, ...nested(node.children)];
      this.subtreePaths.set(node, paths);
    }
    return paths;
  }
}

/**
 * Whether a widget element made for a place still fits it: the same widget (a row may spell its tag in capitals,
 * as `createElement` accepts it) showing the same data pointer (the field it last got).
 */
function isHostOf(widget: WidgetHost, tagName: string, pointer: string): boolean {
  return widget.localName === tagName.toLowerCase() && widget.field?.pointer === pointer;
}

/** A group's `<legend>` (its first child) set to `label`, added or removed as the label comes and goes. */
function groupLegend(group: HTMLElement, label: string | undefined): HTMLElement | null {
  const first = group.firstElementChild;
  const legend = first instanceof HTMLLegendElement ? first : null;
  if (!label) {
    legend?.remove();
    return null;
  }
  if (legend) {
    if (legend.textContent !== label) legend.textContent = label;
    return legend;
  }
  const made = element('legend', { class: 'tk-legend', part: 'legend' }, label);
  group.prepend(made);
  return made;
}

/**
 * Makes `wanted` the children of `parent` after `head` (or from its start), in order: nodes no longer wanted are
 * removed first, then each wanted node is inserted before the next kept one unless it is already there. A kept
 * node moves only when the order itself changed, so the control the citizen is in keeps its focus when a rule
 * shows or hides a sibling.
 */
export function placeChildren(parent: HTMLElement, head: Node | null, wanted: readonly Node[]): void {
  const start = (): ChildNode | null => (head ? head.nextSibling : parent.firstChild);
  let cursor = start();
  if (cursor === null) {
    // A new element (every element of a first render): nothing to keep, remove or move.
    parent.append(...wanted);
    return;
  }
  const keep = new Set(wanted);
  for (let child: ChildNode | null = cursor; child; ) {
    const next: ChildNode | null = child.nextSibling;
    if (!keep.has(child)) child.remove();
    child = next;
  }
  cursor = start();
  for (const node of wanted) {
    if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
}
