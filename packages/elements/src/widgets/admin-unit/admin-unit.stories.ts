// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { widgetStrings } from '../shared/strings.js';
import { byLabel, chooseOption, expectErrorShown, settled, storedValue, widgetIn, widgetMeta, type WidgetArgs } from '../widgets.stories.js';

const TAG = 'tk-admin-unit';
const s = widgetStrings('vi');

const address = {
  type: 'object',
  required: ['provinceCode', 'communeCode'],
  properties: {
    street: { type: 'string', maxLength: 200 },
    communeCode: { type: 'string', format: 'vn-commune-code' },
    provinceCode: { type: 'string', format: 'vn-province-code' },
    unitsVersion: { type: 'string' },
  },
} as const;

const meta = {
  ...widgetMeta(TAG, { label: 'Nơi thường trú', schema: structuredClone(address) as never, options: { format: 'admin-unit' } }),
  title: 'Widgets/Administrative unit',
} satisfies Meta<WidgetArgs>;
export default meta;

type Story = StoryObj<WidgetArgs>;

/** Province, then its communes (loaded lazily), then the street; codes are stored with the units version. */
export const Default: Story = {
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await chooseOption(byLabel<HTMLSelectElement>(story, s.province), 'Thành phố Hà Nội');
    const commune = byLabel<HTMLSelectElement>(story, s.commune);
    await waitFor(() => expect([...commune.options].map((o) => o.textContent?.trim())).toContain('Phường Ba Đình'), { timeout: 5000 });
    await chooseOption(commune, 'Phường Ba Đình');
    await userEvent.type(byLabel(story, s.street), 'Số 1 phố Thử Nghiệm');
    await settled(story.form);
    await expect(storedValue(story.form)).toEqual({ provinceCode: '01', communeCode: '00004', street: 'Số 1 phố Thử Nghiệm', unitsVersion: '2025-07-01' });
  },
};

/** A province without a commune: the error names the commune part and flags only its select. */
export const Errors: Story = {
  args: { required: true, showErrors: true, value: { provinceCode: '01', unitsVersion: '2025-07-01' } },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    await expectErrorShown(story);
    await expect(byLabel(story, s.commune).getAttribute('aria-invalid')).toBe('true');
  },
};

/** A stored address shows the unit names; read-only selects keep their value. */
export const ReadOnly: Story = {
  args: { readonly: true, value: { street: 'Số 1 phố Thử Nghiệm', communeCode: '00004', provinceCode: '01', unitsVersion: '2025-07-01' } },
  async play({ canvasElement }) {
    const story = await widgetIn(canvasElement, TAG);
    const commune = byLabel<HTMLSelectElement>(story, s.commune);
    await waitFor(() => expect(commune.selectedOptions[0]?.textContent?.trim()).toBe('Phường Ba Đình'), { timeout: 5000 });
    await expect(commune.getAttribute('aria-readonly')).toBe('true');
  },
};
