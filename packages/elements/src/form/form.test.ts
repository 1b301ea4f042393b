import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { TkForm } from './form.component.js';
import { button, cleanup, control, focused, mount, personForm, record, root, seriousViolations, settle } from './fixtures.test-helpers.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('<tk-form> defaults', () => {
  it('has no serious or critical axe violations when empty', async () => {
    const el = await mount({ form: personForm });
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('defaults to Vietnamese, no draft, not kiosk, not assisted', async () => {
    const el = await mount({ form: personForm });
    expect(el).toBeInstanceOf(TkForm);
    expect(el.locale).toBe('vi');
    expect(el.draft).toBe('none');
    expect(el.kiosk).toBe(false);
    expect(el.assisted).toBe(false);
    expect(root(el).querySelector('[part~="title"]')?.textContent).toBe('Tờ khai thử nghiệm');
    expect(root(el).querySelector('form')?.getAttribute('lang')).toBe('vi');
  });

  it('renders layouts: the Label with a safe link, the horizontal row, each control with its label', async () => {
    const el = await mount({ form: personForm });
    const link = root(el).querySelector<HTMLAnchorElement>('[part="text"] a')!;
    expect(link.href).toBe('https://dichvucong.gov.vn/huong-dan');
    expect(link.rel).toBe('noopener noreferrer');
    expect(root(el).querySelector('[part="horizontal-layout"]')?.textContent).toContain('Số điện thoại');
    expect(control(el, 'Họ, chữ đệm và tên').id).toBeTruthy();
    expect(root(el).querySelector('[part="description"] em')?.textContent).toBe('đầy đủ');
  });
});

describe('when the citizen fills in and submits the form', () => {
  it('types with real keystrokes and tk-submit carries the prepared submission', async () => {
    const el = await mount({ form: personForm });
    const submits = record(el, 'tk-submit');
    const changes = record(el, 'tk-change');
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Nguyễn Thị Mai');
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    expect(changes.length).toBeGreaterThan(10);
    expect(changes.at(-1)!.detail.valid).toBe(true);
    expect(submits).toHaveLength(1);
    const { submission, data } = submits[0].detail;
    expect(data).toEqual({ fullName: 'Nguyễn Thị Mai', phone: '0912345678' });
    expect(submission).toMatchObject({
      formId: 'vn.test.person',
      formVersion: '1.0.0',
      locale: 'vi',
      data: { fullName: 'Nguyễn Thị Mai', phone: '0912345678' },
      provenance: {},
      consent: [],
    });
    expect(submission.submissionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Date.parse(submission.submittedAt)).not.toBeNaN();
    expect(submission.kiosk).toBeUndefined();
    expect(el.data).toEqual({ fullName: 'Nguyễn Thị Mai', phone: '0912345678' });
  });

  it('never mutates the data object the portal gave', async () => {
    const given = Object.freeze({ fullName: 'An' });
    const el = await mount({ form: personForm, data: given });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), ' Bình');
    expect(given).toEqual({ fullName: 'An' });
    expect(el.data).toEqual({ fullName: 'An Bình' });
  });

  it('a cancelled tk-submit keeps the form as it is', async () => {
    const el = await mount({ form: personForm, data: { fullName: 'An Bình', phone: '0912345678' } });
    el.addEventListener('tk-submit', (e) => e.preventDefault());
    expect(await el.submit()).toBeUndefined();
    expect(el.data).toEqual({ fullName: 'An Bình', phone: '0912345678' });
  });
});

describe('when a submit finds errors', () => {
  it('shows the GOV.UK error summary, focuses it, and each link focuses its field', async () => {
    const el = await mount({ form: personForm });
    const invalid = record(el, 'tk-invalid');
    await userEvent.type(control(el, 'Thư điện tử'), 'not-an-email');
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    const summary = root(el).querySelector<HTMLElement>('[part="error-summary"]')!;
    expect(summary).not.toBeNull();
    expect(focused(el)).toBe(summary);
    expect(summary.querySelector('[role="alert"]')).not.toBeNull();
    expect(summary.textContent).toContain('Có lỗi cần sửa');
    const links = [...summary.querySelectorAll<HTMLAnchorElement>('a')];
    expect(links).toHaveLength(3);
    expect(invalid).toHaveLength(1);
    expect(invalid[0].detail.errors.map((e) => e.pointer).sort()).toEqual(['/email', '/fullName', '/phone']);

    // Inline errors: aria-invalid and aria-describedby point at the message.
    const name = control(el, 'Họ, chữ đệm và tên');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = name.getAttribute('aria-describedby')!.split(' ');
    const message = describedBy.map((id) => root(el).getElementById(id)).find((n) => n?.textContent?.includes('Lỗi'));
    expect(message).toBeTruthy();

    // The link to the phone field moves focus to its input (keyboard activation).
    const phoneLink = links.find((a) => a.textContent === invalid[0].detail.errors.find((e) => e.pointer === '/phone')!.message)!;
    phoneLink.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)).toBe(control(el, 'Số điện thoại'));
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('does not show an error while the citizen types the first time; shows it after leaving the field; then live', async () => {
    const el = await mount({ form: personForm });
    const name = control(el, 'Họ, chữ đệm và tên');
    await userEvent.type(name, 'A');
    await settle(el);
    expect(name.getAttribute('aria-invalid')).not.toBe('true');
    await userEvent.tab();
    await settle(el);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    await userEvent.click(name);
    await userEvent.type(name, 'n');
    await settle(el);
    expect(name.getAttribute('aria-invalid')).not.toBe('true');
    await userEvent.keyboard('{Backspace}');
    await settle(el);
    expect(name.getAttribute('aria-invalid')).toBe('true');
  });

  it('reportValidity shows the summary; validate and checkValidity do not', async () => {
    const el = await mount({ form: personForm });
    expect(el.validate().valid).toBe(false);
    expect(el.checkValidity()).toBe(false);
    await settle(el);
    expect(root(el).querySelector('[part="error-summary"]')).toBeNull();
    expect(el.reportValidity()).toBe(false);
    await settle(el);
    expect(root(el).querySelector('[part="error-summary"]')).not.toBeNull();
  });

  it('reportValidity fires one cancelable invalid event, as a native control does, then tk-invalid; a cancelled one shows nothing', async () => {
    const el = await mount({ form: personForm });
    const invalid = record(el, 'invalid');
    const tkInvalid = record(el, 'tk-invalid');
    expect(el.reportValidity()).toBe(false);
    await settle(el);
    expect(invalid).toHaveLength(1);
    expect(invalid[0].cancelable).toBe(true);
    expect(tkInvalid).toHaveLength(1);

    const quiet = await mount({ form: personForm });
    quiet.addEventListener('invalid', (e) => e.preventDefault());
    const quietTk = record(quiet, 'tk-invalid');
    expect(quiet.reportValidity()).toBe(false);
    await settle(quiet);
    expect(root(quiet).querySelector('[part="error-summary"]')).toBeNull();
    expect(quietTk).toHaveLength(0);
  });
});

describe('when the locale changes', () => {
  it('re-renders labels and error messages in English and keeps the data', async () => {
    const el = await mount({ form: personForm });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Trần Văn Hùng');
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    const viMessage = root(el).querySelector('[part="error-summary"] a')!.textContent;
    el.locale = 'en';
    await settle(el);
    expect(control(el, 'Full name').value).toBe('Trần Văn Hùng');
    expect(root(el).querySelector('[part~="title"]')?.textContent).toBe('Test declaration');
    expect(root(el).querySelector('[part="error-summary"]')?.textContent).toContain('There is a problem');
    expect(root(el).querySelector('[part="error-summary"] a')!.textContent).not.toBe(viMessage);
    expect(button(el, 'Submit')).toBeTruthy();
    expect(el.data).toEqual({ fullName: 'Trần Văn Hùng' });
    el.setAttribute('locale', 'vi');
    await settle(el);
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('Trần Văn Hùng');
  });
});

describe('when a control has no widget', () => {
  const odd: FormDefinition = {
    id: 'vn.test.odd',
    version: '1.0.0',
    title: { vi: 'Lạ' },
    schema: { type: 'object', properties: { blob: { type: 'null', title: 'Trường lạ' }, name: { type: 'string', title: 'Tên' } } },
  };

  it('shows a visible fallback and warns once in dev mode', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    globalThis.tokhaiIssuedWarnings?.clear();
    const el = await mount({ form: odd });
    el.requestUpdate();
    await settle(el);
    const fallback = root(el).querySelector('[part="unsupported"]');
    expect(fallback?.textContent).toContain('Trường lạ');
    expect(fallback?.textContent).toContain('chưa được hỗ trợ');
    const calls = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('unsupported-control'));
    expect(calls).toHaveLength(1);
    expect(await seriousViolations(el)).toEqual([]);
  });
});

describe('when the form comes from src', () => {
  it('fetches the definition and renders it', async () => {
    const el = await mount({}, { src: new URL('./test-fixtures/person.form.json', import.meta.url).href });
    await vi.waitFor(() => expect(root(el).querySelector('[part~="title"]')?.textContent).toBe('Biểu mẫu từ tệp'), { timeout: 5000 });
  });

  it('shows a localized error with the URL when the file is missing', async () => {
    const url = new URL('./test-fixtures/missing.form.json', import.meta.url).href;
    const el = await mount({}, { src: url });
    await vi.waitFor(() => expect(root(el).querySelector('[part="failure"]')).not.toBeNull(), { timeout: 5000 });
    const failure = root(el).querySelector('[part="failure"]')!;
    expect(failure.getAttribute('role')).toBe('alert');
    expect(failure.textContent).toContain('Không tải được biểu mẫu');
    expect(failure.textContent).toContain(url);
    expect(failure.textContent).toContain('404');
    expect(el.checkValidity()).toBe(false);
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('lists every problem of an invalid definition with its pointer', async () => {
    const url = new URL('./test-fixtures/invalid.form.json', import.meta.url).href;
    const el = await mount({}, { src: url, locale: 'en' });
    await vi.waitFor(() => expect(root(el).querySelector('[part="failure"]')).not.toBeNull(), { timeout: 5000 });
    const failure = root(el).querySelector('[part="failure"]')!;
    expect(failure.textContent).toContain('The form is not valid');
    expect(failure.textContent).toContain(url);
    expect(failure.textContent).toContain('/ui/elements/0/scope');
  });
});
