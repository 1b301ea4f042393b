// SPDX-License-Identifier: MIT
// The portal's own wording helpers: dates and times as each language writes them, and codes fit to show citizens.
import { describe, expect, it } from 'vitest';
import { TEXTS, formatDateTime, officialCode } from './i18n.mjs';

describe('formatDateTime', () => {
  it('writes Vietnamese as "giờ:phút:giây ngày D tháng M năm YYYY", in Vietnam’s time', () => {
    expect(formatDateTime(new Date('2026-11-25T03:37:58.532Z'), 'vi')).toBe('10:37:58 ngày 25 tháng 11 năm 2026');
    // 17:03 UTC is past midnight in Vietnam (UTC+7): the next day, at 00 hours, not 24.
    expect(formatDateTime(new Date('2026-01-05T17:03:04Z'), 'vi')).toBe('00:03:04 ngày 6 tháng 1 năm 2026');
  });

  it('writes English naturally: "25 November 2026 at 10:37:58"', () => {
    expect(formatDateTime(new Date('2026-11-25T03:37:58.532Z'), 'en')).toBe('25 November 2026 at 10:37:58');
  });
});

describe('officialCode', () => {
  it('shows a placeholder the forms mark UNCONFIRMED as not yet confirmed, in each language, and a real code as it is', () => {
    expect(officialCode('UNCONFIRMED:bca-driving-licence-renewal', TEXTS.vi)).toBe('chưa xác nhận');
    expect(officialCode('UNCONFIRMED (tờ khai của thân nhân)', TEXTS.en)).toBe('not yet confirmed');
    expect(officialCode('1.001193', TEXTS.vi)).toBe('1.001193');
    expect(officialCode('CT01', TEXTS.en)).toBe('CT01');
  });
});
