// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { formatTime } from './draft-banner.js';

describe('when a draft was saved, as the restore offer says it', () => {
  // Local wall-clock time: the browser's time zone decides the hour, so the instant is built from local parts.
  const saved = new Date(2026, 10, 25, 3, 56).toISOString();

  it('reads in Vietnamese word order with a four-digit year', () => {
    expect(formatTime(saved, 'vi')).toBe('03:56 ngày 25/11/2026');
  });

  it('reads naturally in English', () => {
    expect(formatTime(saved, 'en')).toBe('25 November 2026 at 03:56');
  });

  it('shows a value that is not a date as it is', () => {
    expect(formatTime('hôm qua', 'vi')).toBe('hôm qua');
  });
});
