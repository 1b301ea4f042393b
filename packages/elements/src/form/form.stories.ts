// SPDX-License-Identifier: MIT
/**
 * `<tk-form>` stories: the element's own behaviour on two small definitions (a one-page form and a three-step
 * wizard). The key flows are interaction tests: filling in with real keystrokes, the error summary, wizard
 * navigation (Next, Back, the step indicator), the review step, and the `tk-submit` event with the exact data.
 * The catalog's real forms have their own generated stories under "Forms".
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import axe from 'axe-core';
import type { FormDefinition, Locale } from '@tokhai/core';
import type { TkSubmitEvent } from '../events/tk-submit.js';
import type { TkInvalidEvent } from '../events/tk-invalid.js';
import { translation } from '../internal/localize.js';
import type { TkForm } from './form.component.js';

/** A one-page application: name, ID number, phone and a reason. */
const applicationForm: FormDefinition = {
  id: 'vn.example.application',
  version: '1.0.0',
  title: { vi: 'Đơn đề nghị (ví dụ)', en: 'Application (example)' },
  description: { vi: 'Điền *đầy đủ* các thông tin bắt buộc.', en: 'Fill in *every* required answer.' },
  schema: {
    type: 'object',
    required: ['fullName', 'pid', 'phone'],
    properties: {
      fullName: { type: 'string', minLength: 2, maxLength: 100 },
      pid: { type: 'string', format: 'vn-pid' },
      phone: { type: 'string', format: 'vn-phone' },
      reason: { type: 'string', maxLength: 500 },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Control', scope: '#/properties/fullName', options: { autocomplete: 'name' } },
      { type: 'HorizontalLayout', elements: [{ type: 'Control', scope: '#/properties/pid' }, { type: 'Control', scope: '#/properties/phone' }] },
      { type: 'Control', scope: '#/properties/reason', options: { multi: true } },
    ],
  },
  i18n: {
    vi: { 'fullName.label': 'Họ, chữ đệm và tên', 'pid.label': 'Số định danh cá nhân', 'phone.label': 'Số điện thoại', 'reason.label': 'Lý do' },
    en: { 'fullName.label': 'Full name', 'pid.label': 'Personal ID number', 'phone.label': 'Phone number', 'reason.label': 'Reason' },
  },
};

/** Three steps; the e-mail question appears only when the citizen wants e-mail notices (a SHOW rule). */
const wizardForm: FormDefinition = {
  id: 'vn.example.wizard',
  version: '1.0.0',
  title: { vi: 'Tờ khai nhiều bước (ví dụ)', en: 'Multi-step declaration (example)' },
  schema: {
    type: 'object',
    required: ['fullName', 'phone', 'reason'],
    properties: {
      fullName: { type: 'string', minLength: 2 },
      phone: { type: 'string', format: 'vn-phone' },
      notifyByEmail: { type: 'boolean' },
      email: { type: 'string', format: 'email' },
      reason: { type: 'string', minLength: 3 },
    },
  },
  ui: {
    type: 'Categorization',
    elements: [
      { type: 'Category', label: 'step.applicant', elements: [{ type: 'Control', scope: '#/properties/fullName' }] },
      {
        type: 'Category',
        label: 'step.contact',
        elements: [
          { type: 'Control', scope: '#/properties/phone' },
          { type: 'Control', scope: '#/properties/notifyByEmail' },
          {
            type: 'Control',
            scope: '#/properties/email',
            rule: { effect: 'SHOW', condition: { scope: '#/properties/notifyByEmail', schema: { const: true } } },
          },
        ],
      },
      { type: 'Category', label: 'step.request', elements: [{ type: 'Control', scope: '#/properties/reason', options: { multi: true } }] },
    ],
  },
  i18n: {
    vi: {
      'step.applicant': 'Người khai',
      'step.contact': 'Liên hệ',
      'step.request': 'Nội dung đề nghị',
      'fullName.label': 'Họ, chữ đệm và tên',
      'phone.label': 'Số điện thoại',
      'notifyByEmail.label': 'Nhận thông báo qua thư điện tử',
      'email.label': 'Thư điện tử',
      'reason.label': 'Lý do',
    },
    en: {
      'step.applicant': 'Applicant',
      'step.contact': 'Contact',
      'step.request': 'Request',
      'fullName.label': 'Full name',
      'phone.label': 'Phone number',
      'notifyByEmail.label': 'Get notices by e-mail',
      'email.label': 'Email',
      'reason.label': 'Reason',
    },
  },
};

interface FormArgs {
  form: FormDefinition;
  locale: Locale;
  data: unknown;
  review: boolean;
  readonly: boolean;
  kiosk: boolean;
  assisted: boolean;
  headingLevel: number;
}

const meta = {
  title: 'Form/tk-form',
  component: 'tk-form',
  args: { form: applicationForm, locale: 'vi', data: undefined, review: false, readonly: false, kiosk: false, assisted: false, headingLevel: 2 },
  argTypes: {
    form: { control: 'object', description: 'The definition (`form` property).' },
    data: { control: 'object', description: 'The answers (`data` property).' },
    locale: { control: 'inline-radio', options: ['vi', 'en'], description: '`locale` attribute.' },
    review: { control: 'boolean', description: '`review` attribute: a review step for a one-page form.' },
    readonly: { control: 'boolean', description: '`readonly` attribute.' },
    kiosk: { control: 'boolean', description: '`kiosk` attribute.' },
    assisted: { control: 'boolean', description: '`assisted` attribute.' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: '`heading-level` attribute.' },
  },
  render: (args) => {
    const el = document.createElement('tk-form');
    el.form = args.form;
    el.locale = args.locale;
    if (args.data !== undefined) el.data = structuredClone(args.data);
    el.review = args.review;
    el.readonly = args.readonly;
    el.kiosk = args.kiosk;
    el.assisted = args.assisted;
    el.headingLevel = args.headingLevel;
    return el;
  },
} satisfies Meta<FormArgs>;
export default meta;

type Story = StoryObj<FormArgs>;

// ---------------------------------------------------------------------------------------------------------------
// Play helpers (everything is in the form's one shadow root)
// ---------------------------------------------------------------------------------------------------------------

async function formOf(canvasElement: HTMLElement): Promise<TkForm> {
  const el = canvasElement.querySelector('tk-form')!;
  await waitFor(() => expect(el.shadowRoot?.querySelector('form')).not.toBeNull());
  await settle(el);
  return el;
}

async function settle(el: TkForm): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    const widgets = [...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].filter((n) => n.localName.startsWith('tk-'));
    await Promise.all(widgets.map((w) => w.updateComplete ?? Promise.resolve()));
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** The control a visible label names. */
function control<T extends HTMLElement = HTMLInputElement>(el: TkForm, label: string): T {
  const root = el.shadowRoot!;
  const match = [...root.querySelectorAll('label')].find((l) => l.textContent?.replace(/\s+/g, ' ').trim().startsWith(label));
  const target = match?.htmlFor ? root.getElementById(match.htmlFor) : match?.querySelector('input, textarea, select');
  if (!target) throw new Error(`no control labelled "${label}"`);
  return target as T;
}

/** A button found by its role and accessible name in the shadow root, as assistive technology finds it. */
function button(el: TkForm, name: string): HTMLButtonElement {
  return within(el.shadowRoot as unknown as HTMLElement).getByRole<HTMLButtonElement>('button', { name });
}

const part = (el: TkForm, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const focused = (el: TkForm) => el.shadowRoot!.activeElement;

function record<E extends Event>(el: TkForm, type: string, cancel = false): E[] {
  const events: E[] = [];
  el.addEventListener(type, (e) => {
    if (cancel) e.preventDefault();
    events.push(e as E);
  });
  return events;
}

// ---------------------------------------------------------------------------------------------------------------
// Stories
// ---------------------------------------------------------------------------------------------------------------

/** Fill in with real keystrokes and submit: `tk-submit` carries exactly the typed answers. */
export const FillAndSubmit: Story = {
  name: 'Fill in and submit',
  async play({ canvasElement }) {
    const el = await formOf(canvasElement);
    const t = translation('vi');
    const submits = record<TkSubmitEvent>(el, 'tk-submit', true);
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Lê Thị Hoa');
    await userEvent.type(control(el, 'Số định danh cá nhân'), '001190012345');
    await userEvent.type(control(el, 'Số điện thoại'), '0912 345 678');
    await userEvent.type(control<HTMLTextAreaElement>(el, 'Lý do'), 'Cấp lại');
    await userEvent.click(button(el, t.submit));
    await settle(el);
    await expect(submits).toHaveLength(1);
    const expected = { fullName: 'Lê Thị Hoa', pid: '001190012345', phone: '0912345678', reason: 'Cấp lại' };
    await expect(submits[0].detail.data).toEqual(expected);
    await expect(submits[0].detail.submission).toMatchObject({ formId: 'vn.example.application', formVersion: '1.0.0', locale: 'vi', data: expected });
  },
};

/**
 * Submitting an empty form: the GOV.UK-style error summary appears, takes focus, lists one link per error in the
 * order of the fields, and a link moves focus to its field; each field shows its own message too.
 */
export const ErrorSummary: Story = {
  name: 'Error summary',
  async play({ canvasElement }) {
    const el = await formOf(canvasElement);
    const t = translation('vi');
    const invalid = record<TkInvalidEvent>(el, 'tk-invalid');
    const submits = record<TkSubmitEvent>(el, 'tk-submit', true);
    await userEvent.type(control(el, 'Số định danh cá nhân'), '00119001234');
    await userEvent.click(button(el, t.submit));
    await settle(el);
    await expect(submits).toHaveLength(0);
    await expect(invalid[0]?.detail.errors.map((e) => e.pointer)).toEqual(['/fullName', '/pid', '/phone']);
    const summary = part(el, 'error-summary')!;
    await waitFor(() => expect(focused(el)).toBe(summary));
    await expect(part(el, 'error-summary-title')?.textContent?.trim()).toBe(t.errorSummaryTitle);
    const links = [...summary.querySelectorAll<HTMLAnchorElement>('a')];
    await expect(links.map((a) => a.textContent?.trim())).toEqual(['Vui lòng nhập Họ, chữ đệm và tên', expect.stringContaining('Số định danh cá nhân'), 'Vui lòng nhập Số điện thoại']);
    await userEvent.click(links[1]);
    await waitFor(() => expect(focused(el)).toBe(control(el, 'Số định danh cá nhân')));
    await expect(control(el, 'Số định danh cá nhân').getAttribute('aria-invalid')).toBe('true');
  },
};

/**
 * A wizard: "Bước 1/4" with the step list (aria-current on the current step); "Tiếp tục" validates only the
 * visible fields of the step; a SHOW rule adds a question; "Quay lại" keeps the answers; the review lists them and
 * "Thay đổi" goes back to the field, then "Tiếp tục" back to the review; the submission has exactly the visible
 * answers.
 */
export const Wizard: Story = {
  name: 'Wizard navigation, review and submit',
  args: { form: wizardForm },
  async play({ canvasElement }) {
    const el = await formOf(canvasElement);
    const t = translation('vi');
    const submits = record<TkSubmitEvent>(el, 'tk-submit', true);
    const heading = () => part(el, 'step-heading')?.textContent?.trim();
    const current = () => el.shadowRoot!.querySelector('[aria-current="step"] .tk-step-title')?.textContent?.trim();

    await expect(heading()).toBe(t.stepOf(1, 4, 'Người khai'));
    await expect(current()).toBe('Người khai');
    await userEvent.click(button(el, t.next));
    await settle(el);
    await expect(heading(), '"Tiếp tục" with errors stays on the step').toBe(t.stepOf(1, 4, 'Người khai'));
    await waitFor(() => expect(focused(el)).toBe(part(el, 'error-summary')));

    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Phạm Minh Tuấn');
    await userEvent.click(button(el, t.next));
    await settle(el);
    await expect(heading()).toBe(t.stepOf(2, 4, 'Liên hệ'));
    await expect(current()).toBe('Liên hệ');
    await waitFor(() => expect(focused(el)).toBe(part(el, 'step-heading')));
    await expect(part(el, 'error-summary')).toBeNull();

    await userEvent.type(control(el, 'Số điện thoại'), '0987654321');
    await expect(() => control(el, 'Thư điện tử')).toThrow();
    await userEvent.click(control(el, 'Nhận thông báo qua thư điện tử'));
    await settle(el);
    await userEvent.type(control(el, 'Thư điện tử'), 'tuan@example.vn');
    await userEvent.click(button(el, t.back));
    await settle(el);
    await expect(heading()).toBe(t.stepOf(1, 4, 'Người khai'));
    await expect(control(el, 'Họ, chữ đệm và tên').value).toBe('Phạm Minh Tuấn');
    await userEvent.click(button(el, t.next));
    await settle(el);
    await userEvent.click(button(el, t.next));
    await settle(el);
    await expect(heading()).toBe(t.stepOf(3, 4, 'Nội dung đề nghị'));
    await userEvent.type(control<HTMLTextAreaElement>(el, 'Lý do'), 'Đổi nơi thường trú');
    await userEvent.click(button(el, t.next));
    await settle(el);

    const review = part(el, 'review')!;
    await expect(current()).toBe(t.reviewStep);
    await waitFor(() => expect(focused(el)?.id).toBe('tk-review-title'));
    const rows = [...review.querySelectorAll('[part~="review-row"]')].map((r) => [
      r.querySelector('[part~="review-key"]')?.textContent?.trim(),
      r.querySelector('[part~="review-value"]')?.textContent?.trim(),
    ]);
    await expect(rows).toEqual(
      expect.arrayContaining([
        ['Họ, chữ đệm và tên', 'Phạm Minh Tuấn'],
        ['Thư điện tử', 'tuan@example.vn'],
        ['Lý do', 'Đổi nơi thường trú'],
      ]),
    );
    // "Thay đổi" returns to the step with the focus on the field; "Tiếp tục" there leads straight back to the
    // review (GOV.UK's check-answers pattern), not through the following steps.
    const change = [...review.querySelectorAll<HTMLButtonElement>('[part~="change-button"]')].find((b) => b.textContent?.includes('Số điện thoại'))!;
    await userEvent.click(change);
    await settle(el);
    await expect(heading()).toBe(t.stepOf(2, 4, 'Liên hệ'));
    await waitFor(() => expect(focused(el)).toBe(control(el, 'Số điện thoại')));
    await userEvent.click(button(el, t.next));
    await settle(el);
    await expect(current()).toBe(t.reviewStep);
    await waitFor(() => expect(focused(el)?.id).toBe('tk-review-title'));
    await userEvent.click(button(el, t.acceptAndSubmit));
    await settle(el);
    await expect(submits).toHaveLength(1);
    await expect(submits[0].detail.submission.data).toEqual({
      fullName: 'Phạm Minh Tuấn',
      phone: '0987654321',
      notifyByEmail: true,
      email: 'tuan@example.vn',
      reason: 'Đổi nơi thường trú',
    });
  },
};

/** A one-page form with `review`: "Tiếp tục" leads to "Kiểm tra lại thông tin" before sending. */
export const ReviewStep: Story = {
  name: 'Review step (one-page form)',
  args: { review: true, data: { fullName: 'Lê Thị Hoa', pid: '001190012345', phone: '0912345678' } },
  async play({ canvasElement }) {
    const el = await formOf(canvasElement);
    const t = translation('vi');
    await userEvent.click(button(el, t.next));
    await settle(el);
    const review = part(el, 'review')!;
    await expect(review.textContent).toContain('Lê Thị Hoa');
    await expect(review.textContent).toContain(t.notProvided);
    await expect(button(el, t.acceptAndSubmit)).toBeTruthy();
  },
};

/** English: every built-in text and core message in English, the data unchanged. */
export const English: Story = {
  args: { locale: 'en' },
  async play({ canvasElement }) {
    const el = await formOf(canvasElement);
    const t = translation('en');
    await expect(part(el, 'title')?.textContent?.trim()).toBe('Application (example)');
    await userEvent.click(button(el, t.submit));
    await settle(el);
    await expect(part(el, 'error-summary-title')?.textContent?.trim()).toBe(t.errorSummaryTitle);
    await expect(part(el, 'error-summary')?.textContent).toContain('Enter Full name');
  },
};

/** Assisted mode: an officer fills in for a citizen; the officer id and the citizen's confirmation are required. */
export const Assisted: Story = {
  args: { assisted: true, data: { fullName: 'Lê Thị Hoa', pid: '001190012345', phone: '0912345678' } },
  async play({ canvasElement }) {
    const el = await formOf(canvasElement);
    const submits = record<TkSubmitEvent>(el, 'tk-submit', true);
    await expect(part(el, 'assisted-banner')).not.toBeNull();
    await userEvent.click(button(el, translation('vi').submit));
    await settle(el);
    await expect(submits).toHaveLength(0);
    await waitFor(() => expect(focused(el)).toBe(part(el, 'error-summary')));
  },
};

/** A read-only form (a submitted application): answers shown, nothing editable, no submit button. */
export const ReadOnly: Story = {
  name: 'Read-only',
  args: { readonly: true, data: { fullName: 'Lê Thị Hoa', pid: '001190012345', phone: '0912345678', reason: 'Cấp lại' } },
  async play({ canvasElement }) {
    const el = await formOf(canvasElement);
    await expect(control(el, 'Họ, chữ đệm và tên').readOnly).toBe(true);
    await expect(el.shadowRoot!.querySelector('[part~="button-primary"]')).toBeNull();
  },
};

/**
 * The accessibility check is real: axe (the engine the a11y addon runs after every story) reports a control
 * without a label inside a shadow root. The broken control lives in a detached host, so this story itself stays
 * clean for the addon's own check.
 */
export const AccessibilityCheck: Story = {
  name: 'Accessibility check catches violations',
  async play({ canvasElement }) {
    await formOf(canvasElement);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('input'), { type: 'text' }));
    document.body.append(host);
    try {
      const result = await axe.run(host, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
      await expect(result.violations.map((v) => v.id)).toContain('label');
    } finally {
      host.remove();
    }
  },
};
