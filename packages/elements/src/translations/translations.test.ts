import { describe, expect, it } from 'vitest';
import vi, { widgets as viWidgets } from './vi.js';
import en, { widgets as enWidgets } from './en.js';
import { widgetStrings } from '../widgets/shared/strings.js';
import { isTranslationLoaded, loadTranslation, registerTranslation, toLocale, translation } from '../internal/localize.js';

describe('translations', () => {
  it('English has every key of the Vietnamese base, with the same kinds', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect(typeof en[key]).toBe(typeof vi[key]);
  });

  it('English widget texts have every key of the Vietnamese ones, with the same kinds', () => {
    expect(Object.keys(enWidgets).sort()).toEqual(Object.keys(viWidgets).sort());
    for (const key of Object.keys(viWidgets) as (keyof typeof viWidgets)[]) expect(typeof enWidgets[key]).toBe(typeof viWidgets[key]);
  });

  it('widgets and the form say the shared texts with one wording per locale', () => {
    for (const [texts, widgets] of [[vi, viWidgets], [en, enWidgets]] as const) {
      expect(widgets.errorPrefix).toBe(texts.errorPrefix);
      expect(widgets.opensInNewTab).toBe(texts.opensInNewTab);
      expect([widgets.yes, widgets.no]).toEqual([texts.yes, texts.no]);
    }
    expect(viWidgets.fileSize(1536)).toBe('1,5 KB');
    expect(enWidgets.fileSize(1536)).toBe('1.5 KB');
  });

  it('Vietnamese texts carry full diacritics', () => {
    expect(vi.errorSummaryTitle).toBe('Có lỗi cần sửa');
    expect(vi.reviewTitle).toBe('Kiểm tra lại thông tin');
    expect(vi.stepOf(2, 4, 'Người khai')).toBe('Bước 2/4: Người khai');
    expect(en.stepOf(2, 4, 'Applicant')).toBe('Step 2 of 4: Applicant');
  });

  /** Every text of a table as the citizen reads it (functions called with sample arguments). */
  const said = (table: object): [string, string][] =>
    Object.entries(table).map(([key, value]) => [
      key,
      typeof value === 'function' ? String((value as (...a: unknown[]) => unknown)(2, 'X', 'Y')) : typeof value === 'object' ? JSON.stringify(value) : String(value),
    ]);

  it('English texts are English: no Vietnamese letter in any of them, whatever the arguments', () => {
    const vietnamese = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
    const found = [...said(en), ...said(enWidgets)].filter(([, text]) => vietnamese.test(text));
    expect(found).toEqual([]);
  });

  it('Vietnamese texts are NFC and spell a word one way ("xóa", not "xoá" in one place and "Xóa" in another)', () => {
    const all = [...said(vi), ...said(viWidgets)];
    for (const [key, text] of all) expect(text, key).toBe(text.normalize('NFC'));
    // Old-style tone placement in an open syllable (hoà, xoá, khoẻ, thuý) beside the new style of the buttons
    // (hòa, xóa, khỏe, thúy); with a final consonant both styles agree (toán, quyết).
    const oldStyle = /[ou][áàảãạéèẻẽẹýỳỷỹỵ](?!\p{L})/iu;
    expect(all.filter(([, text]) => oldStyle.test(text.replace(/qu/gi, '')))).toEqual([]);
  });

  it('counts agree in number', () => {
    expect(en.errorSummaryIntro(1)).toMatch(/is 1 error/);
    expect(en.errorSummaryIntro(3)).toMatch(/are 3 errors/);
  });

  it('normalizes locales and falls back to Vietnamese', () => {
    expect(toLocale('en-GB')).toBe('en');
    expect(toLocale('fr')).toBe('vi');
    expect(translation('xx').$code).toBe('vi');
  });

  it('loads English on first use, answering in Vietnamese until then, with overrides registered before', async () => {
    registerTranslation('en', { submit: 'Send application' });
    expect(isTranslationLoaded('en')).toBe(false);
    expect(translation('en').$code).toBe('vi');
    // The English widget texts come with the English texts, not with the bundle.
    expect(widgetStrings('en').required).toBe(' (bắt buộc)');
    expect((await loadTranslation('en')).$code).toBe('en');
    expect(widgetStrings('en').required).toBe(' (required)');
    expect(isTranslationLoaded('en')).toBe(true);
    expect(translation('en').submit).toBe('Send application');
    expect(translation('en').reviewTitle).toBe(en.reviewTitle);
    registerTranslation('en', { submit: en.submit });
  });

  it('lets a portal override a text', () => {
    const before = translation('en').submit;
    registerTranslation('en', { submit: 'Send application' });
    expect(translation('en').submit).toBe('Send application');
    registerTranslation('en', { submit: before });
  });
});
