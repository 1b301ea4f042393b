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
    const next = (element: unknown, base: string[]) => stack.push({ element, base, hidden, depth: place.depth + 1 });
    if (el.type === 'Control') {
      const detail = isObject(el.options) && isObject(el.options.detail) ? el.options.detail : undefined;
      // A visible control without a detail adds nothing: its scope need not be read.
      if (!hidden && detail === undefined) continue;
      const path = scopeDataPath(el.scope);
      if (path === null) continue;
      const tokens = [...place.base, ...path];
      if (hidden) out.push(tokens);
      if (detail !== undefined) {
        next(detail, [...tokens, ANY_ITEM]);
        next(detail, tokens);
      }
    } else if (Array.isArray(el.elements)) {
      for (const child of el.elements) next(child, place.base);
    }
  }
  return out;
}
