// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { PrefillFailure } from '@tokhai/prefill';
import type { TkPrefillRetryEvent } from '../events.js';
import './prefill-status.js';
import { cleanupMounted, mountIn, REQUESTS, wcagViolations } from '../prefill.test-helpers.js';

const FAILURES: PrefillFailure[] = [
  { source: 'population', pointer: '/requester/ethnicity', kind: 'timeout', message: 'no answer within 3000 ms' },
  { source: 'population', pointer: '/father/fullName', kind: 'timeout', message: 'no answer within 3000 ms' },
  { source: 'population', pointer: '/requester/residence', kind: 'ambiguous', message: 'split', candidates: [] },
  { source: 'vneid', pointer: '/requester/fullName', kind: 'declined', message: 'declined' },
];

async function mountStatus(failures: PrefillFailure[], locale: 'vi' | 'en' = 'vi') {
  const el = document.createElement('tk-prefill-status');
  el.failures = failures;
  el.requests = REQUESTS;
  el.locale = locale;
  return (await mountIn(el)).el;
}
/** Each source's line: its sentence, then its fields joined with " | ". */
const lines = (el: HTMLElement) =>
  [...el.querySelectorAll('.tk-prefill-status__list > li')].map((li) => {
    const fields = [...li.querySelectorAll('li')].map((f) => f.textContent.trim());
    const sentence = li.firstChild ? [...li.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('') : '';
    return `${sentence.replace(/\s+/g, ' ').trim()} ${fields.join(' | ')}`;
  });

describe('<tk-prefill-status>', () => {
  afterEach(cleanupMounted);

  it('renders an empty live region when nothing failed', async () => {
    const el = await mountStatus([]);
    expect(el.querySelector('[role="status"]')!.textContent.trim()).toBe('');
  });

  it('summarises failures by source, with the reason and the fields to fill in by hand', async () => {
    const el = await mountStatus(FAILURES);
    expect(el.querySelector('[role="heading"]')!.textContent).toBe('Một số thông tin chưa được điền sẵn');
    expect(lines(el)).toEqual([
      'Không lấy được dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư (quá thời gian chờ) — vui lòng tự nhập: Dân tộc | Họ tên cha',
      'Địa chỉ lấy từ Cơ sở dữ liệu quốc gia về dân cư thuộc đơn vị hành chính đã sắp xếp lại — vui lòng chọn xã, phường mới: Nơi thường trú',
      'Bạn đã không đồng ý lấy dữ liệu từ VNeID — vui lòng tự nhập: Họ, chữ đệm và tên',
    ]);
    expect(await wcagViolations(el)).toEqual([]);
  });

  it('lists several reasons of one source once, in English too', async () => {
    const el = await mountStatus(
      [
        { source: 'vneid', pointer: '/requester/fullName', kind: 'assurance', message: '' },
        { source: 'vneid', pointer: '/requester/pid', kind: 'http', status: 503, message: '' },
      ],
      'en',
    );
    expect(lines(el)).toEqual([
      'Could not get data from VNeID (your e-ID account is level 1; level 2 is needed, connection error) — please enter it yourself: Full name | Personal ID number',
    ]);
  });

  it('links each field name to its field and moves focus there', async () => {
    const input = document.createElement('input');
    input.id = 'tk-field-ethnicity';
    input.setAttribute('aria-label', 'Dân tộc');
    document.body.append(input);
    try {
      const el = document.createElement('tk-prefill-status');
      el.failures = FAILURES.slice(0, 1);
      el.requests = REQUESTS;
      el.fieldIds = { '/requester/ethnicity': 'tk-field-ethnicity' };
      await mountIn(el);
      const link = el.querySelector('a')!;
      expect(link.textContent).toBe('Dân tộc');
      // A target at least 24 px tall (WCAG 2.5.8): these links are stacked, one per field.
      expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
      link.focus();
      await userEvent.keyboard('{Enter}');
      expect(document.activeElement).toBe(input);
      expect(await wcagViolations(el)).toEqual([]);
    } finally {
      input.remove();
    }
  });

  it('never changes the page address from a field link, even when the field is not on the page (another wizard step)', async () => {
    const before = location.href;
    const el = document.createElement('tk-prefill-status');
    el.failures = FAILURES.slice(0, 1);
    el.requests = REQUESTS;
    el.fieldIds = { '/requester/ethnicity': 'tk-field-on-another-step' };
    await mountIn(el);
    const link = el.querySelector('a')!;
    link.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(link);
    // A portal with hash routing would have left the form.
    expect(location.href).toBe(before);
    expect(location.hash).toBe('');
  });

  it('with retryable, offers a declined source again and a source that failed for a passing reason, by keyboard', async () => {
    const failures: PrefillFailure[] = [
      { source: 'population', pointer: '/requester/ethnicity', kind: 'timeout', message: '' },
      { source: 'vneid', pointer: '/requester/fullName', kind: 'declined', message: '' },
      { source: 'health', pointer: '/x', kind: 'type', message: 'a number for a text field' },
    ];
    const el = document.createElement('tk-prefill-status');
    el.failures = failures;
    el.requests = REQUESTS;
    await mountIn(el);
    // Off by default: a page that does not handle the event shows no button.
    expect(el.querySelectorAll('button')).toHaveLength(0);
    el.retryable = true;
    await el.updateComplete;
    const buttons = [...el.querySelectorAll('button')];
    expect(buttons.map((b) => [b.dataset.retry, b.textContent.trim()])).toEqual([
      ['population', 'Thử lấy lại dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư'],
      ['vneid', 'Đổi ý: điền sẵn từ VNeID'],
    ]);
    const events: TkPrefillRetryEvent[] = [];
    document.addEventListener('tk-prefill-retry', (e) => events.push(e), { once: true });
    buttons[1].focus();
    await userEvent.keyboard('{Enter}');
    expect(events.map((e) => e.detail)).toEqual([{ source: 'vneid' }]);
    expect(await wcagViolations(el)).toEqual([]);
    el.locale = 'en';
    await el.updateComplete;
    expect([...el.querySelectorAll('button')].map((b) => b.textContent.trim())).toEqual([
      'Try National population database again',
      'Changed your mind? Fill in from VNeID',
    ]);
  });
});
