// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { expectErrorShown, fieldControl, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-id-number';

const meta = {
  ...widgetMeta(TAG, {
    label: 'Số định danh cá nhân',
    hint: '12 chữ số, in trên thẻ căn cước',
    schema: { type: 'string', format: 'vn-pid' },
  }),
  title: 'Widgets/ID number',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** A ĐDCN is grouped for reading as it is typed and stored as digits only; letters are ignored. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const input = fieldControl(story);
    await userEvent.type(input, '001a203012345');
    await settled(story.form);
    await expect(input.value).toBe('001 203 012345');
    await expect(storedValue(story.form)).toBe('001203012345');
    await expect(input.inputMode).toBe('numeric');
  },
};

/** An 11-digit number breaks the `vn-pid` format: core's message is shown with the field. */
export const Errors: Story = {
  args: { value: '00120301234', showErrors: true },
  async play({ canvasElement }) {
    await expectErrorShown(await widgetIn(canvasElement, TAG));
  },
};

/** The BHXH mask (`options.mask: "bhxh"`, `format: vn-social-insurance`): ten digits. */
export const SocialInsuranceCode: Story = {
  name: 'BHXH code (mask)',
  args: { label: 'Mã số bảo hiểm xã hội', hint: '', schema: { type: 'string', format: 'vn-social-insurance' }, options: { mask: 'bhxh' } },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await userEvent.type(fieldControl(story), '0190012345');
    await settled(story.form);
    await expect(storedValue(story.form)).toBe('0190012345');
  },
};

/** A locked prefilled number is shown grouped and cannot be edited. */
export const ReadOnly: Story = {
  args: { readonly: true, value: '001203012345' },
  async play({ canvasElement }) {
    const input = fieldControl(await widgetIn(canvasElement, TAG));
    await expect(input.value).toBe('001 203 012345');
    await expect(input.readOnly).toBe(true);
  },
};
