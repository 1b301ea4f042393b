// SPDX-License-Identifier: MIT
/**
 * Citizen journeys through a wizard that the basic wizard tests (`form-wizard.test.ts`) do not walk: rules that
 * empty a step, changing an answer from the review, a submit that finds errors on several steps, a double click,
 * a language switch in the middle of a step with errors.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { button, cleanup, control, focused, mount, record, root, settle } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

afterEach(cleanup);

const heading = (el: TkForm) => root(el).querySelector<HTMLElement>('[part="step-heading"]');
const current = (el: TkForm) => root(el).querySelector('[aria-current="step"]')?.textContent?.replace(/\s+/g, ' ').trim();
const stepTitles = (el: TkForm) => [...root(el).querySelectorAll('[part~="step"] .tk-step-title')].map((s) => s.textContent?.trim());
const summary = (el: TkForm) => root(el).querySelector<HTMLElement>('[part="error-summary"]');
const reviewRows = (el: TkForm) =>
  [...root(el).querySelectorAll('[part="review-row"]')].map((r) => [
    r.querySelector('dt')?.textContent?.trim(),
    r.querySelector('[part="review-value"]')?.textContent?.trim(),
  ]);

async function press(el: TkForm, text: string | RegExp): Promise<void> {
  await userEvent.click(button(el, text));
  await settle(el);
}

/**
 * Three steps and the review. The second step's only question is shown when the citizen applies for someone
 * else; `nameUpper` is computed; the third step has an optional email.
 */
const rulesWizard: FormDefinition = {
  id: 'vn.test.rules-wizard',
  version: '1.0.0',
  title: { vi: 'Tờ khai có điều kiện', en: 'Conditional declaration' },
  schema: {
    type: 'object',
    required: ['fullName', 'applyFor', 'otherName', 'phone'],
    properties: {
      fullName: { type: 'string', minLength: 2 },
      nameUpper: { type: 'string' },
      birthDate: { type: 'string', format: 'date' },
      applyFor: { type: 'string', enum: ['self', 'other'] },
      otherName: { type: 'string', minLength: 2 },
      phone: { type: 'string', format: 'vn-phone' },
      email: { type: 'string', format: 'email' },
    },
  },
  computed: [{ target: '/nameUpper', expr: { upperVi: [{ var: 'fullName' }] } }],
  ui: {
    type: 'Categorization',
    elements: [
      {
        type: 'Category',
        label: 'step.applicant',
        elements: [
          { type: 'Control', scope: '#/properties/fullName' },
          { type: 'Control', scope: '#/properties/nameUpper' },
          { type: 'Control', scope: '#/properties/birthDate' },
          { type: 'Control', scope: '#/properties/applyFor', options: { format: 'radio' } },
        ],
      },
      {
        type: 'Category',
        label: 'step.other',
        elements: [
          {
            type: 'Control',
            scope: '#/properties/otherName',
            rule: { effect: 'SHOW', condition: { scope: '#/properties/applyFor', schema: { const: 'other' }, failWhenUndefined: true } },
          },
        ],
      },
      {
        type: 'Category',
        label: 'step.contact',
        elements: [
          { type: 'Control', scope: '#/properties/phone' },
          { type: 'Control', scope: '#/properties/email' },
        ],
      },
    ],
  },
  i18n: {
    vi: {
      'step.applicant': 'Người khai',
      'step.other': 'Người được khai hộ',
      'step.contact': 'Liên hệ',
      'fullName.label': 'Họ, chữ đệm và tên',
      'nameUpper.label': 'Họ tên viết hoa',
      'birthDate.label': 'Ngày sinh',
      'applyFor.label': 'Khai cho',
      'applyFor.enum.self': 'Bản thân',
      'applyFor.enum.other': 'Người khác',
      'otherName.label': 'Họ tên người được khai hộ',
      'phone.label': 'Số điện thoại',
      'email.label': 'Thư điện tử',
    },
    en: {
      'step.applicant': 'Applicant',
      'step.other': 'Person applied for',
      'step.contact': 'Contact',
      'fullName.label': 'Full name',
      'nameUpper.label': 'Name in capitals',
      'birthDate.label': 'Date of birth',
      'applyFor.label': 'Applying for',
      'applyFor.enum.self': 'Myself',
      'applyFor.enum.other': 'Someone else',
      'otherName.label': 'Name of the person',
      'phone.label': 'Phone number',
      'email.label': 'Email',
    },
  },
};

const filled = { fullName: 'Lê Văn An', applyFor: 'self', birthDate: '1990-03-07', phone: '0912345678' };

async function toReview(el: TkForm): Promise<void> {
  for (let i = 0; i < 5 && !root(el).querySelector('[part="review"]'); i++) await press(el, 'Tiếp tục');
  expect(root(el).querySelector('[part="review"]')).not.toBeNull();
}

describe('a step whose every question a rule hides', () => {
  it('is left out of the wizard: not counted in "Bước x/y", not in the step list, not in the review', async () => {
    // An answer kept from before the rule hid its question is not shown in the review either.
    const el = await mount({ form: rulesWizard, data: { fullName: 'Lê Văn An', applyFor: 'self', otherName: 'Người cũ' } });
    expect(stepTitles(el)).toEqual(['Người khai', 'Liên hệ', 'Kiểm tra lại thông tin']);
    expect(heading(el)?.textContent).toBe('Bước 1/3: Người khai');
    await press(el, 'Tiếp tục');
    expect(heading(el)?.textContent).toBe('Bước 2/3: Liên hệ');
    expect(current(el)).toContain('Liên hệ');
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    await press(el, 'Tiếp tục');
    const sections = [...root(el).querySelectorAll('[part~="review-section-title"]')].map((h) => h.textContent);
    expect(sections).toEqual(['Người khai', 'Liên hệ']);
    expect(root(el).querySelector('[part="review"]')?.textContent).not.toContain('Người cũ');
    expect(reviewRows(el).map(([label]) => label)).not.toContain('Họ tên người được khai hộ');
  });

  it('comes back, live, when a rule shows its question: the progress counts it and aria-current stays on the step on screen', async () => {
    const el = await mount({ form: rulesWizard, data: { fullName: 'Lê Văn An', applyFor: 'self' } });
    await userEvent.click(control(el, 'Người khác'));
    await settle(el);
    expect(stepTitles(el)).toEqual(['Người khai', 'Người được khai hộ', 'Liên hệ', 'Kiểm tra lại thông tin']);
    expect(heading(el)?.textContent).toBe('Bước 1/4: Người khai');
    expect(current(el)).toContain('Người khai');
    await press(el, 'Tiếp tục');
    expect(heading(el)?.textContent).toBe('Bước 2/4: Người được khai hộ');
    expect(summary(el)).toBeNull();
  });
});

describe('"Quay lại" (Back)', () => {
  it('never validates: an invalid answer on the step shows no summary and fires no tk-invalid, and is kept', async () => {
    const el = await mount({ form: rulesWizard, data: { fullName: 'Lê Văn An', applyFor: 'self' } });
    const invalid = record(el, 'tk-invalid');
    await press(el, 'Tiếp tục');
    await userEvent.type(control(el, 'Thư điện tử'), 'khong-phai-email');
    await press(el, 'Quay lại');
    expect(heading(el)?.textContent).toBe('Bước 1/3: Người khai');
    expect(focused(el)).toBe(heading(el));
    expect(summary(el)).toBeNull();
    expect(invalid).toHaveLength(0);
    expect(el.data).toMatchObject({ email: 'khong-phai-email' });
  });
});

describe('"Change" from the review (GOV.UK check-answers)', () => {
  it('goes to the step and the field, and "Next" after the change returns to the review, not through the following steps', async () => {
    const el = await mount({ form: rulesWizard, data: filled });
    await toReview(el);
    await press(el, /Thay đổi\s*Họ, chữ đệm và tên/);
    expect(heading(el)?.textContent).toBe('Bước 1/3: Người khai');
    expect(focused(el)).toBe(control(el, 'Họ, chữ đệm và tên'));
    await userEvent.keyboard('{End} Bình');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(root(el).querySelector('[part="review"]')).not.toBeNull();
    expect(focused(el)?.id).toBe('tk-review-title');
    expect(reviewRows(el)[0]).toEqual(['Họ, chữ đệm và tên', 'Lê Văn An Bình']);
    expect(reviewRows(el)[1]).toEqual(['Họ tên viết hoa', 'LÊ VĂN AN BÌNH']);
  });

  it('an answer that shows a new question goes through that step first, then back to the review', async () => {
    const el = await mount({ form: rulesWizard, data: filled });
    await toReview(el);
    await press(el, /Thay đổi\s*Khai cho/);
    expect(focused(el)).toBe(control(el, 'Bản thân'));
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect(el.data).toMatchObject({ applyFor: 'other' });
    await press(el, 'Tiếp tục');
    expect(heading(el)?.textContent).toBe('Bước 2/4: Người được khai hộ');
    expect(focused(el)).toBe(heading(el));
    expect(summary(el)).toBeNull();
    await userEvent.type(control(el, 'Họ tên người được khai hộ'), 'Lê Thị Hồng');
    await press(el, 'Tiếp tục');
    expect(root(el).querySelector('[part="review"]')).not.toBeNull();
    expect(reviewRows(el)).toContainEqual(['Họ tên người được khai hộ', 'Lê Thị Hồng']);
  });

  it('a change that leaves the step invalid shows that step\'s errors and stays', async () => {
    const el = await mount({ form: rulesWizard, data: filled });
    await toReview(el);
    await press(el, /Thay đổi\s*Số điện thoại/);
    await userEvent.clear(control(el, 'Số điện thoại'));
    await press(el, 'Tiếp tục');
    expect(heading(el)?.textContent).toBe('Bước 2/3: Liên hệ');
    expect(focused(el)).toBe(summary(el));
  });
});

describe('a submit that finds errors on several steps', () => {
  it('goes to the first of them and lists only its errors, so every link leads to a field on screen; tk-invalid has them all', async () => {
    const { wizardForm } = await import('./fixtures.test-helpers.js');
    const el = await mount({ form: wizardForm, data: { fullName: 'Đủ tên' } });
    const invalid = record(el, 'tk-invalid');
    expect(await el.submit()).toBeUndefined();
    await settle(el);
    expect(heading(el)?.textContent).toBe('Bước 2/4: Liên hệ');
    expect(invalid[0].detail.errors.map((e) => e.pointer).sort()).toEqual(['/phone', '/reason']);
    const links = [...summary(el)!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent?.trim())).toEqual(['Vui lòng nhập Số điện thoại']);
    await userEvent.click(links[0]);
    await settle(el);
    expect(focused(el)).toBe(control(el, 'Số điện thoại'));
  });

  it('from the review: after fixing each step, "Next" goes to the next step with an error, then back to the review', async () => {
    const { wizardForm } = await import('./fixtures.test-helpers.js');
    const el = await mount({ form: wizardForm, data: { fullName: 'Võ Thị Sáu', phone: '0912345678', reason: 'Cấp mới' } });
    await toReview(el);
    // The portal replaces the answers while the citizen is on the review.
    el.data = { fullName: 'Võ Thị Sáu' };
    await settle(el);
    await press(el, 'Xác nhận và gửi hồ sơ');
    expect(heading(el)?.textContent).toBe('Bước 2/4: Liên hệ');
    expect([...summary(el)!.querySelectorAll('a')]).toHaveLength(1);
    await userEvent.type(control(el, 'Số điện thoại'), '0912345678');
    await press(el, 'Tiếp tục');
    expect(heading(el)?.textContent).toBe('Bước 3/4: Nội dung đề nghị');
    await userEvent.type(control(el, 'Lý do'), 'Cấp mới');
    await press(el, 'Tiếp tục');
    expect(root(el).querySelector('[part="review"]')).not.toBeNull();
  });
});

/** The clicks inside the form, as [click count, text of the button clicked]. */
function clicksOn(el: TkForm): [number, string | undefined][] {
  const clicks: [number, string | undefined][] = [];
  root(el).addEventListener('click', (e) => clicks.push([(e as MouseEvent).detail, (e.target as Element).closest('button')?.textContent?.trim()]), true);
  return clicks;
}

describe('a double click on the wizard buttons', () => {
  // The two steps have the same layout, so the second click lands on the next step's button, as it does for a
  // citizen whose next step is as tall as the one they leave.
  it('"Tiếp tục" moves one step on and shows no error on the step the citizen has not seen yet', async () => {
    const { wizardForm } = await import('./fixtures.test-helpers.js');
    const el = await mount({ form: wizardForm, data: { fullName: 'Đủ tên' } });
    const invalid = record(el, 'tk-invalid');
    const clicks = clicksOn(el);
    await userEvent.click(button(el, 'Tiếp tục'), { clickCount: 2 });
    await settle(el);
    // Both clicks reached the button: the second on the new step's.
    expect(clicks).toEqual([[1, 'Tiếp tục'], [2, 'Tiếp tục']]);
    expect(heading(el)?.textContent).toBe('Bước 2/4: Liên hệ');
    expect(summary(el)).toBeNull();
    expect(invalid).toHaveLength(0);
    expect(control(el, 'Số điện thoại').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('"Quay lại" moves one step back', async () => {
    const { wizardForm } = await import('./fixtures.test-helpers.js');
    const el = await mount({ form: wizardForm, data: { fullName: 'Đủ tên', phone: '0912345678' } });
    await press(el, 'Tiếp tục');
    await press(el, 'Tiếp tục');
    expect(heading(el)?.textContent).toBe('Bước 3/4: Nội dung đề nghị');
    const clicks = clicksOn(el);
    await userEvent.click(button(el, 'Quay lại'), { clickCount: 2 });
    await settle(el);
    expect(clicks).toEqual([[1, 'Quay lại'], [2, 'Quay lại']]);
    expect(heading(el)?.textContent).toBe('Bước 2/4: Liên hệ');
  });
});

describe('a double click on "Thay đổi" (Change) in the review', () => {
  it('opens the step once; its second click does not reach the question now under the pointer', async () => {
    const el = await mount({ form: rulesWizard, data: filled });
    await toReview(el);
    const reached: number[] = [];
    const landed: number[] = [];
    root(el).addEventListener('click', (e) => landed.push((e as MouseEvent).detail), true);
    root(el).addEventListener('click', (e) => reached.push((e as MouseEvent).detail));
    await userEvent.click(button(el, /Thay đổi\s*Ngày sinh/), { clickCount: 2 });
    await settle(el);
    expect(heading(el)?.textContent).toBe('Bước 1/3: Người khai');
    // Both clicks landed in the form; only the first one was acted on.
    expect(landed).toEqual([1, 2]);
    expect(reached).toEqual([1]);
    expect(el.data).toEqual(filled);
  });
});

describe('switching the language in the middle of a step with errors', () => {
  it('keeps the step, the answers, the focus and the errors on screen, and says them all in English', async () => {
    const el = await mount({ form: rulesWizard, data: { fullName: 'Lê Văn An', applyFor: 'other' } });
    await press(el, 'Tiếp tục');
    await press(el, 'Tiếp tục');
    expect(summary(el)?.textContent).toContain('Vui lòng nhập Họ tên người được khai hộ');
    const input = control(el, 'Họ tên người được khai hộ');
    await userEvent.click(input);
    el.locale = 'en';
    await settle(el);
    expect(heading(el)?.textContent).toBe('Step 2 of 4: Person applied for');
    expect(stepTitles(el)).toEqual(['Applicant', 'Person applied for', 'Contact', 'Check your answers']);
    expect(summary(el)?.textContent).toContain('There is a problem');
    expect(summary(el)?.querySelector('a')?.textContent).not.toMatch(/Vui lòng/);
    expect(summary(el)?.querySelector('a')?.textContent).toContain('Name of the person');
    expect(control(el, 'Name of the person')).toBe(input);
    expect(focused(el)).toBe(input);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => root(el).getElementById(id)?.textContent ?? '').join(' ');
    expect(described).toContain('Error:');
    expect(el.data).toEqual({ fullName: 'Lê Văn An', applyFor: 'other' });
    expect(button(el, 'Continue')).toBeTruthy();
    expect(button(el, 'Back')).toBeTruthy();
  });
});

describe('a form with the review attribute (one page)', () => {
  it('a submit from the review that finds errors goes back to the page, where the summary\'s links lead', async () => {
    const { personForm } = await import('./fixtures.test-helpers.js');
    const el = await mount({ form: personForm, data: { fullName: 'An Bình', phone: '0912345678' } }, { review: '' });
    await press(el, 'Tiếp tục');
    // The portal replaces the answers while the citizen is on the review.
    el.data = { fullName: 'An Bình' };
    await settle(el);
    await press(el, 'Xác nhận và gửi hồ sơ');
    expect(root(el).querySelector('[part="review"]')).toBeNull();
    expect(focused(el)).toBe(summary(el));
    await userEvent.click(summary(el)!.querySelector('a')!);
    await settle(el);
    expect(focused(el)).toBe(control(el, 'Số điện thoại'));
    await userEvent.keyboard('0912345678');
    await press(el, 'Tiếp tục');
    expect(root(el).querySelector('[part="review"]')).not.toBeNull();
  });

  it('Back from the review puts focus on the form title, not on the page body', async () => {
    const { personForm } = await import('./fixtures.test-helpers.js');
    const el = await mount({ form: personForm, data: { fullName: 'An Bình', phone: '0912345678' } }, { review: '' });
    await press(el, 'Tiếp tục');
    await press(el, 'Quay lại');
    expect(focused(el)).toBe(root(el).querySelector('[part~="title"]'));
  });
});
