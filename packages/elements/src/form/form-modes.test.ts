import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { button, cleanup, control, focused, mount, personForm, record, root, seriousViolations, settle, wizardForm } from './fixtures.test-helpers.js';

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(cleanup);

describe('kiosk mode', () => {
  it('never persists anything, even with draft="local"', async () => {
    const el = await mount({ form: personForm }, { kiosk: '', draft: 'local' });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Khách');
    await new Promise((r) => setTimeout(r, 700));
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('clears all data after a submission and marks the submission as kiosk', async () => {
    const el = await mount({ form: personForm }, { kiosk: '' });
    const submits = record(el, 'tk-submit');
    const clears = record(el, 'tk-clear');
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Khách Một');
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    expect(submits[0].detail.submission.kiosk).toBe(true);
    expect(clears.map((e) => e.detail.reason)).toEqual(['submit']);
    expect(el.data).toEqual({});
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('');
    expect(root(el).querySelector('[part~="kiosk-notice"]')?.textContent).toContain('Dữ liệu đã được xóa');
  });

  it('warns before the idle timeout, then clears everything', async () => {
    const el = await mount({ form: personForm }, { kiosk: '', 'idle-timeout': '2' });
    const clears = record(el, 'tk-clear');
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Người trước');
    await new Promise((r) => setTimeout(r, 1300));
    await settle(el);
    const dialog = root(el).querySelector('dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('sẽ bị xóa');
    expect(focused(el)?.textContent?.trim()).toBe('Tôi vẫn đang khai');
    await new Promise((r) => setTimeout(r, 1200));
    await settle(el);
    expect(clears.map((e) => e.detail.reason)).toEqual(['idle']);
    expect(el.data).toEqual({});
    expect(root(el).querySelector('dialog')!.open).toBe(false);
  });

  it('"I am still here" keeps the data and restarts the clock', async () => {
    const el = await mount({ form: personForm }, { kiosk: '', 'idle-timeout': '2' });
    const clears = record(el, 'tk-clear');
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Vẫn ở đây');
    await new Promise((r) => setTimeout(r, 1300));
    await settle(el);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    await new Promise((r) => setTimeout(r, 900));
    expect(clears).toHaveLength(0);
    expect(el.data).toEqual({ fullName: 'Vẫn ở đây' });
  });
});

describe('assisted mode', () => {
  it('shows the assisted banner and requires the officer id and the citizen confirmation before submitting', async () => {
    const el = await mount({ form: wizardForm, data: { fullName: 'Cụ Ông', phone: '0912345678', reason: 'Khai hộ' } }, { assisted: '' });
    const submits = record(el, 'tk-submit');
    expect(root(el).querySelector('[part~="assisted-banner"]')?.textContent).toContain('Cán bộ đang khai hộ');
    for (let i = 0; i < 3; i++) {
      await userEvent.click(button(el, 'Tiếp tục'));
      await settle(el);
    }
    await userEvent.click(button(el, 'Xác nhận và gửi hồ sơ'));
    await settle(el);
    expect(submits).toHaveLength(0);
    const summary = root(el).querySelector('[part="error-summary"]')!;
    expect(summary.textContent).toContain('Nhập mã số cán bộ hỗ trợ');
    expect(summary.textContent).toContain('Công dân cần xác nhận');
    expect(await seriousViolations(el)).toEqual([]);
    await userEvent.type(control(el, 'Mã số cán bộ hỗ trợ'), 'CB-0042');
    await userEvent.click(control(el, 'Công dân đã kiểm tra'));
    await userEvent.click(button(el, 'Xác nhận và gửi hồ sơ'));
    await settle(el);
    expect(submits).toHaveLength(1);
    const assisted = submits[0].detail.submission.assisted!;
    expect(assisted.officerId).toBe('CB-0042');
    expect(assisted.citizenConfirmed).toBe(true);
    expect(Date.parse(assisted.confirmedAt!)).not.toBeNaN();
  });

  it('takes the officer id from the officer-id attribute', async () => {
    const el = await mount({ form: personForm, data: { fullName: 'Bà Ba', phone: '0912345678' } }, { assisted: '', 'officer-id': 'CB-7' });
    expect(() => control(el, 'Mã số cán bộ hỗ trợ')).toThrow();
    expect(root(el).querySelector('[part~="assisted-banner"]')?.textContent).toContain('CB-7');
    await userEvent.click(control(el, 'Công dân đã kiểm tra'));
    const submission = await el.submit();
    expect(submission?.assisted).toMatchObject({ officerId: 'CB-7', citizenConfirmed: true });
  });
});
