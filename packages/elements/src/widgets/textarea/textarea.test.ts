// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './textarea.js';
import { countCharacters, type TkTextarea } from './textarea.component.js';
import { byId, cleanup, errorAt, last, makeField, mount, waitFor } from '../shared/test-utils.js';
import { runWidgetBaseTests } from '../shared/widget-base-tests.js';

const textarea = (root: ShadowRoot) => root.querySelector('textarea')!;
const limited = { schema: { type: 'string' as const, maxLength: 20 }, label: 'Lý do', options: { multi: true } };

describe('<tk-textarea>', () => {
  afterEach(cleanup);

  it('keeps line breaks in the stored text', async () => {
    const m = await mount<TkTextarea>('tk-textarea', makeField({ label: 'Lý do' }));
    await userEvent.type(textarea(m.root), 'Dòng một{Enter}Dòng hai');
    expect(last(m.events.input)).toBe('Dòng một\nDòng hai');
  });

  it('counts characters as code points of the NFC text, as maxLength does', () => {
    expect(countCharacters('Nguyễn')).toBe(6);
    expect(countCharacters('Nguye\u0302\u0303n')).toBe(6);
    // Code points as the string iterator counts them: a pair is one, a lone surrogate is one.
    for (const text of ['𝄞a𝄞', '\ud834', 'a\udd1e', '\ud834\ud834\udd1e', '\udd1e\ud834', '']) expect(countCharacters(text)).toBe([...text.normalize('NFC')].length);
  });

  it('describes the field with the limit and shows the remaining count without announcing each key', async () => {
    const m = await mount<TkTextarea>('tk-textarea', makeField(limited));
    const id = m.el.field!.id;
    expect(textarea(m.root).getAttribute('aria-describedby')).toContain(`${id}-count-info`);
    expect(byId(m.root, `${id}-count-info`).textContent).toContain('tối đa 20 ký tự');
    await userEvent.type(textarea(m.root), 'Chuyển nơi ở');
    const count = m.root.querySelector('[part="count"]')!;
    expect(count.getAttribute('aria-hidden')).toBe('true');
    expect(count.textContent).toContain('Bạn còn 8 ký tự');
  });

  it('announces the remaining count in a polite live region after typing pauses', async () => {
    const m = await mount<TkTextarea>('tk-textarea', makeField(limited));
    const live = m.root.querySelector('[aria-live="polite"]')!;
    await userEvent.type(textarea(m.root), 'abc');
    expect(live.textContent.trim()).toBe('');
    await waitFor(() => expect(live.textContent).toContain('Bạn còn 17 ký tự'), 2500);
  });

  it('keeps text beyond the limit and says how many characters are too many', async () => {
    const m = await mount<TkTextarea>('tk-textarea', makeField({ ...limited, schema: { type: 'string', maxLength: 5 } }));
    await userEvent.type(textarea(m.root), 'abcdefg');
    expect(last(m.events.input)).toBe('abcdefg');
    const count = m.root.querySelector('[part="count"]')!;
    expect(count.textContent).toContain('quá 2 ký tự');
    expect(count.classList.contains('tk-textarea__count--over')).toBe(true);
  });

  it('speaks English when the field locale is en', async () => {
    const m = await mount<TkTextarea>('tk-textarea', makeField({ ...limited, locale: 'en' }));
    await userEvent.type(textarea(m.root), 'a');
    expect(m.root.querySelector('[part="count"]')!.textContent).toContain('You have 19 characters remaining');
  });

  it('keeps the same text area, count and caret when the field is rendered again with errors', async () => {
    const m = await mount<TkTextarea>('tk-textarea', makeField(limited));
    const control = textarea(m.root);
    const count = m.root.querySelector('[part="count"]')!;
    await userEvent.type(control, 'abcdef{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    await m.update({ errors: [errorAt('/x', 'Lý do quá dài.')], hint: 'Ghi ngắn gọn.' });
    expect(textarea(m.root)).toBe(control);
    expect(m.root.querySelector('[part="count"]')).toBe(count);
    expect(m.root.activeElement).toBe(control);
    expect(control.getAttribute('aria-describedby')!.split(' ')).toEqual([`${m.el.field!.id}-hint`, `${m.el.field!.id}-count-info`, `${m.el.field!.id}-error`]);
    await userEvent.keyboard('X');
    expect(last(m.events.input)).toBe('abcXdef');
  });

  it('adds the count when the schema gains a maxLength and takes it out, with its description, when it loses it', async () => {
    const m = await mount<TkTextarea>('tk-textarea', makeField({ label: 'Lý do' }));
    const id = m.el.field!.id;
    expect(m.root.querySelector('[part="count"]')).toBeNull();
    expect(textarea(m.root).hasAttribute('aria-describedby')).toBe(false);
    await userEvent.type(textarea(m.root), 'abc');
    await m.update({ schema: { type: 'string', maxLength: 10 } });
    expect(m.root.querySelector('[part="count"]')!.textContent).toContain('Bạn còn 7 ký tự');
    expect(textarea(m.root).getAttribute('aria-describedby')).toBe(`${id}-count-info`);
    // The count follows the textarea, in the order info, visible count, live region.
    const after = [...m.root.querySelector('[part="base"]')!.children].slice(-4).map((e) => e.id || e.getAttribute('part') || e.getAttribute('aria-live'));
    expect(after).toEqual([id, `${id}-count-info`, 'count', 'polite']);
    await m.update({ schema: { type: 'string' } });
    expect(m.root.querySelector('[part="count"]')).toBeNull();
    expect(m.root.getElementById(`${id}-count-info`)).toBeNull();
    expect(m.root.querySelector('[aria-live]')).toBeNull();
    expect(textarea(m.root).hasAttribute('aria-describedby')).toBe(false);
  });

  it('says nothing in the live region when it was removed before typing paused', async () => {
    const m = await mount<TkTextarea>('tk-textarea', makeField(limited));
    await userEvent.type(textarea(m.root), 'abc');
    m.el.remove();
    await new Promise((r) => setTimeout(r, 1300));
    m.root.prepend(m.el);
    await m.el.updateComplete;
    expect(m.root.querySelector('[aria-live="polite"]')!.textContent).toBe('');
  });
});

runWidgetBaseTests<TkTextarea>({
  tag: 'tk-textarea',
  field: limited,
  edit: async (m) => {
    await userEvent.type(textarea(m.root), 'Đi công tác');
    return 'Đi công tác';
  },
});
