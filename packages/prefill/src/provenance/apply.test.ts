// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import type { FieldProvenance } from '@tokhai/core';
import { applyPrefill, trackModification } from './apply.js';

const at = '2026-11-24T03:00:00.000Z';
const result = {
  values: { '/requester/fullName': 'Nguyễn Văn Thử', '/requester/phone': '0912345678', '/requester/residence': { street: 'Số 1', communeCode: '00004', provinceCode: '01' } },
  provenance: {
    '/requester/fullName': { source: 'vneid', fetchedAt: at, mode: 'locked', value: 'Nguyễn Văn Thử' },
    '/requester/phone': { source: 'vneid', fetchedAt: at, mode: 'editable', value: '0912345678' },
    '/requester/residence': { source: 'population', fetchedAt: at, mode: 'editable', value: { street: 'Số 1', communeCode: '00004', provinceCode: '01' } },
  } satisfies Record<string, FieldProvenance>,
};

describe('applyPrefill', () => {
  it('writes values and their provenance without mutating the data', () => {
    const data = { email: 'a@example.invalid' };
    const out = applyPrefill(data, result);
    expect(out.data).toEqual({ email: 'a@example.invalid', requester: { fullName: 'Nguyễn Văn Thử', phone: '0912345678', residence: result.values['/requester/residence'] } });
    expect(data).toEqual({ email: 'a@example.invalid' });
    expect(Object.keys(out.provenance)).toEqual(Object.keys(result.values));
  });

  it('never overwrites what the citizen typed, at, above or below the prefilled pointer', () => {
    const data = { requester: { phone: '0987654321', residence: { street: 'Nhà tôi tự nhập' } } };
    const out = applyPrefill(data, result, { touched: new Set(['/requester/phone', '/requester/residence/street']) });
    expect(out.data).toEqual({ requester: { phone: '0987654321', residence: { street: 'Nhà tôi tự nhập' }, fullName: 'Nguyễn Văn Thử' } });
    expect(out.skipped).toEqual(['/requester/phone', '/requester/residence']);
    expect(out.provenance).not.toHaveProperty('/requester/phone');
    const whole = applyPrefill({ requester: { fullName: 'Tự nhập' } }, result, { touched: new Set(['/requester']) });
    expect(whole.applied).toEqual([]);
    expect(whole.data).toEqual({ requester: { fullName: 'Tự nhập' } });
  });
});

describe('trackModification', () => {
  it('marks an editable prefilled value modified when it changes, and unmarks it when put back', () => {
    const changed = trackModification(result.provenance, '/requester/phone', '0900000000');
    expect(changed['/requester/phone']).toMatchObject({ modified: true, value: '0912345678' });
    expect(result.provenance['/requester/phone']).not.toHaveProperty('modified');
    const reverted = trackModification(changed, '/requester/phone', '0912345678');
    expect(reverted['/requester/phone']).not.toHaveProperty('modified');
  });

  it('counts a cleared value as modified', () => {
    expect(trackModification(result.provenance, '/requester/phone', undefined)['/requester/phone'].modified).toBe(true);
  });

  it('tracks edits inside a prefilled object and of an object holding a prefilled value', () => {
    const inside = trackModification(result.provenance, '/requester/residence/street', 'Số 2');
    expect(inside['/requester/residence'].modified).toBe(true);
    const same = trackModification(result.provenance, '/requester/residence/street', 'Số 1');
    expect(same).toBe(result.provenance);
    const outer = trackModification(result.provenance, '/requester', { fullName: 'Nguyễn Văn Thử', phone: '0911111111' });
    expect(outer['/requester/phone'].modified).toBe(true);
    expect(outer['/requester/residence'].modified).toBe(true);
  });

  it('never marks locked values and ignores unrelated pointers', () => {
    expect(trackModification(result.provenance, '/requester/fullName', 'Khác')).toBe(result.provenance);
    expect(trackModification(result.provenance, '/email', 'x@example.invalid')).toBe(result.provenance);
  });
});
