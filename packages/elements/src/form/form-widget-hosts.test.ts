// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from 'lit';
import { RANK, rankWith, scopeEndsWith } from '@tokhai/core';
import type { FieldModel } from '../internal/field-model.js';
import { registry, type WidgetRow } from '../registry.js';
import { TkFieldElement } from '../widgets/shared/field-element.js';
import { cleanup, mount, personForm, root, settle } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

/** A widget a portal adds. */
class TkTestPortalField extends TkFieldElement {
  protected renderField(field: FieldModel): unknown {
    return html`<label for=${field.id}>${field.label}</label><input id=${field.id} .value=${typeof field.value === 'string' ? field.value : ''} />`;
  }
}
if (!customElements.get('tk-test-portal-field')) customElements.define('tk-test-portal-field', TkTestPortalField);

const added: WidgetRow[] = [];
afterEach(() => {
  for (const row of added.splice(0)) registry.splice(registry.indexOf(row), 1);
  cleanup();
});

type Widget = HTMLElement & { field?: FieldModel };

/** Every widget element of the form by the pointer it shows. */
function widgets(el: TkForm): Map<string, Widget> {
  const found = [...root(el).querySelectorAll<Widget>('*')].filter((n) => n.localName.startsWith('tk-') && n.field);
  return new Map(found.map((w) => [w.field!.pointer, w]));
}

describe('the widget element of each field', () => {
  it('is replaced when another widget takes the field over, and the other fields keep theirs', async () => {
    const el = await mount({ form: personForm, data: { email: 'an@example.vn' } });
    const before = widgets(el);
    expect(before.get('/email')!.localName).toBe('tk-email-field');

    const row: WidgetRow = { tester: rankWith(RANK.format + 10, scopeEndsWith('email')), tagName: 'tk-test-portal-field', element: TkTestPortalField };
    registry.unshift(row);
    added.push(row);
    el.requestUpdate();
    await settle(el);
    const taken = widgets(el);
    expect(taken.get('/email')!.localName).toBe('tk-test-portal-field');
    expect(taken.get('/email')!.querySelector('input')!.value).toBe('an@example.vn');
    expect(before.get('/email')!.isConnected).toBe(false);
    for (const pointer of ['/fullName', '/phone', '/note']) expect(taken.get(pointer), pointer).toBe(before.get(pointer));

    registry.splice(registry.indexOf(row), 1);
    added.pop();
    el.requestUpdate();
    await settle(el);
    const back = widgets(el);
    expect(back.get('/email')!.localName).toBe('tk-email-field');
    expect(back.get('/email')!.isConnected).toBe(true);
    expect(taken.get('/email')!.isConnected).toBe(false);
    expect(root(el).querySelectorAll('tk-email-field, tk-test-portal-field')).toHaveLength(1);
  });
});

describe('a portal row that shows objects with the built-in <tk-fieldset>', () => {
  const withObject = {
    id: 'vn.test.portal-group',
    version: '1.0.0',
    title: { vi: 'Nhóm của cổng' },
    schema: {
      type: 'object' as const,
      properties: { father: { type: 'object' as const, title: 'Cha', properties: { fullName: { type: 'string' as const, title: 'Họ tên cha' } } } },
    },
    ui: { type: 'VerticalLayout' as const, elements: [{ type: 'Control' as const, scope: '#/properties/father', options: { format: 'portal-group' } }] },
  };

  it('is a container without saying so (the class declares renderChild): its child controls are shown and typed in', async () => {
    const row: WidgetRow = { tester: rankWith(RANK.forced + 1, (ui) => (ui as { options?: { format?: string } }).options?.format === 'portal-group'), tagName: 'tk-fieldset' };
    registry.unshift(row);
    added.push(row);
    const el = await mount({ form: withObject });
    const group = root(el).querySelector('tk-fieldset')!;
    expect(group.textContent).not.toContain('Không hiển thị được');
    const input = group.querySelector<HTMLInputElement>('tk-text-field input')!;
    expect(input).not.toBeNull();
    await userEvent.type(input, 'Lê Văn Ba');
    await settle(el);
    expect(el.data).toEqual({ father: { fullName: 'Lê Văn Ba' } });
  });
});
