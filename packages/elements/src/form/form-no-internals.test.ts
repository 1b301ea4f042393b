// SPDX-License-Identifier: MIT
// A browser without ElementInternals (Safari before 16.4, on phones that cannot update past iOS 15): the form must
// still render, validate and submit on its own. Simulated by hiding `attachInternals` while the element is made.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { TkForm } from './form.component.js';
import { button, cleanup, control, personForm, record, root, settle } from './fixtures.test-helpers.js';

afterEach(cleanup);

async function mountWithoutInternals(props: Partial<Record<keyof TkForm, unknown>>): Promise<TkForm> {
  const proto = HTMLElement.prototype as { attachInternals?: unknown };
  const attach = proto.attachInternals;
  delete proto.attachInternals;
  let el: TkForm;
  try {
    el = document.createElement('tk-form');
  } finally {
    proto.attachInternals = attach;
  }
  Object.assign(el, props);
  document.body.append(el);
  await settle(el);
  return el;
}

describe('without ElementInternals', () => {
  it('renders, reports invalid answers with its own message, and submits once they are fixed', async () => {
    const el = await mountWithoutInternals({ form: personForm });
    expect(control(el, 'Họ, chữ đệm và tên')).not.toBeNull();
    const invalid = record(el, 'invalid');
    expect(el.checkValidity()).toBe(false);
    expect(invalid).toHaveLength(1);
    expect((el as unknown as { control: { validationMessage: string } }).control.validationMessage).toMatch(/Có 2 lỗi cần sửa/);

    await userEvent.click(button(el, /Gửi/));
    await settle(el);
    expect(root(el).querySelector('[part~="error-summary"]')).not.toBeNull();

    const submitted = record(el, 'tk-submit');
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Lê Thị Hoa');
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    await settle(el);
    expect(el.checkValidity()).toBe(true);
    await userEvent.click(button(el, /Gửi/));
    await settle(el);
    expect(submitted).toHaveLength(1);
    expect(submitted[0].detail.data).toMatchObject({ fullName: 'Lê Thị Hoa', phone: '0912345678' });
  });
});
