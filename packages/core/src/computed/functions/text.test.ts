// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { concat, join, upperVi } from './text.js';

describe('upperVi', () => {
  it('upper-cases Vietnamese names with every diacritic kept', () => {
    expect(upperVi('nguyễn thị ánh')).toBe('NGUYỄN THỊ ÁNH');
    expect(upperVi('đặng văn đức')).toBe('ĐẶNG VĂN ĐỨC');
    expect(upperVi("H'Hen Niê")).toBe("H'HEN NIÊ");
    expect(upperVi('phạm ngọc ẩn, lưu ý ư ơ')).toBe('PHẠM NGỌC ẨN, LƯU Ý Ư Ơ');
  });

  it('gives NFC output for decomposed input', () => {
    const decomposed = 'nguyễn'.normalize('NFD');
    expect(decomposed).not.toBe('nguyễn');
    expect(upperVi(decomposed)).toBe('NGUYỄN');
    expect(upperVi(decomposed)).toBe(upperVi(decomposed)!.normalize('NFC'));
  });

  it('returns null for anything but a string', () => {
    expect(upperVi(null)).toBeNull();
    expect(upperVi(5)).toBeNull();
  });
});

describe('concat and join', () => {
  it('concat joins the non-empty, trimmed parts with one space', () => {
    expect(concat('Nguyễn', ' Văn ', 'An')).toBe('Nguyễn Văn An');
    expect(concat('Nguyễn', '', null, undefined, '  ', 'An')).toBe('Nguyễn An');
  });

  it('join uses the separator and flattens arrays one level', () => {
    expect(join(', ', '12 Lý Thái Tổ', '', 'Phường Hoàn Kiếm', 'Hà Nội')).toBe('12 Lý Thái Tổ, Phường Hoàn Kiếm, Hà Nội');
    expect(join(' - ', ['a', 'b'], 'c')).toBe('a - b - c');
    expect(join('/', 1, true, 'x')).toBe('1/true/x');
  });

  it('returns null when nothing is left, or the separator is not text', () => {
    expect(concat('', null)).toBeNull();
    expect(concat()).toBeNull();
    expect(join(1, 'a')).toBeNull();
  });

  it('drops objects and non-finite numbers', () => {
    expect(concat({ a: 1 }, 'x', Number.NaN)).toBe('x');
  });
});
