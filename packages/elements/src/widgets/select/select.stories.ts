// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { chooseOption, expectErrorShown, fieldControl, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-select';

const ETHNIC_GROUPS = ['Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', 'Mông', 'Dao', 'Gia Rai'];

const meta = {
  ...widgetMeta(TAG, {
    label: 'Dân tộc',
    schema: { type: 'string', oneOf: ETHNIC_GROUPS.map((title, i) => ({ const: String(i + 1).padStart(2, '0'), title })) },
  }),
  title: 'Widgets/Select',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** A native list (more choices than radios suit): the label shows, the code is stored. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const select = fieldControl<HTMLSelectElement>(story);
    await expect(select.options[0]?.value).toBe('');
    await chooseOption(select, 'Mường');
    await settled(story.form);
    await expect(storedValue(story.form)).toBe('04');
  },
};

export const Errors: Story = {
  args: { required: true, showErrors: true },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG), /Dân tộc/);
  },
};

/** A read-only list neither opens nor changes. */
export const ReadOnly: Story = {
  args: { readonly: true, value: '01' },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const select = fieldControl<HTMLSelectElement>(story);
    await expect(select.selectedOptions[0]?.textContent?.trim()).toBe('Kinh');
    await expect(select.getAttribute('aria-readonly')).toBe('true');
  },
};
