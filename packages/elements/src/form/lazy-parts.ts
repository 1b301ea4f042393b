// SPDX-License-Identifier: MIT
/**
 * The widgets `<tk-form>` loads on first use (registry rows with `load` instead of `element`, registry.ts), and
 * the gate that holds a form's first render until they, its locale's built-in texts and the optional parts it
 * uses (the review step, assisted mode's fields) are here.
 *
 * Before the first render of a form, the form's view (the visible controls, with the row picked for each) is
 * walked once; the lazy rows it needs that are not defined yet are loaded, and the form shows its loading notice
 * until they are (so the first render that shows the fields shows all of them, and `await form.updateComplete`
 * sees every control). A lazy widget that appears later (a rule shows a file field) is created at once and
 * upgrades when its class arrives; `updateComplete` waits for that too. Walking the view costs one pass per
 * compiled form, never one per keystroke.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CompiledForm, Locale } from '@tokhai/core';
import { define } from '../internal/define.js';
import { issueWarning } from '../internal/dev-mode.js';
import { trackLoad } from '../internal/lazy.js';
import { isTranslationLoaded, loadTranslation } from '../internal/localize.js';
import type { WidgetElement, WidgetRow } from '../registry.js';
import { isReviewStepLoaded, loadReviewStep } from '../review/review.js';
import { isAssistedFieldsLoaded, loadAssistedFields } from './assisted.js';
import { allNodes, type FormView, type ViewNode } from './view-model.js';

/** Loads in flight or done, per row's `load` function (rows are often copied; the function is what identifies it). */
const loads = new WeakMap<object, Promise<void>>();
/** Rows whose load failed: they do not hold a form back again (their controls stay empty elements until a reload). */
const failed = new WeakSet<object>();

/** Whether a row's widget still has to be loaded. */
export function needsLoad(row: WidgetRow): boolean {
  return !!row.load && !failed.has(row.load) && !globalThis.customElements.get(row.tagName);
}

/** Loads a lazy row's class (once per page) and defines it under the row's tag. */
export function loadWidget(row: WidgetRow): Promise<void> {
  const load = row.load!;
  let pending = loads.get(load);
  if (!pending) {
    pending = load().then(
      (result) => {
        if (typeof result === 'function' && !customElements.get(row.tagName)) define(row.tagName, result as WidgetElement);
        if (!customElements.get(row.tagName)) {
          failed.add(load);
          issueWarning('widget-not-defined', `The widget <${row.tagName}> was loaded but not defined: its row's load() must resolve to the class.`);
        }
      },
      (error: unknown) => {
        // Not tried again on this page: a form updating would otherwise ask for it again and again.
        failed.add(load);
        issueWarning('widget-not-loaded', `The widget <${row.tagName}> could not be loaded: ${String(error)}`);
      },
    );
    loads.set(load, pending);
  }
  return pending;
}

/** The rows of a view's controls (containers and their children included) that still have to be loaded. */
function rowsToLoad(view: FormView): Set<WidgetRow> {
  const rows = new Set<WidgetRow>();
  const walk = (nodes: readonly ViewNode[]): void => {
    for (const n of nodes) {
      if (n.kind === 'control' && needsLoad(n.widget)) rows.add(n.widget);
      if ('children' in n && n.children) walk(n.children);
      if ('items' in n && n.items) walk(n.items);
    }
  };
  walk(allNodes(view));
  return rows;
}

/** The optional parts of `<tk-form>` a form uses now. */
export interface PartNeeds {
  /** A review step (a wizard, or `review`). */
  review: boolean;
  /** Assisted mode's fields. */
  assisted: boolean;
}

/** The loads of the parts `needs` asks for that are not here yet. */
function partsToLoad(needs: PartNeeds): Promise<unknown>[] {
  const loads: Promise<unknown>[] = [];
  const add = (name: string, loaded: boolean, load: () => Promise<void>) => {
    if (loaded || failedParts.has(name)) return;
    loads.push(
      load().catch((error: unknown) => {
        failedParts.add(name); // not asked for again on every update
        issueWarning('part-not-loaded', `The ${name} code could not be loaded: ${String(error)}`);
      }),
    );
  };
  if (needs.review) add('review step', isReviewStepLoaded(), loadReviewStep);
  if (needs.assisted) add('assisted mode', isAssistedFieldsLoaded(), loadAssistedFields);
  return loads;
}

/** Parts whose load failed on this page. */
const failedParts = new Set<string>();

/** `<tk-form>`'s lazy widgets and parts: what its next render waits for. */
export class LazyWidgets {
  /** The compiled form whose first view was found complete (nothing more to load before rendering it). */
  private readyFor: CompiledForm | undefined;
  /** True while the widgets of a newly shown form load: the form shows its loading notice meanwhile. */
  loading = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * Before rendering `view` of `compiled` in `locale`: the first time a form is shown, starts the loads its
   * controls and its built-in texts need, and holds the render (`loading`) until they arrive.
   */
  check(compiled: CompiledForm | undefined, view: FormView, locale: Locale, needs: PartNeeds): void {
    this.loading = false;
    if (!compiled) return;
    const parts = partsToLoad(needs);
    if (this.readyFor === compiled) {
      // A part switched on later (`assisted` set on a shown form): it renders when it arrives.
      for (const load of parts) void trackLoad(this.host, load);
      return;
    }
    const loads: Promise<unknown>[] = [...rowsToLoad(view)].map(loadWidget);
    if (!isTranslationLoaded(locale)) loads.push(loadTranslation(locale));
    loads.push(...parts);
    if (loads.length === 0) {
      this.readyFor = compiled;
      return;
    }
    this.loading = true;
    // The host updates when the loads settle, and checks again (a failed load no longer holds it back).
    void trackLoad(this.host, Promise.all(loads));
  }

  /** A widget element is being created for `row`: loads its class if needed (the element upgrades when it arrives). */
  created(row: WidgetRow): void {
    if (needsLoad(row)) void trackLoad(this.host, loadWidget(row));
  }
}
