// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './repeat-group.js';
import '../text-field/text-field.js';
import type { TkRepeatGroup } from './repeat-group.component.js';
import type { TkTextField } from '../text-field/text-field.component.js';
import type { ChildRenderRequest } from '../shared/child-renderer.js';
import { byId, cleanup, last, makeField, mount, seriousViolations, waitFor, type Mounted } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const members = {
  pointer: '/members',
  schema: {
    type: 'array' as const,
    minItems: 1,
    maxItems: 3,
    items: { type: 'object' as const, properties: { fullName: { type: 'string' as const }, relation: { type: 'string' as const, default: 'con' } } },
  },
  label: 'Thành viên hộ gia đình',
  options: { itemLabel: 'Thành viên {n}', showSortButtons: true },
};

/** Plays the form's part: one text field per item, kept per pointer like <tk-form>'s widget hosts. */
function childRenderer(getValue: () => unknown) {
  const hosts = new Map<string, TkTextField>();
  return ({ pointer, index }: ChildRenderRequest) => {
    let host = hosts.get(pointer);
    if (!host) {
      host = document.createElement('tk-text-field');
      hosts.set(pointer, host);
    }
    const item = (getValue() as Array<{ fullName?: string }>)[index!] ?? {};
    host.field = makeField({ pointer: `${pointer}/fullName`, label: 'Họ và tên', value: item.fullName });
    return host;
  };
}

async function mountGroup(patch: Record<string, unknown> = {}): Promise<Mounted<TkRepeatGroup>> {
  let el: TkRepeatGroup | undefined;
  const m = await mount<TkRepeatGroup>('tk-repeat-group', makeField({ ...members, ...patch }), {
    setup: (e) => {
      el = e;
      e.renderChild = childRenderer(() => el!.field!.value ?? []);
    },
  });
  return m;
}

const button = (m: Mounted<TkRepeatGroup>, name: string) =>
  [...m.root.querySelectorAll('button')].find((b) => b.textContent.trim() === name)!;

describe('<tk-repeat-group>', () => {
  afterEach(cleanup);

  it('names each item by options.itemLabel and renders its fields through renderChild', async () => {
    const m = await mountGroup({ value: [{ fullName: 'An' }, { fullName: 'Bình' }] });
    const legends = [...m.root.querySelectorAll('.tk-repeat__item-label')].map((l) => l.textContent);
    expect(legends).toEqual(['Thành viên 1', 'Thành viên 2']);
    const inputs = [...m.root.querySelectorAll<HTMLInputElement>('tk-text-field input')];
    expect(inputs.map((i) => i.value)).toEqual(['An', 'Bình']);
    expect(await seriousViolations(m.host)).toEqual([]);
  });

  it('adds an item with the item schema defaults, focuses its first field and announces it', async () => {
    const m = await mountGroup({ value: [{ fullName: 'An' }] });
    await userEvent.click(button(m, 'Thêm thành viên'));
    await m.el.updateComplete;
    expect(last(m.events.input)).toEqual([{ fullName: 'An' }, { relation: 'con' }]);
    expect(last(m.events.commit)).toEqual([{ fullName: 'An' }, { relation: 'con' }]);
    const items = m.root.querySelectorAll('.tk-repeat__item');
    // Focus waits for the new item's widgets to render.
    await waitFor(() => expect(m.root.activeElement).toBe(items[1].querySelector('tk-text-field input')));
    expect(m.root.querySelector('[aria-live="polite"]')!.textContent).toContain('Đã thêm Thành viên 2');
    // The citizen types straight into the new item.
    await userEvent.keyboard('Chi');
    expect(last(m.events.input)).toBe('Chi');
  });

  it('removes an item, moves focus to the item before it and announces it', async () => {
    const m = await mountGroup({ value: [{ fullName: 'An' }, { fullName: 'Bình' }, { fullName: 'Chi' }] });
    await userEvent.click(button(m, 'Xóa Thành viên 2'));
    await m.el.updateComplete;
    expect(last(m.events.input)).toEqual([{ fullName: 'An' }, { fullName: 'Chi' }]);
    expect(m.root.activeElement).toBe(byId(m.root, `${m.el.field!.id}-item-0`));
    expect(m.root.querySelector('[aria-live="polite"]')!.textContent).toContain('Đã xóa Thành viên 2');
  });

  it('removing the first item focuses the item now first, and the last one the Add button', async () => {
    const m = await mountGroup({ schema: { ...members.schema, minItems: 0 }, value: [{ fullName: 'An' }, { fullName: 'Bình' }] });
    await userEvent.click(button(m, 'Xóa Thành viên 1'));
    await m.el.updateComplete;
    expect(m.root.activeElement).toBe(byId(m.root, `${m.el.field!.id}-item-0`));
    await userEvent.click(button(m, 'Xóa Thành viên 1'));
    await m.el.updateComplete;
    expect(m.root.activeElement).toBe(byId(m.root, `${m.el.field!.id}-add`));
  });

  it('announces a second action that has the same words as the first (the live region changes again)', async () => {
    const m = await mountGroup({ value: [{ fullName: 'An' }, { fullName: 'Bình' }, { fullName: 'Chi' }] });
    const live = m.root.querySelector('[aria-live="polite"]')!;
    await userEvent.click(button(m, 'Xóa Thành viên 1'));
    await m.el.updateComplete;
    expect(live.textContent.trim()).toBe('Đã xóa Thành viên 1.');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(live, { subtree: true, childList: true, characterData: true });
    await userEvent.click(button(m, 'Xóa Thành viên 1'));
    await m.el.updateComplete;
    observer.disconnect();
    expect(live.textContent.trim()).toBe('Đã xóa Thành viên 1.');
    expect(changes.length).toBeGreaterThan(0);
  });

  it('moves an item down and keeps focus on its move button', async () => {
    const m = await mountGroup({ value: [{ fullName: 'An' }, { fullName: 'Bình' }, { fullName: 'Chi' }] });
    await userEvent.click(button(m, 'Chuyển Thành viên 1 xuống'));
    await m.el.updateComplete;
    expect(last(m.events.input)).toEqual([{ fullName: 'Bình' }, { fullName: 'An' }, { fullName: 'Chi' }]);
    expect(m.root.activeElement).toBe(byId(m.root, `${m.el.field!.id}-item-1-down`));
    expect([...m.root.querySelectorAll<HTMLInputElement>('tk-text-field input')].map((i) => i.value)).toEqual(['Bình', 'An', 'Chi']);
  });

  it('hides Remove at minItems and replaces Add by a note at maxItems', async () => {
    const one = await mountGroup({ value: [{ fullName: 'An' }] });
    expect(one.root.querySelector('[id$="-remove"]')).toBeNull();
    const full = await mountGroup({ pointer: '/full', value: [{}, {}, {}] });
    expect(full.root.querySelector('.tk-repeat__add')).toBeNull();
    expect(full.root.textContent).toContain('Đã đủ số lượng tối đa (3)');
  });

  it('shows no buttons when read-only', async () => {
    const m = await mountGroup({ value: [{ fullName: 'An' }, { fullName: 'Bình' }], readonly: true });
    expect(m.el.querySelectorAll('button')).toHaveLength(0);
    expect(m.root.querySelectorAll('.tk-repeat__item-label')).toHaveLength(2);
  });

  it.each([
    ['strings', { type: 'string' }, ''],
    ['strings from an enum', { enum: ['a', 'b'] }, ''],
    ['numbers', { type: 'integer' }, null],
    ['booleans', { type: 'boolean' }, false],
    ['dates with a default', { type: 'string', format: 'date', default: '2025-07-01' }, '2025-07-01'],
    ['objects', { type: 'object', properties: { a: { type: 'string', default: 'x' }, b: { type: 'string' } } }, { a: 'x' }],
  ] as const)('adds the item schema’s empty value to an array of %s', async (_name, items, empty) => {
    const m = await mountGroup({ pointer: '/list', schema: { type: 'array', items }, value: ['kept'], options: {} });
    await userEvent.click(button(m, 'Thêm mục'));
    await m.el.updateComplete;
    expect(last(m.events.input)).toEqual(['kept', empty]);
  });

  it('uses the default item names when the form gives none', async () => {
    const m = await mountGroup({ value: [{}], options: {} });
    expect(m.root.querySelector('.tk-repeat__item-label')!.textContent).toBe('Mục 1');
    expect(button(m, 'Thêm mục')).toBeDefined();
  });
});

runWidgetBaseTests<TkRepeatGroup>({
  tag: 'tk-repeat-group',
  field: { ...members, schema: { ...members.schema, minItems: 0 } },
  edit: async (m) => {
    await userEvent.click(button(m, 'Thêm thành viên'));
    return [{ relation: 'con' }];
  },
  described: (m) => byId(m.root, m.el.field!.id),
  requiredInAria: false,
});
