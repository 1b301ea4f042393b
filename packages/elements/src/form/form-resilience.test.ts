// SPDX-License-Identifier: MIT
/**
 * Bad input never loses the citizen's answers: the portal setting the definition again, a language switch while
 * invalid text is typed, a form file that cannot be used, and a submit pressed twice.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition, JsonSchemaObject } from '@tokhai/core';
import { button, cleanup, control, focused, mount, personForm, record, root, settle } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

afterEach(cleanup);

// Literal URLs: Vite rewrites `new URL(literal, import.meta.url)`, and a template with a file that does not exist
// would become "undefined".
const PERSON_URL = new URL('./test-fixtures/person.form.json', import.meta.url).href;
const MISSING_URL = new URL('./test-fixtures/missing.form.json', import.meta.url).href;
const NOT_JSON_URL = new URL('./test-fixtures/not-json.form.json', import.meta.url).href;

/** The inline error text of the widget that shows `pointer`. */
function inlineError(el: TkForm, pointer: string): string {
  const widget = [...root(el).querySelectorAll<HTMLElement & { field?: { pointer: string } }>('*')].find(
    (n) => n.localName.startsWith('tk-') && n.field?.pointer === pointer,
  );
  return widget?.querySelector('[part="error"]')?.textContent?.trim() ?? '';
}

describe('when the portal sets the definition again while the citizen is typing', () => {
  it('the same object: nothing changes, the answer and the focus stay', async () => {
    const el = await mount({ form: personForm });
    const clears = record(el, 'tk-clear');
    const input = control(el, 'Họ, chữ đệm và tên');
    await userEvent.type(input, 'Ngô');
    el.form = personForm;
    await settle(el);
    await userEvent.keyboard(' Bảo');
    await settle(el);
    expect(el.data).toEqual({ fullName: 'Ngô Bảo' });
    expect(focused(el)).toBe(input);
    expect(clears).toEqual([]);
  });

  it('an equal copy: the answers stay, and the input keeps the focus and the caret (the next keystrokes land in place)', async () => {
    const el = await mount({ form: personForm });
    const clears = record(el, 'tk-clear');
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    const input = control(el, 'Họ, chữ đệm và tên');
    await userEvent.type(input, 'Ngô Bảo');
    // The caret in the middle of the name: "Ngô| Bảo".
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    el.form = structuredClone(personForm);
    await settle(el);
    expect(control(el, 'Họ, chữ đệm và tên')).toBe(input);
    expect(focused(el)).toBe(input);
    await userEvent.keyboard(' Văn');
    await settle(el);
    expect(input.value).toBe('Ngô Văn Bảo');
    expect(el.data).toEqual({ fullName: 'Ngô Văn Bảo', phone: '0912345678' });
    expect(clears).toEqual([]);
  });

  it('a new version with a field added: the answers stay, and the new field is empty', async () => {
    const el = await mount({ form: personForm });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Ngô Bảo Châu');
    const v2: FormDefinition = structuredClone(personForm);
    v2.version = '1.1.0';
    (v2.schema as JsonSchemaObject).properties!.job = { type: 'string', title: 'Nghề nghiệp' };
    (v2.ui as { elements: unknown[] }).elements.push({ type: 'Control', scope: '#/properties/job' });
    el.form = v2;
    await settle(el);
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('Ngô Bảo Châu');
    expect(control(el, 'Nghề nghiệp').value).toBe('');
    expect(el.data).toEqual({ fullName: 'Ngô Bảo Châu' });
  });

  it('a new version with a field removed: the other answers stay, and the removed answer is neither lost silently nor sent', async () => {
    const el = await mount({ form: personForm });
    const submits = record(el, 'tk-submit');
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Ngô Bảo Châu');
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    await userEvent.type(control(el, 'Ghi chú'), 'Gọi sau 17 giờ');
    const v2: FormDefinition = structuredClone(personForm);
    v2.version = '2.0.0';
    delete (v2.schema as JsonSchemaObject).properties!.note;
    (v2.ui as { elements: unknown[] }).elements.pop();
    el.form = v2;
    await settle(el);
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('Ngô Bảo Châu');
    // The citizen is told which answer the new version no longer asks for, with what they typed.
    const notice = root(el).querySelector('[part~="form-changed-notice"]');
    expect(notice?.textContent).toContain('Ghi chú');
    expect(notice?.textContent).toContain('Gọi sau 17 giờ');
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    expect(submits).toHaveLength(1);
    expect(submits[0].detail.submission.data).toEqual({ fullName: 'Ngô Bảo Châu', phone: '0912345678' });
  });

  it('a new src: the answers stay for the fields the new file still has', async () => {
    const el = await mount({}, { src: PERSON_URL });
    await vi.waitFor(() => expect(root(el).querySelector('[part~="title"]')?.textContent).toBe('Biểu mẫu từ tệp'), { timeout: 5000 });
    await settle(el);
    const first = root(el).querySelector<HTMLInputElement>('input')!;
    await userEvent.type(first, 'Ngô');
    const typed = el.data;
    el.src = PERSON_URL + '?v=2';
    await vi.waitFor(() => expect(root(el).querySelector('[part~="title"]')?.textContent).toBe('Biểu mẫu từ tệp'), { timeout: 5000 });
    await settle(el);
    expect(el.data).toEqual(typed);
    expect(root(el).querySelector<HTMLInputElement>('input')!.value).toBe('Ngô');
  });
});

describe('when the portal switches the same <tk-form> to another form', () => {
  it('shows only the new form: no element of the old one stays, and going back shows the old one whole', async () => {
    const el = await mount({ form: personForm });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'An');
    const other: FormDefinition = {
      id: 'vn.test.other',
      version: '1.0.0',
      title: { vi: 'Tờ khai khác' },
      // The same UI paths and one same data pointer as personForm, in other layouts and widgets.
      schema: { type: 'object', properties: { fullName: { type: 'number', title: 'Số thứ tự' }, x: { type: 'string', title: 'Trường X' } } },
      ui: { type: 'Group', label: 'Nhóm khác', elements: [{ type: 'Control', scope: '#/properties/x' }, { type: 'Control', scope: '#/properties/fullName' }] },
    };
    el.form = other;
    await settle(el);
    const text = root(el).textContent;
    for (const old of ['Họ, chữ đệm và tên', 'Số điện thoại', 'Thư điện tử', 'Ghi chú', 'hướng dẫn']) expect(text, old).not.toContain(old);
    expect([...root(el).querySelectorAll('[part~="control"]')].map((c) => c.closest('[part="base"]')?.parentElement?.localName)).toEqual(['tk-text-field', 'tk-number-field']);
    expect(root(el).querySelector('.tk-vertical')).toBeNull();
    el.form = personForm;
    await settle(el);
    expect(root(el).textContent).not.toContain('Trường X');
    expect(root(el).textContent).not.toContain('Nhóm khác');
    expect(root(el).querySelectorAll('[part~="control"]')).toHaveLength(4);
  });
});

describe('when src cannot be used', () => {
  it('a file that is not JSON: the failure names the URL and the problem', async () => {
    const url = NOT_JSON_URL;
    const el = await mount({}, { src: url });
    await vi.waitFor(() => expect(root(el).querySelector('[part="failure"] li')).not.toBeNull(), { timeout: 5000 });
    const failure = root(el).querySelector('[part="failure"]')!;
    expect(failure.getAttribute('role')).toBe('alert');
    expect(failure.textContent).toContain(url);
    expect(failure.textContent).toContain('[json]');
  });

  it('a failing src after the citizen typed: the failure is shown, the answers are kept and come back with a working src', async () => {
    const el = await mount({}, { src: PERSON_URL });
    await vi.waitFor(() => expect(root(el).querySelector('input')).not.toBeNull(), { timeout: 5000 });
    await settle(el);
    await userEvent.type(root(el).querySelector<HTMLInputElement>('input')!, 'Ngô');
    const typed = el.data;
    el.src = MISSING_URL;
    await vi.waitFor(() => expect(root(el).querySelector('[part="failure"]')).not.toBeNull(), { timeout: 5000 });
    await settle(el);
    const failure = root(el).querySelector('[part="failure"]')!;
    expect(failure.textContent).toContain('404');
    // The citizen learns that what they typed is not lost.
    expect(failure.textContent).toContain('Thông tin bạn đã nhập vẫn được giữ');
    expect(el.data).toEqual(typed);
    el.src = PERSON_URL;
    await vi.waitFor(() => expect(root(el).querySelector('input')).not.toBeNull(), { timeout: 5000 });
    await settle(el);
    expect(root(el).querySelector<HTMLInputElement>('input')!.value).toBe('Ngô');
  });
});

/** A number, a three-box date and a masked ĐDCN. */
const draftsForm: FormDefinition = {
  id: 'vn.test.drafts-text',
  version: '1.0.0',
  title: { vi: 'Văn bản nháp', en: 'Draft text' },
  schema: {
    type: 'object',
    properties: {
      children: { type: 'integer', minimum: 0 },
      birthDate: { type: 'string', format: 'date' },
      pid: { type: 'string', format: 'vn-pid' },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/children' },
      { type: 'Control', scope: '#/properties/birthDate' },
      { type: 'Control', scope: '#/properties/pid' },
    ],
  },
  i18n: {
    vi: { 'children.label': 'Số con', 'birthDate.label': 'Ngày sinh', 'pid.label': 'Số định danh' },
    en: { 'children.label': 'Number of children', 'birthDate.label': 'Date of birth', 'pid.label': 'ID number' },
  },
};

describe('switching the language while invalid text is typed', () => {
  it('keeps the typed text of a number, a half-typed date and a masked ID, with their errors, vi → en → vi', async () => {
    const el = await mount({ form: draftsForm });
    await userEvent.type(control(el, 'Số con'), '2 con');
    await userEvent.type(control(el, 'Ngày'), '15');
    await userEvent.type(control(el, 'Tháng'), '3');
    await userEvent.type(control(el, 'Số định danh'), '00120301');
    await userEvent.keyboard('{Tab}');
    await settle(el);
    const viErrors = ['/children', '/birthDate', '/pid'].map((p) => inlineError(el, p));
    for (const e of viErrors) expect(e).not.toBe('');
    const texts = () => [control(el, /Số con|Number of children/).value, control(el, /^Ngày$|^Day$/).value, control(el, /Tháng|Month/).value, control(el, /Số định danh|ID number/).value];
    const before = texts();
    expect(before).toEqual(['2 con', '15', '3', '001 203 01']);
    const data = el.data;

    el.locale = 'en';
    await settle(el);
    expect(texts()).toEqual(before);
    expect(el.data).toEqual(data);
    const enErrors = ['/children', '/birthDate', '/pid'].map((p) => inlineError(el, p));
    for (const [i, e] of enErrors.entries()) {
      expect(e).not.toBe('');
      expect(e).not.toBe(viErrors[i]);
    }

    el.locale = 'vi';
    await settle(el);
    expect(texts()).toEqual(before);
    expect(el.data).toEqual(data);
    expect(['/children', '/birthDate', '/pid'].map((p) => inlineError(el, p))).toEqual(viErrors);
  });
});

describe('a submit pressed twice', () => {
  it('Enter twice quickly sends one tk-submit', async () => {
    const el = await mount({ form: personForm, data: { phone: '0912345678' } });
    const submits = record(el, 'tk-submit');
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Ngô Bảo Châu');
    await userEvent.keyboard('{Enter}{Enter}');
    await settle(el);
    await new Promise((r) => setTimeout(r, 100));
    await settle(el);
    expect(submits).toHaveLength(1);
  });

  it('a double click on "Gửi hồ sơ" sends one tk-submit; a later edit and submit sends another', async () => {
    const el = await mount({ form: personForm, data: { phone: '0912345678', fullName: 'Ngô Bảo Châu' } });
    const submits = record(el, 'tk-submit');
    await userEvent.dblClick(button(el, 'Gửi hồ sơ'));
    await settle(el);
    expect(submits).toHaveLength(1);
    await userEvent.type(control(el, 'Ghi chú'), 'Bổ sung');
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    expect(submits).toHaveLength(2);
    expect(submits[1].detail.data).toMatchObject({ note: 'Bổ sung' });
  });
});
