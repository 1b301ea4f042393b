// SPDX-License-Identifier: MIT
/**
 * A citizen who was typing in the form when the providers arrived, and who moved on to the rest of the page while
 * the prefill code loaded (a slow connection), is not pulled back into the form when the consent panel appears:
 * what they type on the page stays there. (A file of its own: the prefill code loads once per page, and this test
 * needs that first, slow load.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { cleanup, control, mount, personForm, root, seriousViolations, settle } from './fixtures.test-helpers.js';

const chunk = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
});
vi.mock('../internal/prefill-kit.js', async (importOriginal) => {
  await chunk.opened;
  return importOriginal();
});

afterEach(() => {
  chunk.open();
  cleanup();
});

const form: FormDefinition = {
  ...personForm,
  id: 'vn.test.prefill-focus-away',
  prefill: [{ target: '/phone', source: 'vneid', claim: '/phone_number', mode: 'editable' }],
};

describe('focus when the consent panel comes', () => {
  it('stays on the page control the citizen moved to while the prefill code loaded', async () => {
    const search = document.createElement('input');
    search.setAttribute('aria-label', 'Tìm thủ tục');
    document.body.append(search);
    const el = await mount({ form });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Lê Thị Hồng');
    el.providers = [
      {
        id: 'vneid',
        label: { vi: 'VNeID', en: 'VNeID' },
        purpose: { vi: 'Điền sẵn số điện thoại', en: 'Fill in the phone number' },
        fetch: () => Promise.resolve({ claims: { phone_number: '0912345678' }, fetchedAt: '2026-11-24T08:00:00.000Z' }),
      },
    ];
    await settle(el);
    await userEvent.click(search);
    await userEvent.keyboard('hộ tịch');
    chunk.open();
    await vi.waitFor(() => expect(root(el).querySelector('tk-consent-panel [role="heading"]')).not.toBeNull(), { timeout: 5000 });
    await settle(el);
    await userEvent.keyboard(' khai sinh');
    expect(document.activeElement).toBe(search);
    expect(search.value).toBe('hộ tịch khai sinh');
    expect(el.data).toEqual({ fullName: 'Lê Thị Hồng' });
    expect(await seriousViolations(el)).toEqual([]);
  });
});
