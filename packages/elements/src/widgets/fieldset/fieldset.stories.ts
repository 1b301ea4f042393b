// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { byLabel, expectErrorShown, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-fieldset';

const meta = {
  ...widgetMeta(TAG, {
    label: 'Thông tin người cha',
    hint: 'Bỏ trống nếu chưa xác định được cha',
    schema: {
      type: 'object',
      required: ['fullName'],
      properties: { fullName: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 2 }, yearOfBirth: { type: 'integer', title: 'Năm sinh', minimum: 1900 } },
    },
  }),
  title: 'Widgets/Fieldset',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** A nested object: a legend naming the group; its fields are the form's own controls. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await expect(story.widget.querySelector('legend')?.textContent).toContain('Thông tin người cha');
    await userEvent.type(byLabel(story, 'Họ, chữ đệm và tên'), 'Nguyễn Văn Mẫu');
    await userEvent.type(byLabel(story, 'Năm sinh'), '1960');
    await settled(story.form);
    await expect(storedValue(story.form)).toEqual({ fullName: 'Nguyễn Văn Mẫu', yearOfBirth: 1960 });
  },
};

/** The fields inside report their own errors. */
export const Errors: Story = {
  args: { required: true, showErrors: true, value: { yearOfBirth: 1960 } },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG), /Họ, chữ đệm và tên/);
  },
};

/**
 * A read-only object: its fields cannot be changed. (They are rendered disabled, as JSON Forms does for the children
 * of a read-only control; a read-only form renders them read-only instead.)
 */
export const ReadOnly: Story = {
  args: { readonly: true, value: { fullName: 'Nguyễn Văn Mẫu', yearOfBirth: 1960 } },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const input = byLabel(story, 'Họ, chữ đệm và tên');
    await expect(input.readOnly || input.disabled).toBe(true);
    await expect(input.value).toBe('Nguyễn Văn Mẫu');
  },
};
