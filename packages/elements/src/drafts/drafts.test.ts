import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { button, cleanup, control, mount, personForm, root, seriousViolations, settle, wizardForm } from '../form/fixtures.test-helpers.js';
import { draftKey } from './draft-store.js';
import { DEBOUNCE_MS } from './draft-controller.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(cleanup);

describe('draft="session"', () => {
  it('autosaves after a pause and offers to restore it in a new element with the same storage', async () => {
    let el = await mount({ form: wizardForm }, { draft: 'session' });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Hoàng Văn Nam');
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    await wait(DEBOUNCE_MS + 200);
    const saved = JSON.parse(sessionStorage.getItem(draftKey('vn.test.wizard', '1.0.0'))!);
    expect(saved).toMatchObject({ formId: 'vn.test.wizard', version: '1.0.0', data: { fullName: 'Hoàng Văn Nam' }, step: 1 });
    expect(localStorage.length).toBe(0);
    cleanup();

    el = await mount({ form: wizardForm }, { draft: 'session' });
    const banner = root(el).querySelector('[part~="draft-banner"]')!;
    expect(banner.getAttribute('role')).toBe('region');
    expect(banner.textContent).toContain('bản nháp');
    expect(await seriousViolations(el)).toEqual([]);
    await userEvent.click(button(el, 'Khôi phục bản nháp'));
    await settle(el);
    expect(el.data).toEqual({ fullName: 'Hoàng Văn Nam' });
    expect(root(el).querySelector('[part="step-heading"]')?.textContent).toBe('Bước 2/4: Liên hệ');
    expect(root(el).querySelector('[part~="draft-banner"]')).toBeNull();
  });

  it('does not overwrite the old draft before the citizen decides, and Discard removes it', async () => {
    sessionStorage.setItem(
      draftKey('vn.test.person', '1.0.0'),
      JSON.stringify({ formId: 'vn.test.person', version: '1.0.0', savedAt: '2026-11-20T08:00:00.000Z', data: { fullName: 'Bản cũ' } }),
    );
    const el = await mount({ form: personForm }, { draft: 'session' });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Mới');
    await wait(DEBOUNCE_MS + 200);
    expect(JSON.parse(sessionStorage.getItem(draftKey('vn.test.person', '1.0.0'))!).data).toEqual({ fullName: 'Bản cũ' });
    await userEvent.click(button(el, 'Bỏ bản nháp'));
    await settle(el);
    expect(root(el).querySelector('[part~="draft-banner"]')).toBeNull();
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), '!');
    await wait(DEBOUNCE_MS + 200);
    expect(JSON.parse(sessionStorage.getItem(draftKey('vn.test.person', '1.0.0'))!).data).toEqual({ fullName: 'Mới!' });
  });

  it('removes the draft after a successful submission', async () => {
    const el = await mount({ form: personForm }, { draft: 'local' });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Gửi xong');
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    await wait(DEBOUNCE_MS + 200);
    expect(localStorage.getItem(draftKey('vn.test.person', '1.0.0'))).not.toBeNull();
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    await wait(DEBOUNCE_MS + 200);
    expect(localStorage.getItem(draftKey('vn.test.person', '1.0.0'))).toBeNull();
  });
});

describe('a draft saved under an older version', () => {
  const v2: FormDefinition = {
    ...personForm,
    version: '2.0.0',
    migrations: [
      {
        from: '<2.0.0',
        operations: [
          { move: { from: '/name', to: '/fullName' } },
          { remove: '/district', reason: { vi: 'Bỏ cấp huyện từ 01/07/2025', en: 'Districts were abolished' } },
        ],
      },
    ],
  };

  it('is migrated, and the citizen is told what could not be carried; the old draft stays until they decide', async () => {
    const oldKey = draftKey('vn.test.person', '1.2.0');
    sessionStorage.setItem(
      oldKey,
      JSON.stringify({
        formId: 'vn.test.person',
        version: '1.2.0',
        savedAt: '2026-11-20T08:00:00.000Z',
        data: { name: 'Lý Thường Kiệt', district: 'Quận 1', fax: '028 3822 0000' },
        labels: { '/district': 'Quận/huyện', '/fax': 'Số fax' },
      }),
    );
    const el = await mount({ form: v2 }, { draft: 'session' });
    const banner = root(el).querySelector('[part~="draft-banner"]')!;
    expect(banner.textContent).toContain('phiên bản 1.2.0');
    expect(banner.textContent).toContain('Quận/huyện');
    expect(banner.textContent).toContain('Quận 1');
    expect(banner.textContent).toContain('Bỏ cấp huyện từ 01/07/2025');
    expect(banner.textContent).toContain('Số fax');
    expect(sessionStorage.getItem(oldKey)).not.toBeNull();
    await userEvent.click(button(el, 'Khôi phục bản nháp'));
    await settle(el);
    expect(el.data).toEqual({ fullName: 'Lý Thường Kiệt' });
    expect(root(el).querySelector('[part~="draft-notice"]')?.textContent).toContain('028 3822 0000');
    expect(sessionStorage.getItem(oldKey)).toBeNull();
  });
});
