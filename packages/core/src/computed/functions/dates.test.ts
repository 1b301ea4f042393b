// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { parseCalendarDate, toVietnamDate } from './dates.js';

describe('parseCalendarDate', () => {
  it('accepts full and partial ISO dates that exist', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2024-02')).toEqual({ year: 2024, month: 2 });
    expect(parseCalendarDate('2024')).toEqual({ year: 2024 });
  });

  it('rejects dates that do not exist', () => {
    expect(parseCalendarDate('2023-02-29')).toBeNull();
    expect(parseCalendarDate('1900-02-29')).toBeNull();
    expect(parseCalendarDate('2000-02-29')).not.toBeNull();
    expect(parseCalendarDate('0000')).toBeNull();
  });
});

describe('toVietnamDate', () => {
  it('keeps a plain date', () => {
    expect(toVietnamDate('2025-03-15')).toBe('2025-03-15');
  });

  it('reads a date-time as the calendar date in Vietnam (UTC+7)', () => {
    expect(toVietnamDate('2025-03-15T16:59:59Z')).toBe('2025-03-15');
    expect(toVietnamDate('2025-03-15T17:00:00Z')).toBe('2025-03-16');
    expect(toVietnamDate('2025-12-31T20:00:00.123Z')).toBe('2026-01-01');
    expect(toVietnamDate('2025-03-01T01:00:00+09:00')).toBe('2025-02-28');
    expect(toVietnamDate('2025-03-15T23:30')).toBe('2025-03-15');
  });

  it('returns null for anything else', () => {
    expect(toVietnamDate('15/03/2025')).toBeNull();
    expect(toVietnamDate('2025-03-15T25:00:00Z')).toBeNull();
    expect(toVietnamDate(undefined)).toBeNull();
  });
});
