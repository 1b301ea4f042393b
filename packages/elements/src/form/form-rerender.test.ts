// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { compileForm, type FormDefinition } from '@tokhai/core';
import type { FieldModel } from '../internal/field-model.js';
import { button, cleanup, control, focused, mount, personForm, root, settle } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

afterEach(cleanup);

type Widget = HTMLElement & { field?: FieldModel };

/** Every widget of the form by the pointer it shows. */
function widgets(el: TkForm): Map<string, Widget> {
  const found = [...root(el).querySelectorAll<Widget>('*')].filter((n) => n.localName.startsWith('tk-') && n.field);
  return new Map(found.map((w) => [w.field!.pointer, w]));
}

/** Each widget's current `field` object, by pointer. */
const fields = (el: TkForm) => new Map([...widgets(el)].map(([p, w]) => [p, w.field]));

/** An object shown as a `<tk-fieldset>` and an array of strings shown as a `<tk-repeat-group>`. */
const nestedForm: FormDefinition = {
  id: 'vn.test.nested',
  version: '1.0.0',
  title: { vi: 'Tờ khai lồng nhau' },
  schema: {
    type: 'object',
    properties: {
      father: {
        type: 'object',
        title: 'Cha',
        properties: { fullName: { type: 'string', title: 'Họ tên cha' }, job: { type: 'string', title: 'Nghề nghiệp cha' } },
      },
      nicknames: { type: 'array', title: 'Tên gọi khác', items: { type: 'string', title: 'Tên gọi', minLength: 2 } },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/father' },
      { type: 'Control', scope: '#/properties/nicknames', options: { itemLabel: 'Tên gọi {n}' } },
    ],
  },
};

describe('while the citizen types', () => {
  it('only the edited widget gets a new field model; the others keep theirs and do not re-render', async () => {
    const el = await mount({ form: personForm, data: { phone: '0912345678' } });
    const before = fields(el);
    const hosts = widgets(el);
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'An');
    await settle(el);
    const after = fields(el);
    expect(after.get('/fullName')).not.toBe(before.get('/fullName'));
    expect(after.get('/fullName')!.value).toBe('An');
    for (const pointer of ['/phone', '/email', '/note']) expect(after.get(pointer), pointer).toBe(before.get(pointer));
    // The same elements stay in place (focus and caret live in them).
    for (const [pointer, host] of widgets(el)) expect(host, pointer).toBe(hosts.get(pointer));
  });

  it('a field whose error appears gets a new model, and the error shows in the same frame as the keystroke', async () => {
    const el = await mount({ form: personForm, data: { fullName: 'An', phone: '0912345678' } });
    const phone = control(el, 'Số điện thoại');
    await userEvent.click(phone);
    await userEvent.keyboard('{Tab}');
    const before = fields(el);
    await userEvent.click(phone);
    await userEvent.keyboard('{Backspace}');
    await el.updateComplete;
    const wrapper = widgets(el).get('/phone')!;
    await (wrapper as Widget & { updateComplete: Promise<unknown> }).updateComplete;
    expect(wrapper.querySelector('[part="error"]')?.textContent).toBeTruthy();
    const after = fields(el);
    expect(after.get('/phone')).not.toBe(before.get('/phone'));
    expect(after.get('/fullName')).toBe(before.get('/fullName'));
    expect(after.get('/email')).toBe(before.get('/email'));
  });

  it('switching the language gives every widget its texts in the new language', async () => {
    const el = await mount({ form: personForm });
    const before = fields(el);
    el.locale = 'en';
    await settle(el);
    const after = fields(el);
    for (const [pointer, field] of after) expect(field, pointer).not.toBe(before.get(pointer));
    expect(control(el, 'Full name')).toBeTruthy();
  });
});

describe('when a rule hides a field before the one the citizen is typing in', () => {
  /** `a` is hidden while `b` is "xy": typing "xyz" into `b` hides the field above it mid-word, then shows it again. */
  const hidingForm = (layout: 'VerticalLayout' | 'HorizontalLayout' | 'Group'): FormDefinition => ({
    id: 'vn.test.hiding',
    version: '1.0.0',
    title: { vi: 'Quy tắc ẩn' },
    schema: { type: 'object', properties: { a: { type: 'string', title: 'Trường A' }, b: { type: 'string', title: 'Trường B' } } },
    ui: {
      type: layout,
      ...(layout === 'Group' ? { label: 'Nhóm' } : {}),
      elements: [
        { type: 'Control', scope: '#/properties/a', rule: { effect: 'HIDE', condition: { scope: '#/properties/b', schema: { const: 'xy' } } } },
        { type: 'Control', scope: '#/properties/b' },
      ],
    },
  });

  it.each(['VerticalLayout', 'HorizontalLayout', 'Group'] as const)('in a %s, the field keeps its place and the focus while the one above it hides and shows, and no keystroke is lost', async (layout) => {
    const el = await mount({ form: hidingForm(layout) });
    const b = control(el, 'Trường B');
    await userEvent.type(b, 'xy');
    await settle(el);
    expect(root(el).textContent).not.toContain('Trường A');
    expect(focused(el)).toBe(b);
    await userEvent.keyboard('z');
    await settle(el);
    expect(el.data).toEqual({ b: 'xyz' });
    expect(focused(el)).toBe(b);
    expect(control(el, 'Trường A')).toBeTruthy();
  });
});

describe('a field inside an object group (<tk-fieldset>)', () => {
  it('keeps its element and the focus while the citizen types, and the other fields keep their models', async () => {
    const el = await mount({ form: nestedForm });
    const input = control(el, 'Họ tên cha');
    const job = fields(el).get('/father/job');
    await userEvent.type(input, 'Nguyễn Văn Ba');
    await settle(el);
    expect(control(el, 'Họ tên cha')).toBe(input);
    expect(focused(el)).toBe(input);
    expect(input.value).toBe('Nguyễn Văn Ba');
    expect(el.data).toEqual({ father: { fullName: 'Nguyễn Văn Ba' } });
    expect(fields(el).get('/father/job')).toBe(job);
  });
});

describe('a repeatable list of strings (<tk-repeat-group>)', () => {
  it('adds an empty string, not an object, and keeps the item when the citizen clears its field', async () => {
    const el = await mount({ form: nestedForm });
    await userEvent.click(button(el, 'Thêm'));
    await settle(el);
    expect(el.data).toEqual({ nicknames: [''] });
    const item = control(el, 'Tên gọi');
    await userEvent.type(item, 'Bé');
    await settle(el);
    expect(el.data).toEqual({ nicknames: ['Bé'] });
    await userEvent.keyboard('{Backspace}{Backspace}');
    await settle(el);
    // Clearing the field does not remove the item (that is the Remove button's job): it is empty again.
    expect(el.data).toEqual({ nicknames: [''] });
    expect(control(el, 'Tên gọi')).toBe(item);
    await userEvent.keyboard('{Tab}');
    await settle(el);
    expect(el.validate().errors.map((e) => [e.pointer, e.keyword])).toEqual([['/nicknames/0', 'minLength']]);
  });
});

describe('a repeatable group of objects with a rule inside each item', () => {
  /** Members with a name and a relationship; "Khác" (other) shows a field above the name while typed. */
  const household: FormDefinition = {
    id: 'vn.test.household',
    version: '1.0.0',
    title: { vi: 'Hộ gia đình' },
    schema: {
      type: 'object',
      properties: {
        members: {
          type: 'array',
          items: { type: 'object', properties: { name: { type: 'string', title: 'Tên' }, other: { type: 'string', title: 'Quan hệ khác' }, rel: { type: 'string', title: 'Quan hệ' } } },
        },
      },
    },
    ui: {
      type: 'VerticalLayout',
      elements: [
        {
          type: 'Control',
          scope: '#/properties/members',
          options: {
            showSortButtons: true,
            itemLabel: 'Người {n}',
            detail: {
              type: 'VerticalLayout',
              elements: [
                { type: 'Control', scope: '#/properties/other', rule: { effect: 'SHOW', condition: { scope: '#/properties/rel', schema: { const: 'khac' } } } },
                { type: 'Control', scope: '#/properties/name' },
                { type: 'Control', scope: '#/properties/rel' },
              ],
            },
          },
        },
      ],
    },
  };

  /** The inputs labelled `label`, in document order. */
  const inputs = (el: TkForm, label: string) =>
    [...root(el).querySelectorAll('label')].filter((l) => l.textContent.trim() === label).map((l) => root(el).getElementById(l.htmlFor) as HTMLInputElement);

  it('keeps each item\'s values in its fields through add, a rule shown mid-word, move and remove, and the focus where the citizen types', async () => {
    const el = await mount({ form: household });
    await userEvent.click(button(el, 'Thêm'));
    await settle(el);
    await userEvent.keyboard('An');
    await userEvent.click(button(el, 'Thêm'));
    await settle(el);
    await userEvent.keyboard('Bình');
    await settle(el);
    expect(inputs(el, 'Tên').map((i) => i.value)).toEqual(['An', 'Bình']);
    const rel = inputs(el, 'Quan hệ')[1];
    await userEvent.click(rel);
    await userEvent.keyboard('kha');
    await settle(el);
    await userEvent.keyboard('c');
    await settle(el);
    expect(inputs(el, 'Quan hệ khác')).toHaveLength(1);
    expect(focused(el)).toBe(rel);
    await userEvent.keyboard('h');
    await settle(el);
    expect(focused(el)).toBe(rel);
    expect(el.data).toEqual({ members: [{ name: 'An' }, { name: 'Bình', rel: 'khach' }] });
    await userEvent.click(button(el, 'Chuyển Người 2 lên'));
    await settle(el);
    expect(el.data).toEqual({ members: [{ name: 'Bình', rel: 'khach' }, { name: 'An' }] });
    expect(inputs(el, 'Tên').map((i) => i.value)).toEqual(['Bình', 'An']);
    expect(inputs(el, 'Quan hệ').map((i) => i.value)).toEqual(['khach', '']);
    await userEvent.click(button(el, /Xóa Người 1/));
    await settle(el);
    expect(el.data).toEqual({ members: [{ name: 'An' }] });
    expect(inputs(el, 'Tên').map((i) => i.value)).toEqual(['An']);
    expect(inputs(el, 'Quan hệ').map((i) => i.value)).toEqual(['']);
  });
});

describe('a compiled form given by the portal', () => {
  it('is used as given (not checked and compiled again), and two forms can share it', async () => {
    const compiled = compileForm(personForm);
    const first = await mount({ form: compiled });
    const second = await mount({ form: compiled, data: { fullName: 'An' } });
    expect(first.prefillForm()).toBe(compiled);
    expect(second.prefillForm()).toBe(compiled);
    await userEvent.type(control(first, 'Họ, chữ đệm và tên'), 'Bình');
    await settle(first);
    expect(first.data).toEqual({ fullName: 'Bình' });
    expect(control(second, 'Họ, chữ đệm và tên').value).toBe('An');
  });
});

describe('a wizard step the citizen left', () => {
  const twoSteps: FormDefinition = {
    id: 'vn.test.steps-memory',
    version: '1.0.0',
    title: { vi: 'Hai bước' },
    schema: { type: 'object', properties: { a: { type: 'string', title: 'Trường A' }, b: { type: 'string', title: 'Trường B' }, c: { type: 'string', title: 'Trường C' } } },
    ui: {
      type: 'Categorization',
      elements: [
        { type: 'Category', label: 'Một', elements: [{ type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/a' }, { type: 'Control', scope: '#/properties/b' }] }] },
        { type: 'Category', label: 'Hai', elements: [{ type: 'Control', scope: '#/properties/c' }] },
      ],
    },
  };

  /** The widget of a labelled field, weakly (a reference kept in the test would keep it alive). */
  const weakWidget = (el: TkForm, label: string): WeakRef<Element> => new WeakRef(control(el, label).closest('tk-text-field')!);

  it('does not keep its elements in memory while another step is on screen, and draws them anew on Back', async () => {
    const el = await mount({ form: twoSteps, data: { a: 'An' } });
    // (Not typed into: the browser keeps the element it last typed in alive, with or without the form.)
    const left = weakWidget(el, 'Trường A');
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    await userEvent.type(control(el, 'Trường C'), 'x');
    await settle(el);
    for (let i = 0; i < 3 && left.deref(); i++) {
      await cdp().send('HeapProfiler.collectGarbage');
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(left.deref()).toBeUndefined();
    await userEvent.click(button(el, 'Quay lại'));
    await settle(el);
    expect(control(el, 'Trường A').value).toBe('An');
  });
});
