// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { expectErrorShown, fieldControl, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-textarea';

const meta = {
  ...widgetMeta(TAG, { label: 'Lý do đề nghị', schema: { type: 'string', maxLength: 40 }, options: { multi: true, rows: 4 } }),
  title: 'Widgets/Textarea',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** Line breaks are kept; the limit is described and the remaining count shown. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const area = fieldControl<HTMLTextAreaElement>(story);
    await expect(area.getAttribute('aria-describedby')).toContain('count');
    await userEvent.type(area, 'Chuyển nơi ở{Enter}về Hà Nội');
    await settled(story.form);
    await expect(storedValue(story.form)).toBe('Chuyển nơi ở\nvề Hà Nội');
  },
};

/** Text over `maxLength` is kept and reported, with how many characters are too many. */
export const Errors: Story = {
  args: { value: 'Chuyển nơi thường trú về Thành phố Hồ Chí Minh để đi làm', showErrors: true },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG), /40/);
  },
};

export const ReadOnly: Story = {
  args: { readonly: true, value: 'Chuyển nơi ở' },
  async play({ canvasElement }) {
    await expect(fieldControl<HTMLTextAreaElement>(await widgetIn(canvasElement, TAG)).readOnly).toBe(true);
  },
};
