// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { expectErrorShown, fieldControl, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-email-field';

const meta = {
  ...widgetMeta(TAG, { label: 'Thư điện tử', schema: { type: 'string', format: 'email' } }),
  title: 'Widgets/Email field',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** The native e-mail input; surrounding spaces are not stored. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const input = fieldControl(story);
    await expect(input.type).toBe('email');
    await expect(input.getAttribute('autocomplete')).toBe('email');
    await userEvent.type(input, ' lan.nguyen@example.vn ');
    await settled(story.form);
    await expect(storedValue(story.form)).toBe('lan.nguyen@example.vn');
  },
};

export const Errors: Story = {
  args: { value: 'lan.nguyen@', showErrors: true },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG), /thư điện tử hợp lệ/);
  },
};

export const ReadOnly: Story = {
  args: { readonly: true, value: 'lan.nguyen@example.vn' },
  async play({ canvasElement }) {
    await expect(fieldControl(await widgetIn(canvasElement, TAG)).readOnly).toBe(true);
  },
};
