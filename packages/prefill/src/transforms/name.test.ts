// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { nameFamily, nameGiven, nameMiddle, nameUpper, splitVietnameseName } from './name.js';

describe('Vietnamese name transforms', () => {
  it('splits a full name: first word family, last word given, the rest middle', () => {
    expect(splitVietnameseName('Nguyễn Thị Minh Khai')).toEqual({ family: 'Nguyễn', middle: 'Thị Minh', given: 'Khai' });
    expect(nameFamily('Nguyễn Văn Thử', {})).toEqual({ ok: true, value: 'Nguyễn' });
    expect(nameMiddle('Nguyễn Văn Thử', {})).toEqual({ ok: true, value: 'Văn' });
    expect(nameGiven('Nguyễn Văn Thử', {})).toEqual({ ok: true, value: 'Thử' });
  });

  it('gives an empty middle name for two-word names and only a given name for one word', () => {
    expect(nameMiddle('Lê Na', {})).toEqual({ ok: true, value: '' });
    expect(splitVietnameseName('Hùng')).toEqual({ family: '', middle: '', given: 'Hùng' });
  });

  it('normalizes to NFC and collapses spaces, keeping diacritics', () => {
    const decomposed = '  Tra\u0302\u0300n   Thi\u0323 Mẫu '; // "Trần Thị Mẫu" with combining marks
    expect(nameFamily(decomposed, {})).toEqual({ ok: true, value: 'Trần' });
    expect((nameGiven(decomposed, {}) as { value: string }).value).toBe('Mẫu'.normalize('NFC'));
  });

  it('writes names in upper case with full diacritics', () => {
    expect(nameUpper('Nguyễn Văn Thử', {})).toEqual({ ok: true, value: 'NGUYỄN VĂN THỬ' });
    expect(nameUpper("H'Hen Niê", {})).toEqual({ ok: true, value: "H'HEN NIÊ" });
    expect(nameUpper('đỗ thị giả', {})).toEqual({ ok: true, value: 'ĐỖ THỊ GIẢ' });
  });

  it('refuses values that are not names', () => {
    expect(nameFamily(42, {})).toMatchObject({ ok: false, kind: 'type' });
    expect(nameGiven('   ', {})).toMatchObject({ ok: false, kind: 'type' });
    expect(nameUpper({ name: 'x' }, {})).toMatchObject({ ok: false, kind: 'type' });
  });
});
