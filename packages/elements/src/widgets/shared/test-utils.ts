// SPDX-License-Identifier: MIT
/**
 * Browser test helpers for widgets: mount a widget alone inside a shadow root styled the way `<tk-form>` styles it,
 * play the form's part (write emitted values back into `field.value`), record the events, and run axe.
 * Test-only: imported by `*.test.ts` files, never by the library.
 * @internal
 */
import axe from 'axe-core';
import type { CSSResultGroup, CSSResultOrNative } from 'lit';
import type { LocatedError } from '@tokhai/core';
import type { TkFieldCommitEvent } from '../../events/tk-field-commit.js';
import type { TkFieldInputEvent } from '../../events/tk-field-input.js';
import type { FieldChangeDetail, FieldModel } from '../../internal/field-model.js';
import type { DomFieldElement } from './dom-field-element.js';
import type { TkFieldElement } from './field-element.js';

/** A field model with test defaults: a required-less, enabled, empty Vietnamese text field at `/x`. */
export function makeField(overrides: Partial<FieldModel> = {}): FieldModel {
  const pointer = overrides.pointer ?? '/x';
  return {
    pointer,
    id: `tk-field${pointer.replace(/[^A-Za-z0-9-]/g, '_')}`,
    schema: { type: 'string' },
    options: {},
    label: 'Họ, chữ đệm và tên',
    showLabel: true,
    value: undefined,
    required: false,
    enabled: true,
    readonly: false,
    errors: [],
    locale: 'vi',
    ...overrides,
  };
}

/** A located error at the field's pointer with the given message. */
export function errorAt(pointer: string, message: string, keyword = 'format'): LocatedError {
  return { pointer, keyword, schemaPath: `#/${keyword}`, params: {}, messageKey: keyword, message };
}

/** Everything a widget emitted, in order. */
export interface Recorded {
  input: FieldChangeDetail[];
  commit: FieldChangeDetail[];
}

/** A mounted widget with its surroundings. */
export interface Mounted<T extends TkFieldElement | DomFieldElement> {
  el: T;
  host: HTMLElement;
  root: ShadowRoot;
  events: Recorded;
  /** A button after the widget: click it to move focus out (a blur with a real focus target). */
  after: HTMLButtonElement;
  /** Replaces the field (as `<tk-form>` does after a re-evaluation) and waits for the render. */
  update(patch: Partial<FieldModel>): Promise<void>;
}

const mounted = new Set<HTMLElement>();

/** Flattens a CSSResultGroup into constructable stylesheets, as `<tk-form>` adopts them. */
function sheets(styles: CSSResultGroup | undefined): CSSStyleSheet[] {
  const flat: CSSResultOrNative[] = [];
  const walk = (group: CSSResultGroup | undefined): void => {
    if (group === undefined) return;
    if (Array.isArray(group)) (group as CSSResultGroup[]).forEach(walk);
    else flat.push(group);
  };
  walk(styles);
  return [...new Set(flat)].flatMap((s) => (s instanceof CSSStyleSheet ? [s] : s.styleSheet ? [s.styleSheet] : []));
}

/**
 * Mounts `<tag>` with `field` inside a fresh shadow root that adopted the widget's styles. By default the harness
 * echoes every `tk-field-input` back into `field.value`, like `<tk-form>`; pass `echo: false` to keep it still.
 */
export async function mount<T extends TkFieldElement | DomFieldElement>(
  tag: string,
  field: FieldModel,
  options: { echo?: boolean; setup?: (el: T) => void } = {},
): Promise<Mounted<T>> {
  const host = document.createElement('div');
  host.dataset.testHost = tag;
  document.body.append(host);
  mounted.add(host);
  const root = host.attachShadow({ mode: 'open' });
  const ctor: (CustomElementConstructor & { styles?: CSSResultGroup }) | undefined = customElements.get(tag);
  if (!ctor) throw new Error(`<${tag}> is not defined; import its define module first`);
  root.adoptedStyleSheets = sheets(ctor.styles);
  const el = document.createElement(tag) as T;
  el.field = field;
  options.setup?.(el);
  const after = document.createElement('button');
  after.type = 'button';
  after.textContent = 'Tiếp';
  root.append(el, after);
  const events: Recorded = { input: [], commit: [] };
  root.addEventListener('tk-field-input', (e) => {
    const { detail } = e as TkFieldInputEvent;
    events.input.push(detail);
    if (options.echo !== false && el.field && e.target === el) el.field = { ...el.field, value: detail.value };
  });
  root.addEventListener('tk-field-commit', (e) => events.commit.push((e as TkFieldCommitEvent).detail));
  await el.updateComplete;
  return {
    el,
    host,
    root,
    events,
    after,
    async update(patch) {
      el.field = { ...el.field!, ...patch };
      await el.updateComplete;
    },
  };
}

/** Removes every mounted host (call in `afterEach`). */
export function cleanup(): void {
  for (const host of mounted) host.remove();
  mounted.clear();
}

/** The last value emitted in `list`, or a marker when nothing was emitted. */
export function last(list: FieldChangeDetail[]): unknown {
  return list.length > 0 ? list[list.length - 1].value : '<nothing emitted>';
}

/** axe with the WCAG 2.1 A/AA rules; returns the serious and critical violations (rule id and target nodes). */
export async function seriousViolations(context: Element): Promise<Array<{ id: string; nodes: string[] }>> {
  const result = await axe.run(context, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
}

/** The element with `id` inside a shadow root (ids are unique per root, as in `<tk-form>`). */
export function byId<E extends Element = HTMLElement>(root: ShadowRoot, id: string): E {
  const found = root.getElementById(id);
  if (!found) throw new Error(`#${id} not found`);
  return found as unknown as E;
}

/** Waits until `check` stops throwing (for async work such as lazy imports), up to `timeout` ms. */
export async function waitFor(check: () => void, timeout = 3000): Promise<void> {
  const start = performance.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (performance.now() - start > timeout) throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
