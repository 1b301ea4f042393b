// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './email-field.js';
import type { TkEmailField } from './email-field.component.js';
import { cleanup, last, makeField, mount } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const emailField = { schema: { type: 'string' as const, format: 'email' }, label: 'Thư điện tử' };
const input = (root: ShadowRoot) => root.querySelector('input')!;

describe('<tk-email-field>', () => {
  afterEach(cleanup);

  it('uses the native e-mail input with the email autocomplete token and no spell check', async () => {
    const m = await mount<TkEmailField>('tk-email-field', makeField(emailField));
    expect(input(m.root).type).toBe('email');
    expect(input(m.root).getAttribute('autocomplete')).toBe('email');
    expect(input(m.root).getAttribute('spellcheck')).toBe('false');
  });

  it('drops surrounding spaces from the stored address', async () => {
    const m = await mount<TkEmailField>('tk-email-field', makeField(emailField));
    await userEvent.type(input(m.root), '  an.nguyen@example.vn ');
    expect(last(m.events.input)).toBe('an.nguyen@example.vn');
  });

  it('lets the form override the autocomplete token (an address that is not the citizen own)', async () => {
    const m = await mount<TkEmailField>('tk-email-field', makeField({ ...emailField, options: { autocomplete: 'off' } }));
    expect(input(m.root).getAttribute('autocomplete')).toBe('off');
  });
});

runWidgetBaseTests<TkEmailField>({
  tag: 'tk-email-field',
  field: emailField,
  edit: async (m) => {
    await userEvent.type(input(m.root), 'mai@example.vn');
    return 'mai@example.vn';
  },
});
