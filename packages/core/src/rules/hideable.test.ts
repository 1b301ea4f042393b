// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isObject, MAX_DEPTH } from '../util/json.js';
import { scopeDataPath } from './condition.js';
import { hideablePatterns } from './hideable.js';

/** The walk as first written (one stack entry per element): what the leaner walk must answer, element for element. */
const reference = (ui: unknown): string[][] => {
  const out: string[][] = [];
  const stack: Array<{ element: unknown; base: string[]; hidden: boolean; depth: number }> = [{ element: ui, base: [], hidden: false, depth: 0 }];
  let visits = 0;
  while (stack.length > 0) {
    const place = stack.pop()!;
    const el = place.element;
    if (!isObject(el) || place.depth > MAX_DEPTH) continue;
    if (++visits > 20_000) return [[]];
    const hidden = place.hidden || (isObject(el.rule) && (el.rule.effect === 'SHOW' || el.rule.effect === 'HIDE'));
    const next = (element: unknown, base: string[]) => stack.push({ element, base, hidden, depth: place.depth + 1 });
    if (el.type === 'Control') {
      const detail = isObject(el.options) && isObject(el.options.detail) ? el.options.detail : undefined;
      if (!hidden && detail === undefined) continue;
      const path = scopeDataPath(el.scope);
      if (path === null) continue;
      const tokens = [...place.base, ...path];
      if (hidden) out.push(tokens);
      if (detail !== undefined) {
        next(detail, [...tokens, '*']);
        next(detail, tokens);
      }
    } else if (Array.isArray(el.elements)) {
      for (const child of el.elements) next(child, place.base);
    }
  }
  return out;
};

const rule = fc.option(
  fc.record({ effect: fc.constantFrom('SHOW', 'HIDE', 'ENABLE', 'DISABLE'), condition: fc.constant({ scope: '#/properties/a', schema: { const: 1 } }) }),
  { nil: undefined },
);
const scope = fc.constantFrom('#/properties/a', '#/properties/b/properties/c', '#', 'not-a-scope', '#/items');

const { layout } = fc.letrec((tie) => ({
  control: fc.record(
    { type: fc.constant('Control'), scope, rule, options: fc.option(fc.record({ detail: tie('layout') }), { nil: undefined }) },
    { requiredKeys: ['type', 'scope'] },
  ),
  layout: fc.record(
    { type: fc.constantFrom('VerticalLayout', 'Group', 'HorizontalLayout'), rule, elements: fc.array(fc.oneof({ depthSize: 'small' }, tie('control'), tie('layout'), fc.constant(null)), { maxLength: 4 }) },
    { requiredKeys: ['type', 'elements'] },
  ),
}));

describe('hideablePatterns', () => {
  it('finds the data patterns of controls under SHOW/HIDE rules, details counted as item and as object', () => {
    const ui = {
      type: 'VerticalLayout',
      elements: [
        { type: 'Control', scope: '#/properties/name' },
        { type: 'Group', rule: { effect: 'HIDE', condition: {} }, elements: [{ type: 'Control', scope: '#/properties/spouse/properties/name' }] },
        { type: 'Control', scope: '#/properties/children', options: { detail: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/pid', rule: { effect: 'SHOW', condition: {} } }] } } },
      ],
    };
    expect(hideablePatterns(ui)).toEqual([['children', 'pid'], ['children', '*', 'pid'], ['spouse', 'name']]);
  });

  it('answers what the one-entry-per-element walk answered, for any layout', () => {
    fc.assert(fc.property(layout, (ui) => JSON.stringify(hideablePatterns(ui)) === JSON.stringify(reference(ui))), { seed: 11, numRuns: 400 });
  });

  it('gives up (everything hideable) past 20,000 elements, counting the plain controls it skips', () => {
    const controls = (n: number) => Array.from({ length: n }, (_, i) => ({ type: 'Control', scope: `#/properties/f${i}` }));
    const hiddenLast = { type: 'Control', scope: '#/properties/last', rule: { effect: 'HIDE', condition: {} } };
    // 1 layout + 19,998 controls + 1 hidden control = 20,000 elements: still enumerated.
    expect(hideablePatterns({ type: 'VerticalLayout', elements: [...controls(19_998), hiddenLast] })).toEqual([['last']]);
    expect(hideablePatterns({ type: 'VerticalLayout', elements: [...controls(19_999), hiddenLast] })).toEqual([[]]);
    for (const n of [19_998, 19_999]) {
      const ui = { type: 'VerticalLayout', elements: [...controls(n), hiddenLast] };
      expect(hideablePatterns(ui)).toEqual(reference(ui));
    }
  });
});
