// SPDX-License-Identifier: MIT
// `<tk-form>.prefillRecord`: a prefill run outside the form (a bundle page asks for consent once and runs
// `runBundlePrefill` for every member) is handed to each member form, which then shows the provenance, locks the
// locked values, submits the record and does not ask for consent again.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import type { CitizenDataProvider } from '@tokhai/prefill';
import { button, cleanup, control, mount, personForm, record, root, seriousViolations, settle } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

afterEach(cleanup);
// The record's owner (a bundle page) has loaded the prefill components to show its consent panel, so the widgets
// use <tk-provenance-badge> from the first render.
beforeAll(async () => {
  await import('../prefill/index.js');
});

/** The one-page form with the name locked from VNeID and the phone an editable suggestion. */
const bound: FormDefinition = {
  ...personForm,
  id: 'vn.test.prefill-record',
  prefill: [
    { target: '/fullName', source: 'vneid', claim: '/name', mode: 'locked' },
    { target: '/phone', source: 'vneid', claim: '/phone_number', mode: 'editable' },
  ],
};

const FETCHED_AT = '2026-11-24T08:00:00.000Z';
const ATTESTATION = { source: 'vneid', jws: 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJ2bmVpZCJ9.c2ln' };

/** What `runBundlePrefill` gives a member after the citizen granted VNeID on the bundle's one consent panel. */
const externalRecord = () => ({
  provenance: {
    '/fullName': { source: 'vneid', fetchedAt: FETCHED_AT, mode: 'locked' as const, value: 'Nguyễn Văn An', attestation: 0 },
    '/phone': { source: 'vneid', fetchedAt: FETCHED_AT, mode: 'editable' as const, value: '0912345678' },
  },
  consent: [
    { source: 'vneid', purpose: 'Điền sẵn thông tin người khai', claims: ['/name', '/phone_number'], decision: 'granted' as const, decidedAt: FETCHED_AT },
  ],
  attestations: [ATTESTATION],
  corrections: [],
});

/** A provider that must not be called: the prefill already ran outside the form. */
function untouchedProvider(): CitizenDataProvider & { calls: number } {
  const provider = {
    id: 'vneid',
    label: { vi: 'VNeID', en: 'VNeID' },
    purpose: { vi: 'Điền sẵn thông tin người khai', en: 'Fill in the applicant details' },
    calls: 0,
    fetch() {
      provider.calls++;
      return Promise.resolve({ claims: { name: 'Người Khác', phone_number: '0900000000' } });
    },
  };
  return provider;
}

/** The provenance badges the widgets render beside their labels. */
const badges = (el: TkForm): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>('tk-provenance-badge')];

/** The badge of a field, once rendered. */
async function badgeOf(el: TkForm, pointerId: string): Promise<HTMLElement> {
  let found: HTMLElement | undefined;
  await vi.waitFor(() => {
    found = badges(el).find((b) => b.id === `${pointerId}-badge`);
    expect(found).toBeDefined();
  });
  await settle(el);
  return found!;
}

const NAME = 'tk-field_2f_fullName';
const PHONE = 'tk-field_2f_phone';

describe('<tk-form> with a prefill record made outside the form', () => {
  it('asks for no consent and calls no provider, even with providers and prefill bindings', async () => {
    const provider = untouchedProvider();
    const el = await mount({ form: bound, providers: [provider], data: { fullName: 'Nguyễn Văn An', phone: '0912345678' }, prefillRecord: externalRecord() });
    await badgeOf(el, NAME);
    // The prefill code (loaded on demand) is there: a planned consent would have been rendered by now.
    await customElements.whenDefined('tk-consent-panel');
    await settle(el);
    expect(root(el).querySelector('tk-consent-panel')).toBeNull();
    expect(root(el).querySelector('.tk-loading')).toBeNull();
    expect(provider.calls).toBe(0);
  });

  it('shows the locked value read-only with its source badge, and the editable one as a suggestion', async () => {
    const el = await mount({ form: bound, providers: [untouchedProvider()], data: { fullName: 'Nguyễn Văn An', phone: '0912345678' }, prefillRecord: externalRecord() });
    const lockedBadge = await badgeOf(el, NAME);
    expect(lockedBadge.textContent).toMatch(/Lấy từ VNeID\s*·\s*không sửa được/);
    const name = control(el, 'Họ, chữ đệm và tên');
    expect(name.value).toBe('Nguyễn Văn An');
    expect(name.readOnly).toBe(true);
    const phone = control(el, 'Số điện thoại');
    expect(phone.readOnly).toBe(false);
    expect(name.getAttribute('aria-describedby')).toContain(`${NAME}-badge`);
    const phoneBadge = await badgeOf(el, PHONE);
    expect(phoneBadge.textContent).toMatch(/Lấy từ VNeID\s*·\s*bạn có thể sửa/);
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('submits the record: its consent, attestations and provenance, with the citizen\'s edit of a suggestion marked', async () => {
    const el = await mount({ form: bound, data: { fullName: 'Nguyễn Văn An', phone: '0912345678' }, prefillRecord: externalRecord() });
    await badgeOf(el, NAME);
    const submits = record(el, 'tk-submit');
    const phone = control(el, 'Số điện thoại');
    await userEvent.clear(phone);
    await userEvent.type(phone, '0987654321');
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);

    expect(submits).toHaveLength(1);
    const submission = submits[0].detail.submission;
    expect(submission.data).toMatchObject({ fullName: 'Nguyễn Văn An', phone: '0987654321' });
    expect(submission.consent).toEqual(externalRecord().consent);
    expect(submission.attestations).toEqual([ATTESTATION]);
    expect(submission.provenance['/fullName']).toEqual(externalRecord().provenance['/fullName']);
    expect(submission.provenance['/phone']).toMatchObject({ source: 'vneid', mode: 'editable', modified: true });
  });

  it('returns to its own consent flow when the record is cleared', async () => {
    const provider = untouchedProvider();
    const el = await mount({ form: bound, providers: [provider], data: { fullName: 'Nguyễn Văn An' }, prefillRecord: externalRecord() });
    await badgeOf(el, NAME);
    el.prefillRecord = undefined;
    await vi.waitFor(() => expect(root(el).querySelector('tk-consent-panel button')).not.toBeNull(), { timeout: 5000 });
    expect(el.prefillRecord.consent).toEqual([]);
    expect(badges(el)).toEqual([]);
  });
});
