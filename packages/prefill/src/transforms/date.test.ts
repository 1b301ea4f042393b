// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { dateIso, dateYear, parsePartialDate } from './date.js';

describe('date transforms', () => {
  it('converts dd/mm/yyyy to ISO and keeps ISO dates', () => {
    expect(dateIso('05/03/1990', {})).toEqual({ ok: true, value: '1990-03-05' });
    expect(dateIso('5/3/1990', {})).toEqual({ ok: true, value: '1990-03-05' });
    expect(dateIso('1990-03-05', {})).toEqual({ ok: true, value: '1990-03-05' });
    expect(dateIso('1990-03-05T00:00:00+07:00', {})).toEqual({ ok: true, value: '1990-03-05' });
  });

  it('keeps partial dates partial', () => {
    expect(dateIso('1956', {})).toEqual({ ok: true, value: '1956' });
    expect(dateIso('1956-07', {})).toEqual({ ok: true, value: '1956-07' });
    expect(dateIso('07/1956', {})).toEqual({ ok: true, value: '1956-07' });
  });

  it('refuses impossible dates and other types', () => {
    expect(dateIso('31/02/1990', {})).toMatchObject({ ok: false, kind: 'type' });
    expect(dateIso('29/02/2023', {})).toMatchObject({ ok: false, kind: 'type' });
    expect(dateIso('29/02/2024', {})).toEqual({ ok: true, value: '2024-02-29' });
    expect(dateIso('1990-13-01', {})).toMatchObject({ ok: false, kind: 'type' });
    expect(dateIso(19900305, {})).toMatchObject({ ok: false, kind: 'type' });
    expect(dateIso('yesterday', {})).toMatchObject({ ok: false, kind: 'type' });
  });

  it('takes the year, as a number for numeric fields and a string otherwise', () => {
    expect(dateYear('1990-03-05', { targetSchema: { type: 'integer' } })).toEqual({ ok: true, value: 1990 });
    expect(dateYear('05/03/1990', { targetSchema: { type: 'string' } })).toEqual({ ok: true, value: '1990' });
    expect(dateYear('1956', {})).toEqual({ ok: true, value: '1956' });
    expect(dateYear(1956, { targetSchema: { type: 'integer' } })).toEqual({ ok: true, value: 1956 });
    expect(dateYear('unknown', {})).toMatchObject({ ok: false, kind: 'type' });
  });

  it('parses partial dates into their parts', () => {
    expect(parsePartialDate('03/1956')).toEqual({ year: 1956, month: 3 });
    expect(parsePartialDate('00/1956')).toBeUndefined();
  });
});
