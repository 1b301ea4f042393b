import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import type { CitizenDataProvider } from '@tokhai/prefill';
import { button, cleanup, control, focused, mount, record, root, seriousViolations, settle, wizardForm } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

afterEach(cleanup);

/** The wizard, with step 1 locked from VNeID and the phone of step 2 an editable suggestion. */
const prefilled: FormDefinition = {
  ...wizardForm,
  id: 'vn.test.prefilled',
  prefill: [
    { target: '/fullName', source: 'vneid', claim: '/name', mode: 'locked' },
    { target: '/idNumber', source: 'vneid', claim: '/vn_pid', mode: 'locked' },
    { target: '/phone', source: 'vneid', claim: '/phone_number', mode: 'editable' },
  ],
};

/** A VNeID provider answering from memory; counts calls. */
function vneid(claims: Record<string, unknown>): CitizenDataProvider & { calls: number } {
  const provider = {
    id: 'vneid',
    label: { vi: 'VNeID <b>giả</b>', en: 'VNeID <b>fake</b>' },
    purpose: { vi: 'Điền sẵn thông tin người khai', en: 'Fill in the applicant details' },
    calls: 0,
    fetch() {
      provider.calls++;
      return Promise.resolve({ claims, fetchedAt: '2026-11-24T08:00:00.000Z' });
    },
  };
  return provider;
}

/** Mounts the form and waits for the consent panel (the prefill code is loaded on demand). */
async function mountWithConsent(props: Parameters<typeof mount>[0]): Promise<TkForm> {
  const el = await mount(props);
  await vi.waitFor(() => expect(root(el).querySelector('tk-consent-panel button')).not.toBeNull(), { timeout: 5000 });
  await settle(el);
  return el;
}

async function consent(el: TkForm, choice: 'Đồng ý' | 'Từ chối'): Promise<void> {
  await userEvent.click(button(el, choice));
  await userEvent.click(button(el, 'Tiếp tục'));
  await vi.waitFor(() => expect(root(el).querySelector('tk-consent-panel, .tk-loading')).toBeNull(), { timeout: 5000 });
  await settle(el);
}

describe('with providers and prefill bindings', () => {
  it('asks for consent before showing the form, and calls no provider before the citizen decides', async () => {
    const provider = vneid({ name: 'Nguyễn Văn An', vn_pid: '001099012345', phone_number: '0912345678' });
    const el = await mountWithConsent({ form: prefilled, providers: [provider] });
    expect(root(el).querySelector('tk-consent-panel')).not.toBeNull();
    expect(root(el).querySelector('[part="step-heading"]')).toBeNull();
    expect(provider.calls).toBe(0);
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('fills granted values, shows a fully known step as a confirmation with "report incorrect data", and records provenance', async () => {
    const provider = vneid({ name: 'Nguyễn Văn An', vn_pid: '001099012345', phone_number: '0912345678' });
    const el = await mountWithConsent({ form: prefilled, providers: [provider] });
    const submits = record(el, 'tk-submit');
    await consent(el, 'Đồng ý');
    expect(provider.calls).toBe(1);
    expect(el.data).toEqual({ fullName: 'Nguyễn Văn An', idNumber: '001099012345', phone: '0912345678' });

    // Step 1: every field locked and known → a short confirmation instead of questions.
    const known = root(el).querySelector('[part="known-step"]')!;
    expect(known.textContent).toContain('Chúng tôi đã có các thông tin này từ VNeID <b>giả</b>');
    expect(known.textContent).toContain('Nguyễn Văn An');
    expect(known.querySelector('b')).toBeNull();
    expect(known.querySelector('tk-correction-request')).not.toBeNull();
    expect(focused(el)).toBe(root(el).querySelector('[part="step-heading"]'));
    expect(await seriousViolations(el)).toEqual([]);

    // "Report incorrect data": the request goes into the submission; the value does not change.
    const correction = known.querySelector('tk-correction-request')!;
    correction.dispatchEvent(
      new CustomEvent('tk-correction', {
        bubbles: true,
        composed: true,
        detail: { pointer: '/fullName', source: 'vneid', currentValue: 'Nguyễn Văn An', claimedValue: 'Nguyễn Văn Ân', reason: 'Sai dấu' },
      }),
    );
    await settle(el);
    expect(el.data).toMatchObject({ fullName: 'Nguyễn Văn An' });

    // Step 2: the editable phone is prefilled; the citizen changes it.
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    const phone = control(el, 'Số điện thoại');
    expect(phone.value.replace(/\s/g, '')).toBe('0912345678');
    expect(phone.readOnly).toBe(false);
    await userEvent.clear(phone);
    await userEvent.type(phone, '0987654321');
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    await userEvent.type(control(el, 'Lý do'), 'Cấp lại');
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    await userEvent.click(button(el, 'Xác nhận và gửi hồ sơ'));
    await settle(el);

    const submission = submits[0].detail.submission;
    expect(submission.data).toEqual({ fullName: 'Nguyễn Văn An', idNumber: '001099012345', phone: '0987654321', reason: 'Cấp lại' });
    expect(submission.provenance['/fullName']).toMatchObject({ source: 'vneid', mode: 'locked', value: 'Nguyễn Văn An' });
    expect(submission.provenance['/phone']).toMatchObject({ source: 'vneid', mode: 'editable', modified: true });
    expect(submission.consent).toEqual([expect.objectContaining({ source: 'vneid', decision: 'granted' })]);
    expect(submission.corrections).toEqual([expect.objectContaining({ pointer: '/fullName', claimedValue: 'Nguyễn Văn Ân' })]);
  });

  it('shows the fields as questions when the citizen declines, and calls no provider', async () => {
    const provider = vneid({ name: 'X' });
    const el = await mountWithConsent({ form: prefilled, providers: [provider] });
    await consent(el, 'Từ chối');
    expect(provider.calls).toBe(0);
    expect(root(el).querySelector('[part="known-step"]')).toBeNull();
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('');
  });

  it('locks a locked field that shares a step with a question', async () => {
    const mixed: FormDefinition = {
      ...prefilled,
      prefill: [{ target: '/fullName', source: 'vneid', claim: '/name', mode: 'locked' }],
    };
    const el = await mountWithConsent({ form: mixed, providers: [vneid({ name: 'Trần Thị Bình' })] });
    await consent(el, 'Đồng ý');
    const name = control(el, 'Họ, chữ đệm và tên');
    expect(name.value).toBe('Trần Thị Bình');
    expect(name.readOnly).toBe(true);
    expect(root(el).querySelector('[part="known-step"]')).toBeNull();
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('offers "report incorrect data" beside a locked value on a step of questions, records it, and says so once', async () => {
    const mixed: FormDefinition = {
      ...prefilled,
      prefill: [{ target: '/fullName', source: 'vneid', claim: '/name', mode: 'locked' }],
    };
    const el = await mountWithConsent({ form: mixed, providers: [vneid({ name: 'Trần Thị Bình' })] });
    await consent(el, 'Đồng ý');
    const requests = root(el).querySelectorAll('tk-correction-request');
    expect(requests).toHaveLength(1);
    const request = requests[0] as HTMLElement;
    // Beside the locked name, not beside the questions the citizen answers.
    expect(request.previousElementSibling?.contains(control(el, 'Họ, chữ đệm và tên'))).toBe(true);
    await userEvent.click(request.querySelector('summary')!);
    await settle(el);
    await userEvent.type(request.querySelector('input')!, 'Trần Thị Bính');
    await userEvent.type(request.querySelector('textarea')!, 'Căn cước ghi Bính');
    await userEvent.click([...request.querySelectorAll('button')].find((b) => b.textContent?.includes('Gửi yêu cầu điều chỉnh'))!);
    await settle(el);
    expect(el.prefillRecord?.corrections).toEqual([expect.objectContaining({ pointer: '/fullName' })]);
    // One status says it was recorded: the request's own, not a second banner of the form.
    const said = [...root(el).querySelectorAll('[role="status"]')].filter((s) => /ghi nhận/.test(s.textContent ?? ''));
    expect(said).toHaveLength(1);
    expect(await seriousViolations(el)).toEqual([]);
  });
});
