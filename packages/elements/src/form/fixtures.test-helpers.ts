// SPDX-License-Identifier: MIT
/**
 * Fixtures and helpers shared by the `<tk-form>` browser tests (not shipped: `*.test.*` is excluded from the
 * package files and the bundle).
 */
import axe from 'axe-core';
import type { FormDefinition } from '@tokhai/core';
import '../bundle.js';
import type { TkForm } from './form.component.js';

/** A one-page form: text, phone, email and a multi-line note, with an intro Label using the safe markdown subset. */
export const personForm: FormDefinition = {
  id: 'vn.test.person',
  version: '1.0.0',
  title: { vi: 'Tờ khai thử nghiệm', en: 'Test declaration' },
  description: { vi: 'Điền *đầy đủ* thông tin.', en: 'Fill in *all* the information.' },
  schema: {
    type: 'object',
    required: ['fullName', 'phone'],
    properties: {
      fullName: { type: 'string', minLength: 2, maxLength: 100 },
      phone: { type: 'string', format: 'vn-phone' },
      email: { type: 'string', format: 'email' },
      note: { type: 'string', maxLength: 500 },
    },
  },
  ui: {
    type: 'VerticalLayout',
    elements: [
      { type: 'Label', text: 'intro' },
      { type: 'Control', scope: '#/properties/fullName' },
      {
        type: 'HorizontalLayout',
        elements: [
          { type: 'Control', scope: '#/properties/phone' },
          { type: 'Control', scope: '#/properties/email' },
        ],
      },
      { type: 'Control', scope: '#/properties/note', options: { multi: true } },
    ],
  },
  i18n: {
    vi: {
      intro: 'Xem [hướng dẫn](https://dichvucong.gov.vn/huong-dan) trước khi khai.',
      'fullName.label': 'Họ, chữ đệm và tên',
      'phone.label': 'Số điện thoại',
      'email.label': 'Thư điện tử',
      'note.label': 'Ghi chú',
    },
    en: {
      intro: 'Read the [guide](https://dichvucong.gov.vn/huong-dan) first.',
      'fullName.label': 'Full name',
      'phone.label': 'Phone number',
      'email.label': 'Email',
      'note.label': 'Notes',
    },
  },
};

/** A three-step wizard; the second step has a field shown only when `hasEmail` is "yes". */
export const wizardForm: FormDefinition = {
  id: 'vn.test.wizard',
  version: '1.0.0',
  title: { vi: 'Tờ khai nhiều bước', en: 'Multi-step declaration' },
  schema: {
    type: 'object',
    required: ['fullName', 'phone', 'reason'],
    properties: {
      fullName: { type: 'string', minLength: 2 },
      idNumber: { type: 'string', format: 'vn-pid' },
      phone: { type: 'string', format: 'vn-phone' },
      email: { type: 'string', format: 'email' },
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
          { type: 'Control', scope: '#/properties/fullName' },
          { type: 'Control', scope: '#/properties/idNumber' },
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
      { type: 'Category', label: 'step.request', elements: [{ type: 'Control', scope: '#/properties/reason', options: { multi: true } }] },
    ],
  },
  i18n: {
    vi: {
      'step.applicant': 'Người khai',
      'step.contact': 'Liên hệ',
      'step.request': 'Nội dung đề nghị',
      'fullName.label': 'Họ, chữ đệm và tên',
      'idNumber.label': 'Số định danh cá nhân',
      'phone.label': 'Số điện thoại',
      'email.label': 'Thư điện tử',
      'reason.label': 'Lý do',
    },
    en: {
      'step.applicant': 'Applicant',
      'step.contact': 'Contact',
      'step.request': 'Request',
      'fullName.label': 'Full name',
      'idNumber.label': 'Personal ID number',
      'phone.label': 'Phone number',
      'email.label': 'Email',
      'reason.label': 'Reason',
    },
  },
};

/** Creates a `<tk-form>`, sets properties and attributes, attaches it and waits until it and its widgets rendered. */
export async function mount(props: Partial<Record<keyof TkForm, unknown>> = {}, attributes: Record<string, string> = {}, parent: HTMLElement = document.body): Promise<TkForm> {
  const el = document.createElement('tk-form');
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  Object.assign(el, props);
  parent.append(el);
  await settle(el);
  return el;
}

/** Waits for the form and its widgets to finish rendering. */
export async function settle(el: TkForm): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    const widgets = [...el.shadowRoot!.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')].filter((n) => n.localName.startsWith('tk-'));
    await Promise.all(widgets.map((w) => w.updateComplete ?? Promise.resolve()));
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** The form's shadow root. */
export const root = (el: TkForm): ShadowRoot => el.shadowRoot!;

/** The native control a visible label names (the label's `for`, or the control inside the label). */
export function control<T extends HTMLElement = HTMLInputElement>(el: TkForm, label: string | RegExp): T {
  const labels = [...root(el).querySelectorAll('label')];
  const match = labels.find((l) => (typeof label === 'string' ? l.textContent?.includes(label) : label.test(l.textContent ?? '')));
  if (!match) throw new Error(`No label "${String(label)}" in: ${labels.map((l) => l.textContent?.trim()).join(' | ')}`);
  const target = match.htmlFor ? root(el).getElementById(match.htmlFor) : match.querySelector('input, select, textarea');
  if (!target) throw new Error(`Label "${String(label)}" points at nothing`);
  return target as T;
}

/** The element focused inside the form's shadow root. */
export const focused = (el: TkForm): Element | null => root(el).activeElement;

/** A button by its visible text. */
export function button(el: TkForm, text: string | RegExp): HTMLButtonElement {
  const buttons = [...root(el).querySelectorAll('button')];
  const match = buttons.find((b) => (typeof text === 'string' ? b.textContent?.trim().startsWith(text) : text.test(b.textContent ?? '')));
  if (!match) throw new Error(`No button "${String(text)}" in: ${buttons.map((b) => b.textContent?.trim()).join(' | ')}`);
  return match;
}

/** The axe violations of impact serious or critical (WCAG 2.1 A/AA rules). */
export async function seriousViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Records events of a type. */
export function record<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): GlobalEventHandlersEventMap[K][] {
  const events: GlobalEventHandlersEventMap[K][] = [];
  target.addEventListener(type, (e) => events.push(e as GlobalEventHandlersEventMap[K]));
  return events;
}

/** Removes every `<tk-form>` and form fixture from the page. */
export function cleanup(): void {
  document.body.replaceChildren();
}
