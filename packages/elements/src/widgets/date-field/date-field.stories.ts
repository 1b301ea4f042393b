// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { widgetStrings } from '../shared/strings.js';
import { byLabel, expectErrorShown, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-date-field';
const s = widgetStrings('vi');

const meta = {
  ...widgetMeta(TAG, { label: 'Ngày sinh', schema: { type: 'string', format: 'date' } }),
  title: 'Widgets/Date field',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** Day, month and year in three labelled boxes (Vietnamese order), stored as an ISO date. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await userEvent.type(byLabel(story, s.day), '5');
    await userEvent.type(byLabel(story, s.month), '3');
    await userEvent.type(byLabel(story, s.year), '2025');
    await settled(story.form);
    await expect(storedValue(story.form)).toBe('2025-03-05');
  },
};

/** 31/02 is not a real date: kept as typed, reported by core, and only the day box is flagged. */
export const Errors: Story = {
  args: { value: '31/02/2025', showErrors: true },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await expectErrorShown(story);
    await expect(byLabel(story, s.day).value).toBe('31');
  },
};

/** `format: vn-partial-date`: the year alone (or month and year) is a complete answer. */
export const PartialDate: Story = {
  name: 'Partial date (year only)',
  args: { label: 'Năm sinh của cha', schema: { type: 'string', format: 'vn-partial-date' } },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await userEvent.type(byLabel(story, s.year), '1960');
    await settled(story.form);
    await expect(storedValue(story.form)).toBe('1960');
  },
};

export const ReadOnly: Story = {
  args: { readonly: true, value: '1990-03-05' },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await expect(byLabel(story, s.day).value).toBe('05');
    await expect(byLabel(story, s.year).readOnly).toBe(true);
  },
};
