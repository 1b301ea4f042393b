// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './correction-request.js';
import type { TkCorrectionEvent } from '../events.js';
import { cleanupMounted, mountIn, wcagViolations } from '../prefill.test-helpers.js';

async function mountRequest(locale: 'vi' | 'en' = 'vi') {
  const el = document.createElement('tk-correction-request');
  Object.assign(el, { pointer: '/requester/dateOfBirth', source: 'population', sourceLabel: 'CSDLQG về dân cư', label: 'Ngày sinh', currentValue: '1990-03-05', displayValue: '05/03/1990', locale });
  // Inside a form, as in <tk-form>: Enter in the correction must not submit it.
  const form = document.createElement('form');
  let submits = 0;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submits++;
  });
  form.append(el);
  const start = document.createElement('button');
  start.type = 'button';
  start.textContent = 'start';
  await mountIn(el, { before: start });
  start.after(form);
  await el.updateComplete;
  const events: TkCorrectionEvent[] = [];
  el.addEventListener('tk-correction', (e) => events.push(e));
  return { el, start, events, submits: () => submits };
}

const summary = (el: HTMLElement) => el.querySelector('summary')!;
const claimed = (el: HTMLElement) => el.querySelector<HTMLInputElement>('input')!;
const reason = (el: HTMLElement) => el.querySelector<HTMLTextAreaElement>('textarea')!;

describe('<tk-correction-request>', () => {
  afterEach(cleanupMounted);

  it('is a closed disclosure naming the field, accessible closed and open', async () => {
    const { el } = await mountRequest();
    expect(summary(el).textContent).toContain('Thông tin “Ngày sinh” chưa đúng? Yêu cầu điều chỉnh');
    expect(el.querySelector('details')!.open).toBe(false);
    expect(await wcagViolations(el)).toEqual([]);
    el.open = true;
    await el.updateComplete;
    expect(await wcagViolations(el)).toEqual([]);
    expect(el.querySelector('[data-current]')!.textContent).toBe('05/03/1990');
  });

  it('sends the claimed value and reason typed with the keyboard, without submitting the surrounding form', async () => {
    const { el, start, events, submits } = await mountRequest();
    start.focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(summary(el));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.open).toBe(true);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(claimed(el));
    await userEvent.type(claimed(el), '06/03/1990');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('Giấy khai sinh ghi ngày 06/03/1990');
    await userEvent.keyboard('{Tab}{Enter}');
    expect(submits()).toBe(0);
    expect(events.map((e) => e.detail)).toEqual([
      { pointer: '/requester/dateOfBirth', source: 'population', currentValue: '1990-03-05', claimedValue: '06/03/1990', reason: 'Giấy khai sinh ghi ngày 06/03/1990' },
    ]);
    await el.updateComplete;
    expect(el.querySelector('[role="status"]')!.textContent).toContain('Đã ghi nhận yêu cầu điều chỉnh “Ngày sinh”');
    expect(el.open).toBe(false);
    expect(document.activeElement).toBe(summary(el));
  });

  it('Enter in the claimed value sends the request instead of submitting the form', async () => {
    const { el, events, submits } = await mountRequest();
    await userEvent.click(summary(el));
    await userEvent.type(reason(el), 'Sai chính tả');
    await userEvent.type(claimed(el), '1990-03-06{Enter}');
    expect(submits()).toBe(0);
    expect(events).toHaveLength(1);
  });

  it('explains what is missing, links the message to the control and focuses it', async () => {
    const { el, events } = await mountRequest();
    await userEvent.click(summary(el));
    await userEvent.click(el.querySelector<HTMLButtonElement>('button')!);
    await el.updateComplete;
    expect(events).toHaveLength(0);
    const input = claimed(el);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = el.querySelector(`#${input.getAttribute('aria-describedby')}`)!;
    expect(message.textContent).toBe('Nhập thông tin đúng');
    expect(document.activeElement).toBe(input);
    expect(reason(el).getAttribute('aria-describedby')).toContain('-reason-error');
    expect(await wcagViolations(el)).toEqual([]);
  });

  it('refuses a claimed value equal to the current record', async () => {
    const { el, events } = await mountRequest();
    await userEvent.click(summary(el));
    await userEvent.type(claimed(el), '05/03/1990');
    await userEvent.type(reason(el), 'x');
    await userEvent.click(el.querySelector<HTMLButtonElement>('button')!);
    await el.updateComplete;
    expect(events).toHaveLength(0);
    expect(el.textContent).toContain('Thông tin đúng phải khác thông tin hiện có');
  });

  it('reads pointer, label, value and source from a field model, and speaks English', async () => {
    const { el } = await mountRequest('en');
    el.field = {
      pointer: '/requester/residence',
      id: 'f',
      schema: { type: 'object' },
      options: {},
      label: 'Permanent residence',
      showLabel: true,
      value: { street: 'Số 1 phố Thử Nghiệm', communeCode: '00004', provinceCode: '01' },
      required: false,
      enabled: true,
      readonly: true,
      errors: [],
      locale: 'en',
      prefill: { source: 'population', sourceLabel: 'National population database', mode: 'locked', modified: false },
    };
    el.displayValue = undefined;
    await el.updateComplete;
    expect(summary(el).textContent).toContain('Is “Permanent residence” wrong? Request a correction');
    expect(el.querySelector('[data-current]')!.textContent).toBe('Số 1 phố Thử Nghiệm, 00004, 01');
    expect(el.querySelector('dl')!.textContent).toContain('National population database');
  });

  it('rewords its messages and confirmation when the locale changes', async () => {
    const { el } = await mountRequest();
    await userEvent.click(summary(el));
    await userEvent.click(el.querySelector<HTMLButtonElement>('button')!);
    await el.updateComplete;
    expect(el.querySelector('.tk-correction__error')!.textContent).toBe('Nhập thông tin đúng');
    el.locale = 'en';
    el.label = 'Date of birth';
    await el.updateComplete;
    expect([...el.querySelectorAll('.tk-correction__error')].map((e) => e.textContent)).toEqual(['Enter the correct information', 'Enter the reason for the correction']);
    await userEvent.type(claimed(el), '06/03/1990');
    await userEvent.type(reason(el), 'Birth certificate');
    await userEvent.click(el.querySelector<HTMLButtonElement>('button')!);
    await el.updateComplete;
    expect(el.querySelector('[role="status"]')!.textContent).toContain('Your correction request for “Date of birth” is recorded.');
    el.locale = 'vi';
    el.label = 'Ngày sinh';
    await el.updateComplete;
    expect(el.querySelector('[role="status"]')!.textContent).toContain('Đã ghi nhận yêu cầu điều chỉnh “Ngày sinh”');
    expect(el.textContent).not.toMatch(/recorded|Enter the/);
  });

  it('clears the last confirmation when reopened, so the next request is announced again', async () => {
    const { el, events } = await mountRequest();
    const send = async (value: string) => {
      await userEvent.click(summary(el));
      await el.updateComplete;
      expect(el.querySelector('[role="status"]')!.textContent).toBe('');
      await userEvent.type(claimed(el), value);
      await userEvent.type(reason(el), 'Giấy khai sinh');
      await userEvent.click(el.querySelector<HTMLButtonElement>('button')!);
      await el.updateComplete;
      expect(el.querySelector('[role="status"]')!.textContent).toContain('Đã ghi nhận');
    };
    await send('06/03/1990');
    await send('07/03/1990');
    expect(events.map((e) => e.detail.claimedValue)).toEqual(['06/03/1990', '07/03/1990']);
  });
});
