// SPDX-License-Identifier: MIT
/**
 * The meta-schema's cascades for common mistakes: one sentence that says what is wrong and how to fix it, in
 * Vietnamese or English, and none of the errors the mistake causes around it; errors it does not cause stay.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileForm } from '../compile-form.js';
import { FormDefinitionError, type DefinitionProblem } from '../../models/errors.js';
import type { Locale } from '../../models/definition.js';
import { findMistakes, RULE_EFFECTS, UI_ELEMENT_TYPES } from './explain-meta-errors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break definitions on purpose
type Loose = Record<string, any>;

/** A small correct definition: two controls, the first shown by a rule on the second. */
const base = (): Loose => ({
  id: 'vn.test.meta',
  version: '1.0.0',
  title: { vi: 'Thử' },
  schema: { type: 'object', properties: { a: { type: 'string', title: 'A' }, b: { type: 'boolean', title: 'B' }, list: { type: 'array', title: 'L', items: { type: 'object', properties: { c: { type: 'string', title: 'C' } } } } } },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/a', rule: { effect: 'SHOW', condition: { scope: '#/properties/b', schema: { const: true } } } },
      { type: 'Control', scope: '#/properties/b' },
      { type: 'Control', scope: '#/properties/list', options: { detail: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/c' }] } } },
    ],
  },
});

/** The problems compileForm reports for `definition`, as `pointer [code] message`. */
const problemsOf = (definition: Loose, locale?: Locale): string[] => {
  try {
    compileForm(definition as never, locale ? { locale } : {});
  } catch (e) {
    if (e instanceof FormDefinitionError) return e.problems.map((p: DefinitionProblem) => `${p.pointer} [${p.code}] ${p.message}`);
    throw e;
  }
  return [];
};

describe('explained meta-schema mistakes', () => {
  it('the base definition compiles (so every problem below comes from the edit)', () => {
    expect(problemsOf(base())).toEqual([]);
  });

  it('reports a lower-case rule effect once, with the effects to use, and no cascade (no "if" rule, no unknown "elements"/"rule")', () => {
    const d = base();
    d.ui.elements[0].rule.effect = 'show';
    expect(problemsOf(d)).toEqual(['/ui/elements/0/rule/effect [meta-schema] "show" is not a rule effect: use SHOW, HIDE, ENABLE or DISABLE (effects are upper-case).']);
  });

  it('says it in Vietnamese with locale vi', () => {
    const d = base();
    d.ui.elements[0].rule.effect = 'show';
    expect(problemsOf(d, 'vi')).toEqual(['/ui/elements/0/rule/effect [meta-schema] "show" không phải là hiệu ứng của quy tắc (rule effect): dùng SHOW, HIDE, ENABLE hoặc DISABLE (viết hoa).']);
  });

  it('reports a lower-case element type once, with the type meant', () => {
    const d = base();
    d.ui.elements[1].type = 'control';
    expect(problemsOf(d)).toEqual(['/ui/elements/1/type [meta-schema] "control" is not a UI schema element type; did you mean "Control"? (element types are case-sensitive)']);
    expect(problemsOf(d, 'vi')).toEqual([
      '/ui/elements/1/type [meta-schema] "control" không phải là loại phần tử của bố cục (UI schema); có phải ý bạn là "Control"? (loại phần tử phân biệt chữ hoa, chữ thường)',
    ]);
  });

  it('suggests the type for a misspelling and lists the types; without a close match it lists them only', () => {
    const d = base();
    d.ui.type = 'VerticalLayuot';
    expect(problemsOf(d)).toEqual([
      '/ui/type [meta-schema] "VerticalLayuot" is not a UI schema element type; did you mean "VerticalLayout"? (the types are Control, VerticalLayout, HorizontalLayout, Group, Label, Categorization and Category)',
    ]);
    const e = base();
    e.ui.elements[1].type = 'Field';
    // The element's members (a scope) say it is meant to be a Control: its cascade goes too.
    expect(problemsOf(e)).toEqual(['/ui/elements/1/type [meta-schema] "Field" is not a UI schema element type: use Control, VerticalLayout, HorizontalLayout, Group, Label, Categorization or Category.']);
  });

  it('explains an element without type at the element', () => {
    const d = base();
    delete d.ui.elements[1].type;
    expect(problemsOf(d)).toEqual(['/ui/elements/1 [meta-schema] the UI schema element has no "type" (by its members, probably "Control"): add one of Control, VerticalLayout, HorizontalLayout, Group, Label, Categorization or Category.']);
  });

  it('finds mistakes inside Categories and array details', () => {
    const d = base();
    d.ui = { type: 'Categorization', elements: [{ type: 'Category', label: 'one', elements: [d.ui] }] };
    d.ui.elements[0].elements[0].elements[2].options.detail.elements[0].type = 'control';
    d.ui.elements[0].rule = { effect: 'hide', condition: { scope: '#/properties/b', schema: { const: false } } };
    expect(problemsOf(d).map((p) => p.split(' [')[0])).toEqual(['/ui/elements/0/rule/effect', '/ui/elements/0/elements/0/elements/2/options/detail/elements/0/type']);
  });

  it('reports a lower-case condition type once (the logic check does not repeat it as an unknown condition kind)', () => {
    const d = base();
    d.ui.elements[0].rule.condition = { type: 'leaf', scope: '#/properties/b', expectedValue: true };
    expect(problemsOf(d)).toEqual([
      '/ui/elements/0/rule/condition/type [meta-schema] "leaf" is not a condition type: use AND, OR or LEAF (condition types are upper-case), or leave "type" out for a schema condition { "scope", "schema" }.',
    ]);
    const nested = base();
    nested.ui.elements[0].rule.condition = { type: 'and', conditions: [{ type: 'Or', conditions: [{ scope: '#/properties/b', schema: { const: true } }] }] };
    expect(problemsOf(nested).map((p) => p.split(' [')[0])).toEqual(['/ui/elements/0/rule/condition/type', '/ui/elements/0/rule/condition/conditions/0/type']);
  });

  it('gives a version that is not MAJOR.MINOR.PATCH an example, the one meant when it can tell', () => {
    const cases: Array<[unknown, string]> = [
      ['1.0', '"1.0" is not a version number: use MAJOR.MINOR.PATCH (semantic versioning), e.g. "1.0.0".'],
      ['v2.1.3', '"v2.1.3" is not a version number: use MAJOR.MINOR.PATCH (semantic versioning), e.g. "2.1.3".'],
      ['first', '"first" is not a version number: use MAJOR.MINOR.PATCH (semantic versioning), e.g. "1.0.0".'],
      [2, '2 is not a version number: use MAJOR.MINOR.PATCH (semantic versioning) written as a string, e.g. "2.0.0".'],
    ];
    for (const [version, message] of cases) expect(problemsOf({ ...base(), version })).toEqual([`/version [meta-schema] ${message}`]);
    expect(problemsOf({ ...base(), version: '1.0' }, 'vi')).toEqual(['/version [meta-schema] "1.0" không phải là số phiên bản hợp lệ: dùng dạng MAJOR.MINOR.PATCH (phiên bản ngữ nghĩa), ví dụ "1.0.0".']);
  });

  it('puts the explanations first and keeps every error the mistakes do not cause', () => {
    const d = base();
    d.ui.elements[1].type = 'control';
    d.ui.elements[0].rule.effect = 'show';
    d.ui.elements[1].lable = 'B'; // a second, unrelated mistake on the same element
    d.ui.colour = 'red'; // and one on an ancestor
    delete d.title;
    expect(problemsOf(d)).toEqual([
      '/ui/elements/0/rule/effect [meta-schema] "show" is not a rule effect: use SHOW, HIDE, ENABLE or DISABLE (effects are upper-case).',
      '/ui/elements/1/type [meta-schema] "control" is not a UI schema element type; did you mean "Control"? (element types are case-sensitive)',
      ' [meta-schema] is missing the required property "title".',
      '/ui/colour [meta-schema] "colour" is not a known property here.',
      '/ui/elements/1/lable [meta-schema] "lable" is not a known property here. Did you mean "label"?',
    ]);
  });

  it('reports any other mistake inside a layout element only where it is, not as a failed "if" or unknown members of every element around it', () => {
    const d = base();
    d.ui = { type: 'Group', label: 'G', elements: [{ type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/a', lable: 'A' }] }] };
    expect(problemsOf(d)).toEqual(['/ui/elements/0/elements/0/lable [meta-schema] "lable" is not a known property here. Did you mean "label"?']);
    const missingScope = base();
    missingScope.ui.elements[1] = { type: 'Control', label: 'B' };
    expect(problemsOf(missingScope)).toEqual(['/ui/elements/1 [meta-schema] is missing the required property "scope".']);
  });

  it('leaves correct values alone (no explanation for every allowed type and effect)', () => {
    const d = base();
    for (const effect of RULE_EFFECTS) {
      d.ui.elements[0].rule.effect = effect;
      expect(findMistakes(d)).toEqual([]);
    }
    expect(UI_ELEMENT_TYPES).toContain('Control');
    expect(RULE_EFFECTS[0]).toBe('SHOW');
  });

  it('reads any JSON without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.jsonValue({ maxDepth: 4 }), (junk, ui) => {
        expect(() => findMistakes(junk)).not.toThrow();
        expect(() => findMistakes({ ...base(), ui, version: junk })).not.toThrow();
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});
