// SPDX-License-Identifier: MIT
import { describe, expect, it } from 'vitest';
import { compileForm } from '../compile-form.js';
import type { FormDefinition } from '../../models/definition.js';
import { definitionTextWarnings, textWarnings } from './check-i18n.js';

const base = (over: Record<string, unknown> = {}): FormDefinition => ({
  id: 'vn.test.texts',
  version: '1.0.0',
  title: { vi: 'Tờ khai thử', en: 'Test form' },
  schema: {
    type: 'object',
    properties: {
      fullName: { type: 'string', title: 'Họ, chữ đệm và tên' },
      sex: { type: 'string', oneOf: [{ const: 'male', title: 'Nam' }, { const: 'female', title: 'Nữ' }] },
    },
  },
  ui: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/fullName' }, { type: 'Control', scope: '#/properties/sex' }] },
  i18n: { vi: { 'fullName.label': 'Họ, chữ đệm và tên' }, en: { 'fullName.label': 'Full name' } },
  ...over,
});

/** `pointer [code]` of every warning. */
const located = (definition: unknown): string[] => definitionTextWarnings(definition).map((w) => `${w.pointer} [${w.code}]`);

/** The codes `textWarnings` gives a text in a locale. */
const codes = (text: string, locale: 'vi' | 'en' = 'vi'): string[] => textWarnings(text, locale).map((w) => w.code);

describe('vi-text-without-diacritics', () => {
  it('flags Vietnamese phrases written without any diacritics', () => {
    for (const text of ['Ho va ten', 'HO VA TEN', 'Ngay thang nam sinh', 'So dien thoai', 'Dia chi thuong tru', 'Ten cua nguoi yeu cau', 'Bo trong neu tre sinh ngoai co so y te.']) {
      expect(codes(text), text).toEqual(['vi-text-without-diacritics']);
    }
  });

  it('names the words that need marks, with the word they stand for, in the style of the other messages', () => {
    const [w] = textWarnings('Ho va ten', 'vi', '/i18n/vi/fullName.label');
    expect(w).toEqual({
      pointer: '/i18n/vi/fullName.label',
      code: 'vi-text-without-diacritics',
      message: 'the Vietnamese text is written without diacritics ("va" → và, "ten" → tên); write it with its marks, in NFC.',
    });
  });

  it('leaves texts with diacritics, abbreviations, codes, numbers, URLs, single words and English alone', () => {
    const legit = [
      'Họ và tên', 'Ho và ten', 'Email', 'CMND', 'CCCD', 'Số CMND/CCCD', 'So CMND/CCCD', 'Ma OTP', 'OTP', 'BHYT', 'CT01', 'TK1-TS',
      '0912 345 678', '12/2025', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'Xem tai www.dichvucong.gov.vn', 'lien.he@example.vn',
      'Kinh', 'Gia Rai', 'Ba Na', 'Xinh Mun', 'Nam', 'Hanoi', 'Viet Nam', 'Nguyen Van An', 'Ho Chi Minh City', 'John Smith',
      'Full name', 'Date of birth', 'Phone number', 'Socialist Republic of Viet Nam', 'Not in the top ten', 'Not yet ten', 'Ten to one',
      'Can he do so?', 'The man in the can', 'Dan Tran Van Hung',
    ];
    for (const text of legit) expect(codes(text), text).toEqual([]);
  });

  it('reads English texts as English: only Vietnamese texts are checked for marks', () => {
    expect(codes('Ho va ten', 'en')).toEqual([]);
    expect(located(base({ i18n: { vi: { 'fullName.label': 'Họ và tên' }, en: { 'fullName.label': 'Ho va ten nguoi khai' } } }))).toEqual([]);
  });

  it('finds the texts wherever a definition keeps them: i18n, localized texts, literal titles, labels and messages', () => {
    const def = base({
      title: { vi: 'To khai dang ky khai sinh cho tre', en: 'Birth registration' },
      procedure: { code: '1.001193', agency: { vi: 'Uy ban nhan dan cap xa', en: 'Commune People’s Committee' }, level: 'full', legalBasis: 'Thong tu 04/2024/TT-BTP cua Bo Tu phap' },
      schema: { type: 'object', properties: { fullName: { type: 'string', title: 'Ho va ten', description: 'Ghi day du ho va ten' } } },
      ui: {
        type: 'Categorization',
        elements: [{ type: 'Category', label: 'Thong tin cua nguoi khai', elements: [{ type: 'Label', text: 'Ghi ro ly do khac' }, { type: 'Control', scope: '#/properties/fullName', options: { placeholder: 'Nhap ho va ten' } }] }],
      },
      messages: { '/fullName': { required: { vi: 'Vui long nhap ho va ten', en: 'Enter the full name' } } },
      i18n: { vi: { 'fullName.label': 'Ho, chu dem va ten' }, en: { 'fullName.label': 'Full name' } },
    });
    expect(located(def).filter((w) => w.endsWith('[vi-text-without-diacritics]')).map((w) => w.split(' ')[0])).toEqual([
      '/title/vi',
      '/procedure/agency/vi',
      '/procedure/legalBasis',
      '/schema/properties/fullName/title',
      '/schema/properties/fullName/description',
      '/ui/elements/0/label',
      '/ui/elements/0/elements/0/text',
      '/ui/elements/0/elements/1/options/placeholder',
      '/messages/~1fullName/required/vi',
      '/i18n/vi/fullName.label',
    ]);
  });

  it('is a warning, not a compile error: compileForm accepts the definition', () => {
    const def = base({ i18n: { vi: { 'fullName.label': 'Ho va ten' }, en: { 'fullName.label': 'Full name' } } });
    expect(located(def)).toEqual(['/i18n/vi/fullName.label [vi-text-without-diacritics]']);
    expect(() => compileForm(def)).not.toThrow();
  });
});

describe('text-looks-like-key', () => {
  it('flags a literal label that looks like an i18n key no table has, since it would be shown as written', () => {
    const def = base({ ui: { type: 'Categorization', elements: [{ type: 'Category', label: 'step.finsh', elements: [{ type: 'Control', scope: '#/properties/fullName', label: 'form.fullName.label' }] }] } });
    expect(located(def)).toEqual(['/ui/elements/0/label [text-looks-like-key]', '/ui/elements/0/elements/0/label [text-looks-like-key]']);
    expect(definitionTextWarnings(def)[0].message).toBe(
      '"step.finsh" looks like an i18n key, but no i18n table has it, so it is shown as written; add the key to every i18n table, or write the text.',
    );
  });

  it('accepts a label that is a key of the i18n tables', () => {
    const def = base({
      ui: { type: 'Categorization', elements: [{ type: 'Category', label: 'step.finish', elements: [{ type: 'Control', scope: '#/properties/fullName' }] }] },
      messages: { '/fullName': { required: 'message.nameRequired' } },
      i18n: { vi: { 'step.finish': 'Hoàn tất', 'message.nameRequired': 'Vui lòng nhập {label}' }, en: { 'step.finish': 'Finish', 'message.nameRequired': 'Enter {label}' } },
    });
    expect(located(def)).toEqual([]);
    expect(() => compileForm(def)).not.toThrow();
  });

  it('flags a translation that is a key, and placeholders nobody fills', () => {
    const def = base({
      i18n: {
        vi: { 'fullName.label': 'Họ tên {{name}}', 'sex.label': 'TODO', 'sex.description': 'Lorem ipsum dolor sit amet', 'step.a': 'Bước ${n}' },
        en: { 'fullName.label': 'fullName.label', 'sex.label': 'form.sex.label', 'sex.description': 'Sex', 'step.a': 'Step a' },
      },
    });
    expect(located(def)).toEqual([
      '/i18n/vi/fullName.label [text-looks-like-key]',
      '/i18n/vi/sex.label [text-looks-like-key]',
      '/i18n/vi/sex.description [text-looks-like-key]',
      '/i18n/vi/step.a [text-looks-like-key]',
      '/i18n/en/fullName.label [text-looks-like-key]',
      '/i18n/en/sex.label [text-looks-like-key]',
    ]);
    const messages = definitionTextWarnings(def).map((w) => w.message);
    expect(messages[0]).toBe('the text contains "{{name}}", a template placeholder, which tokhai does not fill; write the final text.');
    expect(messages[1]).toBe('the text contains "TODO", a to-do marker; write the final text.');
    expect(messages[4]).toBe('the text "fullName.label" looks like an i18n key, not a translation; write the English text.');
  });

  it('leaves domain names, file names, abbreviations with dots and message placeholders alone', () => {
    for (const text of ['dichvucong.gov.vn', 'csdl.dichvucong.gov.vn', 'mau.form.pdf', 'vn.moj.birth-registration.form.json', 'TP.HCM', 'v.v.', 'e.g.', 'Tp. Hồ Chí Minh', '1.001193', 'Vui lòng nhập {label}', 'Todo', 'Phiếu lý lịch tư pháp số 1']) {
      expect(codes(text), text).toEqual([]);
    }
  });
});

describe('definitionTextWarnings on author input', () => {
  it('reads any JSON value without throwing', () => {
    for (const value of [null, 1, 'x', [], {}, { ui: { elements: 'x' } }, { schema: true, ui: [], i18n: [], messages: { a: 'b' }, migrations: [{ operations: [null] }] }]) {
      expect(() => definitionTextWarnings(value)).not.toThrow();
    }
  });

  it('walks a deeply nested layout without overflowing the stack', () => {
    let ui: Record<string, unknown> = { type: 'Label', text: 'form.deep.label' };
    for (let i = 0; i < 20_000; i++) ui = { type: 'VerticalLayout', elements: [ui] };
    expect(definitionTextWarnings(base({ ui })).map((w) => w.code)).toEqual(['text-looks-like-key']);
  });
});

describe('the form catalog', () => {
  // Through Vite's glob (core tests may not import node: modules); `dist/` holds copies, not sources.
  const files = import.meta.glob<string>('../../../../../forms/*/*.form.json', { eager: true, import: 'default', query: '?raw' });
  const definitions = Object.entries(files)
    .filter(([file]) => !file.includes('/dist/'))
    .map(([, text]) => JSON.parse(text) as FormDefinition);

  it('has no text warning', () => {
    expect(definitions.length).toBeGreaterThanOrEqual(6);
    for (const d of definitions) expect(definitionTextWarnings(d), d.id).toEqual([]);
  });

  it('has most of its Vietnamese phrases flagged once their diacritics are stripped (the check is not toothless)', () => {
    const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    // The catalog's own prose: country names (`country.*`, generated from the reference data) are proper names,
    // many of them transliterations the check rightly leaves alone once stripped.
    const prose = (d: (typeof definitions)[number]) => Object.entries(d.i18n?.vi ?? {}).filter(([key]) => !key.startsWith('country.')).map(([, t]) => t);
    const phrases = definitions.flatMap(prose).filter((t) => t.split(/\s+/).length >= 3 && strip(t) !== t);
    const flagged = phrases.filter((t) => codes(strip(t)).includes('vi-text-without-diacritics'));
    expect(phrases.length).toBeGreaterThan(300);
    expect(flagged.length / phrases.length).toBeGreaterThan(0.75);
  });
});
