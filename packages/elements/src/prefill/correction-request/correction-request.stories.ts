// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { Locale } from '@tokhai/core';
import '../index.js';
import type { TkCorrectionEvent } from '../events.js';
import { prefillStrings } from '../strings.js';
import type { TkCorrectionRequest } from './correction-request.component.js';

interface CorrectionArgs {
  label: string;
  pointer: string;
  source: string;
  sourceLabel: string;
  currentValue: unknown;
  open: boolean;
  locale: Locale;
}

const meta = {
  title: 'Prefill/Correction request',
  component: 'tk-correction-request',
  args: {
    label: 'Họ, chữ đệm và tên',
    pointer: '/requester/fullName',
    source: 'population',
    sourceLabel: 'CSDL quốc gia về dân cư',
    currentValue: 'Nguyễn Văn Thu',
    open: false,
    locale: 'vi',
  },
  argTypes: {
    label: { control: 'text' },
    pointer: { control: 'text', description: 'The field’s JSON Pointer.' },
    source: { control: 'text' },
    sourceLabel: { control: 'text', description: '`source-label`.' },
    currentValue: { control: 'object', description: 'The locked value on record.' },
    open: { control: 'boolean' },
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
  },
  render: (args) => {
    const el = document.createElement('tk-correction-request');
    Object.assign(el, args);
    return el;
  },
} satisfies Meta<CorrectionArgs>;
export default meta;

type Story = StoryObj<CorrectionArgs>;

const correctionOf = async (canvasElement: HTMLElement): Promise<TkCorrectionRequest> => {
  const el = canvasElement.querySelector<TkCorrectionRequest>('tk-correction-request')!;
  await el.updateComplete;
  return el;
};

/** A locked value that is wrong on record: the citizen asks for a correction instead of editing it. */
export const Default: Story = {
  async play({ canvasElement }) {
    const el = await correctionOf(canvasElement);
    const s = prefillStrings('vi');
    const events: TkCorrectionEvent[] = [];
    el.addEventListener('tk-correction', (e) => events.push(e));
    await userEvent.click(el.querySelector('summary')!);
    await waitFor(() => expect(el.open).toBe(true));
    const submit = [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === s.correctionSubmit)!;
    await userEvent.click(submit);
    await waitFor(() => expect(el.querySelectorAll('[aria-invalid="true"]')).toHaveLength(2));
    await expect(events).toHaveLength(0);
    await userEvent.type(el.querySelector('input')!, 'Nguyễn Văn Thử');
    await userEvent.type(el.querySelector('textarea')!, 'Giấy khai sinh ghi đúng tên');
    await userEvent.click(submit);
    await waitFor(() => expect(events).toHaveLength(1));
    await expect(events[0].detail).toMatchObject({
      pointer: '/requester/fullName',
      source: 'population',
      currentValue: 'Nguyễn Văn Thu',
      claimedValue: 'Nguyễn Văn Thử',
      reason: 'Giấy khai sinh ghi đúng tên',
    });
    await waitFor(() => expect(el.querySelector('[role="status"]')?.textContent).toBe(s.correctionSent('Họ, chữ đệm và tên')));
  },
};

export const Open: Story = {
  args: { open: true },
  async play({ canvasElement }) {
    const el = await correctionOf(canvasElement);
    await expect(el.querySelector('[data-current]')?.textContent).toBe('Nguyễn Văn Thu');
  },
};

export const English: Story = {
  args: { open: true, locale: 'en', label: 'Full name', sourceLabel: 'National population database' },
  async play({ canvasElement }) {
    const el = await correctionOf(canvasElement);
    await expect(el.textContent).toContain(prefillStrings('en').correctionSubmit);
  },
};
