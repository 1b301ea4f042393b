// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { ethnicityCode } from './ethnicity.js';

describe('ethnicity.code', () => {
  it('maps names to GSO 1979 codes ignoring diacritics, hyphens and case', () => {
    expect(ethnicityCode('Kinh', {})).toEqual({ ok: true, value: '01' });
    expect(ethnicityCode('Khơ-me', {})).toEqual({ ok: true, value: '05' });
    expect(ethnicityCode('KHO ME', {})).toEqual({ ok: true, value: '05' });
    expect(ethnicityCode("H'Mông", {})).toEqual({ ok: true, value: '08' });
    expect(ethnicityCode('Ê-đê', {})).toEqual({ ok: true, value: '12' });
  });

  it('accepts an existing code and refuses unknown names and codes', () => {
    expect(ethnicityCode('06', {})).toEqual({ ok: true, value: '06' });
    expect(ethnicityCode('77', {})).toMatchObject({ ok: false, kind: 'type' });
    expect(ethnicityCode('Không rõ', {})).toMatchObject({ ok: false, kind: 'type' });
    expect(ethnicityCode(1, {})).toMatchObject({ ok: false, kind: 'type' });
  });
});
