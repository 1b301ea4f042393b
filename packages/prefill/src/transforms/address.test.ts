// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import * as adminUnits from '@tokhai/vn-data/admin-units';
import { addressCommune, addressProvince, addressStreet, addressUnits, adminUnitCurrent } from './address.js';
import type { TransformContext } from '../types.js';

const ctx: TransformContext = { adminUnits };
const current = { street: 'Số 1 phố Thử Nghiệm', communeCode: '00004', provinceCode: '01', unitsVersion: '2025-07-01' };
// Old code 00001 (Phường Phúc Xá, Ba Đình) became Phường Hồng Hà (00097); 00007 was split in two.
const oldSingle = { street: 'Số 2 ngõ Mẫu', communeCode: '00001', provinceCode: '01', unitsVersion: 'pre-2025' };
const oldSplit = { street: 'Số 3 ngõ Giả', communeCode: '00007', provinceCode: '01', unitsVersion: 'pre-2025' };

describe('address transforms', () => {
  it('composes a current address unchanged, with its units version', () => {
    expect(addressUnits(current, ctx)).toEqual({ ok: true, value: current });
    expect(addressStreet(current, ctx)).toEqual({ ok: true, value: 'Số 1 phố Thử Nghiệm' });
    expect(addressCommune(current, ctx)).toEqual({ ok: true, value: '00004' });
    expect(addressProvince(current, ctx)).toEqual({ ok: true, value: '01' });
  });

  it('converts an address marked with old units to the 2025 codes', () => {
    expect(addressUnits(oldSingle, ctx)).toEqual({
      ok: true,
      value: { street: 'Số 2 ngõ Mẫu', communeCode: '00097', provinceCode: '01', unitsVersion: '2025-07-01' },
    });
    expect(addressCommune(oldSingle, ctx)).toEqual({ ok: true, value: '00097' });
    // Old province 02 (Hà Giang) is part of Tuyên Quang (08) since 2025-07-01.
    expect(addressProvince({ provinceCode: '02', unitsVersion: 'pre-2025' }, ctx)).toEqual({ ok: true, value: '08' });
  });

  it('treats a district code as an old, three-level address', () => {
    expect(addressCommune({ provinceCode: '01', districtCode: '001', communeCode: '00001' }, ctx)).toEqual({ ok: true, value: '00097' });
  });

  it('reports a split old commune as ambiguous with the candidates, never guessing', () => {
    const r = addressUnits(oldSplit, ctx);
    expect(r).toMatchObject({ ok: false, kind: 'ambiguous' });
    const codes = (r as { candidates: Array<{ communeCode: string }> }).candidates.map((c) => c.communeCode);
    expect(codes).toEqual(['00008', '00025']);
  });

  it('refuses a current commune that lies in another province, and unknown codes', () => {
    expect(addressUnits({ ...current, provinceCode: '79' }, ctx)).toMatchObject({ ok: false, kind: 'type' });
    expect(addressUnits({ ...current, communeCode: '99999' }, ctx)).toMatchObject({ ok: false, kind: 'type' });
    expect(addressUnits({ ...current, communeCode: 4 }, ctx)).toMatchObject({ ok: false, kind: 'type' });
    expect(addressCommune({ communeCode: '99998', unitsVersion: 'pre-2025' }, ctx)).toMatchObject({ ok: false, kind: 'type' });
  });

  it('reads the street of an OIDC address but cannot make codes from its text', () => {
    const oidc = { street_address: '12 Phố Ví Dụ', locality: 'Phường Ba Đình', region: 'Hà Nội' };
    expect(addressStreet(oidc, ctx)).toEqual({ ok: true, value: '12 Phố Ví Dụ' });
    expect(addressUnits(oidc, ctx)).toMatchObject({ ok: false, kind: 'type' });
  });

  it('converts an administrative unit (hometown) and keeps its display text', () => {
    const hometown = { communeCode: '00001', provinceCode: '01', text: 'Phường Phúc Xá, Quận Ba Đình, Hà Nội', unitsVersion: 'pre-2025' };
    expect(adminUnitCurrent(hometown, ctx)).toEqual({
      ok: true,
      value: { provinceCode: '01', communeCode: '00097', unitsVersion: '2025-07-01', text: hometown.text },
    });
    expect(adminUnitCurrent('79', ctx)).toEqual({ ok: true, value: { provinceCode: '79', unitsVersion: '2025-07-01' } });
  });

  it('fails cleanly when the administrative-unit data is not loaded', () => {
    expect(addressUnits(current, {})).toMatchObject({ ok: false, kind: 'type' });
    expect(addressStreet(current, {})).toEqual({ ok: true, value: current.street });
  });
});
