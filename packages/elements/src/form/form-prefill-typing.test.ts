// SPDX-License-Identifier: MIT
/**
 * A citizen typing when the portal's providers arrive (the portal learns who is signed in after the form is on
 * screen): nothing they type may be lost, neither the keystrokes typed while the prefill code is still on its
 * way, nor what a field holds as typed (a number half written, "12," before the "5") while the consent panel
 * stands in for the form. The panel still takes focus, and after the decision the citizen is back where they were.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import type { CitizenDataProvider } from '@tokhai/prefill';
import { button, cleanup, control, focused, mount, personForm, root, seriousViolations, settle, wizardForm } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

/**
 * The prefill code (a chunk of its own) arrives when the test says so, as it does on a slow connection: the
 * first test of this file types while it is on its way. Later loads in the page reuse the first one.
 */
const chunk = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
});
vi.mock('../internal/prefill-kit.js', async (importOriginal) => {
  await chunk.opened;
  return importOriginal();
});

afterEach(() => {
  chunk.open();
  cleanup();
});

/** The person form with an area (a number typed the Vietnamese way, "12,5") and two VNeID bindings. */
const typingForm: FormDefinition = {
  ...personForm,
  id: 'vn.test.prefill-typing',
  schema: {
    type: 'object',
    required: ['fullName', 'phone'],
    properties: { fullName: { type: 'string', minLength: 2 }, phone: { type: 'string', format: 'vn-phone' }, area: { type: 'number', minimum: 0 } },
  },
  ui: { type: 'VerticalLayout', elements: [{ type: 'Control', scope: '#/properties/fullName' }, { type: 'Control', scope: '#/properties/phone' }, { type: 'Control', scope: '#/properties/area' }] },
  i18n: {
    vi: { ...personForm.i18n!.vi, 'area.label': 'Diện tích (m²)' },
    en: { ...personForm.i18n!.en, 'area.label': 'Area (m²)' },
  },
  prefill: [
    { target: '/fullName', source: 'vneid', claim: '/name', mode: 'editable' },
    { target: '/phone', source: 'vneid', claim: '/phone_number', mode: 'editable' },
  ],
};

const vneid = (): CitizenDataProvider => ({
  id: 'vneid',
  label: { vi: 'VNeID', en: 'VNeID' },
  purpose: { vi: 'Điền sẵn thông tin người khai', en: 'Fill in the applicant details' },
  fetch: () => Promise.resolve({ claims: { name: 'Nguyễn Văn Bình', phone_number: '0912345678' }, fetchedAt: '2026-11-24T08:00:00.000Z' }),
});

const panelHeading = (el: TkForm) => root(el).querySelector<HTMLElement>('tk-consent-panel [role="heading"]');
const choice = (el: TkForm, decision: 'granted' | 'declined') =>
  root(el).querySelector<HTMLButtonElement>(`tk-consent-panel fieldset[data-source="vneid"] button[data-choice="${decision}"]`)!;

async function waitForPanel(el: TkForm): Promise<void> {
  await vi.waitFor(() => expect(panelHeading(el)).not.toBeNull(), { timeout: 5000 });
  await settle(el);
}

/** Chooses for VNeID with real clicks, then "Tiếp tục", and waits for the form to come back. */
async function decide(el: TkForm, decision: 'granted' | 'declined'): Promise<void> {
  await userEvent.click(choice(el, decision));
  await userEvent.click(button(el, 'Tiếp tục'));
  await vi.waitFor(() => expect(root(el).querySelector('tk-consent-panel, p.tk-loading')).toBeNull(), { timeout: 5000 });
  await settle(el);
}

describe('typing when the providers arrive', () => {
  // First in the file: the prefill code is loaded for the first time here, and held back by the test.
  it('keeps every keystroke typed while the prefill code loads, then the panel takes focus, and after consent the citizen goes on typing in the same field', async () => {
    const el = await mount({ form: typingForm });
    const name = control(el, 'Họ, chữ đệm và tên');
    await userEvent.type(name, 'Nguyễn');
    // The portal learns who is signed in; the prefill code is still on its way.
    el.providers = [vneid()];
    await settle(el);
    await userEvent.keyboard(' Văn');
    expect(el.data).toEqual({ fullName: 'Nguyễn Văn' });
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('Nguyễn Văn');

    chunk.open();
    await waitForPanel(el);
    // The panel stands in for the form and takes focus, so the citizen reads the question first.
    await vi.waitFor(() => expect(focused(el)).toBe(panelHeading(el)));
    expect(await seriousViolations(el)).toEqual([]);

    await decide(el, 'granted');
    // Back in the field they were typing in, caret at the end: the rest of the name goes where it belongs.
    expect(focused(el)).toBe(control(el, 'Họ, chữ đệm và tên'));
    await userEvent.keyboard(' An');
    // What the citizen typed is theirs: VNeID's name did not replace it; the phone was empty and is filled.
    expect(el.data).toEqual({ fullName: 'Nguyễn Văn An', phone: '0912345678' });
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('Nguyễn Văn An');
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('keeps a number typed halfway ("12," before the "5") in its field while the consent panel stands in for the form', async () => {
    const el = await mount({ form: typingForm });
    await userEvent.type(control(el, 'Diện tích'), '12,');
    el.providers = [vneid()];
    await waitForPanel(el);
    await vi.waitFor(() => expect(focused(el)).toBe(panelHeading(el)));
    await decide(el, 'declined');
    const area = control(el, 'Diện tích');
    expect(area.value).toBe('12,');
    await userEvent.click(area);
    await userEvent.keyboard('{End}5');
    expect(area.value).toBe('12,5');
    expect(el.data).toEqual({ area: 12.5 });
  });

  it('keeps the wizard step, the field and its text when the citizen skips the panel', async () => {
    const form: FormDefinition = { ...wizardForm, id: 'vn.test.prefill-typing-wizard', prefill: [{ target: '/phone', source: 'vneid', claim: '/phone_number', mode: 'editable' }] };
    const el = await mount({ form, data: { fullName: 'Đủ tên' } });
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    await userEvent.type(control(el, 'Thư điện tử'), 'an@');
    el.providers = [vneid()];
    await waitForPanel(el);
    await userEvent.click(button(el, 'Bỏ qua'));
    await vi.waitFor(() => expect(root(el).querySelector('tk-consent-panel, p.tk-loading')).toBeNull(), { timeout: 5000 });
    await settle(el);
    expect(root(el).querySelector('[part="step-heading"]')?.textContent).toBe('Bước 2/4: Liên hệ');
    expect(focused(el)).toBe(control(el, 'Thư điện tử'));
    await userEvent.keyboard('example.vn');
    expect(el.data).toEqual({ fullName: 'Đủ tên', email: 'an@example.vn' });
    expect(control(el, 'Thư điện tử').value).toBe('an@example.vn');
  });
});
