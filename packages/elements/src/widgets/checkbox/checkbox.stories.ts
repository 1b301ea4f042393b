// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { expectErrorShown, fieldControl, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-checkbox';

const meta = {
  ...widgetMeta(TAG, {
    label: 'Tôi cam đoan những nội dung khai trên là đúng sự thật',
    schema: { type: 'boolean' },
  }),
  title: 'Widgets/Checkbox',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** Ticking stores `true`, clearing `false`; the label is the click target. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const box = fieldControl(story);
    await userEvent.click(story.root.querySelector(`label[for="${box.id}"]`)!);
    await settled(story.form);
    await expect(storedValue(story.form)).toBe(true);
    await userEvent.click(box);
    await settled(story.form);
    await expect(storedValue(story.form)).toBe(false);
  },
};

/** An undertaking that must be answered (required). */
export const Errors: Story = {
  args: { required: true, showErrors: true },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG));
  },
};

export const ReadOnly: Story = {
  args: { readonly: true, value: true },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await userEvent.click(fieldControl(story));
    await settled(story.form);
    await expect(storedValue(story.form)).toBe(true);
  },
};

/**
 * The catalog's undertakings (`{type: boolean, const: true}`, "Tôi cam đoan…") are checkboxes too, and leaving one
 * unticked is an error. (A boolean `const` once made the registry pick a one-option radio group.)
 */
export const Undertaking: Story = {
  name: 'Undertaking (const: true)',
  args: { schema: { type: 'boolean', const: true }, required: true, value: false, showErrors: true },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await expectErrorShown(story);
    await userEvent.click(fieldControl(story));
    await settled(story.form);
    await expect(storedValue(story.form)).toBe(true);
  },
};
