// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { expectErrorShown, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-repeat-group';

/** A button of the group by its visible text. */
function button(widget: HTMLElement, text: string): HTMLButtonElement {
  const match = [...widget.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === text);
  if (!match) throw new Error(`no button "${text}" in: ${[...widget.querySelectorAll('button')].map((b) => b.textContent?.trim()).join(' | ')}`);
  return match;
}

const meta = {
  ...widgetMeta(TAG, {
    label: 'Thành viên hộ gia đình',
    schema: {
      type: 'array',
      maxItems: 3,
      items: { type: 'object', required: ['fullName'], properties: { fullName: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 2 } } },
    },
    options: { itemLabel: 'Thành viên {n}', showSortButtons: true },
    value: [{ fullName: 'Nguyễn Văn Thử' }],
  }),
  title: 'Widgets/Repeat group',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** "Thêm thành viên" adds an item and moves focus to its first field; "Xóa" removes it. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await userEvent.click(button(story.widget, 'Thêm thành viên'));
    await settled(story.form);
    await expect(storedValue(story.form)).toHaveLength(2);
    const legend = story.widget.querySelectorAll<HTMLElement>('[part~="item-label"]')[1];
    await expect(legend?.textContent).toBe('Thành viên 2');
    const input = story.widget.querySelectorAll('input')[1];
    await waitFor(() => expect(story.root.activeElement).toBe(input));
    await userEvent.keyboard('Trần Thị Mẫu');
    await settled(story.form);
    await expect(storedValue(story.form)).toEqual([{ fullName: 'Nguyễn Văn Thử' }, { fullName: 'Trần Thị Mẫu' }]);
    await userEvent.click(button(story.widget, 'Xóa Thành viên 1'));
    await settled(story.form);
    await expect(storedValue(story.form)).toEqual([{ fullName: 'Trần Thị Mẫu' }]);
  },
};

/** An item missing a required answer: the error is on the item's field. */
export const Errors: Story = {
  args: { showErrors: true, value: [{ fullName: 'Nguyễn Văn Thử' }, {}] },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG), /Họ, chữ đệm và tên/);
  },
};

/** Read-only: no Add, Remove or Move buttons. */
export const ReadOnly: Story = {
  args: { readonly: true },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await expect(story.widget.querySelectorAll('button')).toHaveLength(0);
  },
};
