// SPDX-License-Identifier: MIT
/** Stored drafts that are damaged, of another form, or of an older shape: never a crash, never a loss of what is on screen. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { button, cleanup, control, mount, personForm, root, settle, wizardForm } from '../form/fixtures.test-helpers.js';
import { draftKey } from './draft-store.js';
import { DEBOUNCE_MS } from './draft-controller.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const KEY = draftKey('vn.test.person', '1.0.0');
const record = (extra: Record<string, unknown>) =>
  JSON.stringify({ formId: 'vn.test.person', version: '1.0.0', savedAt: '2026-11-20T08:00:00.000Z', data: { fullName: 'Bản cũ' }, ...extra });

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(cleanup);

describe('a stored draft that cannot be used', () => {
  it.each([
    ['corrupted JSON', '{"formId":"vn.test.person","version":"1.0.0","data":{"fullName":"Bản c'],
    ['a JSON array', '[1,2,3]'],
    ['another form under this key', record({ formId: 'vn.test.other', data: { secret: 'không phải của bạn' } })],
    ['data that is not an object', record({ data: 'chuỗi' })],
  ])('%s: the form works, offers nothing it cannot restore, and the citizen’s typing is saved', async (_name, stored) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    sessionStorage.setItem(KEY, stored);
    const el = await mount({ form: personForm }, { draft: 'session' });
    expect(root(el).querySelector('[part~="draft-banner"]')).toBeNull();
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Mới');
    await wait(DEBOUNCE_MS + 200);
    expect(el.data).toEqual({ fullName: 'Mới' });
    expect(JSON.parse(sessionStorage.getItem(KEY)!).data).toEqual({ fullName: 'Mới' });
  });

  it('a wizard draft whose step is damaged restores the answers on a real step, not on the review', async () => {
    sessionStorage.setItem(
      draftKey('vn.test.wizard', '1.0.0'),
      JSON.stringify({ formId: 'vn.test.wizard', version: '1.0.0', savedAt: '2026-11-20T08:00:00.000Z', data: { fullName: 'Hoàng Văn Nam' }, step: 'hai' }),
    );
    const el = await mount({ form: wizardForm }, { draft: 'session' });
    await userEvent.click(button(el, 'Khôi phục bản nháp'));
    await settle(el);
    expect(el.data).toEqual({ fullName: 'Hoàng Văn Nam' });
    expect(root(el).querySelector('[part="step-heading"]')?.textContent).toBe('Bước 1/4: Người khai');
  });

  it('a draft whose prefill record is damaged restores the answers without breaking the form', async () => {
    sessionStorage.setItem(KEY, record({ prefill: { consent: 'yes' } }));
    const el = await mount({ form: personForm }, { draft: 'session' });
    await userEvent.click(button(el, 'Khôi phục bản nháp'));
    await settle(el);
    expect(el.data).toEqual({ fullName: 'Bản cũ' });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), '!');
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    const submission = await el.submit();
    expect(submission?.data).toEqual({ fullName: 'Bản cũ!', phone: '0912345678' });
  });
});
