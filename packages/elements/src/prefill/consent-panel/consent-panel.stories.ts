// SPDX-License-Identifier: MIT
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { FormDefinition, Locale } from '@tokhai/core';
import { planPrefill, type CitizenDataProvider, type ConsentRequest } from '@tokhai/prefill';
import '../index.js';
import type { TkConsentEvent } from '../events.js';
import { prefillStrings } from '../strings.js';
import type { TkConsentPanel } from './consent-panel.component.js';

interface ConsentArgs {
  requests: ConsentRequest[];
  locale: Locale;
  headingLevel: number;
}

/** A birth-registration-like definition: the e-ID and the population database fill five fields. */
const definition: FormDefinition = {
  id: 'vn.example.prefill',
  version: '1.0.0',
  title: { vi: 'Ví dụ điền sẵn', en: 'Prefill example' },
  schema: {
    type: 'object',
    properties: {
      requester: { type: 'object', properties: { fullName: { type: 'string' }, pid: { type: 'string' }, residence: { type: 'object' } } },
      father: { type: 'object', properties: { ethnicity: { type: 'string' } } },
      mother: { type: 'object', properties: { fullName: { type: 'string' } } },
    },
  },
  prefill: [
    { target: '/requester/fullName', source: 'vneid', claim: '/name', mode: 'locked' },
    { target: '/requester/pid', source: 'vneid', claim: '/vn_pid', mode: 'locked' },
    { target: '/requester/residence', source: 'population', claim: '/permanentResidence', mode: 'editable' },
    { target: '/father/ethnicity', source: 'population', claim: '/ethnicity', mode: 'editable' },
    { target: '/mother/fullName', source: 'population', claim: '/spouse/fullName', mode: 'editable' },
  ],
  i18n: {
    vi: {
      'requester.fullName.label': 'Họ, chữ đệm và tên người đi khai',
      'requester.pid.label': 'Số định danh cá nhân',
      'requester.residence.label': 'Nơi cư trú',
      'father.ethnicity.label': 'Dân tộc của cha',
      'mother.fullName.label': 'Họ, chữ đệm và tên của mẹ',
    },
    en: {
      'requester.fullName.label': 'Declarant’s full name',
      'requester.pid.label': 'Personal ID number',
      'requester.residence.label': 'Residence',
      'father.ethnicity.label': 'Father’s ethnic group',
      'mother.fullName.label': 'Mother’s full name',
    },
  },
};

/** Providers as a portal configures them (only their names and purposes matter to the panel). */
const providers: CitizenDataProvider[] = [
  {
    id: 'vneid',
    label: { vi: 'VNeID (định danh điện tử)', en: 'VNeID (electronic identity)' },
    purpose: { vi: 'Điền họ tên và số định danh của người đi khai.', en: 'Fill in the declarant’s name and ID number.' },
    fetch: () => Promise.resolve({ claims: {} }),
  },
  {
    id: 'population',
    label: { vi: 'Cơ sở dữ liệu quốc gia về dân cư', en: 'National population database' },
    purpose: { vi: 'Điền nơi cư trú, dân tộc của cha và họ tên của mẹ.', en: 'Fill in the residence, the father’s ethnic group and the mother’s name.' },
    fetch: () => Promise.resolve({ claims: {} }),
  },
];

/** What the panel asks: `planPrefill`'s output for the definition, exactly as `<tk-form>` computes it. */
const REQUESTS: ConsentRequest[] = planPrefill(definition, providers);

const meta = {
  title: 'Prefill/Consent panel',
  component: 'tk-consent-panel',
  args: { requests: REQUESTS, locale: 'vi', headingLevel: 2 },
  argTypes: {
    requests: { control: 'object', description: 'What to ask (`planPrefill` output).' },
    locale: { control: 'inline-radio', options: ['vi', 'en'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 }, description: '`heading-level`.' },
  },
  render: (args) => {
    const el = document.createElement('tk-consent-panel');
    el.requests = args.requests;
    el.locale = args.locale;
    el.headingLevel = args.headingLevel;
    return el;
  },
} satisfies Meta<ConsentArgs>;
export default meta;

type Story = StoryObj<ConsentArgs>;

const panelOf = async (canvasElement: HTMLElement): Promise<TkConsentPanel> => {
  const el = canvasElement.querySelector<TkConsentPanel>('tk-consent-panel')!;
  await el.updateComplete;
  return el;
};

const choice = (el: TkConsentPanel, source: string, decision: 'granted' | 'declined') =>
  el.querySelector<HTMLButtonElement>(`fieldset[data-source="${source}"] button[data-choice="${decision}"]`)!;

/**
 * Nothing is pre-selected. "Tiếp tục" with a source undecided says how many are left and moves focus to it; once
 * every source has a decision, `tk-consent` carries them all.
 */
export const Default: Story = {
  async play({ canvasElement }) {
    const el = await panelOf(canvasElement);
    const s = prefillStrings('vi');
    const events: TkConsentEvent[] = [];
    el.addEventListener('tk-consent', (e) => events.push(e));
    await expect([...el.querySelectorAll('button[aria-pressed="true"]')]).toHaveLength(0);
    await userEvent.click(choice(el, 'vneid', 'granted'));
    await expect(choice(el, 'vneid', 'granted').getAttribute('aria-pressed')).toBe('true');
    const buttons = [...el.querySelectorAll<HTMLButtonElement>('.tk-consent__footer button')];
    await userEvent.click(buttons.find((b) => b.textContent?.trim() === s.continue)!);
    await waitFor(() => expect(el.querySelector('[role="alert"]')?.textContent).toBe(s.undecided(1)));
    await waitFor(() => expect(document.activeElement).toBe(choice(el, 'population', 'granted')));
    await expect(events).toHaveLength(0);
    await userEvent.click(choice(el, 'population', 'declined'));
    await userEvent.click(buttons.find((b) => b.textContent?.trim() === s.continue)!);
    await expect(events.map((e) => e.detail.decisions)).toEqual([{ vneid: 'granted', population: 'declined' }]);
  },
};

/** Sensitive data (Decree 13/2023) and data about other people are said in words, per source and per field. */
export const SensitiveAndOthers: Story = {
  name: 'Sensitive data and other people',
  async play({ canvasElement }) {
    const el = await panelOf(canvasElement);
    const s = prefillStrings('vi');
    const population = el.querySelector('fieldset[data-source="population"]')!;
    await expect(population.querySelector('[data-notice="sensitive"]')?.textContent).toBe(s.sensitiveNotice);
    await expect(population.querySelector('[data-notice="others"]')?.textContent).toBe(s.othersNotice);
    await expect(el.querySelector('fieldset[data-source="vneid"] [data-notice]')).toBeNull();
  },
};

/** "Bỏ qua, tôi tự nhập tất cả" declines every source at once. */
export const DeclineAll: Story = {
  name: 'Decline all',
  async play({ canvasElement }) {
    const el = await panelOf(canvasElement);
    const events: TkConsentEvent[] = [];
    el.addEventListener('tk-consent', (e) => events.push(e));
    const skip = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === prefillStrings('vi').declineAll)!;
    await userEvent.click(skip);
    await expect(events[0]?.detail.decisions).toEqual({ vneid: 'declined', population: 'declined' });
  },
};

export const English: Story = {
  args: { locale: 'en' },
  async play({ canvasElement }) {
    const el = await panelOf(canvasElement);
    await expect(el.textContent).toContain(prefillStrings('en').consentTitle);
    await expect(el.textContent).toContain('National population database');
  },
};
