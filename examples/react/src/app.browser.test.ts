// SPDX-License-Identifier: MIT
// The React example in real Chromium: React 19 hands <tk-form> the definition as a property and hears tk-submit
// through `ontk-submit`; a citizen types wrong answers, sees the error summary, then completes and submits the
// catalog's birth registration with real keystrokes, and the app shows the submission.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { compileForm, type FormDefinition } from '@tokhai/core';
import type { TkForm } from '@tokhai/elements';
import { App, definition } from './app.js';
import { completeWizard, fieldId, press, settle, until } from './answer-form.test-helpers.js';
import minimal from '../../../forms/birth-registration/fixtures/valid/minimal.json';

const compiled = compileForm(definition as FormDefinition);
let root: Root | undefined;

afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
});

async function mountApp(locale: 'vi' | 'en' = 'vi'): Promise<{ container: HTMLElement; form: TkForm }> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  root.render(createElement(App, { locale }));
  const form = await until(() => container.querySelector('tk-form'), '<tk-form>');
  await until(() => form.shadowRoot?.querySelector('[part~="step-heading"]'), 'the first step');
  await settle(form);
  return { container, form };
}

describe('the React 19 example', () => {
  it('passes the definition and the locale as properties, not as attributes', async () => {
    const { form } = await mountApp('en');
    expect(form.form).toBe(definition);
    expect(form.hasAttribute('form')).toBe(false);
    expect(form.locale).toBe('en');
    expect(form.shadowRoot!.querySelector('[part~="title"]')?.textContent).toBe('Birth registration declaration');
  });

  it('refuses wrong answers with the error summary, then submits the typed answers to the React handler', async () => {
    const { container, form } = await mountApp();
    const name = form.shadowRoot!.getElementById(fieldId('/requester/fullName'))!;
    await press(form, 'Tiếp tục').then(({ errors }) => expect(errors?.length).toBeGreaterThan(0));
    await userEvent.click(name);
    await userEvent.keyboard('Nguyễn Thị Lan 2');
    await userEvent.keyboard('{Tab}');
    const refused = await press(form, 'Tiếp tục');
    expect(refused.errors).toContain('Họ, chữ đệm, tên không được chứa chữ số.');
    expect(form.shadowRoot!.querySelector('[part~="error-summary-title"]')?.textContent?.trim()).toBe('Có lỗi cần sửa');
    await userEvent.click(name);
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');

    await completeWizard(form, compiled, minimal);
    const shown = await until(() => container.querySelector('[data-testid="submission"]'), 'the receipt');
    const submission = JSON.parse(shown.textContent) as { formId: string; submissionId: string; data: unknown };
    expect(submission.formId).toBe('vn.moj.birth-registration');
    expect(submission.data).toMatchObject(minimal);
    expect(compiled.validate(submission.data).valid).toBe(true);
    expect(container.querySelector('[data-testid="submission-id"]')?.textContent).toBe(submission.submissionId);
  }, 120_000);
});
