// SPDX-License-Identifier: MIT
/**
 * `<tk-form step-history>`: the browser's Back and Forward buttons move between the wizard's steps and the review
 * (step-history.ts). The citizen's own moves are real clicks and keystrokes; the browser's buttons are
 * `history.back()` / `history.forward()`, awaited through their `popstate` event. Every test starts from a clean
 * history entry, and never goes back further than the entries it added itself (the test page is one frame of the
 * runner's page: going back past them would navigate the runner).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { FormDefinition } from '@tokhai/core';
import { button, cleanup, control, focused, mount, record, root, settle, wizardForm } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';
import { REVIEW_STEP, type StepHistoryState } from './step-history.js';

beforeEach(() => history.replaceState(null, ''));
afterEach(cleanup);

const headingOf = (el: TkForm) => root(el).querySelector<HTMLElement>('[part="step-heading"]');
const heading = (el: TkForm) => headingOf(el)?.textContent;
const onReview = (el: TkForm) => root(el).querySelector('[part="review"]') !== null;
const summary = (el: TkForm) => root(el).querySelector<HTMLElement>('[part="error-summary"]');
/** The entry `<tk-form>` keeps for a form key in the current history entry. */
const entry = (key: string) => (history.state as StepHistoryState | null)?.tokhai?.[key];

async function press(el: TkForm, text: string | RegExp): Promise<void> {
  await userEvent.click(button(el, text));
  await settle(el);
}

/** Presses the browser's Back (`-1`) or Forward (`1`) button, and waits for the forms to render what it shows. */
async function browse(delta: -1 | 1, ...forms: TkForm[]): Promise<void> {
  const popped = new Promise((resolve) => globalThis.addEventListener('popstate', resolve, { once: true }));
  if (delta < 0) history.back();
  else history.forward();
  await popped;
  for (const form of forms) await settle(form);
}

const filled = { fullName: 'Võ Thị Sáu', phone: '0912345678', reason: 'Cấp mới' };

describe('off by default', () => {
  it('"Next" adds no history entry and leaves history.state alone', async () => {
    const el = await mount({ form: wizardForm, data: filled });
    expect(el.stepHistory).toBe(false);
    const length = history.length;
    await press(el, 'Tiếp tục');
    await press(el, 'Tiếp tục');
    expect(heading(el)).toBe('Bước 3/4: Nội dung đề nghị');
    expect(history.length).toBe(length);
    expect(history.state).toBeNull();
  });
});

describe('step-history on', () => {
  it('Back and Forward move between the steps, keep every answer and put focus on the step heading', async () => {
    const el = await mount({ form: wizardForm }, { 'step-history': '' });
    expect(el.stepHistory).toBe(true);
    // The first render records step 1 in the current entry: Back from step 2 lands on it.
    expect(entry(wizardForm.id)?.step).toBe('/elements/0');
    const length = history.length;
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Lê Thị Hoa');
    await press(el, 'Tiếp tục');
    await userEvent.type(control(el, 'Số điện thoại'), '0987654321');
    await press(el, 'Tiếp tục');
    expect(heading(el)).toBe('Bước 3/4: Nội dung đề nghị');
    expect(history.length).toBe(length + 2);
    const data = el.data;
    expect(data).toEqual({ fullName: 'Lê Thị Hoa', phone: '0987654321' });

    await browse(-1, el);
    expect(heading(el)).toBe('Bước 2/4: Liên hệ');
    expect(focused(el)).toBe(headingOf(el));
    expect(control(el, 'Số điện thoại').value).toBe('0987 654 321');
    // Not validated, nothing revealed: no summary.
    expect(summary(el)).toBeNull();
    expect(el.data).toBe(data);

    await browse(-1, el);
    expect(heading(el)).toBe('Bước 1/4: Người khai');
    expect(focused(el)).toBe(headingOf(el));
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('Lê Thị Hoa');
    expect(el.data).toBe(data);

    await browse(1, el);
    expect(heading(el)).toBe('Bước 2/4: Liên hệ');
    expect(focused(el)).toBe(headingOf(el));
    expect(el.data).toBe(data);
    // Moves made by Back and Forward add no entry.
    expect(history.length).toBe(length + 2);
  });

  it('never changes the URL, the hash or the title', async () => {
    const href = location.href;
    const title = document.title;
    const el = await mount({ form: wizardForm, data: filled }, { 'step-history': '' });
    await press(el, 'Tiếp tục');
    await browse(-1, el);
    expect([location.href, document.title]).toEqual([href, title]);
  });

  it('goes from the review back to the last step, and forward to the review again', async () => {
    const el = await mount({ form: wizardForm, data: filled }, { 'step-history': '' });
    for (let i = 0; i < 3; i++) await press(el, 'Tiếp tục');
    expect(onReview(el)).toBe(true);
    expect(entry(wizardForm.id)?.step).toBe(REVIEW_STEP);

    await browse(-1, el);
    expect(onReview(el)).toBe(false);
    expect(heading(el)).toBe('Bước 3/4: Nội dung đề nghị');
    expect(focused(el)).toBe(headingOf(el));

    await browse(1, el);
    expect(onReview(el)).toBe(true);
    expect(focused(el)?.id).toBe('tk-review-title');
    expect(el.data).toEqual(filled);
  });

  it('records "Change" in the review and the page Back button as moves of their own', async () => {
    const el = await mount({ form: wizardForm, data: filled }, { 'step-history': '' });
    for (let i = 0; i < 3; i++) await press(el, 'Tiếp tục');
    await press(el, /Thay đổi\s*Số điện thoại/);
    expect(heading(el)).toBe('Bước 2/4: Liên hệ');
    await browse(-1, el);
    expect(onReview(el)).toBe(true);
    await browse(1, el);
    expect(heading(el)).toBe('Bước 2/4: Liên hệ');
    await press(el, 'Quay lại');
    expect(heading(el)).toBe('Bước 1/4: Người khai');
    await browse(-1, el);
    expect(heading(el)).toBe('Bước 2/4: Liên hệ');
  });

  it('Forward to a step after one the citizen has made invalid shows that step with its errors instead', async () => {
    const el = await mount({ form: wizardForm }, { 'step-history': '' });
    const invalid = record(el, 'tk-invalid');
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Lê Thị Hoa');
    await press(el, 'Tiếp tục');
    await userEvent.type(control(el, 'Số điện thoại'), '0987654321');
    await press(el, 'Tiếp tục');
    await browse(-1, el);
    await browse(-1, el);
    expect(heading(el)).toBe('Bước 1/4: Người khai');
    // The citizen clears the required name, then presses the browser's Forward button.
    await userEvent.click(control(el, 'Họ, chữ đệm và tên'));
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    expect(el.data).toEqual({ phone: '0987654321' });
    await browse(1, el);
    // Step 2 could not be reached from here: step 1 is shown with its error summary, as "Next" would have.
    expect(heading(el)).toBe('Bước 1/4: Người khai');
    expect(focused(el)).toBe(summary(el));
    expect(summary(el)?.querySelectorAll('a')).toHaveLength(1);
    expect(invalid.at(-1)?.detail.errors.map((e) => e.pointer)).toEqual(['/fullName']);
    // The entry now says where the citizen is, so Back and Next keep making sense.
    expect(entry(wizardForm.id)?.step).toBe('/elements/0');
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Lê Thị Hoa');
    await press(el, 'Tiếp tục');
    expect(heading(el)).toBe('Bước 2/4: Liên hệ');
    await browse(-1, el);
    expect(heading(el)).toBe('Bước 1/4: Người khai');
    expect(el.data).toEqual({ fullName: 'Lê Thị Hoa', phone: '0987654321' });
  });

  it('Forward to the review is refused the same way when a step has errors now', async () => {
    const el = await mount({ form: wizardForm, data: filled }, { 'step-history': '' });
    for (let i = 0; i < 3; i++) await press(el, 'Tiếp tục');
    await browse(-1, el);
    expect(heading(el)).toBe('Bước 3/4: Nội dung đề nghị');
    await userEvent.click(control(el, 'Lý do'));
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await browse(1, el);
    expect(onReview(el)).toBe(false);
    expect(heading(el)).toBe('Bước 3/4: Nội dung đề nghị');
    expect(focused(el)).toBe(summary(el));
  });

  it('two forms on one page keep their own steps', async () => {
    const a = await mount({ form: wizardForm, data: filled }, { 'step-history': '', name: 'a' });
    const b = await mount({ form: wizardForm, data: filled }, { 'step-history': '', name: 'b' });
    await press(a, 'Tiếp tục');
    await press(b, 'Tiếp tục');
    await press(b, 'Tiếp tục');
    expect([heading(a), heading(b)]).toEqual(['Bước 2/4: Liên hệ', 'Bước 3/4: Nội dung đề nghị']);
    expect([entry('a')?.step, entry('b')?.step]).toEqual(['/elements/1', '/elements/2']);

    await browse(-1, a, b);
    expect([heading(a), heading(b)]).toEqual(['Bước 2/4: Liên hệ', 'Bước 2/4: Liên hệ']);
    expect(focused(b)).toBe(headingOf(b));
    await browse(-1, a, b);
    expect([heading(a), heading(b)]).toEqual(['Bước 2/4: Liên hệ', 'Bước 1/4: Người khai']);
    await browse(-1, a, b);
    expect([heading(a), heading(b)]).toEqual(['Bước 1/4: Người khai', 'Bước 1/4: Người khai']);
    await browse(1, a, b);
    expect([heading(a), heading(b)]).toEqual(['Bước 2/4: Liên hệ', 'Bước 1/4: Người khai']);
  });

  it('a form without a name keys its entries by its definition id', async () => {
    const el = await mount({ form: wizardForm }, { 'step-history': '' });
    expect(Object.keys((history.state as StepHistoryState).tokhai ?? {})).toEqual([wizardForm.id]);
    el.name = 'applicant';
    await settle(el);
    expect(entry('applicant')?.step).toBe('/elements/0');
  });

  it('after reset() the entries of the earlier answers do nothing', async () => {
    const el = await mount({ form: wizardForm, data: filled }, { 'step-history': '' });
    await press(el, 'Tiếp tục');
    await press(el, 'Tiếp tục');
    el.reset();
    await settle(el);
    expect(heading(el)).toBe('Bước 1/4: Người khai');
    const before = focused(el);
    await browse(-1, el);
    expect(heading(el)).toBe('Bước 1/4: Người khai');
    expect(focused(el)).toBe(before);
    expect(el.data).toEqual(filled);
  });

  it('after the portal gives other answers (a new data object), the earlier entries do nothing', async () => {
    const el = await mount({ form: wizardForm, data: filled }, { 'step-history': '' });
    await press(el, 'Tiếp tục');
    await press(el, 'Tiếp tục');
    el.data = { ...filled, fullName: 'Trần Văn Bình' };
    await settle(el);
    await browse(-1, el);
    expect(heading(el)).toBe('Bước 3/4: Nội dung đề nghị');
  });

  it('a portal that sets back the data of each tk-change (a controlled form) keeps its entries', async () => {
    const el = await mount({ form: wizardForm }, { 'step-history': '' });
    el.addEventListener('tk-change', (event) => (el.data = event.detail.data));
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Lê Thị Hoa');
    await press(el, 'Tiếp tục');
    await userEvent.type(control(el, 'Số điện thoại'), '0987654321');
    await browse(-1, el);
    expect(heading(el)).toBe('Bước 1/4: Người khai');
  });

  it('after a successful submit, Back no longer moves the submitted form', async () => {
    const el = await mount({ form: wizardForm, data: filled }, { 'step-history': '' });
    const submits = record(el, 'tk-submit');
    for (let i = 0; i < 3; i++) await press(el, 'Tiếp tục');
    await press(el, 'Xác nhận và gửi hồ sơ');
    expect(submits).toHaveLength(1);
    await browse(-1, el);
    expect(onReview(el)).toBe(true);
  });

  it('keeps the keys a router stored in history.state', async () => {
    history.replaceState({ position: 3, key: 'x', tokhai: { other: { step: '/elements/9', session: 's' } } }, '');
    const el = await mount({ form: wizardForm, data: filled }, { 'step-history': '' });
    expect(history.state).toMatchObject({ position: 3, key: 'x', tokhai: { other: { step: '/elements/9' } } });
    await press(el, 'Tiếp tục');
    expect(history.state).toMatchObject({ position: 3, key: 'x', tokhai: { other: { step: '/elements/9' }, [wizardForm.id]: { step: '/elements/1' } } });
    await browse(-1, el);
    expect(history.state).toMatchObject({ position: 3, key: 'x', tokhai: { [wizardForm.id]: { step: '/elements/0' } } });
    expect(heading(el)).toBe('Bước 1/4: Người khai');
  });

  it('ignores an entry another element wrote, and stops listening once removed', async () => {
    const first = await mount({ form: wizardForm, data: filled }, { 'step-history': '' });
    await press(first, 'Tiếp tục');
    await press(first, 'Tiếp tục');
    first.remove();
    // The same form again (a re-rendered page): the first element's entries are not its own.
    const second = await mount({ form: wizardForm, data: filled }, { 'step-history': '' });
    await browse(-1, second);
    expect(heading(second)).toBe('Bước 1/4: Người khai');
    expect(heading(first)).toBe('Bước 3/4: Nội dung đề nghị');
  });

  it('a one-page form with a review step goes back from the review to the page', async () => {
    const onePage: FormDefinition = { ...wizardForm, id: 'vn.test.one-page', ui: { type: 'VerticalLayout', elements: (wizardForm.ui as { elements: { elements: unknown[] }[] }).elements.flatMap((c) => c.elements) } as FormDefinition['ui'] };
    const el = await mount({ form: onePage, data: filled }, { 'step-history': '', review: '' });
    expect(entry(onePage.id)?.step).toBe('');
    await press(el, 'Tiếp tục');
    expect(onReview(el)).toBe(true);
    await browse(-1, el);
    expect(onReview(el)).toBe(false);
    expect(focused(el)?.id).toBe('tk-title');
    await browse(1, el);
    expect(onReview(el)).toBe(true);
  });
});

/** Three steps; the second is shown only when the third's answer is "by post" (a rule hides it otherwise). */
const deliveryWizard: FormDefinition = {
  id: 'vn.test.delivery-history',
  version: '1.0.0',
  title: { vi: 'Đề nghị cấp bản sao trích lục', en: 'Request for a certified copy' },
  schema: {
    type: 'object',
    required: ['fullName', 'postAddress', 'delivery'],
    properties: {
      fullName: { type: 'string', minLength: 2 },
      postAddress: { type: 'string', minLength: 5 },
      delivery: { type: 'string', enum: ['office', 'post'] },
    },
  },
  ui: {
    type: 'Categorization',
    elements: [
      { type: 'Category', label: 'step.applicant', elements: [{ type: 'Control', scope: '#/properties/fullName' }] },
      {
        type: 'Category',
        label: 'step.address',
        rule: { effect: 'SHOW', condition: { scope: '#/properties/delivery', schema: { const: 'post' }, failWhenUndefined: true } },
        elements: [{ type: 'Control', scope: '#/properties/postAddress' }],
      },
      { type: 'Category', label: 'step.delivery', elements: [{ type: 'Control', scope: '#/properties/delivery', options: { format: 'radio' } }] },
    ],
  },
  i18n: {
    vi: {
      'step.applicant': 'Người yêu cầu',
      'step.address': 'Địa chỉ nhận qua bưu điện',
      'step.delivery': 'Cách nhận kết quả',
      'fullName.label': 'Họ, chữ đệm và tên',
      'postAddress.label': 'Địa chỉ nhận',
      'delivery.label': 'Nhận kết quả',
      'delivery.enum.office': 'Tại cơ quan',
      'delivery.enum.post': 'Qua bưu điện',
    },
    en: {
      'step.applicant': 'Applicant',
      'step.address': 'Postal address',
      'step.delivery': 'Delivery',
      'fullName.label': 'Full name',
      'postAddress.label': 'Address',
      'delivery.label': 'Receive the result',
      'delivery.enum.office': 'At the office',
      'delivery.enum.post': 'By post',
    },
  },
};

describe('a step a rule hides now', () => {
  it('Back to it shows the nearest following visible step, as the wizard does everywhere', async () => {
    const el = await mount({ form: deliveryWizard, data: { fullName: 'Lê Văn An', delivery: 'post' } }, { 'step-history': '' });
    await press(el, 'Tiếp tục');
    expect(heading(el)).toBe('Bước 2/4: Địa chỉ nhận qua bưu điện');
    await userEvent.type(control(el, 'Địa chỉ nhận'), 'Số 12 Lê Lợi, Huế');
    await press(el, 'Tiếp tục');
    expect(heading(el)).toBe('Bước 3/4: Cách nhận kết quả');
    // "At the office": the address step is hidden now (a change the citizen made, not a move: no entry).
    const length = history.length;
    control(el, 'Qua bưu điện').focus();
    await userEvent.keyboard('{ArrowUp}');
    await settle(el);
    expect(heading(el)).toBe('Bước 2/3: Cách nhận kết quả');
    expect(history.length).toBe(length);

    await browse(-1, el);
    expect(heading(el)).toBe('Bước 2/3: Cách nhận kết quả');
    expect(focused(el)).toBe(headingOf(el));
    expect(entry(deliveryWizard.id)?.step).toBe('/elements/2');
    expect(el.data).toEqual({ fullName: 'Lê Văn An', delivery: 'office', postAddress: 'Số 12 Lê Lợi, Huế' });
    await browse(-1, el);
    expect(heading(el)).toBe('Bước 1/3: Người yêu cầu');
  });
});
