// SPDX-License-Identifier: MIT
/**
 * Runs a case of the logic conformance set (`packages/core/conformance/*.json`) THROUGH `<tk-form>`: the element
 * is mounted with the case's definition and data, and every part of the answer is read back from what the element
 * renders and emits, never from core directly. `runConformanceCase` (core) answers the same question by calling
 * `evaluate`/`validate`; this module answers it the way a citizen and a portal see the form, so a renderer that
 * builds its own layout, its own visibility or its own submission shows up as a failing case.
 *
 * How each part of `expected` is observed (and why):
 *
 * - `visible`: the widgets (`registry` tags and the two container widgets) that are rendered in the form's shadow
 *   root AND whose native control (the element carrying `field.id`) is really visible (`checkVisibility` with CSS
 *   visibility, not under `aria-hidden`/`inert`), mapped back to their data pointer by `field.pointer`. A control
 *   that is only flagged hidden but still on screen counts as visible. An "unsupported field" fallback is not a
 *   control: it is reported as a problem, not as a visible field.
 * - `required`: visible widgets whose `field.required` is true AND whose own DOM says so (an own control with
 *   `aria-required="true"`/`required`, or the visible "(bắt buộc)" marker in the label/legend). A widget whose
 *   DOM and `field.required` disagree is reported as a problem.
 * - `computed`: for every `computed[].target` of the definition: the value the read-only widget is given and
 *   displays, when a visible widget shows the target; else the value in the emitted submission (`tk-submit`, or
 *   the form value the element puts in a surrounding `<form>`). A target that is neither shown nor submitted was
 *   computed as nothing (`null`), unless it is hidden and so stripped: the UI cannot show a hidden value at all,
 *   so core, evaluating the data the element holds (`el.data`), says which, and gives the hidden value (a note).
 * - `submission`: `tk-submit`'s `detail.submission.data` after `submit()` (the event is cancelled). When the data
 *   is invalid `tk-submit` never fires; then it is the JSON the element submits in a surrounding native `<form>`
 *   (`FormData`, the element's form-associated value, which is core's prepared submission). Both are compared when
 *   both exist.
 * - `errors`: the pointers of `tk-invalid`'s `detail.errors` after `submit()` (none when `tk-submit` fired),
 *   cross-checked with `validate()`, the error summary's links and the controls marked `aria-invalid`.
 *
 * Wizards (`Categorization`): only the current step is rendered, so the runner walks every step with the
 * primary button ("Tiếp tục", as a citizen would) until the review step, collecting visible and required fields
 * on each step; the union is the answer. A step that refuses to move on (its data is invalid) is reported as a
 * problem, because the remaining steps could not be observed. `submit()` validates every step (it skips review).
 *
 * `now`: `<tk-form>` has no `now` input: it evaluates with today's date in Vietnam and prepares the submission with
 * its `submittedAt` (logic.md, "Determinism"). So a case with `now` runs with the page's clock (`Date` only) set to
 * that instant (a bare date: noon of that day, UTC+7). A case without `now` cannot be reproduced for the targets
 * computed from `$now` (the element always has a date): see `unobservableTargets`.
 */
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  CONFORMANCE_FUNCTIONS,
  compileForm,
  type AdminUnitNameLookup,
  type CompiledForm,
  type ConformanceCase,
  type ConformanceResult,
  type FormDefinition,
  type FunctionRegistry,
  type LocatedError,
} from '@tokhai/core';
import '../bundle.js';
import type { TkForm } from '../form/form.component.js';
import type { FieldModel } from '../internal/field-model.js';
import { isUnder } from '../internal/pointer.js';
import { containers, registry } from '../registry.js';
import { widgetStrings } from '../widgets/shared/strings.js';

declare global {
  interface ImportMeta {
    glob<T>(pattern: string | string[], options: { eager: true; import: 'default'; query?: string }): Record<string, T>;
  }
}

// Raw text parsed with JSON.parse (as the Node runner does), not JSON modules: object-literal semantics would turn a
// `"__proto__"` key into a prototype.
const RAW = import.meta.glob<string>('../../../core/conformance/*.json', { eager: true, import: 'default', query: '?raw' });

/** Every conformance file, by file name, in name order (the same files and order as the Node runner). */
export const conformanceFiles: ReadonlyArray<readonly [file: string, cases: readonly ConformanceCase[]]> = Object.keys(RAW)
  .sort()
  .map((path) => [path.slice(path.lastIndexOf('/') + 1), JSON.parse(RAW[path]) as ConformanceCase[]] as const);

/** What the element showed and emitted for one case. */
export interface ElementObservation {
  /** The answer in the shape of `ConformanceCase.expected`. */
  result: ConformanceResult;
  /** Inconsistencies inside the element (DOM vs FieldModel vs events). Empty when the element is coherent. */
  problems: string[];
  /** Parts that could not be observed through the UI, and where they were read from instead. */
  notes: string[];
}

/** The functions and admin-unit lookup a case asks for (as core's runner builds them). */
export function caseCompileOptions(testCase: ConformanceCase): { functions?: FunctionRegistry; adminUnits?: AdminUnitNameLookup } {
  const names = testCase.functions ?? [];
  const table = testCase.adminUnits;
  return {
    ...(names.length ? { functions: Object.fromEntries(names.filter((n) => Object.hasOwn(CONFORMANCE_FUNCTIONS, n)).map((n) => [n, CONFORMANCE_FUNCTIONS[n]])) } : {}),
    ...(table ? { adminUnits: { name: (code: string) => (Object.hasOwn(table, code) ? table[code] : undefined) } } : {}),
  };
}

/**
 * What to give `<tk-form>`'s `form` property. A plain definition when the case needs no registered functions and
 * no admin-unit lookup (the element compiles it itself); otherwise a `CompiledForm` compiled with them, which is how
 * a portal registers functions and unit names (`form` accepts either).
 */
function formInput(testCase: ConformanceCase): FormDefinition | CompiledForm {
  const options = caseCompileOptions(testCase);
  return Object.keys(options).length ? compileForm(testCase.definition, options) : testCase.definition;
}

/** A widget element as `<tk-form>` renders it: a registry tag carrying its `FieldModel`. */
type WidgetHost = HTMLElement & { field: FieldModel };

/** The container widgets: they show only their own errors (their parts are fields of their own). */
const WIDGET_CONTAINER_TAGS = new Set([containers.object.tagName, containers.array.tagName]);
const WIDGET_TAGS = new Set([...registry.map((r) => r.tagName), ...WIDGET_CONTAINER_TAGS]);

function isWidget(node: Element): node is WidgetHost {
  const field = (node as { field?: unknown }).field;
  return WIDGET_TAGS.has(node.localName) && typeof field === 'object' && field !== null && typeof (field as FieldModel).pointer === 'string';
}

/** The nearest widget that contains `node` (the widget itself for its host). */
function ownerWidget(node: Element): WidgetHost | undefined {
  for (let n: Element | null = node; n; n = n.parentElement) if (isWidget(n)) return n;
  return undefined;
}

/** The elements a widget renders itself (its nested child widgets' elements excluded). */
function ownElements(host: WidgetHost): Element[] {
  return [...host.querySelectorAll('*')].filter((e) => !isWidget(e) && ownerWidget(e) === host);
}

/** The widget's own element with the field's id (the native control, or the fieldset of a group). */
function controlOf(host: WidgetHost): HTMLElement | undefined {
  return ownElements(host).find((e): e is HTMLElement => e instanceof HTMLElement && e.id === host.field.id);
}

/** Visible to a sighted user and exposed to assistive technology. */
function reallyVisible(element: Element): boolean {
  if (!element.isConnected || !element.checkVisibility({ visibilityProperty: true })) return false;
  return element.closest('[aria-hidden="true"], [inert]') === null;
}

const sortUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** Waits for the form and every widget in it to finish rendering (three rounds: widgets render children late). */
export async function settle(el: TkForm): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    const widgets = [...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].filter((n) => n.localName.startsWith('tk-'));
    await Promise.all(widgets.map((w) => w.updateComplete ?? Promise.resolve()));
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** What one screen (a page, or one wizard step) shows. */
interface Screen {
  widgets: WidgetHost[];
  visible: Map<string, WidgetHost[]>;
  required: Set<string>;
}

/** Reads the fields on screen now, and records DOM/model disagreements in `problems`. */
function readScreen(el: TkForm, problems: string[]): Screen {
  const root = el.shadowRoot!;
  const widgets = [...root.querySelectorAll('*')].filter(isWidget);
  const visible = new Map<string, WidgetHost[]>();
  const required = new Set<string>();
  for (const unsupported of root.querySelectorAll('[part~="unsupported"]')) {
    problems.push(`an "unsupported field" fallback is shown instead of a control (${unsupported.id})`);
  }
  for (const host of widgets) {
    const { field } = host;
    const control = controlOf(host);
    if (!control) {
      problems.push(`<${host.localName}> for ${field.pointer} renders no element with the field id "${field.id}"`);
      continue;
    }
    if (!reallyVisible(host) || !reallyVisible(control)) continue;
    visible.set(field.pointer, [...(visible.get(field.pointer) ?? []), host]);
    const own = ownElements(host);
    const marker = widgetStrings(field.locale).required.trim();
    const label = own.find((e) => e.id === `${field.id}-label`);
    const saysInText = label?.textContent?.includes(marker) === true;
    const saysInAria = own.some((e) => e.getAttribute('aria-required') === 'true' || (e as HTMLInputElement).required === true);
    if (field.required && (saysInText || saysInAria)) required.add(field.pointer);
    if (field.required && !saysInText) problems.push(`${field.pointer}: field.required is true but the label shows no "${marker}" marker`);
    if (!field.required && (saysInText || saysInAria)) problems.push(`${field.pointer}: the DOM says required (marker or aria-required) but field.required is false`);
  }
  return { widgets, visible, required };
}

/** The primary button (Next / Submit / Accept and submit). */
const primaryButton = (el: TkForm) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]');
const onReview = (el: TkForm) => el.shadowRoot!.querySelector('[part~="review"]') !== null;

/** Every screen of the form: the page, or each wizard step in turn (walked with the primary button). */
async function readAllScreens(el: TkForm, problems: string[]): Promise<Screen[]> {
  const screens = [readScreen(el, problems)];
  if (!el.shadowRoot!.querySelector('[part~="step-list"]')) return screens;
  const steps = el.shadowRoot!.querySelectorAll('[part~="step"]').length - 1;
  for (let step = 1; step < steps + 1 && !onReview(el); step++) {
    const heading = el.shadowRoot!.querySelector('[part~="step-heading"]')?.textContent;
    const invalid = record(el, 'tk-invalid');
    const next = primaryButton(el);
    if (!next) {
      problems.push(`wizard: no "Tiếp tục" button on "${heading ?? '?'}"`);
      break;
    }
    await userEvent.click(next);
    await settle(el);
    if (invalid.length > 0 || el.shadowRoot!.querySelector('[part~="step-heading"]')?.textContent === heading) {
      problems.push(`wizard: "Tiếp tục" on "${heading ?? '?'}" did not move on (the step has errors); later steps were not observed`);
      break;
    }
    if (!onReview(el)) screens.push(readScreen(el, problems));
  }
  return screens;
}

/** Records the events of a type dispatched at `target`. */
function record<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Array<GlobalEventHandlersEventMap[K]> {
  const events: Array<GlobalEventHandlersEventMap[K]> = [];
  target.addEventListener(type, (e) => events.push(e as GlobalEventHandlersEventMap[K]));
  return events;
}

/** The value at a JSON Pointer, and whether it exists. */
function lookup(data: unknown, pointer: string): { found: boolean; value?: unknown } {
  let current = data;
  for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return { found: false };
    current = (current as Record<string, unknown>)[key];
  }
  return { found: true, value: current };
}

/** What a read-only widget displays: its control's value, or its text. */
function displayed(host: WidgetHost): string {
  const control = controlOf(host);
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement) return control.value;
  return control?.textContent?.trim() ?? '';
}

/**
 * The field an error belongs to on screen, as a citizen would look for it: the field itself; else the nearest
 * field above it (a composite widget such as an address shows its parts' errors); else, for an error on an object
 * that has no control of its own (a required object still absent), the first field under it, which is where the
 * citizen starts filling it in.
 */
function ownerOf(pointer: string, visible: ReadonlyMap<string, WidgetHost[]>): { host: WidgetHost; relation: 'exact' | 'above' | 'below' } | undefined {
  const exact = visible.get(pointer);
  if (exact) return { host: exact[0], relation: 'exact' };
  const pointers = [...visible.keys()];
  const above = pointers.filter((p) => p !== '' && isUnder(pointer, p)).sort((a, b) => b.length - a.length)[0];
  if (above !== undefined) return { host: visible.get(above)![0], relation: 'above' };
  const below = [...visible.values()].map((hosts) => hosts[0]).find((h) => pointer !== '' && isUnder(h.field.pointer, pointer));
  return below ? { host: below, relation: 'below' } : undefined;
}

/** Cross-checks the errors `tk-invalid` reported with the error summary and `aria-invalid` controls on screen now. */
function checkShownErrors(el: TkForm, errors: readonly LocatedError[], problems: string[]): void {
  const screen = readScreen(el, []);
  const root = el.shadowRoot!;
  const linkedIds = new Set([...root.querySelectorAll<HTMLAnchorElement>('[part~="error-summary-link"]')].map((a) => decodeURIComponent(a.hash.slice(1))));
  const ownerIds = new Set<string>();
  const owners = new Set<WidgetHost>();
  for (const error of errors) {
    const where = `error at ${error.pointer || '/'} (${error.keyword})`;
    const owner = ownerOf(error.pointer, screen.visible);
    if (!owner) {
      problems.push(`${where} belongs to no field on screen`);
      continue;
    }
    const { host, relation } = owner;
    owners.add(host);
    ownerIds.add(host.field.id);
    const which = relation === 'below' ? `the first field under it (${host.field.pointer})` : relation === 'above' ? `its enclosing field ${host.field.pointer}` : 'its field';
    if (!linkedIds.has(host.field.id)) problems.push(`${where}: the error summary has no link to ${which}, #${host.field.id}`);
    const marked = ownElements(host).some((e) => e.getAttribute('aria-invalid') === 'true');
    // A group or a repeater shows only its own errors (its parts are fields of their own); other widgets show their parts'.
    const showsIt = relation === 'exact' || (relation === 'above' && !WIDGET_CONTAINER_TAGS.has(host.localName));
    if (showsIt && !marked) problems.push(`${where}: <${host.localName}> for ${host.field.pointer} has no aria-invalid control`);
  }
  for (const id of linkedIds) if (!ownerIds.has(id)) problems.push(`the error summary links to #${id}, which no reported error belongs to`);
  for (const host of screen.widgets) {
    const marked = ownElements(host).some((e) => e.getAttribute('aria-invalid') === 'true');
    if (marked && !owners.has(host)) problems.push(`${host.field.pointer} is marked aria-invalid but no reported error belongs to it`);
  }
}

/** Mounts `<tk-form>` for a case (inside a native `<form>`, to read its submitted value) and reads the answer. */
export async function runCaseThroughElement(
  testCase: ConformanceCase,
  hooks: { afterMount?: (el: TkForm) => void | Promise<void> } = {},
): Promise<ElementObservation> {
  const problems: string[] = [];
  const notes: string[] = [];
  if (testCase.now !== undefined) {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(testCase.now.includes('T') ? testCase.now : `${testCase.now}T12:00:00+07:00`));
  }
  const host = document.createElement('form');
  host.addEventListener('submit', (e) => e.preventDefault());
  const el = document.createElement('tk-form');
  el.name = 'answers';
  el.form = formInput(testCase);
  el.data = structuredClone(testCase.data);
  host.append(el);
  document.body.append(host);
  try {
    await settle(el);
    await hooks.afterMount?.(el);
    if (el.shadowRoot!.querySelector('[part~="failure"]')) {
      problems.push(`the form did not load: ${el.shadowRoot!.querySelector('[part~="failure"]')!.textContent?.replace(/\s+/g, ' ').trim()}`);
    }
    const screens = await readAllScreens(el, problems);
    const visible = new Map<string, WidgetHost[]>();
    for (const s of screens) for (const [p, hosts] of s.visible) visible.set(p, [...(visible.get(p) ?? []), ...hosts]);

    // Submit: tk-submit (valid) or tk-invalid (invalid), never both.
    const submits = record(el, 'tk-submit');
    const invalids = record(el, 'tk-invalid');
    el.addEventListener('tk-submit', (e) => e.preventDefault());
    const returned = await el.submit();
    await settle(el);
    if (submits.length + invalids.length !== 1) problems.push(`submit() fired ${submits.length} tk-submit and ${invalids.length} tk-invalid events (expected exactly one)`);
    const formValue = new FormData(host).get('answers');
    const submittedValue = typeof formValue === 'string' ? (JSON.parse(formValue) as unknown) : undefined;
    if (typeof formValue !== 'string') problems.push('the element put no value in the surrounding <form>');
    let submission: unknown;
    if (submits.length > 0) {
      submission = submits[0].detail.submission.data;
      if (returned !== undefined) problems.push('submit() resolved to a submission although tk-submit was cancelled');
      if (JSON.stringify(sortKeys(submittedValue)) !== JSON.stringify(sortKeys(submission))) {
        problems.push(`the <form> value ${JSON.stringify(submittedValue)} differs from tk-submit's submission ${JSON.stringify(submission)}`);
      }
    } else {
      submission = submittedValue;
      notes.push('invalid data: tk-submit does not fire; submission read from the value the element submits in a native <form>');
    }

    const reported = invalids[0]?.detail.errors ?? [];
    const errors = sortUnique(reported.map((e) => e.pointer));
    const validated = sortUnique(el.validate().errors.map((e) => e.pointer));
    if (validated.join('\n') !== errors.join('\n')) problems.push(`validate() reports [${validated.join(', ')}] but tk-invalid reported [${errors.join(', ')}]`);
    if (reported.length) checkShownErrors(el, reported, problems);

    const computed: Record<string, unknown> = {};
    const options = testCase.now === undefined ? {} : { now: testCase.now };
    for (const { target } of testCase.definition.computed ?? []) {
      const shown = visible.get(target)?.[0];
      if (shown) {
        const value = shown.field.value ?? null;
        computed[target] = value;
        // A computed value is text or a number in every case; anything else has no single display to compare.
        const text = typeof value === 'string' || typeof value === 'number' ? String(value) : value === null ? '' : undefined;
        if (text !== undefined && displayed(shown) !== text) problems.push(`computed ${target} is ${JSON.stringify(value)} but its widget displays ${JSON.stringify(displayed(shown))}`);
        if (!shown.field.readonly) problems.push(`computed ${target} is editable (field.readonly is false)`);
        continue;
      }
      const inSubmission = lookup(submission, target);
      if (inSubmission.found) {
        computed[target] = inSubmission.value;
        continue;
      }
      // Not on screen and not submitted: either the element computed nothing (null), or the target is hidden and
      // stripped. The UI cannot tell which; core, evaluating the data the element holds, says whether it is hidden.
      const evaluation = compileForm(testCase.definition, caseCompileOptions(testCase)).evaluate(el.data ?? {}, options);
      if (evaluation.hidden.some((p) => isUnder(target, p))) {
        computed[target] = evaluation.computed[target] ?? null;
        notes.push(`computed ${target}: hidden, so neither shown nor submitted; its value is read from core evaluating el.data`);
      } else {
        computed[target] = null;
        notes.push(`computed ${target}: no control and not submitted: the element computed nothing (null)`);
      }
    }

    const required = new Set<string>();
    for (const s of screens) for (const p of s.required) required.add(p);
    return { result: { visible: sortUnique(visible.keys()), required: sortUnique(required), computed, submission, errors }, problems, notes };
  } finally {
    host.remove();
    if (testCase.now !== undefined) vi.useRealTimers();
  }
}

/**
 * The computed targets of a case that cannot be observed through `<tk-form>` in principle: a case without `now`
 * pins down what core answers when it is given no evaluation date (`$now` is null), but `<tk-form>` always has one
 * (today in Vietnam while editing, the submission's `submittedAt` for the submission: logic.md, "Determinism").
 * So a target computed from `$now`, directly or through another computed value, takes today's value in the
 * element. Such targets are left out of `computed` and `submission` on both sides, and the rest of the case is
 * compared exactly; core's own answer for them is checked by the `runConformanceCase` run.
 */
export function unobservableTargets(testCase: ConformanceCase): string[] {
  if (testCase.now !== undefined) return [];
  const computed = testCase.definition.computed ?? [];
  const reads = (expr: unknown, name: string) => JSON.stringify(expr).includes(JSON.stringify(name));
  const found = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const { target, expr } of computed) {
      if (found.has(target)) continue;
      if (reads(expr, '$now') || [...found].some((t) => reads(expr, t.slice(1).split('/').join('.')))) {
        found.add(target);
        grew = true;
      }
    }
  }
  return [...found].sort();
}

/** A result without the given computed targets (in `computed` and in `submission`). */
export function withoutTargets(result: ConformanceResult, targets: readonly string[]): ConformanceResult {
  if (targets.length === 0) return result;
  const computed = Object.fromEntries(Object.entries(result.computed).filter(([k]) => !targets.includes(k)));
  const submission = structuredClone(result.submission);
  for (const target of targets) {
    const parts = target.slice(1).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const parent = lookup(submission, parts.length > 1 ? '/' + target.slice(1).split('/').slice(0, -1).join('/') : '');
    if (parent.found && parent.value !== null && typeof parent.value === 'object') delete (parent.value as Record<string, unknown>)[parts[parts.length - 1]];
  }
  return { ...result, computed, submission };
}

/** A copy with object keys sorted, to compare JSON regardless of key order. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
}
