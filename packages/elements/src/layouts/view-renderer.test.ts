// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import type { FieldModel } from '../internal/field-model.js';
import type { ControlView, LayoutView, ViewNode } from '../form/view-model.js';
import type { WidgetRow } from '../registry.js';
import viTexts from '../translations/vi.js';
import enTexts from '../translations/en.js';
import { makeField } from '../widgets/shared/test-utils.js';
import { ViewRenderer, placeChildren } from './view-renderer.js';

const items = (...names: string[]) => names.map((n) => Object.assign(document.createElement('span'), { id: n }));
const ids = (parent: Element) => [...parent.children].map((c) => c.id);

describe('placeChildren()', () => {
  it('fills a new element in order', () => {
    const parent = document.createElement('div');
    placeChildren(parent, null, items('a', 'b', 'c'));
    expect(ids(parent)).toEqual(['a', 'b', 'c']);
  });

  it('removes what is no longer wanted and inserts new nodes without moving the kept ones', () => {
    const parent = document.createElement('div');
    document.body.append(parent);
    const [a, b, c, d] = items('a', 'b', 'c', 'd');
    placeChildren(parent, null, [a, b, c]);
    const input = c.appendChild(document.createElement('input'));
    input.focus();
    // b hidden, d shown before c: c (holding the focus) is neither removed nor moved.
    placeChildren(parent, null, [a, d, c]);
    expect(ids(parent)).toEqual(['a', 'd', 'c']);
    expect(document.activeElement).toBe(input);
    parent.remove();
  });

  it('follows a new order and keeps a head node first', () => {
    const parent = document.createElement('fieldset');
    const legend = parent.appendChild(document.createElement('legend'));
    const [a, b, c] = items('a', 'b', 'c');
    placeChildren(parent, legend, [a, b, c]);
    placeChildren(parent, legend, [c, a]);
    expect(parent.firstChild).toBe(legend);
    expect(ids(parent).slice(1)).toEqual(['c', 'a']);
  });
});

const row = { tagName: 'tk-test-view-widget' } as WidgetRow;
customElements.define('tk-test-view-widget', class extends HTMLElement {});

const model = (pointer: string, extra: Partial<FieldModel> = {}): FieldModel => makeField({ pointer, label: pointer, ...extra });
const control = (uiPath: string, pointer: string): ControlView => ({ kind: 'control', uiPath, model: model(pointer), widget: row });
const group = (uiPath: string, label: string | undefined, children: ViewNode[]): LayoutView => ({ kind: 'group', uiPath, label, children });

function renderer(made: WidgetRow[] = []) {
  return new ViewRenderer({
    widgetCreated: (r) => made.push(r),
    isKnownLocked: () => false,
    displayOf: () => '',
    onCorrection: () => {},
  });
}

describe('ViewRenderer', () => {
  it('draws layouts and widgets, hands each widget its model, and skips a node object drawn before', () => {
    const made: WidgetRow[] = [];
    const views = renderer(made);
    const root = group('', 'Người khai', [control('/elements/0', '/name'), control('/elements/1', '/id')]);
    views.begin();
    const [fieldset] = views.draw(root, viTexts) as HTMLElement[];
    views.end();
    expect(fieldset.localName).toBe('fieldset');
    expect(fieldset.querySelector('legend')!.textContent).toBe('Người khai');
    const widgets = [...fieldset.querySelectorAll('tk-test-view-widget')] as Array<HTMLElement & { field?: FieldModel }>;
    expect(widgets.map((w) => w.field!.pointer)).toEqual(['/name', '/id']);
    expect(made).toHaveLength(2);

    views.begin();
    expect(views.draw(root, viTexts)[0]).toBe(fieldset);
    views.end();
    // Still shown (kept through the skipped subtree), so a changed node later reuses the same widget elements.
    const changed = group('', 'Người khai', [control('/elements/0', '/name'), control('/elements/1', '/id')]);
    views.begin();
    expect(views.draw(changed, viTexts)[0]).toBe(fieldset);
    views.end();
    expect([...fieldset.querySelectorAll('tk-test-view-widget')]).toEqual(widgets);
    expect(made).toHaveLength(2);
  });

  it('keeps the element of a place when its node changes, and follows the legend and the texts', () => {
    const views = renderer();
    views.begin();
    const [first] = views.draw(group('/g', 'A', []), viTexts);
    views.begin();
    const [second] = views.draw(group('/g', undefined, []), viTexts) as HTMLElement[];
    expect(second).toBe(first);
    expect(second.querySelector('legend')).toBeNull();
    const label: ViewNode = { kind: 'label', uiPath: '/l', text: 'Xem [hướng dẫn](https://dichvucong.gov.vn)' };
    views.begin();
    const [p] = views.draw(label, viTexts) as HTMLElement[];
    expect(p.querySelector('a')!.getAttribute('href')).toBe('https://dichvucong.gov.vn/');
    const vietnamese = p.textContent;
    views.draw(label, enTexts);
    expect(p.textContent).not.toBe(vietnamese); // the "opens in a new tab" text follows the locale
  });

  it('makes a new widget element when its place shows another data pointer, and forgets places no longer shown', () => {
    const made: WidgetRow[] = [];
    const views = renderer(made);
    views.begin();
    const [a] = views.draw(control('/elements/0', '/members/0/name'), viTexts);
    views.end();
    views.begin();
    const [b] = views.draw(control('/elements/0', '/members/1/name'), viTexts);
    views.end();
    expect(b).not.toBe(a);
    views.begin();
    views.end();
    expect([...views.widgets()]).toEqual([]);
    views.begin();
    const [c] = views.draw(control('/elements/0', '/members/1/name'), viTexts);
    expect(c).not.toBe(b);
    expect(made).toHaveLength(3);
  });

  it('lets the elements of a place no longer shown go, while its node object lives on (a wizard step not on screen)', async () => {
    const views = renderer();
    // A wizard builds every step and shows one: the first step's nodes stay alive while the second is on screen.
    const first = group('/elements/0', 'Bước 1', [control('/elements/0/elements/0', '/a')]);
    const second = group('/elements/1', 'Bước 2', [control('/elements/1/elements/0', '/b')]);
    views.begin();
    const shown = new WeakRef(views.draw(first, viTexts)[0]);
    views.end();
    views.begin();
    views.draw(second, viTexts);
    views.end();
    for (let i = 0; i < 3 && shown.deref(); i++) {
      await cdp().send('HeapProfiler.collectGarbage');
      await new Promise((r) => setTimeout(r));
    }
    expect(shown.deref()).toBeUndefined();
    // Shown again, the step gets new elements, drawn from its (unchanged) nodes.
    views.begin();
    const [again] = views.draw(first, viTexts) as HTMLElement[];
    views.end();
    expect(again.querySelector('legend')!.textContent).toBe('Bước 1');
    expect(again.querySelector('tk-test-view-widget')).not.toBeNull();
    expect(first.children).toHaveLength(1);
  });

  it('writes the unsupported-field notice as text', () => {
    const views = renderer();
    views.begin();
    const payload = '<img src=x onerror="window.__xss=1">';
    const [notice] = views.draw({ kind: 'unsupported', uiPath: '/u', model: model('/odd', { label: payload }) }, viTexts) as HTMLElement[];
    expect(notice.querySelector('img')).toBeNull();
    expect(notice.textContent).toContain(payload);
    expect(notice.getAttribute('aria-labelledby')).toBe(`${notice.id}-label`);
  });
});
