// SPDX-License-Identifier: MIT
/**
 * A step whose fields belong to an object the data does not hold yet: "Next" on the empty step lists every field
 * that needs an answer (GOV.UK error summary), not one error for the whole group. Core lists them
 * (`validate/expand-missing-groups.ts`); this checks what the citizen gets in a real browser.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { button, cleanup, control, focused, mount, record, root, seriousViolations, settle } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

afterEach(cleanup);

/** Step 1: the receiving office and the applicant group (three required fields, one optional); step 2: the request. */
const groupWizard: FormDefinition = {
  id: 'vn.test.required-groups',
  version: '1.0.0',
  title: { vi: 'Tờ khai yêu cầu', en: 'Request form' },
  schema: {
    type: 'object',
    required: ['office', 'applicant', 'reason'],
    properties: {
      office: { type: 'string', minLength: 1 },
      applicant: {
        type: 'object',
        required: ['fullName', 'pid', 'phone'],
        properties: {
          fullName: { type: 'string', minLength: 2 },
          pid: { type: 'string', format: 'vn-pid' },
          phone: { type: 'string', format: 'vn-phone' },
          email: { type: 'string', format: 'email' },
        },
      },
      reason: { type: 'string', minLength: 3 },
    },
  },
  ui: {
    type: 'Categorization',
    elements: [
      {
        type: 'Category',
        label: 'step.applicant',
        elements: [
          { type: 'Control', scope: '#/properties/office' },
          {
            type: 'Group',
            label: 'applicant.section',
            elements: [
              { type: 'Control', scope: '#/properties/applicant/properties/fullName' },
              { type: 'Control', scope: '#/properties/applicant/properties/pid' },
              { type: 'Control', scope: '#/properties/applicant/properties/phone' },
              { type: 'Control', scope: '#/properties/applicant/properties/email' },
            ],
          },
        ],
      },
      { type: 'Category', label: 'step.request', elements: [{ type: 'Control', scope: '#/properties/reason', options: { multi: true } }] },
    ],
  },
  i18n: {
    vi: {
      'step.applicant': 'Người yêu cầu',
      'step.request': 'Nội dung yêu cầu',
      'applicant.section': 'Thông tin người yêu cầu',
      'office.label': 'Nơi nộp hồ sơ',
      'applicant.fullName.label': 'Họ, chữ đệm và tên',
      'applicant.pid.label': 'Số định danh cá nhân',
      'applicant.phone.label': 'Số điện thoại',
      'applicant.email.label': 'Thư điện tử',
      'reason.label': 'Lý do',
    },
    en: {
      'step.applicant': 'Applicant',
      'step.request': 'Request',
      'applicant.section': 'About the applicant',
      'office.label': 'Office',
      'applicant.fullName.label': 'Full name',
      'applicant.pid.label': 'Personal identification number',
      'applicant.phone.label': 'Phone number',
      'applicant.email.label': 'Email',
      'reason.label': 'Reason',
    },
  },
};

const LABELS = ['Nơi nộp hồ sơ', 'Họ, chữ đệm và tên', 'Số định danh cá nhân', 'Số điện thoại'];

const summaryLinks = (el: TkForm) => [...root(el).querySelectorAll<HTMLAnchorElement>('[part="error-summary"] a')];
const heading = (el: TkForm) => root(el).querySelector<HTMLElement>('[part="step-heading"]')?.textContent;

/** The inline error a control points at through `aria-describedby`. */
const inlineError = (el: TkForm, input: HTMLElement): string | undefined =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => (id ? root(el).getElementById(id) : null))
    .find((n) => n?.getAttribute('part') === 'error')
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();

async function clickNext(el: TkForm): Promise<void> {
  await userEvent.click(button(el, 'Tiếp tục'));
  await settle(el);
}

describe('"Next" on a step whose group object is missing', () => {
  it('lists every required field of the group in the error summary, with the other missing fields, on the first attempt', async () => {
    const el = await mount({ form: groupWizard });
    const invalid = record(el, 'tk-invalid');
    await clickNext(el);
    expect(heading(el)).toBe('Bước 1/3: Người yêu cầu');
    expect(invalid.at(-1)!.detail.errors.map((e) => e.pointer)).toEqual(['/office', '/applicant/fullName', '/applicant/pid', '/applicant/phone']);
    expect(summaryLinks(el).map((a) => a.textContent?.trim())).toEqual(LABELS.map((l) => `Vui lòng nhập ${l}`));
    expect(focused(el)).toBe(root(el).querySelector('[part="error-summary"]'));
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('links each summary line to its own control', async () => {
    const el = await mount({ form: groupWizard });
    await clickNext(el);
    for (const label of LABELS) {
      const link = summaryLinks(el).find((a) => a.textContent?.trim() === `Vui lòng nhập ${label}`)!;
      await userEvent.click(link);
      await settle(el);
      expect(focused(el)).toBe(control(el, label));
    }
  });

  it('shows each message inline on its own field, and none on the optional one', async () => {
    const el = await mount({ form: groupWizard });
    await clickNext(el);
    for (const label of LABELS) {
      const input = control(el, label);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(inlineError(el, input)).toContain(`Vui lòng nhập ${label}`);
    }
    const email = control(el, 'Thư điện tử');
    expect(email.getAttribute('aria-invalid')).not.toBe('true');
    expect(inlineError(el, email)).toBeUndefined();
  });

  it('lists nothing new once the citizen has answered one field of the group', async () => {
    const el = await mount({ form: groupWizard });
    await clickNext(el);
    const first = summaryLinks(el).map((a) => a.textContent?.trim());
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Nguyễn Văn An');
    await clickNext(el);
    const second = summaryLinks(el).map((a) => a.textContent?.trim());
    expect(second).toEqual(first.filter((m) => m !== 'Vui lòng nhập Họ, chữ đệm và tên'));
  });

  it('words the summary in English when the form is in English', async () => {
    const el = await mount({ form: groupWizard, locale: 'en' });
    await userEvent.click(button(el, 'Continue'));
    await settle(el);
    expect(summaryLinks(el).map((a) => a.textContent?.trim())).toEqual([
      'Enter Office',
      'Enter Full name',
      'Enter Personal identification number',
      'Enter Phone number',
    ]);
  });
});
