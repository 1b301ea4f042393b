// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { byLabel, expectErrorShown, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-checkbox-group';

const meta = {
  ...widgetMeta(TAG, {
    label: 'Giấy tờ kèm theo',
    hint: 'Chọn tất cả giấy tờ bạn nộp kèm',
    schema: {
      type: 'array',
      uniqueItems: true,
      minItems: 1,
      items: {
        type: 'string',
        oneOf: [
          { const: 'birth', title: 'Giấy chứng sinh' },
          { const: 'marriage', title: 'Giấy chứng nhận kết hôn' },
          { const: 'residence', title: 'Giấy xác nhận cư trú' },
        ],
      },
    },
  }),
  title: 'Widgets/Checkbox group',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** The ticked values are stored in the order of the choices, whatever the order of the clicks. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await userEvent.click(byLabel(story, 'Giấy xác nhận cư trú'));
    await userEvent.click(byLabel(story, 'Giấy chứng sinh'));
    await settled(story.form);
    await expect(storedValue(story.form)).toEqual(['birth', 'residence']);
    await userEvent.click(byLabel(story, 'Giấy chứng sinh'));
    await settled(story.form);
    await expect(storedValue(story.form)).toEqual(['residence']);
  },
};

export const Errors: Story = {
  args: { required: true, showErrors: true, value: [] },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG));
  },
};

export const ReadOnly: Story = {
  args: { readonly: true, value: ['marriage'] },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await userEvent.click(byLabel(story, 'Giấy chứng sinh'));
    await settled(story.form);
    await expect(storedValue(story.form)).toEqual(['marriage']);
  },
};
