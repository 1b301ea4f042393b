// SPDX-License-Identifier: MIT
/**
 * The wizard keeps the citizen on the step they are on, whatever rules do to the steps before it: an answer on
 * the step itself can show or hide an earlier step (here: choosing delivery by post adds the step that asks
 * for the postal address, before it). The step is the same step, with a new number; a step that disappears
 * under the citizen hands them to the nearest following step, else the previous one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { draftKey } from '../drafts/draft-store.js';
import { button, cleanup, control, focused, mount, root, settle } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';
import { stepIndex } from './wizard-steps.js';

beforeEach(() => sessionStorage.clear());
afterEach(cleanup);

const heading = (el: TkForm) => root(el).querySelector<HTMLElement>('[part="step-heading"]')?.textContent;
const current = (el: TkForm) => root(el).querySelector('[aria-current="step"] .tk-step-title')?.textContent?.trim();
const stepTitles = (el: TkForm) => [...root(el).querySelectorAll('[part~="step"] .tk-step-title')].map((s) => s.textContent?.trim());
const summary = (el: TkForm) => root(el).querySelector<HTMLElement>('[part="error-summary"]');
const onReview = (el: TkForm) => root(el).querySelector('[part="review"]') !== null;

async function press(el: TkForm, text: string | RegExp): Promise<void> {
  await userEvent.click(button(el, text));
  await settle(el);
}

/**
 * Four steps and the review. The second step (the postal address) is shown only when the third step's answer
 * is "by post"; the fourth (an optional note) once the third is answered.
 */
const deliveryWizard: FormDefinition = {
  id: 'vn.test.delivery-wizard',
  version: '1.0.0',
  title: { vi: 'Đề nghị cấp bản sao trích lục', en: 'Request for a certified copy' },
  schema: {
    type: 'object',
    required: ['fullName', 'postAddress', 'delivery'],
    properties: {
      fullName: { type: 'string', minLength: 2 },
      postAddress: { type: 'string', minLength: 5 },
      delivery: { type: 'string', enum: ['office', 'post'] },
      phone: { type: 'string', format: 'vn-phone' },
      postNote: { type: 'string' },
    },
  },
  ui: {
    type: 'Categorization',
    elements: [
      { type: 'Category', label: 'step.applicant', elements: [{ type: 'Control', scope: '#/properties/fullName' }] },
      {
        type: 'Category',
        label: 'step.address',
        elements: [
          {
            type: 'Control',
            scope: '#/properties/postAddress',
            rule: { effect: 'SHOW', condition: { scope: '#/properties/delivery', schema: { const: 'post' }, failWhenUndefined: true } },
          },
        ],
      },
      {
        type: 'Category',
        label: 'step.delivery',
        elements: [
          { type: 'Control', scope: '#/properties/delivery', options: { format: 'radio' } },
          { type: 'Control', scope: '#/properties/phone' },
        ],
      },
      {
        type: 'Category',
        label: 'step.note',
        rule: { effect: 'SHOW', condition: { scope: '#/properties/delivery', schema: { type: 'string' }, failWhenUndefined: true } },
        elements: [{ type: 'Control', scope: '#/properties/postNote', options: { multi: true } }],
      },
    ],
  },
  i18n: {
    vi: {
      'step.applicant': 'Người yêu cầu',
      'step.address': 'Địa chỉ nhận qua bưu điện',
      'step.delivery': 'Cách nhận kết quả',
      'step.note': 'Ghi chú thêm',
      'fullName.label': 'Họ, chữ đệm và tên',
      'postAddress.label': 'Địa chỉ nhận',
      'delivery.label': 'Nhận kết quả',
      'delivery.enum.office': 'Tại cơ quan',
      'delivery.enum.post': 'Qua bưu điện',
      'phone.label': 'Số điện thoại',
      'postNote.label': 'Ghi chú',
    },
    en: {
      'step.applicant': 'Applicant',
      'step.address': 'Postal address',
      'step.delivery': 'Delivery',
      'step.note': 'Additional note',
      'fullName.label': 'Full name',
      'postAddress.label': 'Address',
      'delivery.label': 'Receive the result',
      'delivery.enum.office': 'At the office',
      'delivery.enum.post': 'By post',
      'phone.label': 'Phone number',
      'postNote.label': 'Note',
    },
  },
};

describe('a rule that shows or hides a step before the current one', () => {
  it('showing it keeps the citizen on their step, with its new number, the step list and focus where they were', async () => {
    const el = await mount({ form: deliveryWizard, data: { fullName: 'Lê Văn An' } });
    await press(el, 'Tiếp tục');
    expect(heading(el)).toBe('Bước 2/3: Cách nhận kết quả');
    await userEvent.click(control(el, 'Qua bưu điện'));
    await settle(el);
    // The answer showed a step before this one (and one after it).
    expect(stepTitles(el)).toEqual(['Người yêu cầu', 'Địa chỉ nhận qua bưu điện', 'Cách nhận kết quả', 'Ghi chú thêm', 'Kiểm tra lại thông tin']);
    expect(heading(el)).toBe('Bước 3/5: Cách nhận kết quả');
    expect(current(el)).toBe('Cách nhận kết quả');
    expect(focused(el)).toBe(control(el, 'Qua bưu điện'));
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    expect(el.data).toEqual({ fullName: 'Lê Văn An', delivery: 'post', phone: '0912345678' });
    // Back goes to the step that appeared; Next from there comes back to this one.
    await press(el, 'Quay lại');
    expect(heading(el)).toBe('Bước 2/5: Địa chỉ nhận qua bưu điện');
    await userEvent.type(control(el, 'Địa chỉ nhận'), 'Số 12 Lê Lợi, Huế');
    await press(el, 'Tiếp tục');
    expect(heading(el)).toBe('Bước 3/5: Cách nhận kết quả');
    await press(el, 'Tiếp tục');
    expect(heading(el)).toBe('Bước 4/5: Ghi chú thêm');
  });

  it('hiding it keeps the citizen on their step, not on the one that moved into its place', async () => {
    const el = await mount({ form: deliveryWizard, data: { fullName: 'Lê Văn An', delivery: 'post' } });
    await press(el, 'Tiếp tục');
    await userEvent.type(control(el, 'Địa chỉ nhận'), 'Số 12 Lê Lợi, Huế');
    await press(el, 'Tiếp tục');
    expect(heading(el)).toBe('Bước 3/5: Cách nhận kết quả');
    control(el, 'Qua bưu điện').focus();
    await userEvent.keyboard('{ArrowUp}');
    await settle(el);
    expect(el.data).toMatchObject({ delivery: 'office' });
    expect(stepTitles(el)).toEqual(['Người yêu cầu', 'Cách nhận kết quả', 'Ghi chú thêm', 'Kiểm tra lại thông tin']);
    expect(heading(el)).toBe('Bước 2/4: Cách nhận kết quả');
    expect(current(el)).toBe('Cách nhận kết quả');
    expect(focused(el)).toBe(control(el, 'Tại cơ quan'));
    expect(summary(el)).toBeNull();
  });
});

describe('the step on screen disappears', () => {
  it('goes to the nearest following step, and stays there when the step comes back', async () => {
    const el = await mount({ form: deliveryWizard, data: { fullName: 'Lê Văn An', delivery: 'post' } });
    await press(el, 'Tiếp tục');
    expect(heading(el)).toBe('Bước 2/5: Địa chỉ nhận qua bưu điện');
    await userEvent.type(control(el, 'Địa chỉ nhận'), 'Số 12');
    // The portal replaces the answers (another tab changed the choice).
    el.data = { fullName: 'Lê Văn An', delivery: 'office' };
    await settle(el);
    expect(heading(el)).toBe('Bước 2/4: Cách nhận kết quả');
    // The field the citizen was typing in is gone: focus is on the heading that says where they are now.
    expect(focused(el)).toBe(root(el).querySelector('[part="step-heading"]'));
    el.data = { fullName: 'Lê Văn An', delivery: 'post' };
    await settle(el);
    expect(heading(el)).toBe('Bước 3/5: Cách nhận kết quả');
    expect(current(el)).toBe('Cách nhận kết quả');
  });

  it('goes to the previous step when no step follows', async () => {
    const el = await mount({ form: deliveryWizard, data: { fullName: 'Lê Văn An', delivery: 'office' } });
    for (let i = 0; i < 2; i++) await press(el, 'Tiếp tục');
    expect(heading(el)).toBe('Bước 3/4: Ghi chú thêm');
    el.data = { fullName: 'Lê Văn An' };
    await settle(el);
    expect(heading(el)).toBe('Bước 2/3: Cách nhận kết quả');
  });

  it('finds the step by where it stands in the UI schema, also in nested categorizations', () => {
    const steps = [{ uiPath: '/elements/0' }, { uiPath: '/elements/2/elements/1' }, { uiPath: '/elements/10' }];
    expect(stepIndex(steps, undefined)).toBe(0);
    expect(stepIndex(steps, '/elements/2/elements/1')).toBe(1);
    // Gone: the nearest following step (numbers compare as numbers: 10 comes after 2)…
    expect(stepIndex(steps, '/elements/1')).toBe(1);
    expect(stepIndex(steps, '/elements/2/elements/0')).toBe(1);
    expect(stepIndex(steps, '/elements/2/elements/3')).toBe(2);
    // …else the previous one.
    expect(stepIndex(steps, '/elements/11')).toBe(2);
    expect(stepIndex([], '/elements/1')).toBe(0);
  });
});

describe('"Thay đổi" (Change) from the review, with an answer that shows an earlier step', () => {
  it('stays on the changed step, then "Next" goes through the new step and back to the review', async () => {
    const el = await mount({ form: deliveryWizard, data: { fullName: 'Lê Văn An', delivery: 'office' } });
    for (let i = 0; i < 3 && !onReview(el); i++) await press(el, 'Tiếp tục');
    expect(onReview(el)).toBe(true);
    await press(el, /Thay đổi\s*Nhận kết quả/);
    expect(heading(el)).toBe('Bước 2/4: Cách nhận kết quả');
    expect(focused(el)).toBe(control(el, 'Tại cơ quan'));
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect(heading(el)).toBe('Bước 3/5: Cách nhận kết quả');
    expect(focused(el)).toBe(control(el, 'Qua bưu điện'));
    await press(el, 'Tiếp tục');
    expect(heading(el)).toBe('Bước 2/5: Địa chỉ nhận qua bưu điện');
    expect(summary(el)).toBeNull();
    await userEvent.type(control(el, 'Địa chỉ nhận'), 'Số 12 Lê Lợi, Huế');
    await press(el, 'Tiếp tục');
    expect(onReview(el)).toBe(true);
    await press(el, /Thay đổi\s*Địa chỉ nhận/);
    expect(heading(el)).toBe('Bước 2/5: Địa chỉ nhận qua bưu điện');
    expect(focused(el)).toBe(control(el, 'Địa chỉ nhận'));
  });
});

describe('a draft', () => {
  it('restores the step the citizen was on when its answers show a step before it', async () => {
    let el = await mount({ form: deliveryWizard, data: { fullName: 'Lê Văn An' } }, { draft: 'session' });
    await press(el, 'Tiếp tục');
    await userEvent.click(control(el, 'Qua bưu điện'));
    await settle(el);
    expect(heading(el)).toBe('Bước 3/5: Cách nhận kết quả');
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    await expect.poll(() => sessionStorage.getItem(draftKey('vn.test.delivery-wizard', '1.0.0')), { timeout: 5000 }).toContain('0912345678');
    cleanup();

    el = await mount({ form: deliveryWizard }, { draft: 'session' });
    expect(heading(el)).toBe('Bước 1/3: Người yêu cầu');
    await press(el, 'Khôi phục bản nháp');
    expect(el.data).toEqual({ fullName: 'Lê Văn An', delivery: 'post', phone: '0912345678' });
    expect(heading(el)).toBe('Bước 3/5: Cách nhận kết quả');
    expect(focused(el)?.textContent).toBe('Bước 3/5: Cách nhận kết quả');
  });
});

describe('a submit that finds an error on a step that appeared before the current one', () => {
  it('goes to that step, and after fixing it "Next" returns to the review', async () => {
    const el = await mount({ form: deliveryWizard, data: { fullName: 'Lê Văn An', delivery: 'office' } });
    for (let i = 0; i < 3 && !onReview(el); i++) await press(el, 'Tiếp tục');
    // The portal changes the choice while the citizen reads the review.
    el.data = { fullName: 'Lê Văn An', delivery: 'post' };
    await settle(el);
    await press(el, 'Xác nhận và gửi hồ sơ');
    expect(heading(el)).toBe('Bước 2/5: Địa chỉ nhận qua bưu điện');
    expect(focused(el)).toBe(summary(el));
    await userEvent.type(control(el, 'Địa chỉ nhận'), 'Số 12 Lê Lợi, Huế');
    await press(el, 'Tiếp tục');
    expect(onReview(el)).toBe(true);
  });
});
