// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { expectErrorShown, fieldControl, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-text-field';

const meta = {
  ...widgetMeta(TAG, {
    label: 'Họ, chữ đệm và tên',
    hint: 'Viết có dấu, ví dụ: Nguyễn Thị Lan',
    schema: { type: 'string', minLength: 2, maxLength: 100 },
    options: { autocomplete: 'name' },
  }),
  title: 'Widgets/Text field',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** Typing stores the text; Vietnamese typed with combining marks (some IMEs) is stored as NFC; clearing stores nothing. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const input = fieldControl(story);
    await expect(input.getAttribute('autocomplete')).toBe('name');
    await userEvent.type(input, 'Nguye\u0302\u0303n Thi\u0323 Lan');
    await settled(story.form);
    await expect(storedValue(story.form)).toBe('Nguyễn Thị Lan');
    await userEvent.tripleClick(input);
    await userEvent.keyboard('{Backspace}');
    await settled(story.form);
    await expect(storedValue(story.form)).toBeUndefined();
  },
};

/** A required field left empty, after a submit: message, aria-invalid, aria-describedby and the summary link. */
export const Errors: Story = {
  args: { required: true, showErrors: true },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG), /Vui lòng nhập Họ, chữ đệm và tên/);
  },
};

/** A read-only value (computed, or locked prefill) can be read and selected but not changed. */
export const ReadOnly: Story = {
  args: { readonly: true, value: 'Trần Văn Bình' },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const input = fieldControl(story);
    await expect(input.readOnly).toBe(true);
    await userEvent.type(input, 'x');
    await expect(storedValue(story.form)).toBe('Trần Văn Bình');
  },
};

/** Disabled by a rule: not focusable, not submitted. */
export const Disabled: Story = {
  args: { disabled: true, value: 'Trần Văn Bình' },
  async play({ canvasElement }) {
    await expect(fieldControl(await widgetIn(canvasElement, TAG)).disabled).toBe(true);
  },
};

/** English: core's messages follow the form locale. */
export const English: Story = {
  args: { locale: 'en', label: 'Full name', hint: 'As on your ID card', required: true, showErrors: true },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG), /Enter Full name/);
  },
};
