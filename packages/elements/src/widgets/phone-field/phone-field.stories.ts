// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { expectErrorShown, fieldControl, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-phone-field';

const meta = {
  ...widgetMeta(TAG, { label: 'Số điện thoại', schema: { type: 'string', format: 'vn-phone' } }),
  title: 'Widgets/Phone field',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** An international +84 number is stored in the domestic form and grouped for reading. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const input = fieldControl(story);
    await expect(input.type).toBe('tel');
    await userEvent.type(input, '+84 912 345 678');
    await settled(story.form);
    await expect(storedValue(story.form)).toBe('0912345678');
    await expect(input.value).toBe('0912 345 678');
  },
};

/** A number that is not Vietnamese is kept as typed and reported by core. */
export const Errors: Story = {
  args: { value: '12345', required: true, showErrors: true },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG));
  },
};

export const ReadOnly: Story = {
  args: { readonly: true, value: '02438251234' },
  async play({ canvasElement }) {
    const input = fieldControl(await widgetIn(canvasElement, TAG));
    await expect(input.value).toBe('024 3825 1234');
    await expect(input.readOnly).toBe(true);
  },
};
