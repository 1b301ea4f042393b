// SPDX-License-Identifier: MIT
/**
 * The review step when the citizen switches the language on it. Its own file: the English texts must not be
 * loaded yet when the switch happens (as on a real page), and a test file starts with a fresh page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { isTranslationLoaded } from '../internal/localize.js';
import { button, cleanup, mount, root, settle } from '../form/fixtures.test-helpers.js';
import type { TkForm } from '../form/form.component.js';

afterEach(cleanup);

const form: FormDefinition = {
  id: 'vn.test.review-locale',
  version: '1.0.0',
  title: { vi: 'Tờ khai', en: 'Declaration' },
  schema: {
    type: 'object',
    properties: {
      fullName: { type: 'string' },
      birthDate: { type: 'string', format: 'date' },
      sex: { type: 'string', enum: ['male', 'female'] },
      copies: { type: 'boolean' },
      married: { type: 'boolean' },
      note: { type: 'string' },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/fullName' },
      { type: 'Control', scope: '#/properties/birthDate' },
      { type: 'Control', scope: '#/properties/sex', options: { format: 'radio' } },
      { type: 'Control', scope: '#/properties/copies' },
      { type: 'Control', scope: '#/properties/married', options: { format: 'radio' } },
      { type: 'Control', scope: '#/properties/note' },
    ],
  },
  i18n: {
    vi: {
      'fullName.label': 'Họ và tên',
      'birthDate.label': 'Ngày sinh',
      'sex.label': 'Giới tính',
      'sex.enum.male': 'Nam',
      'sex.enum.female': 'Nữ',
      'copies.label': 'Cấp bản sao',
      'married.label': 'Đã kết hôn',
      'note.label': 'Ghi chú',
    },
    en: {
      'fullName.label': 'Full name',
      'birthDate.label': 'Date of birth',
      'sex.label': 'Sex',
      'sex.enum.male': 'Male',
      'sex.enum.female': 'Female',
      'copies.label': 'Copies',
      'married.label': 'Married',
      'note.label': 'Notes',
    },
  },
};

const rows = (el: TkForm) =>
  [...root(el).querySelectorAll('[part="review-row"]')].map((r) => [
    r.querySelector('dt')?.textContent?.trim(),
    r.querySelector('[part="review-value"]')?.textContent?.trim(),
  ]);

describe('switching the language on the review step', () => {
  it('shows every answer with the new language’s words (Yes/No, choices, “Not provided”), dates as dd/mm/yyyy', async () => {
    const data = { fullName: 'Đặng Thu Hà', birthDate: '1992-11-05', sex: 'female', copies: true, married: false };
    const el = await mount({ form, data }, { review: '' });
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    expect(rows(el)).toEqual([
      ['Họ và tên', 'Đặng Thu Hà'],
      ['Ngày sinh', '05/11/1992'],
      ['Giới tính', 'Nữ'],
      ['Cấp bản sao', 'Có'],
      ['Đã kết hôn', 'Không'],
      ['Ghi chú', 'Chưa cung cấp'],
    ]);
    expect(isTranslationLoaded('en')).toBe(false);
    el.locale = 'en';
    await settle(el);
    expect(rows(el)).toEqual([
      ['Full name', 'Đặng Thu Hà'],
      ['Date of birth', '05/11/1992'],
      ['Sex', 'Female'],
      ['Copies', 'Yes'],
      ['Married', 'No'],
      ['Notes', 'Not provided'],
    ]);
    expect(root(el).querySelector('[part~="review-title"]')?.textContent).toBe('Check your answers');
  });
});
