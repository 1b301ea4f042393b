// SPDX-License-Identifier: MIT
/**
 * Which data a SHOW/HIDE rule can ever hide, decided from the layout alone: the data patterns of every control
 * inside an element that has a visibility rule (`*` for any array item). `validate` uses it to know, once per
 * definition, whether computed values can depend on what rules hide (they read the data without hidden values);
 * when they cannot, it computes them without the whole evaluation.
 *
 * Over-approximates on purpose: a detail layout is counted both as an array item's detail and as an object's
 * detail (which one applies depends on the schema), and when the layout is too large to enumerate so, everything
 * counts as hideable.
 */
import { isObject, MAX_DEPTH } from '../util/json.js';
import { scopeDataPath } from './condition.js';
import { ANY_ITEM } from './program.js';

/** The most elements visited before giving up (everything is then hideable). */
const MAX_VISITS = 20_000;

interface Place {
  element: unknown;
  base: string[];
  hidden: boolean;
  depth: number;
}

/** True when an element's own rule can hide it (SHOW or HIDE). */
const hasVisibilityRule = (el: Record<string, unknown>): boolean =>
  isObject(el.rule) && (el.rule.effect === 'SHOW' || el.rule.effect === 'HIDE');

/**
 * The data patterns that rules can hide (`[[]]`, everything, when the layout is too large to enumerate). Callers
 * compare them by prefix both ways (`overlaps`), which also covers a hidden array item being spliced out: the item
 * pattern (`/children/*`) overlaps every read of the array and of its items.
 */
export function hideablePatterns(ui: unknown): string[][] {
  const out: string[][] = [];
  const stack: Place[] = [{ element: ui, base: [], hidden: false, depth: 0 }];
  let visits = 0;
  while (stack.length > 0) {
    const place = stack.pop()!;
    const el = place.element;
    if (!isObject(el) || place.depth > MAX_DEPTH) continue;
    if (++visits > MAX_VISITS) return [[]];
    const hidden = place.hidden || hasVisibilityRule(el);
    const depth = place.depth + 1;
    if (el.type === 'Control') {
      const detail = detailOf(el);
      // A visible control without a detail adds nothing: its scope need not be read.
      if (!hidden && detail === undefined) continue;
      const path = scopeDataPath(el.scope);
      if (path === null) continue;
      const tokens = [...place.base, ...path];
      if (hidden) out.push(tokens);
      if (detail !== undefined) {
        stack.push({ element: detail, base: [...tokens, ANY_ITEM], hidden, depth });
        stack.push({ element: detail, base: tokens, hidden, depth });
      }
    } else if (Array.isArray(el.elements)) {
      for (const child of el.elements) {
        // Most children are visible controls without a rule or a detail, which add nothing: they are counted
        // (the MAX_VISITS bound counts every element) without a stack entry. This runs before a form's first render.
        if (!hidden && depth <= MAX_DEPTH && isPlainControl(child)) {
          if (++visits > MAX_VISITS) return [[]];
          continue;
        }
        stack.push({ element: child, base: place.base, hidden, depth });
      }
    }
  }
  return out;
}

/** A Control's `options.detail` when it is a layout object. */
const detailOf = (el: Record<string, unknown>): Record<string, unknown> | undefined =>
  isObject(el.options) && isObject(el.options.detail) ? el.options.detail : undefined;

/** A Control that no rule of its own can hide and that has no detail layout. */
const isPlainControl = (el: unknown): boolean => isObject(el) && el.type === 'Control' && !hasVisibilityRule(el) && detailOf(el) === undefined;
