// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { expectErrorShown, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-radio-group';

/** The radio for a choice label, found through its `<label>`. */
function radio(root: ShadowRoot, label: string): HTMLInputElement {
  const match = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const input = match?.htmlFor ? root.getElementById(match.htmlFor) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`no radio "${label}"`);
  return input;
}

const meta = {
  ...widgetMeta(TAG, {
    label: 'Giới tính',
    schema: { type: 'string', oneOf: [{ const: 'male', title: 'Nam' }, { const: 'female', title: 'Nữ' }] },
  }),
  title: 'Widgets/Radio group',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** A click on a choice's label picks it; another click changes it (one value at a time). */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await userEvent.click(radio(story.root, 'Nữ'));
    await settled(story.form);
    await expect(storedValue(story.form)).toBe('female');
    await userEvent.click(radio(story.root, 'Nam'));
    await settled(story.form);
    await expect(storedValue(story.form)).toBe('male');
  },
};

/** "Vui lòng chọn …": the group is described by the error and the summary links to the first radio. */
export const Errors: Story = {
  args: { required: true, showErrors: true },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG), /Vui lòng chọn Giới tính/);
  },
};

/** A boolean as Có / Không. */
export const YesNo: Story = {
  name: 'Yes / no (boolean)',
  args: { label: 'Cha mẹ đã đăng ký kết hôn?', schema: { type: 'boolean' }, options: { format: 'radio' } },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await userEvent.click(radio(story.root, 'Có'));
    await settled(story.form);
    await expect(storedValue(story.form)).toBe(true);
  },
};

/** A read-only group keeps its choice when clicked. */
export const ReadOnly: Story = {
  args: { readonly: true, value: 'male' },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await userEvent.click(radio(story.root, 'Nữ'));
    await settled(story.form);
    await expect(storedValue(story.form)).toBe('male');
    await expect(radio(story.root, 'Nam').checked).toBe(true);
  },
};
