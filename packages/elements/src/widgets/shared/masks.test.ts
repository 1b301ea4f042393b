// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { applyMask, group, maskByName, maskNameForFormat, MASKS, normalisePhone } from './masks.js';
import { displayMasked } from './display.js';
import { makeField } from './test-utils.js';

const ddcn = MASKS.ddcn;
const mst = MASKS.mst;
const phone = MASKS.phone;

describe('input masks', () => {
  it('groups a ĐDCN as PPP GYY RRRRRR and stores digits only', () => {
    expect(applyMask(ddcn, '001203012345', 12, 'insertText', '')).toEqual({
      value: '001203012345',
      display: '001 203 012345',
      caret: 14,
    });
  });

  it('accepts pasted numbers with spaces, dots or dashes', () => {
    expect(applyMask(ddcn, '001-203.012 345', 15, 'insertFromPaste', '').value).toBe('001203012345');
  });

  it('keeps the caret after the digit typed in the middle of a grouped number', () => {
    // "001 203 012345", caret after "001" (position 3), the citizen types 9: the input holds "0019 203 012345".
    const r = applyMask(ddcn, '0019 203 012345', 4, 'insertText', '001203012345');
    expect(r.display).toBe('001 920 3012345');
    expect(r.display.slice(0, r.caret)).toBe('001 9');
  });

  it('deletes the digit before a separator when Backspace only removed the separator', () => {
    // "001 203", caret after the space (4); Backspace removes the space: "001203", caret 3.
    const r = applyMask(ddcn, '001203', 3, 'deleteContentBackward', '001203');
    expect(r.value).toBe('00203');
    expect(r.display.slice(0, r.caret)).toBe('00');
  });

  it('never drops digits beyond the expected length (core reports them)', () => {
    expect(applyMask(ddcn, '0012030123456', 13, 'insertText', '').value).toBe('0012030123456');
  });

  it('stores an MST branch code with its dash and leaves a 12-digit ĐDCN unsplit', () => {
    expect(applyMask(mst, '0100047516-001', 14, 'insertText', '').value).toBe('0100047516-001');
    expect(applyMask(mst, '0100047516001', 13, 'insertFromPaste', '').value).toBe('0100047516-001');
    expect(applyMask(mst, '001099012345', 12, 'insertText', '').value).toBe('001099012345');
    expect(applyMask(mst, '01-00047516', 11, 'insertText', '').value).toBe('0100047516');
  });

  it('normalises +84 and 84 phone prefixes to 0 and groups mobile and landline numbers', () => {
    expect(normalisePhone('+84912345678')).toBe('0912345678');
    expect(normalisePhone('+840912345678')).toBe('0912345678');
    expect(normalisePhone('84912345678')).toBe('0912345678');
    expect(normalisePhone('+8')).toBe('+8');
    expect(normalisePhone('+1555')).toBe('+1555');
    expect(applyMask(phone, '+84 912 345 678', 15, 'insertText', '').display).toBe('0912 345 678');
    expect(applyMask(phone, '02438251234', 11, 'insertText', '').display).toBe('024 3825 1234');
  });

  it('finds masks and format masks by own name only: Object members from a definition are none', () => {
    expect(maskByName('ddcn')).toBe(MASKS.ddcn);
    expect(maskNameForFormat('vn-pid')).toBe('ddcn');
    for (const name of ['constructor', 'toString', '__proto__', 'valueOf', 42, undefined]) {
      expect(maskByName(name)).toBeUndefined();
      expect(maskNameForFormat(name)).toBeUndefined();
    }
    // The review step shows such a value as typed instead of throwing.
    expect(displayMasked('0012', makeField({ options: { mask: 'constructor' } }))).toBe('0012');
    expect(displayMasked('001203012345', makeField({ schema: { type: 'string', format: 'vn-pid' } }))).toBe('001 203 012345');
  });

  it('group puts extra characters in the last group', () => {
    expect(group('12345678', [2, 2])).toBe('12 345678');
    expect(group('1', [3, 3])).toBe('1');
  });
});
