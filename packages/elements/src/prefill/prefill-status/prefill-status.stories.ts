// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { FormDefinition, Locale } from '@tokhai/core';
import { planPrefill, type CitizenDataProvider, type ConsentRequest, type PrefillFailure } from '@tokhai/prefill';
import '../index.js';
import { prefillStrings } from '../strings.js';
import type { TkPrefillStatus } from './prefill-status.component.js';

interface StatusArgs {
  failures: PrefillFailure[];
  requests: ConsentRequest[];
  locale: Locale;
  retryable?: boolean;
}

const label = { vi: 'Cơ sở dữ liệu quốc gia về dân cư', en: 'National population database' };

/** A CT01-like definition whose residence and household come from the population database. */
const definition: FormDefinition = {
  id: 'vn.example.prefill-status',
  version: '1.0.0',
  title: { vi: 'Ví dụ', en: 'Example' },
  schema: { type: 'object', properties: { residence: { type: 'object' }, household: { type: 'object' } } },
  prefill: [
    { target: '/residence', source: 'population', claim: '/permanentResidence', mode: 'editable' },
    { target: '/household', source: 'population', claim: '/household', mode: 'editable' },
  ],
  i18n: {
    vi: { 'residence.label': 'Nơi thường trú', 'household.label': 'Hộ gia đình' },
    en: { 'residence.label': 'Permanent residence', 'household.label': 'Household' },
  },
};

const population: CitizenDataProvider = {
  id: 'population',
  label,
  purpose: { vi: 'Điền nơi cư trú và hộ gia đình.', en: 'Fill in the residence and household.' },
  fetch: () => Promise.resolve({ claims: {} }),
};

const REQUESTS: ConsentRequest[] = planPrefill(definition, [population]);

const meta = {
  title: 'Prefill/Prefill status',
  component: 'tk-prefill-status',
  args: {
    requests: REQUESTS,
    failures: [{ source: 'population', pointer: '/household', claim: '/household', kind: 'timeout', message: 'household: timed out after 8000 ms' }],
    locale: 'vi',
  },
  argTypes: {
    failures: { control: 'object', description: '`PrefillResult.failures`.' },
    requests: { control: 'object', description: 'The consent requests (source names and field labels).' },
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
    retryable: { control: 'boolean', description: 'Offer "changed your mind?" and "try again" (`tk-prefill-retry`).' },
  },
  render: (args) => {
    const el = document.createElement('tk-prefill-status');
    el.failures = args.failures;
    el.requests = args.requests;
    el.locale = args.locale;
    el.retryable = args.retryable ?? false;
    return el;
  },
} satisfies Meta<StatusArgs>;
export default meta;

type Story = StoryObj<StatusArgs>;

/** One endpoint of a source timed out: the citizen is told which answers to type, in a polite status. */
export const Timeout: Story = {
  async play({ canvasElement }) {
    const el = canvasElement.querySelector<TkPrefillStatus>('tk-prefill-status')!;
    await el.updateComplete;
    const s = prefillStrings('vi');
    await expect(el.querySelector('[role="status"]')).not.toBeNull();
    await expect(el.textContent).toContain(s.statusFailed(label.vi, s.reasons.timeout));
    await expect(el.textContent).toContain('Hộ gia đình');
  },
};

export const Declined: Story = {
  args: { failures: [{ source: 'population', pointer: '/residence', claim: '/permanentResidence', kind: 'declined', message: 'declined' }] },
  async play({ canvasElement }) {
    const el = canvasElement.querySelector<TkPrefillStatus>('tk-prefill-status')!;
    await el.updateComplete;
    await expect(el.textContent).toContain(prefillStrings('vi').statusDeclined(label.vi));
  },
};

export const English: Story = {
  args: { locale: 'en' },
  async play({ canvasElement }) {
    const el = canvasElement.querySelector<TkPrefillStatus>('tk-prefill-status')!;
    await el.updateComplete;
    await expect(el.textContent).toContain(prefillStrings('en').statusTitle);
  },
};

/** Inside `<tk-form>`: a timed-out source can be tried again, and a declined one asked about again. */
export const Retryable: Story = {
  args: {
    retryable: true,
    failures: [
      { source: 'population', pointer: '/household', claim: '/household', kind: 'timeout', message: 'timed out' },
      { source: 'vneid', pointer: '/residence', claim: '/address', kind: 'declined', message: 'declined' },
    ],
  },
  async play({ canvasElement }) {
    const el = canvasElement.querySelector<TkPrefillStatus>('tk-prefill-status')!;
    await el.updateComplete;
    const s = prefillStrings('vi');
    const buttons = [...el.querySelectorAll('button')].map((b) => b.textContent?.trim());
    await expect(buttons).toEqual([s.statusRetry(label.vi), s.statusReconsider('vneid')]);
  },
};
