// SPDX-License-Identifier: MIT
/**
 * The review step, "Kiểm tra lại thông tin" / "Check your answers" (GOV.UK's check-answers pattern): every visible
 * answer with its label, grouped by step, each with a "Thay đổi" / "Change" button that goes back to the step and
 * puts focus on that field. The button's visually hidden text names the field, so a screen reader's list of
 * buttons does not read "Change, Change, Change".
 *
 * The markup is `review-step.ts`, loaded on first use (`loadReviewStep`): `<tk-form>` loads it when a form has
 * a review step, before its first render, so it is here by the time the citizen gets to the review.
 */
import { nothing, type TemplateResult } from 'lit';
import type { Translation } from '../translations/vi.js';
import type { FieldModel } from '../internal/field-model.js';
import { once } from '../internal/lazy.js';
import { modelsIn, type ViewNode } from '../form/view-model.js';

/** One answer row. */
export interface ReviewRow {
  label: string;
  value: string;
  pointer: string;
  /** Whether "Change" is offered (not for computed, locked or read-only answers). */
  changeable: boolean;
  /** True when the answer is empty. */
  empty: boolean;
  /** The answer belongs to item `n` (1-based) of the repeatable list `of`: the row names the item. */
  item?: ItemOf;
}

/** The repeatable list an answer is part of, and which item (1-based). */
export interface ItemOf {
  of: FieldModel;
  n: number;
}

/** One section: a step's answers. */
export interface ReviewSection {
  title: string;
  /**
   * The step to go back to, by its UI path (`StepView.uiPath`; `''` for a one-page form): by identity, so a
   * step that rules showed or hid in the meantime does not send "Change" to another step.
   */
  step: string;
  rows: ReviewRow[];
}

/**
 * The models to review in a subtree: leaf answers only (groups and repeaters are represented by their parts).
 * With `items`, records which item of which repeatable list each answer inside one belongs to: two members'
 * "Họ và tên" rows (and their "Change" buttons) must not read the same.
 */
export function reviewModels(nodes: readonly ViewNode[], items?: Map<FieldModel, ItemOf>): FieldModel[] {
  const containers = new Set<string>();
  const collect = (list: readonly ViewNode[]) => {
    for (const n of list) {
      if (n.kind === 'control' && (n.children || n.items)) containers.add(n.model.pointer);
      if ('children' in n && n.children) collect(n.children);
      if ('items' in n && n.items) {
        collect(n.items);
        // After the items' own lists, so an answer in a list inside an item names its innermost item.
        if (items) n.items.forEach((item, i) => modelsIn([item]).forEach((m) => items.has(m) || items.set(m, { of: n.model, n: i + 1 })));
      }
    }
  };
  collect(nodes);
  return modelsIn(nodes).filter((m) => !containers.has(m.pointer) || isEmptyArray(m));
}

/** An empty repeater still gets a row ("Not provided"), so the citizen sees it was asked. */
const isEmptyArray = (m: FieldModel) => m.schema.type === 'array' && (!Array.isArray(m.value) || m.value.length === 0);

type ReviewStepModule = typeof import('./review-step.js');

let reviewStep: ReviewStepModule | undefined;

/** Loads the review step's markup (once per page). */
export const loadReviewStep = once(() =>
  import('./review-step.js').then((module) => {
    reviewStep = module;
  }),
);

/** Whether the review step's markup is here. */
export const isReviewStepLoaded = (): boolean => reviewStep !== undefined;

/**
 * The review step (see `review-step.ts`), or nothing while its markup loads (`<tk-form>` loads it before it can
 * be shown, and updates when it arrives).
 */
export function renderReview(
  sections: readonly ReviewSection[],
  level: number,
  t: Translation,
  onChange: (step: string, pointer: string) => void,
  extra: unknown = nothing,
): TemplateResult | typeof nothing {
  return reviewStep ? reviewStep.renderReview(sections, level, t, onChange, extra) : nothing;
}
