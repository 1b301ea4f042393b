// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { expectErrorShown, fieldControl, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-number-field';

const meta = {
  ...widgetMeta(TAG, { label: 'Số bản sao yêu cầu', schema: { type: 'integer', minimum: 0, maximum: 20 } }),
  title: 'Widgets/Number field',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** A number is stored as a number, typed on a numeric keyboard. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const input = fieldControl(story);
    await expect(input.inputMode).toBe('numeric');
    await userEvent.type(input, '3');
    await settled(story.form);
    await expect(storedValue(story.form)).toBe(3);
  },
};

/** A number above `maximum` is reported by core next to the field. */
export const Errors: Story = {
  args: { value: 25, showErrors: true },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG));
  },
};

/** A decimal number, shown with the Vietnamese decimal comma. */
export const Decimal: Story = {
  args: { label: 'Diện tích (m²)', schema: { type: 'number', minimum: 0 }, value: 45.5 },
  async play({ canvasElement }) {
    const input = fieldControl(await widgetIn(canvasElement, TAG));
    await expect(input.value).toBe('45,5');
    await expect(input.inputMode).toBe('decimal');
  },
};

export const ReadOnly: Story = {
  args: { readonly: true, value: 2 },
  async play({ canvasElement }) {
    await expect(fieldControl(await widgetIn(canvasElement, TAG)).readOnly).toBe(true);
  },
};
