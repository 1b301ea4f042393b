// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
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
