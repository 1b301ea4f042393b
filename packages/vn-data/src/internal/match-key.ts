// SPDX-License-Identifier: MIT

/** Lower case without diacritics (đ → d), whitespace collapsed: `  Thành  phố Huế` → `thanh pho hue`. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The key two spellings of a name share: `fold` without hyphens, apostrophes, dots, brackets or spaces. So
 * `Khơ-me`, `Khơ me` and `KHO ME` match, as do `Ê-đê` and `Ê Đê`. Data providers return ethnicity and place names
 * as text whose hyphenation and tone-mark placement vary (`Hòa`/`Hoà`), which is why matching is done on this key
 * and never on the raw text.
 */
export function matchKey(text: string): string {
  return fold(text).replace(/[\s\-‐–—'’ʼ.,()]/g, '');
}

/**
 * `matchKey` after dropping a leading type word matched by `typeWords` on the folded text, e.g.
 * `/^(thanh pho|tinh) |^tp\.? ?/` turns `TP. Hồ Chí Minh` into `hochiminh`.
 */
export function keyWithoutTypeWord(text: string, typeWords: RegExp): string {
  return matchKey(fold(text).replace(typeWords, ''));
}
