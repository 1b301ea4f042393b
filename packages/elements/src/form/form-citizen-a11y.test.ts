// SPDX-License-Identifier: MIT
/**
 * Accessibility and keyboard behaviour of the widgets as citizens meet them inside `<tk-form>` (WCAG 2.1 AA and
 * the GOV.UK patterns: error summary, inline errors linked by aria-describedby, "add another"), in both locales.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { button, cleanup, focused, mount, root, seriousViolations, settle } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

afterEach(cleanup);

/** One control of each kind a citizen fills in most: text with a hint, radios, checkboxes, a birth date, a select, a repeat group. */
const household: FormDefinition = {
  id: 'vn.test.household',
  version: '1.0.0',
  title: { vi: 'Tờ khai hộ gia đình', en: 'Household declaration' },
  schema: {
    type: 'object',
    required: ['fullName', 'sex', 'documents', 'dateOfBirth', 'ethnicity'],
    properties: {
      fullName: { type: 'string', minLength: 2 },
      sex: { type: 'string', enum: ['male', 'female'] },
      documents: { type: 'array', items: { type: 'string', enum: ['cccd', 'passport', 'birth'] }, minItems: 1, uniqueItems: true },
      dateOfBirth: { type: 'string', format: 'date' },
      ethnicity: { type: 'string', enum: ['01', '02', '03', '04', '05', '06'] },
      members: {
        type: 'array',
        items: { type: 'object', properties: { fullName: { type: 'string' }, relation: { type: 'string' } } },
      },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/fullName' },
      { type: 'Control', scope: '#/properties/sex' },
      { type: 'Control', scope: '#/properties/documents' },
      { type: 'Control', scope: '#/properties/dateOfBirth', options: { autocomplete: 'bday' } },
      { type: 'Control', scope: '#/properties/ethnicity' },
      {
        type: 'Control',
        scope: '#/properties/members',
        options: { showSortButtons: true, itemLabel: { vi: 'Thành viên {n}', en: 'Member {n}' } },
      },
    ],
  },
  i18n: {
    vi: {
      'fullName.label': 'Họ, chữ đệm và tên',
      'fullName.description': 'Viết đầy đủ, có dấu',
      'sex.label': 'Giới tính',
      'sex.enum.male': 'Nam',
      'sex.enum.female': 'Nữ',
      'documents.label': 'Giấy tờ kèm theo',
      'documents.enum.cccd': 'Căn cước',
      'documents.enum.passport': 'Hộ chiếu',
      'documents.enum.birth': 'Giấy khai sinh',
      'dateOfBirth.label': 'Ngày sinh',
      'ethnicity.label': 'Dân tộc',
      'ethnicity.enum.01': 'Kinh',
      'ethnicity.enum.02': 'Tày',
      'ethnicity.enum.03': 'Thái',
      'ethnicity.enum.04': 'Hoa',
      'ethnicity.enum.05': 'Khơ-me',
      'ethnicity.enum.06': 'Mường',
      'members.label': 'Thành viên hộ gia đình',
      'members.fullName.label': 'Họ và tên thành viên',
      'members.relation.label': 'Quan hệ với chủ hộ',
    },
    en: {
      'fullName.label': 'Full name',
      'fullName.description': 'In full, with diacritics',
      'sex.label': 'Sex',
      'sex.enum.male': 'Male',
      'sex.enum.female': 'Female',
      'documents.label': 'Documents attached',
      'documents.enum.cccd': 'Identity card',
      'documents.enum.passport': 'Passport',
      'documents.enum.birth': 'Birth certificate',
      'dateOfBirth.label': 'Date of birth',
      'ethnicity.label': 'Ethnic group',
      'ethnicity.enum.01': 'Kinh',
      'ethnicity.enum.02': 'Tay',
      'ethnicity.enum.03': 'Thai',
      'ethnicity.enum.04': 'Hoa',
      'ethnicity.enum.05': 'Khmer',
      'ethnicity.enum.06': 'Muong',
      'members.label': 'Household members',
      'members.fullName.label': 'Member’s full name',
      'members.relation.label': 'Relationship to the head',
    },
  },
};

const byId = <T extends HTMLElement = HTMLInputElement>(el: TkForm, id: string): T => root(el).getElementById(id) as T;
const liveText = (el: TkForm) => root(el).querySelector('.tk-repeat [aria-live="polite"]')!.textContent.trim();

/** Every IDREF of aria-describedby / aria-labelledby / label[for] that names no element in the form. */
function danglingIds(el: TkForm): string[] {
  const r = root(el);
  const out: string[] = [];
  for (const node of r.querySelectorAll('[aria-describedby], [aria-labelledby], label[for]')) {
    const ids = [node.getAttribute('aria-describedby'), node.getAttribute('aria-labelledby'), node.getAttribute('for')].join(' ');
    for (const id of ids.split(/\s+/).filter((i) => i && i !== 'null')) if (!r.getElementById(id)) out.push(`${node.localName}→${id}`);
  }
  return out;
}

/** Presses Tab until `predicate` holds for the focused element. */
async function tabTo(el: TkForm, predicate: (e: Element | null) => boolean, max = 30): Promise<void> {
  for (let i = 0; i < max && !predicate(focused(el)); i++) await userEvent.keyboard('{Tab}');
  expect(predicate(focused(el))).toBe(true);
}

describe('errors corrected inside <tk-form>', () => {
  it('leave no aria-describedby or aria-invalid behind, and the hint stays referenced', async () => {
    const el = await mount({ form: household });
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    const name = byId(el, 'tk-field_2f_fullName');
    expect(name.getAttribute('aria-describedby')).toBe('tk-field_2f_fullName-hint tk-field_2f_fullName-error');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(name, 'Lê Thị Hoa');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    await tabTo(el, (e) => e?.id === 'tk-field_2f_dateOfBirth');
    await userEvent.keyboard('5{Tab}3{Tab}1990{Tab}');
    await userEvent.selectOptions(byId<HTMLSelectElement>(el, 'tk-field_2f_ethnicity'), 'Kinh');
    await userEvent.keyboard('{Tab}');
    await settle(el);
    expect(name.getAttribute('aria-describedby')).toBe('tk-field_2f_fullName-hint');
    expect(name.hasAttribute('aria-invalid')).toBe(false);
    expect(root(el).querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
    expect(root(el).querySelectorAll('[part~="error"]')).toHaveLength(0);
    expect(byId(el, 'tk-field_2f_dateOfBirth').closest('fieldset')!.getAttribute('aria-describedby')).toBe('tk-field_2f_dateOfBirth-hint');
    expect(danglingIds(el)).toEqual([]);
    expect(await seriousViolations(el)).toEqual([]);
  });
});

describe('choices with the keyboard', () => {
  it('radios: Tab enters at the checked radio, arrows move and select, the group is named and carries its error', async () => {
    const el = await mount({ form: household, data: { sex: 'female' } });
    const group = root(el).querySelector<HTMLElement>('[role="radiogroup"]')!;
    expect(root(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent).toContain('Giới tính');
    await tabTo(el, (e) => e?.id === 'tk-field_2f_fullName');
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(byId(el, 'tk-field_2f_sex-1'));
    await userEvent.keyboard('{ArrowUp}');
    expect(byId(el, 'tk-field_2f_sex').checked).toBe(true);
    expect(focused(el)).toBe(byId(el, 'tk-field_2f_sex'));
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(byId(el, 'tk-field_2f_documents'));
  });

  it('radios: the required error is described on the named group', async () => {
    const el = await mount({ form: household });
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    const group = root(el).querySelector<HTMLElement>('[role="radiogroup"]')!;
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.getAttribute('aria-required')).toBe('true');
    const error = root(el).getElementById(group.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(error.textContent).toContain('Giới tính');
  });

  it('checkboxes: Tab visits every box and Space toggles it', async () => {
    const el = await mount({ form: household });
    const data: unknown[] = [];
    el.addEventListener('tk-change', (e) => data.push((e as CustomEvent<{ data: { documents?: unknown } }>).detail.data.documents));
    await tabTo(el, (e) => e?.id === 'tk-field_2f_documents');
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(byId(el, 'tk-field_2f_documents-1'));
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(byId(el, 'tk-field_2f_documents-2'));
    await userEvent.keyboard(' ');
    await settle(el);
    expect(byId(el, 'tk-field_2f_documents').checked).toBe(true);
    expect(byId(el, 'tk-field_2f_documents-1').checked).toBe(false);
    expect(byId(el, 'tk-field_2f_documents-2').checked).toBe(true);
    await userEvent.keyboard(' ');
    expect(byId(el, 'tk-field_2f_documents-2').checked).toBe(false);
  });
});

describe('the three-box date inside <tk-form>', () => {
  it('the error summary link focuses the first box with a problem (the year), not the day box', async () => {
    const el = await mount({ form: household });
    const day = root(el).querySelector<HTMLInputElement>('.tk-date-field__input--day')!;
    const year = root(el).querySelector<HTMLInputElement>('.tk-date-field__input--year')!;
    await userEvent.type(day, '15');
    await userEvent.keyboard('{Tab}3{Tab}90');
    expect(focused(el)).toBe(year);
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    expect(year.getAttribute('aria-invalid')).toBe('true');
    expect(day.hasAttribute('aria-invalid')).toBe(false);
    const link = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="error-summary-link"]')].find((a) => a.textContent.includes('Ngày sinh'))!;
    await userEvent.click(link);
    await settle(el);
    expect(focused(el)).toBe(year);
    expect(danglingIds(el)).toEqual([]);
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('labels the boxes Ngày/Tháng/Năm, tabs day → month → year and fills birth dates with bday-*', async () => {
    const el = await mount({ form: household });
    const boxes = [...root(el).querySelectorAll<HTMLInputElement>('.tk-date-field__input')];
    expect(boxes.map((b) => root(el).querySelector(`label[for="${b.id}"]`)!.textContent)).toEqual(['Ngày', 'Tháng', 'Năm']);
    expect(boxes.map((b) => b.autocomplete)).toEqual(['bday-day', 'bday-month', 'bday-year']);
    await tabTo(el, (e) => e === boxes[0]);
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(boxes[1]);
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(boxes[2]);
  });
});

describe('the repeat group inside <tk-form>', () => {
  it('Add puts focus in the new item’s first field and says so in English', async () => {
    const el = await mount({ form: household, data: { members: [{ fullName: 'Lê Văn An' }] } }, { locale: 'en' });
    await userEvent.click(button(el, 'Add member'));
    await settle(el);
    const items = root(el).querySelectorAll('.tk-repeat__item');
    expect(items).toHaveLength(2);
    expect(focused(el)).toBe(items[1].querySelector('input'));
    expect(liveText(el)).toBe('Member 2 added.');
    await userEvent.keyboard('Lê Thị Bình');
    await settle(el);
    expect((items[1].querySelector('input') as HTMLInputElement).value).toBe('Lê Thị Bình');
  });

  it('Remove moves focus to the previous item, then to Add, and each removal is announced in Vietnamese', async () => {
    const el = await mount({ form: household, data: { members: [{ fullName: 'An' }, { fullName: 'Bình' }] } });
    await userEvent.click(button(el, 'Xóa Thành viên 2'));
    await settle(el);
    expect(focused(el)).toBe(byId(el, 'tk-field_2f_members-item-0'));
    expect(liveText(el)).toBe('Đã xóa Thành viên 2.');
    await userEvent.click(button(el, 'Xóa Thành viên 1'));
    await settle(el);
    expect(focused(el)).toBe(byId(el, 'tk-field_2f_members-add'));
    expect(liveText(el)).toBe('Đã xóa Thành viên 1.');
    expect(danglingIds(el)).toEqual([]);
  });
});

describe('reflow and focus visibility', () => {
  it('at 320 CSS px the form scrolls only vertically, even with errors and a repeat group', async () => {
    await page.viewport(320, 640);
    try {
      const el = await mount({ form: household, data: { members: [{ fullName: 'Nguyễn Thị Minh Khai' }, { fullName: 'An' }] } });
      await userEvent.click(button(el, 'Gửi hồ sơ'));
      await settle(el);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      const overflowing = [...root(el).querySelectorAll<HTMLElement>('*')].filter((n) => n.getBoundingClientRect().right > 320.5);
      expect(overflowing.map((n) => `${n.localName}.${n.className}`)).toEqual([]);
    } finally {
      await page.viewport(414, 896);
    }
  });

  it('every control shows a focus ring of at least 3px when reached with Tab', async () => {
    const el = await mount({ form: household, data: { members: [{ fullName: 'An' }] } });
    const reached = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await userEvent.keyboard('{Tab}');
      const f = focused(el) as HTMLElement | null;
      if (!f || !f.matches('input, select, textarea, button')) continue;
      const style = getComputedStyle(f);
      reached.add(`${f.localName}${f.getAttribute('type') ? `[${f.getAttribute('type')}]` : ''}`);
      expect(f.matches(':focus-visible')).toBe(true);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
      expect(style.outlineColor).not.toBe('rgba(0, 0, 0, 0)');
    }
    expect([...reached].sort()).toEqual(['button[button]', 'button[submit]', 'input[checkbox]', 'input[radio]', 'input[text]', 'select']);
  });
});

describe('languages', () => {
  /** Letters only Vietnamese uses (ă â đ ê ô ơ ư and the tone marks on any vowel). */
  const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300-\u0303\u0309\u0323]|[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

  it('in English, every text the widgets and the form render (with errors, hints and announcements) is English', async () => {
    const el = await mount({ form: household, data: { members: [{}] } }, { locale: 'en' });
    await userEvent.click(button(el, 'Submit'));
    await settle(el);
    await userEvent.click(button(el, 'Add member'));
    await settle(el);
    const text = root(el).textContent.normalize('NFD').replace(/\s+/g, ' ');
    expect(text.match(new RegExp(`\\S*(?:${VIETNAMESE.source})\\S*`, 'gi')) ?? []).toEqual([]);
    const attributes = [...root(el).querySelectorAll('*')].flatMap((n) => ['aria-label', 'title', 'placeholder'].map((a) => n.getAttribute(a) ?? ''));
    expect(attributes.filter((a) => VIETNAMESE.test(a.normalize('NFD')))).toEqual([]);
  });

  it('in Vietnamese, the built-in words carry their diacritics (NFC)', async () => {
    const el = await mount({ form: household, data: { members: [{}] } });
    await userEvent.click(button(el, 'Gửi hồ sơ'));
    await settle(el);
    const text = root(el).textContent.replace(/\s+/g, ' ');
    expect(text).toBe(text.normalize('NFC'));
    for (const word of ['Có lỗi cần sửa', '(bắt buộc)', 'Ví dụ: 15 3 2025', 'Ngày', 'Tháng', 'Năm', '— Chọn —', 'Thêm thành viên', 'Xóa Thành viên 1', 'Lỗi:']) {
      expect(text).toContain(word);
    }
  });
});
