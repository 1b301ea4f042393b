// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { fieldControl, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-file-field';

const meta = {
  ...widgetMeta(TAG, {
    label: 'Bản chụp giấy chứng sinh',
    schema: { type: 'object', 'x-file': { accept: ['application/pdf', 'image/jpeg', '.png'], maxSize: 1_048_576 } },
  }),
  title: 'Widgets/File field',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

const pdf = (size = 2048) => new File([new Uint8Array(size)], 'giay-chung-sinh.pdf', { type: 'application/pdf' });

/** The accepted formats and size are said in the hint; the stored value is the file's name, type and size. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const input = fieldControl(story);
    await expect(input.accept).toBe('application/pdf,image/jpeg,.png');
    await userEvent.upload(input, pdf());
    await waitFor(() => expect(storedValue(story.form)).toEqual({ name: 'giay-chung-sinh.pdf', type: 'application/pdf', size: 2048 }));
  },
};

/** A file over `maxSize` is refused before any upload, with an error linked to the input. */
export const Errors: Story = {
  name: 'Errors (file too large)',
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const input = fieldControl(story);
    await userEvent.upload(input, pdf(2_000_000));
    await settled(story.form);
    const error = story.widget.querySelector<HTMLElement>('[part~="error"]');
    await expect(error?.textContent?.trim()).toBeTruthy();
    await expect(input.getAttribute('aria-describedby')).toContain(error!.id);
    await expect(storedValue(story.form)).toBeUndefined();
  },
};

/** An attached file, read-only: its name is shown and it cannot be replaced. */
export const ReadOnly: Story = {
  args: { readonly: true, value: { name: 'giay-chung-sinh.pdf', type: 'application/pdf', size: 2048 } },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await expect(story.widget.querySelector('[part~="current"]')?.textContent).toContain('giay-chung-sinh.pdf');
  },
};
