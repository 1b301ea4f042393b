// SPDX-License-Identifier: MIT
/**
 * The submission code (`build-submission.ts`, a chunk loaded on the first submit) cannot be loaded: a network
 * hiccup, or a deploy that replaced the chunks under an open page. The citizen must not lose anything and must
 * be told.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { button, cleanup, control, focused, mount, personForm, record, root, settle } from './fixtures.test-helpers.js';

// Every import of the chunk fails, as a missing file on the server would.
vi.mock('./build-submission.js', () => {
  throw new Error('Failed to fetch dynamically imported module: tokhai.build-submission.js');
});

afterEach(cleanup);

describe('when the submission code cannot be loaded', () => {
  it('keeps the answers and the form, shows an alert saying the application was not sent, and sends no tk-submit', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ form: personForm, data: { phone: '0912345678' } }, { draft: 'none' });
    const submits = record(el, 'tk-submit');
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Ngô Bảo Châu');
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    expect(submits).toEqual([]);
    expect(el.data).toEqual({ fullName: 'Ngô Bảo Châu', phone: '0912345678' });
    const alert = root(el).querySelector('[part~="submit-failed"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Chưa gửi được hồ sơ');
    expect(focused(el)).toBe(alert);
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('Ngô Bảo Châu');
    // The alert stays while the citizen goes on editing; nothing else is lost.
    await userEvent.type(control(el, 'Ghi chú'), 'Thử lại');
    await settle(el);
    expect(root(el).querySelector('[part~="submit-failed"]')).not.toBeNull();
    expect(el.data).toEqual({ fullName: 'Ngô Bảo Châu', phone: '0912345678', note: 'Thử lại' });
  });

  it('submit() resolves to undefined and shows the same alert', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ form: personForm, data: { fullName: 'Ngô Bảo Châu', phone: '0912345678' } });
    expect(await el.submit()).toBeUndefined();
    await settle(el);
    expect(root(el).querySelector('[part~="submit-failed"]')?.textContent).toContain('Chưa gửi được hồ sơ');
  });

  it('in English too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ form: personForm, data: { fullName: 'Ngô Bảo Châu', phone: '0912345678' }, locale: 'en' });
    await userEvent.click(button(el, 'Submit'));
    await settle(el);
    expect(root(el).querySelector('[part~="submit-failed"]')?.textContent).toContain('has not been sent');
  });
});
