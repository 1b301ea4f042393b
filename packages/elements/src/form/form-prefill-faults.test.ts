// SPDX-License-Identifier: MIT
/** Prefill that goes wrong (a provider that throws, values of the wrong type) never overwrites what the citizen typed. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import type { CitizenDataProvider } from '@tokhai/prefill';
import { button, cleanup, control, mount, root, settle, wizardForm } from './fixtures.test-helpers.js';

afterEach(cleanup);

const form: FormDefinition = {
  ...wizardForm,
  id: 'vn.test.prefill-faults',
  prefill: [
    { target: '/fullName', source: 'vneid', claim: '/name', mode: 'editable' },
    { target: '/phone', source: 'vneid', claim: '/phone_number', mode: 'editable' },
    { target: '/idNumber', source: 'population', claim: '/pid', mode: 'editable' },
  ],
};

const provider = (id: string, fetch: CitizenDataProvider['fetch']): CitizenDataProvider => ({
  id,
  label: { vi: id === 'vneid' ? 'VNeID' : 'CSDLQG', en: id === 'vneid' ? 'VNeID' : 'Population DB' },
  purpose: { vi: 'Điền sẵn thông tin', en: 'Prefill' },
  fetch,
});

describe('prefill faults', () => {
  it('a provider that throws and one that answers a number for a text field: typed answers stay, both faults are shown, the form works', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ form });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Tự Nhập Tên');
    // The portal learns who is signed in and offers prefill after the citizen started.
    el.providers = [
      provider('vneid', () => Promise.resolve({ claims: { name: 'Nguyễn Văn An', phone_number: 912345678 } })),
      provider('population', () => {
        throw new Error('CSDLQG đang bảo trì');
      }),
    ];
    await vi.waitFor(() => expect(root(el).querySelector('tk-consent-panel button')).not.toBeNull(), { timeout: 5000 });
    await settle(el);
    for (const b of [...root(el).querySelectorAll('button')].filter((b) => b.textContent?.trim().startsWith('Đồng ý'))) await userEvent.click(b);
    await userEvent.click(button(el, 'Tiếp tục'));
    await vi.waitFor(() => expect(root(el).querySelector('tk-consent-panel, .tk-loading')).toBeNull(), { timeout: 5000 });
    await settle(el);
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('Tự Nhập Tên');
    expect(el.data).toEqual({ fullName: 'Tự Nhập Tên' });
    const status = root(el).querySelector('tk-prefill-status')!;
    expect(status.querySelector('[data-source="population"]')?.textContent).toContain('Số định danh cá nhân');
    expect(status.querySelector('[data-source="vneid"]')?.textContent).toContain('Số điện thoại');
    // A field on this step is a link to it; one on the next step is named as text (a link could not reach it).
    const link = (name: string) => [...status.querySelectorAll('a')].find((a) => a.textContent?.includes(name));
    expect(link('Số định danh cá nhân')).toBeDefined();
    expect(link('Số điện thoại')).toBeUndefined();
    await userEvent.type(control(el, 'Số định danh cá nhân'), '001099012345');
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    expect(link('Số điện thoại')).toBeDefined();
    expect(link('Số định danh cá nhân')).toBeUndefined();
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    await settle(el);
    expect(el.data).toEqual({ fullName: 'Tự Nhập Tên', idNumber: '001099012345', phone: '0912345678' });
  });
});
