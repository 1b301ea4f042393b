import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { button, cleanup, control, focused, mount, record, root, seriousViolations, settle, wizardForm } from './fixtures.test-helpers.js';
import type { TkForm } from './form.component.js';

afterEach(cleanup);

const heading = (el: TkForm) => root(el).querySelector<HTMLElement>('[part="step-heading"]');
const current = (el: TkForm) => root(el).querySelector('[aria-current="step"]')?.textContent?.replace(/\s+/g, ' ').trim();

/** Presses Tab until `predicate` holds for the focused element (keyboard only). */
async function tabUntil(el: TkForm, predicate: (e: Element | null) => boolean, max = 25): Promise<void> {
  for (let i = 0; i < max && !predicate(focused(el)); i++) await userEvent.keyboard('{Tab}');
  expect(predicate(focused(el))).toBe(true);
}

describe('a Categorization renders as a wizard', () => {
  it('shows the progress "Bước 1/4" with aria-current on the step list, and no axe problems', async () => {
    const el = await mount({ form: wizardForm });
    expect(heading(el)?.textContent).toBe('Bước 1/4: Người khai');
    expect(current(el)).toContain('Người khai');
    expect(root(el).querySelectorAll('[part~="step"]')).toHaveLength(4);
    expect(root(el).querySelector('[part~="step-list"]')?.textContent).toContain('Kiểm tra lại thông tin');
    expect(() => control(el, 'Số điện thoại')).toThrow();
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('"Next" validates only the visible fields of the step and shows that step’s summary', async () => {
    const el = await mount({ form: wizardForm });
    const invalid = record(el, 'tk-invalid');
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    expect(heading(el)?.textContent).toBe('Bước 1/4: Người khai');
    expect(invalid[0].detail.errors.map((e) => e.pointer)).toEqual(['/fullName']);
    const summary = root(el).querySelector('[part="error-summary"]')!;
    expect(summary.querySelectorAll('a')).toHaveLength(1);
    expect(focused(el)).toBe(summary);
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('moves focus to the new step heading, and Back keeps the answers', async () => {
    const el = await mount({ form: wizardForm });
    await userEvent.type(control(el, 'Họ, chữ đệm và tên'), 'Lê Thị Hoa');
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    expect(heading(el)?.textContent).toBe('Bước 2/4: Liên hệ');
    expect(focused(el)).toBe(heading(el));
    expect(current(el)).toContain('Liên hệ');
    expect(root(el).querySelector('[part="error-summary"]')).toBeNull();
    await userEvent.click(button(el, 'Quay lại'));
    await settle(el);
    expect(heading(el)?.textContent).toBe('Bước 1/4: Người khai');
    expect(control(el, 'Họ, chữ đệm và tên').value).toBe('Lê Thị Hoa');
  });

  it('can be completed with the keyboard only (Tab, Enter, Space) and submits the answers', async () => {
    const el = await mount({ form: wizardForm });
    const submits = record(el, 'tk-submit');
    await tabUntil(el, (e) => e === control(el, 'Họ, chữ đệm và tên'));
    await userEvent.keyboard('Phạm Minh Tuấn');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(heading(el)?.textContent).toBe('Bước 2/4: Liên hệ');
    await tabUntil(el, (e) => e === control(el, 'Số điện thoại'));
    await userEvent.keyboard('0987654321');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(heading(el)?.textContent).toBe('Bước 3/4: Nội dung đề nghị');
    await tabUntil(el, (e) => e === control(el, 'Lý do'));
    await userEvent.keyboard('Đổi nơi thường trú');
    await tabUntil(el, (e) => e?.textContent?.trim() === 'Tiếp tục');
    await userEvent.keyboard(' ');
    await settle(el);
    const review = root(el).querySelector('[part="review"]')!;
    expect(review.textContent).toContain('Kiểm tra lại thông tin');
    expect(focused(el)?.textContent).toBe('Kiểm tra lại thông tin');
    await tabUntil(el, (e) => e?.textContent?.trim() === 'Xác nhận và gửi hồ sơ');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(submits).toHaveLength(1);
    expect(submits[0].detail.submission.data).toEqual({ fullName: 'Phạm Minh Tuấn', phone: '0987654321', reason: 'Đổi nơi thường trú' });
  });
});

describe('the review step', () => {
  const filled = { fullName: 'Võ Thị Sáu', phone: '0912345678', reason: 'Cấp mới' };

  async function toReview(): Promise<TkForm> {
    const el = await mount({ form: wizardForm, data: filled });
    for (let i = 0; i < 3; i++) {
      await userEvent.click(button(el, 'Tiếp tục'));
      await settle(el);
    }
    return el;
  }

  it('lists every visible answer with its label and a Change button named after the field', async () => {
    const el = await toReview();
    const rows = [...root(el).querySelectorAll('[part="review-row"]')].map((r) => [
      r.querySelector('dt')?.textContent?.trim(),
      r.querySelector('[part="review-value"]')?.textContent?.trim(),
    ]);
    expect(rows).toEqual([
      ['Họ, chữ đệm và tên', 'Võ Thị Sáu'],
      ['Số định danh cá nhân', 'Chưa cung cấp'],
      ['Số điện thoại', '0912 345 678'],
      ['Thư điện tử', 'Chưa cung cấp'],
      ['Lý do', 'Cấp mới'],
    ]);
    const change = button(el, /Thay đổi\s*Số điện thoại/);
    expect(change.querySelector('.visually-hidden')?.textContent?.trim()).toBe('Số điện thoại');
    expect(current(el)).toContain('Kiểm tra lại thông tin');
    expect(await seriousViolations(el)).toEqual([]);
  });

  it('"Change" goes back to the step and puts focus on that field', async () => {
    const el = await toReview();
    await userEvent.click(button(el, /Thay đổi\s*Số điện thoại/));
    await settle(el);
    expect(heading(el)?.textContent).toBe('Bước 2/4: Liên hệ');
    expect(focused(el)).toBe(control(el, 'Số điện thoại'));
  });

  it('a non-wizard form gets a review step with the review attribute', async () => {
    const { personForm } = await import('./fixtures.test-helpers.js');
    const el = await mount({ form: personForm, data: { fullName: 'An Bình', phone: '0912345678' } }, { review: '' });
    const submits = record(el, 'tk-submit');
    await userEvent.click(button(el, 'Tiếp tục'));
    await settle(el);
    expect(root(el).querySelector('[part="review"]')).not.toBeNull();
    expect(submits).toHaveLength(0);
    await userEvent.click(button(el, 'Xác nhận và gửi hồ sơ'));
    await settle(el);
    expect(submits).toHaveLength(1);
  });
});

describe('a read-only wizard', () => {
  it('is browsed to its review without validation, with read-only fields and no submit or Change buttons', async () => {
    const el = await mount({ form: wizardForm, data: { fullName: 'Chỉ xem' } }, { readonly: '' });
    expect(control(el, 'Họ, chữ đệm và tên').readOnly).toBe(true);
    for (let i = 0; i < 3; i++) {
      await userEvent.click(button(el, 'Tiếp tục'));
      await settle(el);
    }
    expect(root(el).querySelector('[part="review"]')).not.toBeNull();
    expect(root(el).querySelector('[part="error-summary"]')).toBeNull();
    expect(root(el).querySelector('[part~="change-button"]')).toBeNull();
    expect([...root(el).querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual(['Quay lại']);
  });
});

describe('submit() on a wizard', () => {
  it('goes to the first step with an error and lists the errors there', async () => {
    const el = await mount({ form: wizardForm, data: { fullName: 'Đủ tên' } });
    const invalid = record(el, 'tk-invalid');
    expect(await el.submit()).toBeUndefined();
    await settle(el);
    expect(heading(el)?.textContent).toBe('Bước 2/4: Liên hệ');
    expect(invalid[0].detail.errors.map((e) => e.pointer).sort()).toEqual(['/phone', '/reason']);
    expect(focused(el)).toBe(root(el).querySelector('[part="error-summary"]'));
    expect(control(el, 'Số điện thoại').getAttribute('aria-invalid')).toBe('true');
  });
});
