// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './text-field.js';
import type { TkTextField } from './text-field.component.js';
import { byId, cleanup, last, makeField, mount } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const input = (root: ShadowRoot) => root.querySelector('input')!;

describe('<tk-text-field>', () => {
  afterEach(cleanup);

  it('emits each keystroke as text and the typed text stays in the input', async () => {
    const m = await mount<TkTextField>('tk-text-field', makeField());
    await userEvent.type(input(m.root), 'Lê Thị Hồng');
    const typed = 'Lê Thị Hồng';
    expect(m.events.input.map((e) => e.value)).toEqual([...typed].map((_, i) => typed.slice(0, i + 1)));
    expect(last(m.events.input)).toBe('Lê Thị Hồng');
    expect(input(m.root).value).toBe('Lê Thị Hồng');
  });

  it('shows the field it was given before its class was defined, and the citizen can type in it (upgrade)', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('tk-text-field-late') as TkTextField;
    el.field = makeField({ value: 'Lê', label: 'Họ và tên' });
    host.append(el);
    const inputs: unknown[] = [];
    el.addEventListener('tk-field-input', (e) => inputs.push((e as CustomEvent<{ value: unknown }>).detail.value));
    customElements.define('tk-text-field-late', class extends (customElements.get('tk-text-field') as typeof TkTextField) {});
    const control = el.querySelector('input')!;
    expect(control.value).toBe('Lê');
    expect(el.querySelector('label')!.textContent).toContain('Họ và tên');
    await userEvent.type(control, ' Hoa');
    expect(inputs.at(-1)).toBe('Lê Hoa');
    host.remove();
  });

  it('stores decomposed Vietnamese marks as NFC', async () => {
    const m = await mount<TkTextField>('tk-text-field', makeField());
    await userEvent.type(input(m.root), 'Nguye\u0302\u0303n');
    expect(last(m.events.input)).toBe('Nguyễn');
    expect(last(m.events.input)).toBe('Nguye\u0302\u0303n'.normalize('NFC'));
  });

  it('emits undefined when the text is cleared, so required is reported by core', async () => {
    const m = await mount<TkTextField>('tk-text-field', makeField({ value: 'A' }));
    expect(input(m.root).value).toBe('A');
    await userEvent.clear(input(m.root));
    expect(last(m.events.input)).toBeUndefined();
  });

  it('shows a value set from outside (prefill, reset) but not its own echo', async () => {
    const m = await mount<TkTextField>('tk-text-field', makeField(), { echo: false });
    await m.update({ value: 'Trần Văn Bình' });
    expect(input(m.root).value).toBe('Trần Văn Bình');
    await m.update({ value: undefined });
    expect(input(m.root).value).toBe('');
  });

  it('passes options.autocomplete and the placeholder to the native input', async () => {
    const m = await mount<TkTextField>('tk-text-field', makeField({ options: { autocomplete: 'name' }, placeholder: 'VD: Nguyễn Văn A' }));
    expect(input(m.root).getAttribute('autocomplete')).toBe('name');
    expect(input(m.root).placeholder).toBe('VD: Nguyễn Văn A');
  });

  it('renders definition texts as text, never as markup', async () => {
    const m = await mount<TkTextField>('tk-text-field', makeField({ label: '<img src=x onerror=alert(1)>Tên', hint: '<b>đậm</b>' }));
    expect(m.root.querySelector('img, b')).toBeNull();
    expect(byId(m.root, `${m.el.field!.id}-label`).textContent).toContain('<img src=x onerror=alert(1)>Tên');
  });

  it('lets the citizen read a read-only value', async () => {
    const m = await mount<TkTextField>('tk-text-field', makeField({ readonly: true, value: 'Phạm Thu Hà' }));
    expect(input(m.root).readOnly).toBe(true);
    expect(input(m.root).value).toBe('Phạm Thu Hà');
  });
});

runWidgetBaseTests<TkTextField>({
  tag: 'tk-text-field',
  field: {},
  edit: async (m) => {
    await userEvent.type(input(m.root), 'Hà Nội');
    return 'Hà Nội';
  },
});
