// SPDX-License-Identifier: MIT
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { button, cleanup, focused, mount, root, seriousViolations, settle } from '../form/fixtures.test-helpers.js';
import type { TkForm } from '../form/form.component.js';

afterEach(cleanup);

/** A household with its members (named "Thành viên n" by the form) and other documents (unnamed: "Mục n"). */
const household: FormDefinition = {
  id: 'vn.test.household',
  version: '1.0.0',
  title: { vi: 'Tờ khai hộ gia đình' },
  schema: {
    type: 'object',
    properties: {
      head: { type: 'string' },
      members: {
        type: 'array',
        items: { type: 'object', properties: { fullName: { type: 'string' }, birthDate: { type: 'string', format: 'date' } } },
      },
      documents: { type: 'array', items: { type: 'string' } },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/head' },
      { type: 'Control', scope: '#/properties/members', options: { itemLabel: { vi: 'Thành viên {n}', en: 'Member {n}' } } },
      { type: 'Control', scope: '#/properties/documents' },
    ],
  },
  i18n: {
    vi: {
      'head.label': 'Chủ hộ',
      'members.label': 'Thành viên',
      'members.fullName.label': 'Họ và tên',
      'members.birthDate.label': 'Ngày sinh',
      'documents.label': 'Giấy tờ',
    },
    en: {
      'head.label': 'Head of household',
      'members.label': 'Members',
      'members.fullName.label': 'Full name',
      'members.birthDate.label': 'Date of birth',
      'documents.label': 'Documents',
    },
  },
};

const data = {
  head: 'Phạm Văn Nam',
  members: [
    { fullName: 'Võ Thị Mai', birthDate: '1987-02-14' },
    { fullName: 'Phạm Gia Bảo', birthDate: '2015-09-01' },
  ],
  documents: ['Sổ hộ khẩu'],
};

const labels = (el: TkForm) => [...root(el).querySelectorAll('[part="review-key"]')].map((k) => k.textContent?.trim());

describe('the review of repeatable lists', () => {
  it('names the item each answer belongs to, so rows and "Change" buttons of two items differ', async () => {
    const el = await mount({ form: household, data }, { review: '' });
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    expect(labels(el)).toEqual([
      'Chủ hộ',
      'Thành viên 1: Họ và tên',
      'Thành viên 1: Ngày sinh',
      'Thành viên 2: Họ và tên',
      'Thành viên 2: Ngày sinh',
      'Mục 1: Giấy tờ',
    ]);
    const changes = [...root(el).querySelectorAll('[part~="change-button"]')].map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
    expect(new Set(changes).size).toBe(changes.length);
    expect(await seriousViolations(el)).toEqual([]);
    await userEvent.click(button(el, /Thay đổi\s*Thành viên 2: Họ và tên/));
    await settle(el);
    expect((focused(el) as HTMLInputElement).value).toBe('Phạm Gia Bảo');
  });

  it('in English, with the English item names', async () => {
    const el = await mount({ form: household, data }, { review: '', locale: 'en' });
    await userEvent.click(button(el, 'Continue'));
    await settle(el);
    expect(labels(el)).toContain('Member 2: Date of birth');
    expect(labels(el)).toContain('Item 1: Documents');
  });
});
