// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { isTranslationLoaded, translation, widgetTexts } from './localize.js';

describe('translation', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'fr', undefined])('answers in Vietnamese for %s, never with an Object member', (locale) => {
    const vi = translation('vi');
    expect(translation(locale)).toBe(vi);
    expect(widgetTexts(locale)).toBe(widgetTexts('vi'));
    expect(typeof widgetTexts(locale).required).toBe('string');
    expect(isTranslationLoaded(locale)).toBe(true);
  });
});
