import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, control, mount, personForm, record, root, settle } from './fixtures.test-helpers.js';

afterEach(cleanup);

function nativeForm(): HTMLFormElement {
  const form = document.createElement('form');
  form.innerHTML = '<button type="submit" id="native-submit">Send</button><button type="reset" id="native-reset">Reset</button>';
  document.body.append(form);
  return form;
}

describe('inside a native <form>', () => {
  it('submits the prepared data as JSON under its name', async () => {
    const form = nativeForm();
    const el = await mount({ form: personForm, data: { fullName: 'Đặng Văn Lâm', phone: '0912345678', note: '' } }, { name: 'payload' }, form);
    const data = new FormData(form);
    expect(JSON.parse(data.get('payload') as string)).toEqual({ fullName: 'Đặng Văn Lâm', phone: '0912345678', note: '' });
    await userEvent.type(control(el, 'Thư điện tử'), 'lam@example.vn');
    await settle(el);
    expect(JSON.parse(new FormData(form).get('payload') as string).email).toBe('lam@example.vn');
  });

  it('takes part in native validity with a localized message, blocking the native submit', async () => {
    const form = nativeForm();
    const el = await mount({ form: personForm }, { name: 'payload' }, form);
    const submitted = record(form, 'submit');
    expect(form.checkValidity()).toBe(false);
    expect(el.checkValidity()).toBe(false);
    const internals = (el as unknown as { control: { validationMessage: string } }).control;
    expect(internals.validationMessage).toMatch(/Có 2 lỗi cần sửa/);
    form.requestSubmit();
    await settle(el);
    expect(submitted).toHaveLength(0);
    // The browser's interactive validation fired `invalid`: the inline errors and the summary show.
    expect(root(el).querySelector('[part="error-summary"]')).not.toBeNull();
    expect(control(el, 'Họ, chữ đệm và tên').getAttribute('aria-invalid')).toBe('true');
  });

  it('submits the surrounding form after a valid tk-submit', async () => {
    const form = nativeForm();
    const el = await mount({ form: personForm, data: { fullName: 'Mai Anh', phone: '0912345678' } }, { name: 'payload' }, form);
    const payloads: unknown[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      payloads.push(JSON.parse(new FormData(form).get('payload') as string));
    });
    const submission = await el.submit();
    expect(submission?.data).toEqual({ fullName: 'Mai Anh', phone: '0912345678' });
    expect(payloads).toEqual([{ fullName: 'Mai Anh', phone: '0912345678' }]);
  });

  it('returns to its initial data when the native form is reset', async () => {
    const form = nativeForm();
    const el = await mount({ form: personForm, data: { fullName: 'Ban đầu' } }, { name: 'payload' }, form);
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), ' đã sửa');
    expect(el.data).toEqual({ fullName: 'Ban đầu đã sửa' });
    form.reset();
    await settle(el);
    expect(el.data).toEqual({ fullName: 'Ban đầu' });
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('Ban đầu');
  });

  it('is disabled with a disabled fieldset, and then submits nothing', async () => {
    const form = nativeForm();
    const fieldset = document.createElement('fieldset');
    form.append(fieldset);
    const el = await mount({ form: personForm, data: { fullName: 'X Y', phone: '0912345678' } }, { name: 'payload' }, fieldset);
    fieldset.disabled = true;
    await settle(el);
    expect(control(el, 'Họ, chữ đệm và tên').disabled || control(el, 'Họ, chữ đệm và tên').getAttribute('aria-disabled') === 'true').toBe(true);
    expect(new FormData(form).has('payload')).toBe(false);
    fieldset.disabled = false;
    await settle(el);
    expect(new FormData(form).has('payload')).toBe(true);
  });
});
